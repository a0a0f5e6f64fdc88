// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = Sync::RunSummary::Outcome;

namespace {

Sync::RunSummary summary(Outcome outcome, int failed = 0)
{
    Sync::RunSummary s;
    s.profile = u"acme"_s;
    s.outcome = outcome;
    s.counts.created = 3;
    s.counts.updated = 4;
    s.counts.failed = failed;
    return s;
}

// The colour of the status badge (lower right) of the icon.
QColor badge(const TrayIcon &tray)
{
    return tray.icon().pixmap(64, 64).toImage().pixelColor(48, 48);
}

} // namespace

class TestTrayIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constructs()
    {
        TrayIcon tray;
        QCOMPARE(tray.isAvailable(), QSystemTrayIcon::isSystemTrayAvailable());
        QCOMPARE(tray.status(), TrayIcon::Status::Idle);
        QVERIFY(tray.toolTip().contains(u"no sync has run yet"_s));
        QVERIFY(!tray.icon().isNull());
        QCOMPARE(tray.menu()->actions().size(), 4); // three actions and a separator
        tray.setVisible(true); // harmless without a tray
        tray.setVisible(false);
    }

    void runStateChangesTooltipAndIcon()
    {
        TrayIcon tray;
        QSignalSpy notified(&tray, &TrayIcon::notified);
        const QColor idle = badge(tray);

        tray.setRunning(u"acme"_s);
        QCOMPARE(tray.status(), TrayIcon::Status::Running);
        QVERIFY(tray.toolTip().contains(u"syncing acme"_s));
        QVERIFY(!tray.syncNowAction()->isEnabled());

        tray.setRunState(summary(Outcome::Succeeded));
        QCOMPARE(tray.status(), TrayIcon::Status::Succeeded);
        QVERIFY2(tray.toolTip().contains(u"acme succeeded (3 created, 4 updated)"_s),
                 qPrintable(tray.toolTip()));
        QVERIFY(tray.syncNowAction()->isEnabled());
        const QColor ok = badge(tray);
        QVERIFY(ok.green() > ok.red());
        QVERIFY(ok != idle);
        QCOMPARE(notified.count(), 0);

        tray.setRunState(summary(Outcome::ItemsFailed, 5));
        QCOMPARE(tray.status(), TrayIcon::Status::ItemsFailed);
        QVERIFY2(tray.toolTip().contains(u"5 item"_s), qPrintable(tray.toolTip()));
        const QColor failed = badge(tray);
        QVERIFY(failed != ok);
        QVERIFY(failed.red() > failed.blue());
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.at(0).at(1).toString().contains(u"acme"_s));

        Sync::RunSummary stopped = summary(Outcome::Stopped);
        stopped.error = Error {Error::Kind::Auth, u"The MailerLite API key was refused."_s, {}};
        tray.setRunState(stopped);
        QCOMPARE(tray.status(), TrayIcon::Status::Error);
        QVERIFY(tray.toolTip().contains(u"The MailerLite API key was refused."_s));
        const QColor error = badge(tray);
        QVERIFY(error != failed && error.red() > error.green());
        QCOMPARE(notified.count(), 2);
        QVERIFY(notified.at(1).at(1).toString().contains(u"refused"_s));

        tray.setRunState(summary(Outcome::BlastRadius));
        QCOMPARE(tray.status(), TrayIcon::Status::Error);
        QCOMPARE(notified.count(), 3);

        tray.setRunState(summary(Outcome::Cancelled));
        QCOMPARE(tray.status(), TrayIcon::Status::Cancelled);
        QVERIFY(tray.toolTip().contains(u"cancelled"_s));
        QCOMPARE(notified.count(), 3); // a cancel is the user's own choice
    }

    void menuActionsEmit()
    {
        TrayIcon tray;
        QSignalSpy syncNow(&tray, &TrayIcon::syncNowRequested);
        QSignalSpy show(&tray, &TrayIcon::showRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        QVERIFY(tray.menu()->actions().contains(tray.syncNowAction()));
        tray.syncNowAction()->trigger();
        QCOMPARE(syncNow.count(), 1);
        tray.showAction()->trigger();
        QCOMPARE(show.count(), 1);
        tray.quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
        // Disabled while running: no second run from the tray.
        tray.setRunning(u"acme"_s);
        tray.syncNowAction()->trigger();
        QCOMPARE(syncNow.count(), 1);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
