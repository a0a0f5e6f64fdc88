// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's webhook path: with webhooks on in the profile, the sandbox's signed
// webhooks reach RealtimeService's listener and become SyncController runs, shown in the
// status bar; events wait for the user's own run; a port in use is reported, not hidden.
#include "sandboxcalls.h"
#include "testsupport.h"
#include "windowrig.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using State = RealtimeService::State;

namespace {

constexpr int Bound = 20000; // ms

Sandbox::SandboxHost::Options sendingTo(quint16 port)
{
    Sandbox::SandboxHost::Options options = GuiFixture::defaultOptions();
    const QString base = u"http://127.0.0.1:%1/webhooks/"_s.arg(port);
    options.ghlWebhookUrl = QUrl(base + u"ghl"_s);
    options.mlWebhookUrl = QUrl(base + u"mailerlite"_s);
    options.mlWebhookBatchMs = 0;
    return options;
}

} // namespace

class TestRealtimeService final : public QObject
{
    Q_OBJECT

private:
    // Turns webhooks on for the fixture's profile on `port` and reopens it.
    static bool listenOn(GuiFixture &fixture, quint16 port)
    {
        Profiles::Profile profile = fixture.session().profile();
        profile.realtime.webhooksEnabled = true;
        profile.realtime.webhookPort = port;
        if (!fixture.profiles().save(profile).ok()) {
            return false;
        }
        QSignalSpy opened(&fixture.session(), &ProfileSession::opened);
        fixture.session().reopen();
        return opened.wait(Bound);
    }

    static QString createContact(GuiFixture &fixture, const QString &email)
    {
        return SandboxCalls::createGhlContact(fixture.sandbox(), email, u"Ada"_s);
    }

    static bool inMailerLite(GuiFixture &fixture, const QString &email)
    {
        return SandboxCalls::inMailerLite(fixture.sandbox(), email);
    }

private Q_SLOTS:
    void offUnlessTheProfileListens()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        WindowRig rig(fixture);
        fixture.session().reopen();
        QTRY_VERIFY(fixture.session().isOpen());
        QCOMPARE(rig.realtime.state(), State::Off);
        QVERIFY(rig.realtime.statusText().isEmpty());
        auto *label = rig.window.findChild<QLabel *>(u"realtimeLabel"_s);
        QVERIFY(label);
        QVERIFY(label->isHidden());
    }

    void newContactReachesMailerLiteAsARealtimeRun()
    {
        const quint16 port = TestSupport::freeLoopbackPort();
        QVERIFY(port != 0);
        GuiFixture fixture(sendingTo(port));
        QCOMPARE(fixture.start(), QString());
        WindowRig rig(fixture);
        QSignalSpy started(&rig.sync, &SyncController::started);
        QSignalSpy finished(&rig.sync, &SyncController::finished);
        QVERIFY(listenOn(fixture, port));
        QCOMPARE(rig.realtime.state(), State::Listening);
        QCOMPARE(rig.realtime.endpoint(), u"127.0.0.1:%1"_s.arg(port));
        auto *label = rig.window.findChild<QLabel *>(u"realtimeLabel"_s);
        QVERIFY(label && !label->isHidden());
        QCOMPARE(label->text(), u"Webhooks: listening on 127.0.0.1:%1"_s.arg(port));

        const QString email = u"ada.realtime@example.com"_s;
        QVERIFY(!createContact(fixture, email).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(inMailerLite(fixture, email), Bound);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), Bound);
        QCOMPARE(started.first().first().value<SyncController::Kind>(),
                 SyncController::Kind::Realtime);
        const auto summary = finished.first().first().value<Sync::RunSummary>();
        QCOMPARE(summary.outcome, Sync::RunSummary::Outcome::Succeeded);
        QCOMPARE(summary.counts.created, 1);
        QTRY_VERIFY_WITH_TIMEOUT(rig.realtime.applied() >= 1, Bound);
        QVERIFY(rig.realtime.accepted() >= 1);
        QCOMPARE(rig.realtime.refused(), 0);
        QVERIFY2(label->text().startsWith(u"Webhooks: "_s) && label->text().contains(u"received"_s),
                 qPrintable(label->text()));
        QVERIFY(label->toolTip().contains(u"applied"_s));
    }

    void eventsWaitForTheUsersRunAndKeepItsPlan()
    {
        const quint16 port = TestSupport::freeLoopbackPort();
        QVERIFY(port != 0);
        GuiFixture fixture(sendingTo(port));
        QCOMPARE(fixture.start(), QString());
        WindowRig rig(fixture);
        QVERIFY(listenOn(fixture, port));
        QSignalSpy finished(&rig.sync, &SyncController::finished);
        QVERIFY(rig.sync.preview());
        const QString email = u"grace.waits@example.com"_s;
        QVERIFY(!createContact(fixture, email).isEmpty());
        // The preview is the user's: the webhook run comes after it, never instead of it.
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, Bound);
        QCOMPARE(finished.at(0).first().value<Sync::RunSummary>().dryRun, true);
        QTRY_VERIFY_WITH_TIMEOUT(inMailerLite(fixture, email), Bound);
        QVERIFY2(rig.sync.lastPlan().has_value(), "the realtime run dropped the previewed plan");
    }

    void aPortInUseIsReported()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        WindowRig rig(fixture);
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(u"webhooks not started: .*port %1"_s.arg(squatter.serverPort())));
        QVERIFY(listenOn(fixture, squatter.serverPort()));
        QCOMPARE(rig.realtime.state(), State::Failed);
        QVERIFY(rig.realtime.error().contains(QString::number(squatter.serverPort())));
        auto *label = rig.window.findChild<QLabel *>(u"realtimeLabel"_s);
        QVERIFY(label && !label->isHidden());
        QCOMPARE(label->text(), u"Webhooks: not listening"_s);
        QCOMPARE(label->toolTip(), rig.realtime.error());
    }
};

QTEST_MAIN(TestRealtimeService)
#include "tst_realtimeservice.moc"
