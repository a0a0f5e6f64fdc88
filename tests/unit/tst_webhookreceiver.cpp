// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// WebhookEvent parsing and WebhookReceiver over a real state database: signed events are
// queued once; forged, replayed, stale, foreign and malformed deliveries are refused (or, for a
// replay, acknowledged without queueing) and the queue shows exactly what was accepted.
#include "store/statedatabase.h"
#include "util/clock.h"
#include "webhook/webhookevent.h"
#include "webhook/webhookqueue.h"
#include "webhook/webhookreceiver.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Webhooks;
using Scheme = WebhookSignature::Scheme;

namespace {

const QDateTime Now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

// The ContactCreate example of the GHL docs, with the authentication guide's two fields.
QByteArray ghlBody(const QString &webhookId, const QDateTime &sent,
                   const QString &location = u"ve9EPM428h8vShlRW1KT"_s,
                   const QString &type = u"ContactCreate"_s)
{
    const QJsonObject o {{"type"_L1, type},
                         {"locationId"_L1, location},
                         {"id"_L1, u"nmFmQEsNgz6AVpgLVUJ0"_s},
                         {"email"_L1, u"JohnDeo@gmail.comm"_s},
                         {"dnd"_L1, true},
                         {"webhookId"_L1, webhookId},
                         {"timestamp"_L1, sent.toString(Qt::ISODateWithMs)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray mlBody(const QString &type, qint64 sentSeconds, qint64 subscriberId)
{
    return u"{\"events\":[{\"account_id\":334443,\"data\":{\"subscriber\":{\"id\":%1,"
           "\"email\":\"guy@example.com\",\"type\":\"unsubscribed\"}},\"timestamp\":%2,"
           "\"type\":\"%3\",\"webhook_id\":2}]}"_s.arg(subscriberId)
               .arg(sentSeconds)
               .arg(type)
               .toUtf8();
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto rsa = WebhookSignature::generateKeyPair(Scheme::GhlRsa);
        auto ed = WebhookSignature::generateKeyPair(Scheme::GhlEd25519);
        QVERIFY(rsa.ok() && ed.ok());
        m_rsa = rsa.value();
        m_ed = ed.value();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        const int n = ++m_n;
        auto db = Store::StateDatabase::open(m_dir.filePath(u"state%1.db"_s.arg(n)),
                                             u"receiver%1"_s.arg(n));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toLogString()));
        m_db = std::move(db).value();
        m_queue = std::make_unique<WebhookQueue>(*m_db, u"shop"_s);
        m_clock.setNow(Now);
        WebhookReceiver::Config config;
        config.locationId = u"ve9EPM428h8vShlRW1KT"_s;
        config.ghlRsaPublicKey = m_rsa.publicKeyPem;
        config.ghlEd25519PublicKey = m_ed.publicKeyPem;
        config.mailerLiteSecret = "ml-api-key";
        m_receiver = std::make_unique<WebhookReceiver>(config, *m_queue, m_clock);
    }

    void cleanup()
    {
        m_receiver.reset();
        m_queue.reset();
        m_db.reset();
    }

    void parsesGhlEvents()
    {
        const auto contact = WebhookEvent::fromGhl(ghlBody(u"w1"_s, Now));
        QVERIFY(contact.ok());
        QCOMPARE(contact.value().type, u"ContactCreate"_s);
        QCOMPARE(contact.value().contactId, u"nmFmQEsNgz6AVpgLVUJ0"_s);
        QCOMPARE(contact.value().timestamp, Now);
        QVERIFY(contact.value().isHandled());
        // A note names its contact in contactId; its own id is the note's.
        const auto note = WebhookEvent::fromGhl(
            R"({"type":"NoteCreate","locationId":"L","id":"note1","contactId":"c9",)"
            R"("webhookId":"w2","timestamp":"2026-11-26T12:00:00.000Z"})");
        QVERIFY(note.ok());
        QCOMPARE(note.value().contactId, u"c9"_s);
        QVERIFY(!WebhookEvent::fromGhl("[1]").ok());
        QVERIFY(!WebhookEvent::fromGhl(R"({"type":"ContactCreate","id":"c"})").ok());
        QVERIFY(!WebhookEvent::fromGhl("{\"type\":").ok());
    }

    void parsesMailerLiteBatchesWithLargeIds()
    {
        // Classic ids can exceed 2^53 (research note): the id must survive as text.
        const auto events = WebhookEvent::fromMailerLite(
            mlBody(u"subscriber.unsubscribe"_s, Now.toSecsSinceEpoch(), 9007199254740993));
        QVERIFY(events.ok());
        QCOMPARE(events.value().size(), 1);
        const WebhookEvent &e = events.value().first();
        QCOMPARE(e.subscriberId, u"9007199254740993"_s);
        QCOMPARE(e.email, u"guy@example.com"_s);
        QVERIFY(e.isOptOut());
        // The same change parsed again has the same id; another change another one.
        const auto again = WebhookEvent::fromMailerLite(
            mlBody(u"subscriber.unsubscribe"_s, Now.toSecsSinceEpoch(), 9007199254740993));
        QCOMPARE(again.value().first().id, e.id);
        const auto later = WebhookEvent::fromMailerLite(
            mlBody(u"subscriber.unsubscribe"_s, Now.toSecsSinceEpoch() + 1, 9007199254740993));
        QVERIFY(later.value().first().id != e.id);
        QVERIFY(!WebhookEvent::fromMailerLite(R"({"events":[{"type":"x"}]})").ok());
        QVERIFY(!WebhookEvent::fromMailerLite(R"({"event":[]})").ok());
    }

    void signedGhlEventIsQueuedOnce_data()
    {
        QTest::addColumn<bool>("ed25519");
        QTest::newRow("x-wh-signature (RSA)") << false;
        QTest::newRow("x-ghl-signature (Ed25519)") << true;
    }

    void signedGhlEventIsQueuedOnce()
    {
        QFETCH(bool, ed25519);
        const QByteArray body = ghlBody(u"w1"_s, Now.addSecs(-30));
        const QByteArray signature = sign(ed25519 ? Scheme::GhlEd25519 : Scheme::GhlRsa, body);
        auto reply = ed25519 ? m_receiver->receiveGhl(body, {}, signature)
                             : m_receiver->receiveGhl(body, signature, {});
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.queued, 1);
        // The same delivery again: acknowledged, not queued twice.
        reply = ed25519 ? m_receiver->receiveGhl(body, {}, signature)
                        : m_receiver->receiveGhl(body, signature, {});
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.queued, 0);
        QCOMPARE(reply.duplicates, 1);
        const auto pending = m_queue->pending(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().first().event.contactId, u"nmFmQEsNgz6AVpgLVUJ0"_s);
        QCOMPARE(pending.value().first().receivedAt, Now);
    }

    void forgedDeliveriesAreRefused()
    {
        const QByteArray body = ghlBody(u"w1"_s, Now);
        const QByteArray rsa = sign(Scheme::GhlRsa, body);
        QByteArray forged = body;
        forged.replace("JohnDeo", "Mallory");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a GHL webhook: 401"_s));
        QCOMPARE(m_receiver->receiveGhl(forged, rsa, {}).httpStatus, 401);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a GHL webhook: 401"_s));
        QCOMPARE(m_receiver->receiveGhl(body, {}, {}).httpStatus, 401);
        // With an Ed25519 header present, a valid RSA one does not rescue a bad Ed25519 one.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a GHL webhook: 401"_s));
        QCOMPARE(m_receiver->receiveGhl(body, rsa, "AAAA").httpStatus, 401);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"refused a MailerLite webhook: 401"_s));
        QCOMPARE(
            m_receiver
                ->receiveMailerLite(mlBody(u"subscriber.unsubscribe"_s, Now.toSecsSinceEpoch(), 1),
                                    "aNjQMVJvKs/nxCCAfhl8nmfAz4VrherBiFceyJnv/zo=")
                .httpStatus,
            401);
        QCOMPARE(m_queue->pendingCount().valueOr(-1), 0);
    }

    void staleForeignAndMalformedAreRefused()
    {
        const QByteArray stale = ghlBody(u"w-old"_s, Now.addSecs(-301));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a GHL webhook: 400"_s));
        QCOMPARE(m_receiver->receiveGhl(stale, sign(Scheme::GhlRsa, stale), {}).httpStatus, 400);
        const QByteArray future = ghlBody(u"w-future"_s, Now.addSecs(600));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a GHL webhook: 400"_s));
        QCOMPARE(m_receiver->receiveGhl(future, sign(Scheme::GhlRsa, future), {}).httpStatus, 400);
        const QByteArray foreign = ghlBody(u"w-other"_s, Now, u"another-location"_s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a GHL webhook: 403"_s));
        QCOMPARE(m_receiver->receiveGhl(foreign, sign(Scheme::GhlRsa, foreign), {}).httpStatus,
                 403);
        const QByteArray garbage = "{\"type\":";
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a GHL webhook: 400"_s));
        QCOMPARE(m_receiver->receiveGhl(garbage, sign(Scheme::GhlRsa, garbage), {}).httpStatus,
                 400);
        QCOMPARE(m_queue->pendingCount().valueOr(-1), 0);
    }

    void unhandledTypesAreAcknowledgedNotQueued()
    {
        const QByteArray body
            = ghlBody(u"w-appt"_s, Now, u"ve9EPM428h8vShlRW1KT"_s, u"AppointmentCreate"_s);
        const auto reply = m_receiver->receiveGhl(body, sign(Scheme::GhlRsa, body), {});
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.ignored, 1);
        QCOMPARE(m_queue->pendingCount().valueOr(-1), 0);
    }

    void mailerLiteBatchIsQueuedAndSettled()
    {
        const QByteArray body
            = mlBody(u"subscriber.unsubscribe"_s, Now.toSecsSinceEpoch() - 120, 42);
        const QByteArray signature = sign(Scheme::MailerLiteHmac, body, "ml-api-key");
        auto reply = m_receiver->receiveMailerLite(body, signature);
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.queued, 1);
        QCOMPARE(m_receiver->receiveMailerLite(body, signature).duplicates, 1);

        const auto pending = m_queue->pending(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 1);
        const qint64 row = pending.value().first().rowId;
        QVERIFY(m_queue->settle({row}, WebhookQueue::Settlement::Applied, Now).ok());
        QCOMPARE(m_queue->pendingCount().valueOr(-1), 0);
        // Settled events still recognise a replay until they are pruned.
        QCOMPARE(m_receiver->receiveMailerLite(body, signature).duplicates, 1);
        QCOMPARE(m_queue->prune(Now.addSecs(1)).valueOr(-1), 1);
        QVERIFY(
            !m_queue->contains(WebhookEvent::Source::MailerLite, pending.value().first().event.id)
                 .valueOr(true));
    }

private:
    QByteArray sign(Scheme scheme, const QByteArray &body, const QByteArray &secret = {}) const
    {
        const QByteArray key = scheme == Scheme::GhlRsa ? m_rsa.privateKeyPem
            : scheme == Scheme::GhlEd25519              ? m_ed.privateKeyPem
                                                        : secret;
        return WebhookSignature::sign(scheme, body, key).valueOr({});
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    WebhookSignature::KeyPair m_rsa;
    WebhookSignature::KeyPair m_ed;
    ManualClock m_clock;
    std::unique_ptr<Store::StateDatabase> m_db;
    std::unique_ptr<WebhookQueue> m_queue;
    std::unique_ptr<WebhookReceiver> m_receiver;
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
