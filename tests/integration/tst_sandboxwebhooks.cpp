// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's webhooks end to end: changes made through the fake APIs (and the inspection
// API's mutate) reach a real HTTP receiver on 127.0.0.1 as the services' events, signed with
// the keys the connection info hands out, in the documented shapes, and WebhookReceiver queues
// them. MailerLite events come in signed batches; failed deliveries are retried.
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "sandboxcalls.h"
#include "sandboxhost.h"
#include "store/statedatabase.h"
#include "util/clock.h"
#include "webhook/webhookevent.h"
#include "webhook/webhookqueue.h"
#include "webhook/webhookreceiver.h"
#include "webhookemitter.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Sandbox::HttpRequest;
using Sandbox::HttpResponse;
using Sandbox::SandboxHost;
using Webhooks::WebhookSignature;
using Scheme = WebhookSignature::Scheme;

namespace {

// A webhook receiver: records every delivery and answers with the status `answer` gives.
class Receiver final : public QAbstractHttpServer
{
public:
    struct Delivery
    {
        QString path;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };

    QList<Delivery> deliveries;
    std::function<int(const Delivery &)> answer = [](const Delivery &) {
        return 200;
    };

    quint16 start() { return m_port = listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
    }
    [[nodiscard]] QList<Delivery> at(const QString &path) const
    {
        QList<Delivery> result;
        for (const Delivery &delivery : deliveries) {
            if (delivery.path == path) {
                result.append(delivery);
            }
        }
        return result;
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Delivery delivery {request.url().path(), {}, request.body()};
        for (const auto &[name, value] : request.headers()) {
            delivery.headers.insert(name.toLower(), value);
        }
        deliveries.append(delivery);
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer(delivery)));
        responder.writeHeader("Content-Length", "0");
        responder.writeBody(QByteArray());
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    quint16 m_port = 0;
};

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestSandboxWebhooks final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<Store::StateDatabase> m_db;
    std::unique_ptr<Webhooks::WebhookQueue> m_queue;
    std::unique_ptr<Webhooks::WebhookReceiver> m_webhooks;

    // A sandbox whose webhooks go to the receiver's /ghl and /ml, and a WebhookReceiver that
    // trusts the keys of its connection info, over a fresh state database.
    [[nodiscard]] bool startSandbox(int mlBatchMs = 0)
    {
        SandboxHost::Options options;
        options.contacts = 3;
        options.seed = 7;
        options.rateLimitMode = Sandbox::RateLimitMode::Off;
        options.clock = &m_clock;
        options.ghlWebhookUrl = m_receiver->url(u"/ghl"_s);
        options.mlWebhookUrl = m_receiver->url(u"/ml"_s);
        options.mlWebhookBatchMs = mlBatchMs;
        m_host = std::make_unique<SandboxHost>(options);
        if (const Status started = m_host->start(); !started) {
            qWarning() << started.error().toLogString();
            return false;
        }
        const QJsonObject info = m_host->connectionInfo();

        ++m_databases;
        auto db = Store::StateDatabase::open(m_dir.filePath(u"state%1.db"_s.arg(m_databases)),
                                             u"webhooks%1"_s.arg(m_databases));
        if (!db) {
            qWarning() << db.error().toLogString();
            return false;
        }
        m_db = std::move(db).value();
        m_queue = std::make_unique<Webhooks::WebhookQueue>(*m_db, u"sandbox"_s);
        Webhooks::WebhookReceiver::Config config;
        config.locationId = info.value(u"location_id"_s).toString();
        config.ghlRsaPublicKey = info.value(u"ghl_webhook_rsa_public_key"_s).toString().toLatin1();
        config.ghlEd25519PublicKey
            = info.value(u"ghl_webhook_ed25519_public_key"_s).toString().toLatin1();
        config.mailerLiteSecret = info.value(u"ml_api_key"_s).toString().toUtf8();
        m_webhooks = std::make_unique<Webhooks::WebhookReceiver>(config, *m_queue, m_clock);
        // The receiver answers what ContactBridge's listener would.
        m_receiver->answer = [this](const Receiver::Delivery &delivery) {
            if (delivery.path == u"/ghl") {
                return m_webhooks
                    ->receiveGhl(delivery.body, delivery.headers.value("x-wh-signature"),
                                 delivery.headers.value("x-ghl-signature"))
                    .httpStatus;
            }
            return m_webhooks
                ->receiveMailerLite(delivery.body, delivery.headers.value("x-mailerlite-signature"))
                .httpStatus;
        };
        return true;
    }

    HttpResponse ghl(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return SandboxCalls::ghl(*m_host, method, path, body);
    }

    HttpResponse ml(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return SandboxCalls::ml(*m_host, method, path, body);
    }

    QString firstContactId() const { return m_host->ghl()->contacts().byAdded().begin()->second; }

    // The events of every MailerLite batch received so far, in order.
    QJsonArray mlEvents() const
    {
        QJsonArray events;
        for (const Receiver::Delivery &delivery : m_receiver->at(u"/ml"_s)) {
            for (const QJsonValue &event : objectOf(delivery.body).value(u"events"_s).toArray()) {
                events.append(event);
            }
        }
        return events;
    }

    static QStringList typesOf(const QJsonArray &events)
    {
        QStringList types;
        for (const QJsonValue &event : events) {
            types.append(event.toObject().value(u"type"_s).toString());
        }
        return types;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_clock.setNow(QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26, 535), Qt::UTC));
        m_receiver = std::make_unique<Receiver>();
        QVERIFY(m_receiver->start() != 0);
    }

    void cleanup()
    {
        m_host.reset();
        m_webhooks.reset();
        m_queue.reset();
        m_db.reset();
        m_receiver.reset();
    }

    void connectionInfoHoldsTheVerifyingKeysOnlyWithWebhooks()
    {
        QVERIFY(startSandbox());
        const QJsonObject info = m_host->connectionInfo();
        for (const auto &key :
             {u"ghl_webhook_rsa_public_key"_s, u"ghl_webhook_ed25519_public_key"_s}) {
            QVERIFY2(info.value(key).toString().startsWith(u"-----BEGIN PUBLIC KEY-----"_s),
                     qPrintable(key));
        }
        QVERIFY(info.value(u"ghl_webhook_rsa_public_key"_s)
                != info.value(u"ghl_webhook_ed25519_public_key"_s));

        SandboxHost::Options plain;
        plain.contacts = 1;
        plain.clock = &m_clock;
        SandboxHost quiet(plain);
        QVERIFY(quiet.start());
        QVERIFY(!quiet.connectionInfo().contains(u"ghl_webhook_rsa_public_key"_s));
        QVERIFY(!quiet.ghl()->webhooks().isActive());
        QVERIFY(quiet.mailerLite()->webhooks().webhooks().isEmpty());
    }

    void ghlChangesArriveAsSignedEvents()
    {
        QVERIFY(startSandbox());
        const QString location = m_host->locationId();
        const HttpResponse created = ghl("POST", u"/contacts/"_s,
                                         {{u"locationId"_s, location},
                                          {u"email"_s, u"ada@example.com"_s},
                                          {u"firstName"_s, u"Ada"_s},
                                          {u"lastName"_s, u"Lovelace"_s}});
        QCOMPARE(created.status, 201);
        const QString id
            = objectOf(created.body).value(u"contact"_s).toObject().value(u"id"_s).toString();
        m_clock.advance(1500ms);
        QCOMPARE(ghl("PUT", u"/contacts/"_s + id, {{u"companyName"_s, u"Engines Ltd"_s}}).status,
                 200);
        QCOMPARE(ghl("POST", u"/contacts/%1/tags"_s.arg(id), {{u"tags"_s, QJsonArray {u"vip"_s}}})
                     .status,
                 201);
        QCOMPARE(ghl("PUT", u"/contacts/"_s + id, {{u"dnd"_s, true}}).status, 200);
        QCOMPARE(
            ghl("POST", u"/contacts/%1/notes"_s.arg(id), {{u"body"_s, u"Called back"_s}}).status,
            201);
        const HttpResponse task = ghl("POST", u"/contacts/%1/tasks"_s.arg(id),
                                      {{u"title"_s, u"Send offer"_s},
                                       {u"body"_s, u"Details"_s},
                                       {u"dueDate"_s, u"2026-04-01T10:00:00Z"_s},
                                       {u"completed"_s, false}});
        QCOMPARE(task.status, 201);
        const QString taskId
            = objectOf(task.body).value(u"task"_s).toObject().value(u"id"_s).toString();
        QCOMPARE(ghl("PUT", u"/contacts/%1/tasks/%2/completed"_s.arg(id, taskId),
                     {{u"completed"_s, true}})
                     .status,
                 200);
        // A second PUT of the same value changes nothing and makes no event.
        QCOMPARE(ghl("PUT", u"/contacts/"_s + id, {{u"dnd"_s, true}}).status, 200);
        QCOMPARE(ghl("DELETE", u"/contacts/"_s + id).status, 200);

        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->at(u"/ghl"_s).size(), 8, 10000);
        QMap<QString, QJsonObject> byType;
        QSet<QString> webhookIds;
        const QJsonObject info = m_host->connectionInfo();
        for (const Receiver::Delivery &delivery : m_receiver->at(u"/ghl"_s)) {
            QVERIFY(WebhookSignature::verify(
                Scheme::GhlRsa, delivery.body, delivery.headers.value("x-wh-signature"),
                info.value(u"ghl_webhook_rsa_public_key"_s).toString().toLatin1()));
            QVERIFY(WebhookSignature::verify(
                Scheme::GhlEd25519, delivery.body, delivery.headers.value("x-ghl-signature"),
                info.value(u"ghl_webhook_ed25519_public_key"_s).toString().toLatin1()));
            // Signed with this sandbox's keys, never GHL's own.
            QVERIFY(!WebhookSignature::verify(Scheme::GhlRsa, delivery.body,
                                              delivery.headers.value("x-wh-signature"),
                                              WebhookSignature::ghlRsaPublicKey()));
            const QJsonObject event = objectOf(delivery.body);
            QCOMPARE(event.value(u"locationId"_s).toString(), location);
            webhookIds.insert(event.value(u"webhookId"_s).toString());
            byType.insert(event.value(u"type"_s).toString(), event);
        }
        QCOMPARE(webhookIds.size(), 8);
        QCOMPARE(byType.keys(),
                 (QStringList {u"ContactCreate"_s, u"ContactDelete"_s, u"ContactDndUpdate"_s,
                               u"ContactTagUpdate"_s, u"ContactUpdate"_s, u"NoteCreate"_s,
                               u"TaskComplete"_s, u"TaskCreate"_s}));

        const QJsonObject create = byType.value(u"ContactCreate"_s);
        QCOMPARE(create.value(u"id"_s).toString(), id);
        QCOMPARE(create.value(u"email"_s).toString(), u"ada@example.com"_s);
        QCOMPARE(create.value(u"name"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(create.value(u"dnd"_s), QJsonValue(false));
        QCOMPARE(create.value(u"timestamp"_s).toString(), u"2026-03-14T15:09:26.535Z"_s);
        QCOMPARE(byType.value(u"ContactUpdate"_s).value(u"companyName"_s).toString(),
                 u"Engines Ltd"_s);
        QCOMPARE(byType.value(u"ContactUpdate"_s).value(u"timestamp"_s).toString(),
                 u"2026-03-14T15:09:28.035Z"_s);
        QCOMPARE(byType.value(u"ContactTagUpdate"_s).value(u"tags"_s).toArray(),
                 QJsonArray {u"vip"_s});
        QCOMPARE(byType.value(u"ContactDndUpdate"_s).value(u"dnd"_s), QJsonValue(true));
        QCOMPARE(byType.value(u"ContactDelete"_s).value(u"id"_s).toString(), id);
        const QJsonObject note = byType.value(u"NoteCreate"_s);
        QCOMPARE(note.value(u"contactId"_s).toString(), id);
        QCOMPARE(note.value(u"body"_s).toString(), u"Called back"_s);
        QVERIFY(note.value(u"id"_s).toString() != id);
        QCOMPARE(byType.value(u"TaskCreate"_s).value(u"contactId"_s).toString(), id);
        QCOMPARE(byType.value(u"TaskCreate"_s).value(u"title"_s).toString(), u"Send offer"_s);
        QCOMPARE(byType.value(u"TaskComplete"_s).value(u"id"_s).toString(), taskId);
        QCOMPARE(byType.value(u"TaskComplete"_s).value(u"dueDate"_s).toString(),
                 u"2026-04-01T10:00:00.000Z"_s);

        // ContactBridge's receiver took every one of them.
        QCOMPARE(m_queue->pendingCount().value(), 8);
        const auto pending = m_queue->pending(20).value();
        for (const auto &entry : pending) {
            QCOMPARE(entry.event.contactId, id);
        }
        // The emitter counts a delivery once the receiver's answer is back.
        QTRY_COMPARE_WITH_TIMEOUT(m_host->ghl()->webhooks().delivery().sent(), 8, 10000);
        const QJsonObject stats = m_host->ghl()->webhooks().stats();
        QCOMPARE(stats.value(u"sent"_s).toInteger(), 8);
        QCOMPARE(stats.value(u"failed"_s).toInteger(), 0);
        QCOMPARE(stats.value(u"events"_s).toObject().value(u"ContactCreate"_s).toInteger(), 1);
    }

    void ghlMutateApiChangesMakeEvents()
    {
        QVERIFY(startSandbox());
        const QString id = firstContactId();
        HttpRequest mutate;
        mutate.method = "POST";
        mutate.path = u"/_sandbox/mutate"_s;
        const QJsonObject dndSettings {
            {u"Email"_s, QJsonObject {{u"status"_s, u"active"_s}, {u"message"_s, u"opt-out"_s}}}};
        mutate.body
            = QJsonDocument(QJsonObject {{u"contacts"_s,
                                          QJsonArray {QJsonObject {{u"id"_s, id},
                                                                   {u"dndSettings"_s, dndSettings},
                                                                   {u"firstName"_s, u"Grace"_s}}}}})
                  .toJson(QJsonDocument::Compact);
        QCOMPARE(m_host->ghl()->dispatch(mutate).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->at(u"/ghl"_s).size(), 2, 10000);
        QMap<QString, QJsonObject> byType;
        for (const Receiver::Delivery &delivery : m_receiver->at(u"/ghl"_s)) {
            const QJsonObject event = objectOf(delivery.body);
            byType.insert(event.value(u"type"_s).toString(), event);
        }
        QCOMPARE(byType.keys(), (QStringList {u"ContactDndUpdate"_s, u"ContactUpdate"_s}));
        QCOMPARE(byType.value(u"ContactDndUpdate"_s).value(u"dndSettings"_s).toObject(),
                 dndSettings);
        QVERIFY(!byType.value(u"ContactUpdate"_s).contains(u"dndSettings"_s));
        QCOMPARE(byType.value(u"ContactUpdate"_s).value(u"firstName"_s).toString(), u"Grace"_s);
        QCOMPARE(m_queue->pendingCount().value(), 2);

        // The counters are in the inspection API's state.
        QTRY_COMPARE_WITH_TIMEOUT(m_host->ghl()->webhooks().delivery().sent(), 2, 10000);
        HttpRequest state;
        state.method = "GET";
        state.path = u"/_sandbox/state"_s;
        const QJsonObject webhooks
            = objectOf(m_host->ghl()->dispatch(state).body).value(u"webhooks"_s).toObject();
        QCOMPARE(webhooks.value(u"sent"_s).toInteger(), 2);
        QCOMPARE(webhooks.value(u"pending"_s).toInteger(), 0);
    }

    void ghlSendsOneSignatureWhenAsked()
    {
        QVERIFY(startSandbox());
        using Signatures = Sandbox::GhlWebhookEmitter::Signatures;
        m_host->ghl()->webhooks().setSignatures(Signatures::RsaOnly);
        const QString id = firstContactId();
        QCOMPARE(ghl("PUT", u"/contacts/"_s + id, {{u"city"_s, u"Leeds"_s}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->at(u"/ghl"_s).size(), 1, 10000);
        m_host->ghl()->webhooks().setSignatures(Signatures::Ed25519Only);
        QCOMPARE(ghl("PUT", u"/contacts/"_s + id, {{u"city"_s, u"York"_s}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->at(u"/ghl"_s).size(), 2, 10000);

        const auto deliveries = m_receiver->at(u"/ghl"_s);
        QVERIFY(deliveries.at(0).headers.contains("x-wh-signature"));
        QVERIFY(!deliveries.at(0).headers.contains("x-ghl-signature"));
        QVERIFY(!deliveries.at(1).headers.contains("x-wh-signature"));
        QVERIFY(deliveries.at(1).headers.contains("x-ghl-signature"));
        // Either way the receiver verifies and queues them.
        QCOMPARE(m_queue->pendingCount().value(), 2);
    }

    void failedDeliveriesAreRetriedThenGivenUp()
    {
        QVERIFY(startSandbox());
        Sandbox::WebhookEmitter &delivery = m_host->ghl()->webhooks().delivery();
        Sandbox::WebhookEmitter::Options fast = delivery.options();
        fast.firstBackoff = 5ms;
        delivery.setOptions(fast);
        // Two 500s, then the receiver's own answer: the third attempt gets through.
        int failures = 2;
        const auto verifying = m_receiver->answer;
        m_receiver->answer = [&](const Receiver::Delivery &d) {
            return failures-- > 0 ? 500 : verifying(d);
        };
        const QString id = firstContactId();
        QCOMPARE(ghl("PUT", u"/contacts/"_s + id, {{u"city"_s, u"Bath"_s}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(delivery.sent(), 1, 10000);
        QCOMPARE(m_receiver->at(u"/ghl"_s).size(), 3);
        QCOMPARE(m_receiver->at(u"/ghl"_s).at(0).body, m_receiver->at(u"/ghl"_s).at(2).body);
        QCOMPARE(delivery.retried(), 2);
        QCOMPARE(delivery.failed(), 0);
        QCOMPARE(m_queue->pendingCount().value(), 1);

        // A receiver that always fails gets the first try and three retries.
        m_receiver->answer = [](const Receiver::Delivery &) {
            return 503;
        };
        QCOMPARE(ghl("PUT", u"/contacts/"_s + id, {{u"city"_s, u"Hull"_s}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(delivery.failed(), 1, 10000);
        QCOMPARE(m_receiver->at(u"/ghl"_s).size(), 3 + 4);
        QCOMPARE(delivery.retried(), 2 + 3);
        QCOMPARE(delivery.pending(), 0);

        // No one listening at all: connection errors are retried the same way.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl nowhere(u"http://127.0.0.1:%1/gone"_s.arg(closed.serverPort()));
        closed.close();
        m_host->ghl()->webhooks().setUrls({nowhere});
        QCOMPARE(ghl("PUT", u"/contacts/"_s + id, {{u"city"_s, u"Ely"_s}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(delivery.failed(), 2, 10000);
        QCOMPARE(delivery.retried(), 2 + 3 + 3);
        QCOMPARE(delivery.sent(), 1);
        m_receiver->answer = [](const Receiver::Delivery &) {
            return 200;
        };
    }

    void mailerLiteEventsComeInSignedBatches()
    {
        QVERIFY(startSandbox());
        Sandbox::MlWebhookEmitter &webhooks = m_host->mailerLite()->webhooks();
        webhooks.setBatchInterval(1h); // the test decides when the batch goes
        const HttpResponse group = ml("POST", u"/groups"_s, {{u"name"_s, u"Customers"_s}});
        QCOMPARE(group.status, 201);
        const qint64 groupId = objectOf(group.body).value(u"id"_s).toInteger();
        const HttpResponse created = ml(
            "POST", u"/subscribers"_s, {{u"email"_s, u"ada@example.com"_s}, {u"name"_s, u"Ada"_s}});
        QCOMPARE(created.status, 200);
        // Ids beyond 2^53 travel as exact JSON numbers.
        const qint64 subscriberId = objectOf(created.body).value(u"id"_s).toInteger();
        QVERIFY(subscriberId > (qint64(1) << 53));
        // A group add inside /batch counts like a direct one.
        const QJsonObject batch {
            {u"requests"_s,
             QJsonArray {
                 QJsonObject {{u"method"_s, u"POST"_s},
                              {u"path"_s, u"/api/v2/groups/%1/subscribers"_s.arg(groupId)},
                              {u"body"_s, QJsonObject {{u"email"_s, u"ada@example.com"_s}}}}}}};
        QCOMPARE(ml("POST", u"/batch"_s, batch).status, 200);
        m_clock.advance(2s);
        // The person clicks "unsubscribe" in a campaign.
        const QJsonObject unsubscribe {
            {u"subscribers"_s,
             QJsonArray {QJsonObject {{u"email"_s, u"ada@example.com"_s},
                                      {u"action"_s, u"unsubscribe"_s}}}}};
        QCOMPARE(ml("POST", u"/_sandbox/mutate"_s, unsubscribe).status, 200);

        QCOMPARE(webhooks.waiting(), 3);
        QVERIFY(m_receiver->at(u"/ml"_s).isEmpty());
        webhooks.flush();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->at(u"/ml"_s).size(), 1, 10000);
        const Receiver::Delivery delivery = m_receiver->at(u"/ml"_s).first();
        QVERIFY(WebhookSignature::verify(Scheme::MailerLiteHmac, delivery.body,
                                         delivery.headers.value("x-mailerlite-signature"),
                                         m_host->mlApiKey().toUtf8()));
        const QByteArray exactId = "\"id\":" + QByteArray::number(subscriberId) + ',';
        QVERIFY(delivery.body.contains(exactId));

        const QJsonArray events = mlEvents();
        QCOMPARE(typesOf(events),
                 (QStringList {u"subscriber.create"_s, u"subscriber.add_to_group"_s,
                               u"subscriber.unsubscribe"_s}));
        const QJsonObject joined = events.at(1).toObject();
        QCOMPARE(joined.value(u"data"_s)
                     .toObject()
                     .value(u"group"_s)
                     .toObject()
                     .value(u"id"_s)
                     .toInteger(),
                 groupId);
        QCOMPARE(joined.value(u"account_id"_s).toInteger(), Sandbox::MlWebhookEmitter::AccountId);
        const QJsonObject left = events.at(2).toObject();
        QCOMPARE(left.value(u"timestamp"_s).toInteger(), m_clock.now().toSecsSinceEpoch());
        const QJsonObject subscriber
            = left.value(u"data"_s).toObject().value(u"subscriber"_s).toObject();
        QCOMPARE(subscriber.value(u"type"_s).toString(), u"unsubscribed"_s);
        QCOMPARE(subscriber.value(u"email"_s).toString(), u"ada@example.com"_s);

        const auto parsed = Webhooks::WebhookEvent::fromMailerLite(delivery.body);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size(), 3);
        QCOMPARE(parsed.value().at(2).subscriberId, QString::number(subscriberId));
        QVERIFY(parsed.value().at(2).isOptOut());
        // ContactBridge's receiver queued the whole batch.
        QCOMPARE(m_queue->pendingCount().value(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(webhooks.delivery().sent(), 1, 10000);
    }

    void mailerLiteBatchesByTimerAndAnswersEveryAction()
    {
        QVERIFY(startSandbox(50));
        for (const auto &email : {u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s}) {
            QCOMPARE(ml("POST", u"/subscribers"_s, {{u"email"_s, email}}).status, 200);
        }
        // Three creates of one turn share one batch when the interval ends.
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->at(u"/ml"_s).size(), 1, 10000);
        QCOMPARE(mlEvents().size(), 3);

        m_clock.advance(1s);
        const QJsonObject people {
            {u"subscribers"_s,
             QJsonArray {
                 QJsonObject {{u"email"_s, u"a@example.com"_s}, {u"action"_s, u"bounce"_s}},
                 QJsonObject {{u"email"_s, u"b@example.com"_s}, {u"action"_s, u"complain"_s}},
                 QJsonObject {{u"email"_s, u"c@example.com"_s},
                              {u"fields"_s, QJsonObject {{u"name"_s, u"Cecil"_s}}}}}}};
        QCOMPARE(ml("POST", u"/_sandbox/mutate"_s, people).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->at(u"/ml"_s).size(), 2, 10000);
        QCOMPARE(typesOf(mlEvents()).mid(3),
                 (QStringList {u"subscriber.bounced"_s, u"subscriber.complaint"_s,
                               u"subscriber.update"_s}));
        QCOMPARE(m_queue->pendingCount().value(), 6);

        const QJsonObject unknown {{u"subscribers"_s,
                                    QJsonArray {QJsonObject {{u"email"_s, u"a@example.com"_s},
                                                             {u"action"_s, u"explode"_s}}}}};
        QCOMPARE(ml("POST", u"/_sandbox/mutate"_s, unknown).status, 400);
        QCOMPARE(m_host->mailerLite()->webhooks().waiting(), 0);
    }

    void mailerLiteWebhooksApi()
    {
        QVERIFY(startSandbox());
        const QJsonObject list = objectOf(ml("GET", u"/webhooks"_s).body);
        QCOMPARE(list.value(u"count"_s).toInt(), 7); // the host's receiver gets every event
        QCOMPARE(list.value(u"webhooks"_s).toArray().size(), 7);
        QCOMPARE(list.value(u"limit"_s).toInt(), 100);

        HttpResponse refused = ml("POST", u"/webhooks"_s,
                                  {{u"url"_s, u"not a url"_s}, {u"event"_s, u"subscriber.nope"_s}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(objectOf(refused.body).value(u"error"_s).toObject().value(u"message"_s).toString(),
                 u"Url must be an active domain, Event contains invalid value"_s);

        const QString bouncesUrl = m_receiver->url(u"/bounces"_s).toString();
        const HttpResponse created
            = ml("POST", u"/webhooks"_s,
                 {{u"url"_s, bouncesUrl}, {u"event"_s, u"subscriber.unsubscribe"_s}});
        QCOMPARE(created.status, 200);
        const QJsonObject webhook = objectOf(created.body);
        const qint64 id = webhook.value(u"id"_s).toInteger();
        QCOMPARE(webhook.value(u"url"_s).toString(), bouncesUrl);
        QCOMPARE(webhook.value(u"created_at"_s).toObject().value(u"timezone"_s).toString(),
                 u"UTC"_s);
        QCOMPARE(webhook.value(u"created_at"_s).toObject().value(u"date"_s).toString(),
                 u"2026-03-14 15:09:26.535000"_s);
        const HttpResponse updated
            = ml("PUT", u"/webhooks/%1"_s.arg(id), {{u"event"_s, u"subscriber.bounced"_s}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(objectOf(updated.body).value(u"event"_s).toString(), u"subscriber.bounced"_s);
        QCOMPARE(objectOf(ml("GET", u"/webhooks/%1"_s.arg(id)).body).value(u"url"_s).toString(),
                 bouncesUrl);

        // The registered webhook gets only its event, in a batch of its own URL.
        QCOMPARE(ml("POST", u"/subscribers"_s, {{u"email"_s, u"d@example.com"_s}}).status, 200);
        const QJsonObject bounce {{u"subscribers"_s,
                                   QJsonArray {QJsonObject {{u"email"_s, u"d@example.com"_s},
                                                            {u"action"_s, u"bounce"_s}}}}};
        QCOMPARE(ml("POST", u"/_sandbox/mutate"_s, bounce).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->at(u"/bounces"_s).size(), 1, 10000);
        const QJsonArray events
            = objectOf(m_receiver->at(u"/bounces"_s).first().body).value(u"events"_s).toArray();
        QCOMPARE(typesOf(events), QStringList {u"subscriber.bounced"_s});
        QCOMPARE(events.first().toObject().value(u"webhook_id"_s).toInteger(), id);

        QCOMPARE(objectOf(ml("DELETE", u"/webhooks/%1"_s.arg(id)).body).value(u"success"_s),
                 QJsonValue(true));
        QCOMPARE(ml("GET", u"/webhooks/%1"_s.arg(id)).status, 404);
        QCOMPARE(ml("DELETE", u"/webhooks/%1"_s.arg(id)).status, 404);
    }

    void mailerLiteGroupChangesThroughTheApi()
    {
        QVERIFY(startSandbox());
        const qint64 groupId = objectOf(ml("POST", u"/groups"_s, {{u"name"_s, u"Leads"_s}}).body)
                                   .value(u"id"_s)
                                   .toInteger();
        QCOMPARE(ml("POST", u"/groups/%1/subscribers"_s.arg(groupId),
                    {{u"email"_s, u"e@example.com"_s}, {u"name"_s, u"Eve"_s}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(mlEvents().size(), 2, 10000);
        m_clock.advance(1s);
        QCOMPARE(ml("DELETE", u"/groups/%1/subscribers/e@example.com"_s.arg(groupId)).status, 204);
        QCOMPARE(
            ml("PUT", u"/subscribers/e@example.com"_s, {{u"type"_s, u"unsubscribed"_s}}).status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(mlEvents().size(), 4, 10000);
        QCOMPARE(typesOf(mlEvents()),
                 (QStringList {u"subscriber.create"_s, u"subscriber.add_to_group"_s,
                               u"subscriber.remove_from_group"_s, u"subscriber.unsubscribe"_s}));
        QCOMPARE(m_queue->pendingCount().value(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandboxwebhooks.moc"
