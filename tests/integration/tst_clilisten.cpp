// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `contactbridge-cli listen` as a server runs it: a saved profile with webhooks and write-back,
// the in-process sandbox sending its signed webhooks to the child's port. A new GHL contact
// reaches MailerLite, a MailerLite unsubscribe becomes the GHL contact's email DND, a forged
// delivery is refused and reported, and SIGTERM ends it cleanly with exit code 0.
#include "profile/profilestore.h"
#include "sandboxcalls.h"
#include "sandboxprofile.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::HttpRequest;
using Sandbox::HttpResponse;

namespace {

constexpr int Bound = 30000; // ms

} // namespace

class TestCliListen final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    quint16 m_port = 0;
    std::unique_ptr<Sandbox::SandboxHost> m_host;
    QProcess m_cli;
    QByteArray m_err; // the child's stderr so far

    HttpResponse ghl(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return SandboxCalls::ghl(*m_host, method, path, body);
    }

    HttpResponse ml(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return SandboxCalls::ml(*m_host, method, path, body);
    }

    [[nodiscard]] bool errContains(const QByteArray &text)
    {
        m_err += m_cli.readAllStandardError();
        return m_err.contains(text);
    }

    [[nodiscard]] QString emailDnd(const QString &contactId)
    {
        return SandboxCalls::ghlContact(*m_host, contactId)
            .value(u"dndSettings"_s)
            .toObject()
            .value(u"Email"_s)
            .toObject()
            .value(u"status"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_port = TestSupport::freeLoopbackPort();
        QVERIFY(m_port != 0);
        Sandbox::SandboxHost::Options options;
        options.contacts = 5;
        options.seed = 23;
        options.rateLimitMode = Sandbox::RateLimitMode::Off;
        const QString base = u"http://127.0.0.1:%1/webhooks/"_s.arg(m_port);
        options.ghlWebhookUrl = QUrl(base + u"ghl"_s);
        options.mlWebhookUrl = QUrl(base + u"mailerlite"_s);
        options.mlWebhookBatchMs = 0;
        m_host = std::make_unique<Sandbox::SandboxHost>(options);
        QVERIFY(m_host->start().ok());

        Profiles::Profile profile = Sandbox::sandboxProfile(m_host->connectionInfo(), u"srv"_s);
        QVERIFY(!profile.realtime.ghlRsaPublicKey.isEmpty());
        profile.realtime.webhooksEnabled = true;
        profile.realtime.webhookPort = m_port;
        profile.realtime.writeBack = Profiles::RealtimeSettings::WriteBack::EmailDnd;
        const Profiles::ProfileStore store(m_tmp.filePath(u"profiles"_s));
        QVERIFY(store.save(profile).ok());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_tmp.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_tmp.filePath(u"data"_s));
        env.insert(u"CONTACTBRIDGE_GHL_TOKEN"_s, m_host->ghlToken());
        env.insert(u"CONTACTBRIDGE_ML_API_KEY"_s, m_host->mlApiKey());
        m_cli.setProcessEnvironment(env);
        m_cli.start(QStringLiteral(CB_CLI_BIN),
                    {u"listen"_s, u"--profile"_s, u"srv"_s, u"--profiles-dir"_s,
                     m_tmp.filePath(u"profiles"_s), u"--state-dir"_s, m_tmp.filePath(u"state"_s)});
        // The sandbox answers from this thread: every wait below keeps its event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(errContains("Listening for webhooks of profile \"srv\""), Bound);
        QVERIFY(errContains(u"http://127.0.0.1:%1"_s.arg(m_port).toUtf8()));
    }

    void cleanupTestCase()
    {
        if (m_cli.state() != QProcess::NotRunning) {
            m_cli.kill();
            m_cli.waitForFinished();
        }
    }

    void newContactReachesMailerLite()
    {
        const HttpResponse created = ghl("POST", u"/contacts/"_s,
                                         {{u"locationId"_s, m_host->locationId()},
                                          {u"email"_s, u"lin@example.com"_s},
                                          {u"firstName"_s, u"Lin"_s}});
        QCOMPARE(created.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(ml("GET", u"/subscribers/lin@example.com"_s).status, 200, Bound);
        QTRY_VERIFY_WITH_TIMEOUT(errContains("Run for webhook events (1): "), Bound);
        QVERIFY(errContains("Accepted a ghl delivery: 1 queued"));
    }

    void unsubscribeBecomesDnd()
    {
        const QString id = m_host->ghl()->contacts().byAdded().begin()->second;
        const QString email = SandboxCalls::ghlContact(*m_host, id).value(u"email"_s).toString();
        QVERIFY(!email.isEmpty());
        // The subscriber must exist first: the contact's own update reaches MailerLite by webhook.
        QCOMPARE(ghl("PUT", u"/contacts/"_s + id, {{u"firstName"_s, u"Renamed"_s}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(ml("GET", u"/subscribers/"_s + email).status, 200, Bound);
        QVERIFY(emailDnd(id) != u"active"_s);
        QCOMPARE(ml("PUT", u"/subscribers/"_s + email, {{u"type"_s, u"unsubscribed"_s}}).status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(emailDnd(id), u"active"_s, Bound);
    }

    void forgedDeliveryIsRefusedAndReported()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/webhooks/mailerlite"_s.arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("X-MailerLite-Signature", "bm90IGEgc2lnbmF0dXJl");
        QNetworkReply *reply = network.post(request, QByteArray(R"({"events":[]})"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(Bound));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(errContains("Refused a mailerlite delivery (HTTP 401)"), Bound);
    }

    void sigtermStopsCleanly()
    {
        QSignalSpy finished(&m_cli, &QProcess::finished);
        m_cli.terminate();
        QVERIFY(finished.wait(Bound));
        QCOMPARE(m_cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_cli.exitCode(), 0);
        m_err += m_cli.readAllStandardError();
        // Nothing secret on the way.
        QVERIFY(!m_err.contains(m_host->ghlToken().toUtf8()));
        QVERIFY(!m_err.contains(m_host->mlApiKey().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCliListen)
#include "tst_clilisten.moc"
