// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook path end to end on loopback: the sandbox's signed webhooks reach a
// WebhookListener, WebhookProcessor applies them through SyncEngine (GHL) and WriteBack
// (MailerLite opt-outs). Forged and replayed deliveries are refused, logged and change
// nothing; a write-back does not echo into further MailerLite writes.
#include "sandboxcalls.h"
#include "sandboxprofile.h"
#include "store/statedatabase.h"
#include "testsupport.h"
#include "util/clock.h"
#include "webhook/webhooklistener.h"
#include "webhook/webhookpipeline.h"
#include "webhook/webhookqueue.h"
#include "webhookemitter.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Sandbox::HttpRequest;
using Sandbox::HttpResponse;
using Sandbox::SandboxHost;
using Webhooks::WebhookSignature;
using Scheme = WebhookSignature::Scheme;

namespace {

constexpr int Bound = 20000; // ms: every wait is bounded; runs here take well under a second

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestWebhookFlow final : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<Store::StateDatabase> m_db;
    std::unique_ptr<Webhooks::WebhookPipeline> m_pipeline;
    QObject m_engines; // parent of the engines the processor starts
    QNetworkAccessManager m_network;
    WebhookSignature::KeyPair m_ownEd25519; // signs the test's own GHL deliveries
    int m_runs = 0;

    // The sandbox sending to a free port, and the pipeline listening there.
    // GHL events are signed with RSA only, so the Ed25519 slot of the receiver can trust a
    // key of the test: it then plays GoHighLevel for forged and replayed deliveries.
    [[nodiscard]] bool startAll(Profiles::RealtimeSettings::WriteBack writeBack)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_port = TestSupport::freeLoopbackPort();
        const QString base = u"http://127.0.0.1:%1"_s.arg(m_port);
        SandboxHost::Options options;
        options.contacts = 3;
        options.seed = 11;
        options.rateLimitMode = Sandbox::RateLimitMode::Off;
        options.ghlWebhookUrl = QUrl(base + u"/webhooks/ghl"_s);
        options.mlWebhookUrl = QUrl(base + u"/webhooks/mailerlite"_s);
        options.mlWebhookBatchMs = 0;
        m_host = std::make_unique<SandboxHost>(options);
        if (m_port == 0 || !m_host->start().ok()) {
            return false;
        }
        m_host->ghl()->webhooks().setSignatures(Sandbox::GhlWebhookEmitter::Signatures::RsaOnly);
        auto keys = WebhookSignature::generateKeyPair(Scheme::GhlEd25519);
        if (!keys.ok()) {
            return false;
        }
        m_ownEd25519 = keys.value();

        Profiles::Profile profile = Sandbox::sandboxProfile(m_host->connectionInfo(), u"hooks"_s);
        profile.realtime.webhooksEnabled = true;
        profile.realtime.writeBack = writeBack;
        profile.realtime.ghlEd25519PublicKey = m_ownEd25519.publicKeyPem;
        const QString path = m_dir->filePath(u"state.sqlite"_s);
        auto db = Store::StateDatabase::open(path, u"webhookflow-%1"_s.arg(++m_runs));
        if (!db.ok()) {
            return false;
        }
        m_db = std::move(db).value();
        const Session::ServiceConfig services {profile, m_host->ghlToken().toUtf8(),
                                               m_host->mlApiKey().toUtf8(), path};
        m_pipeline = std::make_unique<Webhooks::WebhookPipeline>(services, *m_db, m_clock);
        Sync::SyncRequest request;
        request.profile = profile;
        request.ghlToken = services.ghlToken;
        request.mailerLiteApiKey = services.mailerLiteKey;
        request.databasePath = path;
        Webhooks::WebhookProcessor::Config processing;
        processing.debounce = 50ms;
        return m_pipeline
            ->start(u"127.0.0.1"_s, m_port,
                    Webhooks::WebhookProcessor::engineRunner(request, m_clock, &m_engines),
                    processing)
            .ok();
    }

    [[nodiscard]] Webhooks::WebhookProcessor *processor() const { return m_pipeline->processor(); }
    [[nodiscard]] Webhooks::WebhookQueue &queue() const { return m_pipeline->queue(); }

    HttpResponse ghl(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return SandboxCalls::ghl(*m_host, method, path, body);
    }

    HttpResponse ml(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return SandboxCalls::ml(*m_host, method, path, body);
    }

    QString createContact(const QString &email)
    {
        return SandboxCalls::createGhlContact(*m_host, email, u"Grace"_s);
    }

    [[nodiscard]] bool inMailerLite(const QString &email)
    {
        return SandboxCalls::inMailerLite(*m_host, email);
    }

    [[nodiscard]] qint64 mlWrites() const
    {
        return m_host->mailerLite()->stats().value(u"writes"_s).toInteger();
    }

    [[nodiscard]] qint64 deliveries() const
    {
        return m_host->ghl()->webhooks().delivery().sent()
            + m_host->mailerLite()->webhooks().delivery().sent();
    }

    [[nodiscard]] bool quiet()
    {
        return m_host->ghl()->webhooks().delivery().pending() == 0
            && m_host->mailerLite()->webhooks().delivery().pending() == 0
            && m_host->mailerLite()->webhooks().waiting() == 0 && !processor()->isBusy()
            && queue().pendingCount().value() == 0;
    }

    [[nodiscard]] int rows(const QString &where = u"1"_s) const
    {
        auto q = m_db->run(u"SELECT COUNT(*) FROM webhook_events WHERE "_s + where);
        return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    [[nodiscard]] QString statusOf(const QString &type, const QString &contactId) const
    {
        auto q = m_db->run(u"SELECT status, note FROM webhook_events WHERE type = :t AND "
                           "contact_id = :c ORDER BY id DESC"_s,
                           {{u":t"_s, type}, {u":c"_s, contactId}});
        return q.ok() && q.value().next() ? q.value().value(0).toString() : QString();
    }

    // Posts a GHL event signed with the test's Ed25519 key (or `signature` when given).
    int postGhl(const QByteArray &body, const QByteArray &signature = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/webhooks/ghl"_s.arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader(
            "x-ghl-signature",
            signature.isEmpty()
                ? WebhookSignature::sign(Scheme::GhlEd25519, body, m_ownEd25519.privateKeyPem)
                      .value()
                : signature);
        return send(m_network.post(request, body));
    }

    int send(QNetworkReply *reply)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(Bound)) {
            return -1;
        }
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QByteArray ghlEvent(const QString &type, const QString &contactId, const QDateTime &sentAt)
    {
        const QJsonObject event {
            {u"type"_s, type},
            {u"locationId"_s, m_host->locationId()},
            {u"id"_s, contactId},
            {u"webhookId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"timestamp"_s, sentAt.toUTC().toString(Qt::ISODateWithMs)},
        };
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_pipeline.reset();
        m_db.reset();
        m_host.reset();
        qDeleteAll(m_engines.children());
        m_dir.reset();
    }

    void contactReachesMailerLiteThroughWebhook()
    {
        QVERIFY(startAll(Profiles::RealtimeSettings::WriteBack::Off));
        QSignalSpy runs(processor(), &Webhooks::WebhookProcessor::runFinished);
        const QString id = createContact(u"grace@example.com"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(!inMailerLite(u"grace@example.com"_s));
        QTRY_VERIFY_WITH_TIMEOUT(inMailerLite(u"grace@example.com"_s), Bound);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"ContactCreate"_s, id), u"applied"_s, Bound);
        QVERIFY(!runs.isEmpty());
        const auto summary = runs.first().first().value<Sync::RunSummary>();
        QCOMPARE(summary.outcome, Sync::RunSummary::Outcome::Succeeded);
        QVERIFY(summary.counts.created >= 1);
        // The MailerLite-side echo of that create is acknowledged and settled as ignored.
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), Bound);
        QVERIFY(rows(u"source = 'mailerlite' AND status = 'ignored'"_s) >= 1);
        QCOMPARE(rows(u"status = 'pending'"_s), 0);
    }

    void forgedAndReplayedDeliveriesChangeNothing()
    {
        QVERIFY(startAll(Profiles::RealtimeSettings::WriteBack::Off));
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), Bound);
        const QString id = m_host->ghl()->contacts().byAdded().begin()->second;
        const qint64 writes = mlWrites();
        // GHL's events only: the run a genuine event starts makes MailerLite report its write.
        const QString fromGhl = u"source = 'ghl'"_s;
        const int stored = rows(fromGhl);

        // Forged: signed with a key GoHighLevel does not own.
        const auto stranger = WebhookSignature::generateKeyPair(Scheme::GhlEd25519);
        QVERIFY(stranger.ok());
        const QByteArray forgedBody = ghlEvent(u"ContactUpdate"_s, id, m_clock.now().toUTC());
        const QByteArray forged
            = WebhookSignature::sign(Scheme::GhlEd25519, forgedBody, stranger.value().privateKeyPem)
                  .value();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a GHL webhook: 401"_s));
        QCOMPARE(postGhl(forgedBody, forged), 401);
        // Tampered: a genuine signature over other bytes.
        const QByteArray tampered
            = QByteArray(forgedBody).replace("ContactUpdate", "ContactDelete");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a GHL webhook: 401"_s));
        QCOMPARE(postGhl(tampered,
                         WebhookSignature::sign(Scheme::GhlEd25519, forgedBody,
                                                m_ownEd25519.privateKeyPem)
                             .value()),
                 401);
        QCOMPARE(rows(fromGhl), stored);
        QCOMPARE(mlWrites(), writes);

        // Genuine once, then replayed: acknowledged, logged, never queued or applied twice.
        QSignalSpy settled(processor(), &Webhooks::WebhookProcessor::eventsSettled);
        const QByteArray genuine = ghlEvent(u"ContactUpdate"_s, id, m_clock.now().toUTC());
        QCOMPARE(postGhl(genuine), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), Bound);
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), Bound);
        const int afterGenuine = rows(fromGhl);
        const qint64 writesAfterGenuine = mlWrites();
        QCOMPARE(afterGenuine, stored + 1);
        settled.clear();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"rejected a replayed ghl event"_s));
        QCOMPARE(postGhl(genuine), 200);
        // A replay of an old capture with a fresh id is refused by its timestamp.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"refused a GHL webhook: 400 .*window"_s));
        QCOMPARE(postGhl(ghlEvent(u"ContactUpdate"_s, id, m_clock.now().addSecs(-3600))), 400);
        QCOMPARE(rows(fromGhl), afterGenuine);
        QCOMPARE(queue().pendingCount().value(), 0);
        QVERIFY(settled.isEmpty());
        QCOMPARE(mlWrites(), writesAfterGenuine);

        // Unknown paths and methods, and an oversized body.
        QNetworkRequest health(QUrl(u"http://127.0.0.1:%1/health"_s.arg(m_port)));
        QCOMPARE(send(m_network.get(health)), 200);
        QCOMPARE(send(m_network.post(health, QByteArray("{}"))), 405);
        QNetworkRequest hook(QUrl(u"http://127.0.0.1:%1/webhooks/ghl"_s.arg(m_port)));
        QCOMPARE(send(m_network.get(hook)), 405);
        QNetworkRequest other(QUrl(u"http://127.0.0.1:%1/webhooks/x"_s.arg(m_port)));
        QCOMPARE(send(m_network.post(other, QByteArray("{}"))), 404);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a ghl webhook: 413"_s));
        QCOMPARE(postGhl(QByteArray(Webhooks::WebhookListener::MaxBodyBytes + 1, ' ')), 413);
        QCOMPARE(rows(fromGhl), afterGenuine);
    }

    void unsubscribeBecomesDndWithoutEcho()
    {
        QVERIFY(startAll(Profiles::RealtimeSettings::WriteBack::EmailDnd));
        const QString email = u"grace@example.com"_s;
        const QString id = createContact(email);
        QTRY_VERIFY_WITH_TIMEOUT(inMailerLite(email), Bound);
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), Bound);

        const qint64 deliveredBefore = deliveries();
        QCOMPARE(ml("PUT", u"/subscribers/"_s + email, {{u"type"_s, u"unsubscribed"_s}}).status,
                 200);
        const qint64 writes = mlWrites();
        const auto dnd = [this, id] {
            const QJsonObject contact
                = objectOf(ghl("GET", u"/contacts/"_s + id).body).value(u"contact"_s).toObject();
            return contact.value(u"dndSettings"_s)
                .toObject()
                .value(u"Email"_s)
                .toObject()
                .value(u"status"_s)
                .toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(dnd(), u"active"_s, Bound);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"ContactDndUpdate"_s, id), u"ignored"_s, Bound);
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), Bound);
        auto note = m_db->run(u"SELECT note FROM webhook_events WHERE type = 'ContactDndUpdate'"_s);
        QVERIFY(note.ok() && note.value().next());
        QCOMPARE(note.value().value(0).toString(), u"echo of a write-back"_s);
        QCOMPARE(rows(u"type = 'subscriber.unsubscribe' AND status = 'applied'"_s), 1);

        // Bounded: the unsubscribe batch and GHL's report of the DND, nothing more, and not
        // one further MailerLite write.
        QVERIFY2(deliveries() - deliveredBefore <= 4,
                 qPrintable(u"%1 deliveries"_s.arg(deliveries() - deliveredBefore)));
        QCOMPARE(mlWrites(), writes);
        QCOMPARE(queue().pendingCount().value(), 0);
        QCOMPARE(ml("GET", u"/subscribers/"_s + email).status, 200);
        QCOMPARE(objectOf(ml("GET", u"/subscribers/"_s + email).body).value(u"type"_s).toString(),
                 u"unsubscribed"_s);
    }
};

QTEST_GUILESS_MAIN(TestWebhookFlow)
#include "tst_webhookflow.moc"
