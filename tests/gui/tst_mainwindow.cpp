// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "synccontroller.h"
#include "windowrig.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Slow enough that a run is still going when the window is closed: real rate limits on a
// bigger data set.
Sandbox::SandboxHost::Options slowOptions()
{
    Sandbox::SandboxHost::Options options = GuiFixture::defaultOptions();
    options.contacts = 600;
    options.rateLimitMode = Sandbox::RateLimitMode::Real;
    return options;
}

QString statusText(const MainWindow &window)
{
    QStringList texts;
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        texts.append(label->text());
    }
    return texts.join(u" | "_s);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheOpenProfileItsPagesAndConnectionState()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        WindowRig rig(fixture);
        MainWindow &window = rig.window;
        window.reloadProfiles(GuiFixture::profileName());
        // The session opened before the window existed: reopen, as a profile switch would.
        fixture.session().reopen();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTRY_COMPARE(window.windowTitle(), u"test - ContactBridge"_s);
        window.setModeText(u"Demo sandbox"_s, u"a long explanation "_s.repeated(20));
        auto *pages = window.findChild<QListWidget *>(u"pageList"_s);
        QVERIFY(pages);
        QStringList titles;
        for (int i = 0; i < pages->count(); ++i) {
            titles.append(pages->item(i)->text());
        }
        QCOMPARE(
            titles,
            (QStringList {u"Contacts"_s, u"Mapping"_s, u"Sync"_s, u"Failures"_s, u"History"_s}));
        auto *profiles = window.findChild<QComboBox *>(u"profileBox"_s);
        QVERIFY(profiles);
        QCOMPARE(profiles->currentText(), GuiFixture::profileName());

        // Both connection tests answer and the status bar names what they found.
        QTRY_VERIFY_WITH_TIMEOUT(
            fixture.session().ghlCheck() && fixture.session().mailerLiteCheck(), 10000);
        QVERIFY2(fixture.session().ghlCheck()->ok,
                 qPrintable(fixture.session().ghlCheck()->error.toLogString()));
        QTRY_VERIFY(statusText(window).contains(u"MailerLite: "_s));
        QVERIFY(statusText(window).contains(u"200 contacts"_s));
        QVERIFY(statusText(window).contains(u"No sync run yet"_s));

        window.showPage(MainWindow::Page::Failures);
        QCOMPARE(pages->currentRow(), 3);

        // Every page fits the smallest screen the app supports, 1280 x 800.
        auto *stack = window.findChild<QStackedWidget *>(u"pageStack"_s);
        QVERIFY(stack);
        for (int i = 0; i < stack->count(); ++i) {
            const QSize hint = stack->widget(i)->minimumSizeHint();
            QVERIFY2(
                hint.width() <= 1280 - 200 && hint.height() <= 800 - 150,
                qPrintable(
                    u"%1 needs %2 x %3"_s.arg(titles.at(i)).arg(hint.width()).arg(hint.height())));
        }
        window.statusBar()
            ->findChild<QLabel *>(u"connectionLabel"_s)
            ->setText(u"a long error message "_s.repeated(40));
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
    }

    void closingDuringASyncAsksThenCancelsCleanly()
    {
        GuiFixture fixture(slowOptions());
        QCOMPARE(fixture.start(), QString());
        WindowRig rig(fixture);
        SyncController &sync = rig.sync;
        MainWindow &window = rig.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy progress(&sync, &SyncController::progressChanged);
        QSignalSpy finished(&sync, &SyncController::finished);
        QVERIFY(sync.run());
        QVERIFY(progress.wait(10000));

        // "No": the window stays and the run goes on.
        fixture.prompter().confirmations.enqueue(false);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(sync.isRunning());

        // "Yes": the run is cancelled, then the window closes by itself.
        fixture.prompter().confirmations.enqueue(true);
        QVERIFY(!window.close());
        QVERIFY(finished.wait(20000));
        const auto summary = finished.first().first().value<Sync::RunSummary>();
        QCOMPARE(summary.outcome, Sync::RunSummary::Outcome::Cancelled);
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(fixture.prompter().unexpected, QStringList());
        QCOMPARE(fixture.prompter().asked.size(), 2);
    }

    void aboutActionOpensAboutDialogWithVersion()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        WindowRig rig(fixture);
        MainWindow &window = rig.window;
        window.show();
        auto *about = window.findChild<QAction *>(u"actionAbout"_s);
        QVERIFY(about);
        bool seen = false;
        // The dialog is modal: inspect and close it from inside its own event loop.
        QTimer::singleShot(0, &window, [&seen] {
            auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                auto *version = dialog->findChild<QLabel *>(u"versionLabel"_s);
                seen = version && version->text().contains(QStringLiteral(CB_VERSION));
                dialog->reject();
            }
        });
        about->trigger();
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
