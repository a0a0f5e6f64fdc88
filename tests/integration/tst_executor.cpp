// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakemailerlite.h"
#include "http/httpclient.h"
#include "mailerlite/mailerliteclient.h"
#include "sync/executor.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Sync::ItemOutcome;
using Sync::Plan;
using Sync::PlanItem;
using Action = Sync::PlanItem::Action;

namespace {

constexpr auto ApiKey = "executor-test-key";
constexpr qint64 Newsletter = 101;
constexpr qint64 Customers = 102;
constexpr qint64 Existing = 5000;
constexpr qint64 OptedOut = 5001;

Sandbox::Dataset dataset()
{
    Sandbox::Dataset d;
    d.mlGroups = QJsonArray {QJsonObject {{u"id"_s, Newsletter}, {u"name"_s, u"Newsletter"_s}},
                             QJsonObject {{u"id"_s, Customers}, {u"name"_s, u"Customers"_s}}};
    d.mlSubscribers = QJsonArray {
        QJsonObject {{u"id"_s, Existing},
                     {u"email"_s, u"existing@example.com"_s},
                     {u"type"_s, u"active"_s},
                     {u"groups"_s, QJsonArray {Newsletter}}},
        QJsonObject {{u"id"_s, OptedOut},
                     {u"email"_s, u"optedout@example.com"_s},
                     {u"type"_s, u"unsubscribed"_s}},
    };
    return d;
}

PlanItem create(const QString &email, QList<qint64> groups = {})
{
    PlanItem item;
    item.action = Action::Create;
    item.contactId = u"c-"_s + email;
    item.email = email;
    item.name = u"Name"_s;
    item.after = {{u"company"_s, u"ACME"_s}};
    item.groupsAdd = groups;
    return item;
}

} // namespace

class TestExecutor final : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<Sandbox::FakeMailerLite> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Api::HttpClient> m_http;
    std::unique_ptr<Api::MailerLiteClient> m_client;
    QByteArray m_key = ApiKey;

    void start(Sandbox::RateLimitMode mode)
    {
        Sandbox::FakeMailerLite::Options options;
        options.apiKey = QString::fromLatin1(ApiKey);
        options.rateLimit = mode;
        m_server = std::make_unique<Sandbox::FakeMailerLite>(options);
        m_server->load(dataset());
        QVERIFY(m_server->listenLocal() != 0);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<Api::HttpClient>(
            Api::MailerLiteClient::httpConfig(m_server->baseUrl(), [this] { return m_key; }),
            m_clock, m_network.get());
        m_client = std::make_unique<Api::MailerLiteClient>(*m_http);
    }

    QJsonObject inspect(const QString &what)
    {
        Sandbox::HttpRequest r;
        r.method = "GET";
        r.path = u"/_sandbox/"_s + what;
        return QJsonDocument::fromJson(m_server->dispatch(r).body).object();
    }

    QJsonObject subscriber(const QString &email)
    {
        const QJsonArray all = inspect(u"state"_s).value("subscribers"_L1).toArray();
        for (const QJsonValue &v : all) {
            if (v.toObject().value("email"_L1).toString().compare(email, Qt::CaseInsensitive)
                == 0) {
                return v.toObject();
            }
        }
        return {};
    }

    QList<ItemOutcome> run(const Plan &plan, std::optional<Error> *fatal = nullptr)
    {
        Sync::Executor executor(*m_client, m_clock);
        QList<ItemOutcome> outcomes;
        connect(&executor, &Sync::Executor::itemsFinished, this,
                [&outcomes](const QList<ItemOutcome> &batch) { outcomes += batch; });
        QSignalSpy finished(&executor, &Sync::Executor::finished);
        executor.execute(plan);
        if (!finished.wait(30000)) {
            return {};
        }
        if (fatal) {
            *fatal = finished.first().at(1).value<std::optional<Error>>();
        }
        return outcomes;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_http.reset();
        m_network.reset();
        m_server.reset();
        m_key = ApiKey;
    }

    void appliesEveryKindOfItemWithFewRequests()
    {
        start(Sandbox::RateLimitMode::Off);
        Plan plan;
        plan.profile = u"p"_s;
        for (int i = 0; i < 120; ++i) {
            plan.items.append(create(u"new%1@example.com"_s.arg(i), {Newsletter}));
        }
        plan.items.append(create(u"nogroup@example.com"_s));
        PlanItem update;
        update.action = Action::Update;
        update.contactId = u"c-existing"_s;
        update.email = u"existing@example.com"_s;
        update.subscriberId = Existing;
        update.name = u"Renamed"_s;
        update.after = {{u"company"_s, u"Changed"_s}};
        update.groupsAdd = {Customers};
        update.groupsRemove = {Newsletter};
        plan.items.append(update);
        PlanItem webinar = create(u"webinar@example.com"_s);
        webinar.groupNamesAdd = {u"Webinar 2026"_s};
        plan.groupsToCreate = {u"Webinar 2026"_s};
        plan.items.append(webinar);
        PlanItem resubscribe;
        resubscribe.action = Action::Update;
        resubscribe.contactId = u"c-optedout"_s;
        resubscribe.email = u"optedout@example.com"_s;
        resubscribe.subscriberId = OptedOut;
        resubscribe.resubscribe = true;
        resubscribe.typeAfter = u"active"_s;
        plan.items.append(resubscribe);
        PlanItem skipped = create(u"skipped@example.com"_s);
        skipped.override = PlanItem::Override::Skip;
        plan.items.append(skipped);

        const QList<ItemOutcome> outcomes = run(plan);
        QCOMPARE(outcomes.size(), 124); // the skipped item is never sent
        for (const ItemOutcome &o : outcomes) {
            QVERIFY2(o.applied,
                     qPrintable(o.item.email + u": "_s
                                + (o.error ? o.error->toLogString() : QString())));
            if (o.item.action == Action::Create) {
                QVERIFY2(o.subscriberId != 0, qPrintable(o.item.email));
            }
        }
        const QJsonObject fresh = subscriber(u"new7@example.com"_s);
        QCOMPARE(fresh.value("groups"_L1).toArray(), QJsonArray {Newsletter});
        const QJsonObject existing = subscriber(u"existing@example.com"_s);
        QCOMPARE(existing.value("groups"_L1).toArray(), QJsonArray {Customers});
        QCOMPARE(existing.value("name"_L1).toString(), u"Renamed"_s);
        QCOMPARE(subscriber(u"optedout@example.com"_s).value("type"_L1).toString(), u"active"_s);
        QVERIFY(subscriber(u"skipped@example.com"_s).isEmpty());
        QCOMPARE(subscriber(u"webinar@example.com"_s).value("groups"_L1).toArray().size(), 1);

        // 121 subscribers joined groups through imports; the rest needed one /batch.
        const QJsonObject byEndpoint = inspect(u"stats"_s).value("by_endpoint"_L1).toObject();
        QCOMPARE(byEndpoint.value("POST /groups/:id/subscribers/import"_L1).toInt(), 3);
        QCOMPARE(byEndpoint.value("POST /batch"_L1).toInt(), 1);
        QCOMPARE(byEndpoint.value("POST /groups"_L1).toInt(), 1);
    }

    void unsubscribesAndRemovesFromGroups()
    {
        start(Sandbox::RateLimitMode::Off);
        Plan plan;
        plan.profile = u"p"_s;
        PlanItem unsubscribe;
        unsubscribe.action = Action::Unsubscribe;
        unsubscribe.email = u"existing@example.com"_s;
        unsubscribe.subscriberId = Existing;
        unsubscribe.typeAfter = u"unsubscribed"_s;
        unsubscribe.groupsRemove = {Newsletter};
        plan.items.append(unsubscribe);
        const auto outcomes = run(plan);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(outcomes.first().applied);
        const QJsonObject s = subscriber(u"existing@example.com"_s);
        QCOMPARE(s.value("type"_L1).toString(), u"unsubscribed"_s);
        QVERIFY(s.value("groups"_L1).toArray().isEmpty());
    }

    void oneBadItemDoesNotStopTheOthers()
    {
        start(Sandbox::RateLimitMode::Off);
        Plan plan;
        plan.profile = u"p"_s;
        plan.items
            = {create(u"good@example.com"_s), create(u"not-an-email"_s),
               create(u"fine@example.com"_s, {Newsletter}), create(u"x@@broken"_s, {Newsletter})};
        const auto outcomes = run(plan);
        QCOMPARE(outcomes.size(), 4);
        int applied = 0;
        for (const ItemOutcome &o : outcomes) {
            applied += o.applied;
            if (!o.applied) {
                QVERIFY(o.error.has_value());
                QCOMPARE(o.error->kind, Error::Kind::Validation);
                QVERIFY(!o.payload.isEmpty());
            }
        }
        QCOMPARE(applied, 2);
    }

    void authFailureStopsTheRunWithAPlainMessage()
    {
        start(Sandbox::RateLimitMode::Off);
        m_key = "revoked";
        Plan plan;
        plan.profile = u"p"_s;
        plan.items = {create(u"a@example.com"_s, {Newsletter}), create(u"b@example.com"_s)};
        std::optional<Error> fatal;
        const auto outcomes = run(plan, &fatal);
        QVERIFY(fatal.has_value());
        QCOMPARE(fatal->kind, Error::Kind::Auth);
        QCOMPARE(outcomes.size(), 2);
        for (const ItemOutcome &o : outcomes) {
            QVERIFY(!o.applied);
        }
        QCOMPARE(inspect(u"stats"_s).value("writes"_L1).toInt(), 0);
    }

    void cancelReportsEveryUnsentItem()
    {
        start(Sandbox::RateLimitMode::Off);
        Sandbox::FaultInjector::Rates slow;
        slow.latencyMs = 2000;
        m_server->faults().setRates(slow);
        Plan plan;
        plan.profile = u"p"_s;
        plan.items = {create(u"a@example.com"_s, {Newsletter}), create(u"b@example.com"_s)};
        Sync::Executor executor(*m_client, m_clock);
        QList<ItemOutcome> outcomes;
        connect(&executor, &Sync::Executor::itemsFinished, this,
                [&outcomes](const QList<ItemOutcome> &batch) { outcomes += batch; });
        QSignalSpy finished(&executor, &Sync::Executor::finished);
        executor.execute(plan);
        QTest::qWait(50); // let the requests go out
        executor.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(outcomes.size(), 2);
        for (const ItemOutcome &o : outcomes) {
            QVERIFY(!o.applied);
            QCOMPARE(o.error->kind, Error::Kind::Cancelled);
        }
    }

    void batchesStayWithinEachEndpointsLimit()
    {
        // 150 upserts without a group: 60 a window may go to POST /subscribers, so three
        // windows are needed, and none of the sub-requests may be refused.
        start(Sandbox::RateLimitMode::Fast);
        Plan plan;
        plan.profile = u"p"_s;
        for (int i = 0; i < 150; ++i) {
            plan.items.append(create(u"paced%1@example.com"_s.arg(i)));
        }
        const auto outcomes = run(plan);
        QCOMPARE(outcomes.size(), 150);
        for (const ItemOutcome &o : outcomes) {
            QVERIFY2(o.applied, qPrintable(o.error ? o.error->toLogString() : QString()));
        }
        const QJsonObject stats = inspect(u"stats"_s);
        QCOMPARE(stats.value("rate_limited"_L1).toInt(), 0);
        QCOMPARE(stats.value("by_endpoint"_L1).toObject().value("POST /subscribers"_L1).toInt(),
                 150);
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
