// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against misbehaving services: 5xx answers, 429 bursts, truncated JSON and
// dropped connections. Every planned write must end applied (and really be in MailerLite) or
// listed as a failure with a reason; nothing may be duplicated; once the faults stop, the next
// run re-sends exactly the failed items and MailerLite converges to the plan.
#include "datagenerator.h"
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "store/failurestore.h"
#include "store/runstore.h"
#include "store/statedatabase.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Sync::PlanItem;
using Sync::RunSummary;

namespace {

constexpr auto Token = "pit-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
constexpr auto MlKey = "faults-test-key";
constexpr auto Location = "faultsLocation000001";
constexpr auto Profile = "faults";
constexpr int Contacts = 2000;
constexpr int RunTimeoutMs = 90'000;
constexpr quint32 MlFaultSeed = 15;
constexpr quint32 GhlFaultSeed = 10;

QJsonObject inspect(Sandbox::SandboxServer &server, const QString &what)
{
    Sandbox::HttpRequest r;
    r.method = "GET";
    r.path = u"/_sandbox/"_s + what;
    return QJsonDocument::fromJson(server.dispatch(r).body).object();
}

// The faults a server injected into its first `requests` HTTP requests: its injector replayed
// with the same seed and rates (it draws once per request, and once more for a 5xx status).
int injectedFaults(quint32 seed, const Sandbox::FaultInjector::Rates &rates, qint64 requests)
{
    Sandbox::FaultInjector replay(seed);
    replay.setRates(rates);
    int faults = 0;
    for (qint64 i = 0; i < requests; ++i) {
        const Sandbox::FaultInjector::Fault fault = replay.next();
        if (fault == Sandbox::FaultInjector::Fault::ServerError) {
            (void)replay.nextServerErrorStatus();
        }
        faults += fault == Sandbox::FaultInjector::Fault::None ? 0 : 1;
    }
    return faults;
}

// What a finished run left behind, read back from the state file.
struct Recorded
{
    QHash<QString, QList<Store::RunItemRecord>> itemsByContact;
    QList<Store::FailureRecord> failures;
};

} // namespace

class TestSyncFaults final : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::FakeGhl> m_ghl;
    std::unique_ptr<Sandbox::FakeMailerLite> m_ml;
    int m_connections = 0;

    Sync::SyncRequest request() const
    {
        Sync::SyncRequest r;
        r.profile.name = QString::fromLatin1(Profile);
        r.profile.ghlBaseUrl = m_ghl->baseUrl();
        r.profile.locationId = QString::fromLatin1(Location);
        r.profile.mailerLiteBaseUrl = m_ml->baseUrl();
        r.ghlToken = Token;
        r.mailerLiteApiKey = MlKey;
        r.databasePath = m_dir.filePath(u"state.sqlite"_s);
        return r;
    }

    // One engine run; nothing when it did not finish in time (a hang).
    std::optional<RunSummary> run(Sync::Plan *plan)
    {
        Sync::SyncEngine engine(m_clock);
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        connect(&engine, &Sync::SyncEngine::planned, this,
                [plan](const Sync::Plan &p) { *plan = p; });
        engine.start(request());
        if (finished.isEmpty() && !finished.wait(RunTimeoutMs)) {
            return std::nullopt;
        }
        if (finished.size() != 1) {
            return std::nullopt; // finished() must fire exactly once
        }
        return finished.first().first().value<RunSummary>();
    }

    Result<Recorded> recorded(qint64 runId)
    {
        auto db = Store::StateDatabase::open(request().databasePath,
                                             u"faults-check-%1"_s.arg(++m_connections));
        if (!db.ok()) {
            return db.error();
        }
        Recorded out;
        const auto items = Store::RunStore(*db.value(), m_clock).items(runId);
        const auto failures
            = Store::FailureStore(*db.value(), m_clock).list(QString::fromLatin1(Profile));
        if (!items.ok() || !failures.ok()) {
            return items.ok() ? failures.error() : items.error();
        }
        for (const Store::RunItemRecord &item : items.value()) {
            out.itemsByContact[item.contactId].append(item);
        }
        out.failures = failures.value();
        return out;
    }

    // MailerLite's subscribers by lower-case email; false (with a failed check) on a duplicate.
    bool subscribersByEmail(QHash<QString, QJsonObject> *out)
    {
        const QJsonArray all = inspect(*m_ml, u"state"_s).value("subscribers"_L1).toArray();
        for (const QJsonValue &v : all) {
            const QString key = v[u"email"_s].toString().toLower();
            if (out->contains(key)) {
                qWarning("duplicate subscriber %s", qPrintable(key));
                return false;
            }
            out->insert(key, v.toObject());
        }
        return true;
    }

    // The subscriber holds what the item sends: its name and every mapped field.
    static bool matches(const PlanItem &item, const QJsonObject &subscriber, QString *why)
    {
        if (subscriber.isEmpty()) {
            *why = u"missing"_s;
            return false;
        }
        QHash<QString, QString> values;
        for (const QJsonValue &f : subscriber.value("fields"_L1).toArray()) {
            values.insert(f[u"key"_s].toString(), f[u"value"_s].toString());
        }
        for (auto it = item.after.begin(); it != item.after.end(); ++it) {
            if (values.value(it.key()) != it.value()) {
                *why = u"field %1: %2 != %3"_s.arg(it.key(), values.value(it.key()), it.value());
                return false;
            }
        }
        if (subscriber.value("type"_L1).toString() != u"active"_s) {
            *why = u"type %1"_s.arg(subscriber.value("type"_L1).toString());
            return false;
        }
        return true;
    }

    // Both fakes on loopback, loaded with the same generated data; false when one cannot listen.
    bool startFakes(Sandbox::RateLimitMode mlLimits)
    {
        Sandbox::DataGenerator::Options gen;
        gen.contacts = Contacts;
        gen.seed = 505;
        gen.locationId = QString::fromLatin1(Location);
        const Sandbox::Dataset data = Sandbox::DataGenerator::generate(gen);
        Sandbox::FakeGhl::Options ghlOptions;
        ghlOptions.locationId = QString::fromLatin1(Location);
        ghlOptions.tokens = {{QString::fromLatin1(Token), Sandbox::FakeGhl::allScopes(), {}}};
        ghlOptions.rateLimitMode = Sandbox::RateLimitMode::Off;
        ghlOptions.faultSeed = GhlFaultSeed;
        m_ghl = std::make_unique<Sandbox::FakeGhl>(ghlOptions);
        m_ghl->load(data);
        Sandbox::FakeMailerLite::Options mlOptions;
        mlOptions.apiKey = QString::fromLatin1(MlKey);
        mlOptions.rateLimit = mlLimits;
        mlOptions.faultSeed = MlFaultSeed;
        m_ml = std::make_unique<Sandbox::FakeMailerLite>(mlOptions);
        m_ml->load(data);
        return m_ghl->listenLocal() != 0 && m_ml->listenLocal() != 0;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"state.sqlite"_s));
    }

    void cleanup()
    {
        m_ghl.reset();
        m_ml.reset();
    }

    void everyItemEndsSyncedOrListed_data()
    {
        QTest::addColumn<QString>("mlFaults");
        QTest::addColumn<QString>("ghlFaults");
        // An injected 429 burst tells the client to wait out the window (60 s with real
        // windows): MailerLite then runs with the 100x shorter windows of "fast" limits.
        QTest::addColumn<bool>("fastMlLimits");
        QTest::newRow("5xx and 429 bursts")
            << u"5xx=0.05,429=0.01,burst=5"_s << u"5xx=0.05"_s << true;
        QTest::newRow("MailerLite truncated JSON and dropped connections")
            << u"truncate=0.05,drop=0.05"_s << u"drop=0.05"_s << false;
        QTest::newRow("both truncated JSON and dropped connections")
            << u"truncate=0.05,drop=0.05"_s << u"truncate=0.05,drop=0.05"_s << false;
    }

    void everyItemEndsSyncedOrListed()
    {
        QFETCH(QString, mlFaults);
        QFETCH(QString, ghlFaults);
        QFETCH(bool, fastMlLimits);
        QVERIFY(
            startFakes(fastMlLimits ? Sandbox::RateLimitMode::Fast : Sandbox::RateLimitMode::Off));
        const auto mlRates = Sandbox::FaultInjector::parse(mlFaults);
        const auto ghlRates = Sandbox::FaultInjector::parse(ghlFaults);
        QVERIFY(mlRates.ok() && ghlRates.ok());
        m_ml->faults().setRates(mlRates.value());
        m_ghl->faults().setRates(ghlRates.value());

        Sync::Plan plan;
        const std::optional<RunSummary> first = run(&plan);
        QVERIFY2(first.has_value(), "the run under faults did not finish");
        const QByteArray firstJson = QJsonDocument(first->toJson()).toJson(QJsonDocument::Compact);
        qInfo("under faults: %s", firstJson.constData());
        QVERIFY2(first->outcome == RunSummary::Outcome::Succeeded
                     || first->outcome == RunSummary::Outcome::ItemsFailed,
                 firstJson.constData());
        // The faults really hit both services: otherwise this test proves nothing. The seeds
        // are chosen so that they do within the requests every run makes.
        const int mlFaultCount
            = injectedFaults(MlFaultSeed, mlRates.value(), first->requestsMailerLite);
        const int ghlFaultCount
            = injectedFaults(GhlFaultSeed, ghlRates.value(), first->requestsGhl);
        qInfo("requests: MailerLite %lld with %d faults, GHL %lld with %d faults",
              first->requestsMailerLite, mlFaultCount, first->requestsGhl, ghlFaultCount);
        QVERIFY(mlFaultCount > 0);
        QVERIFY(ghlFaultCount > 0);
        if (mlRates.value().rateLimitBurst > 0) {
            QVERIFY(inspect(*m_ml, u"stats"_s).value("rate_limited"_L1).toInteger() > 0);
        }
        QVERIFY(plan.writeCount() > Contacts / 2);

        const auto rec = recorded(first->runId);
        QVERIFY2(rec.ok(), qPrintable(rec.ok() ? QString() : rec.error().toLogString()));
        QHash<QString, Store::FailureRecord> openFailures;
        for (const Store::FailureRecord &f : rec.value().failures) {
            QCOMPARE(f.status, Store::FailureRecord::Status::Open);
            QVERIFY2(!openFailures.contains(f.contactId), qPrintable(f.contactId));
            openFailures.insert(f.contactId, f);
        }
        QHash<QString, QJsonObject> ml;
        QVERIFY(subscribersByEmail(&ml));

        // Each planned item has exactly one run item; a write is applied (and in MailerLite as
        // planned) or failed with a reason and an open failure; nothing else.
        int applied = 0;
        int failed = 0;
        for (const PlanItem &item : std::as_const(plan.items)) {
            const QList<Store::RunItemRecord> items
                = rec.value().itemsByContact.value(item.contactId);
            QVERIFY2(items.size() == 1, qPrintable(item.contactId));
            const Store::RunItemRecord &r = items.first();
            if (!item.willApply()) {
                QCOMPARE(r.outcome, u"skipped"_s);
                // Invalid records are listed to be fixed at the source; nothing else skipped is.
                const bool invalid = item.action == PlanItem::Action::SkipInvalid;
                QCOMPARE(openFailures.contains(item.contactId), invalid);
                if (invalid) {
                    QCOMPARE(openFailures.value(item.contactId).errorKind, u"validation"_s);
                }
                continue;
            }
            // The default mapping has no groups and the account starts empty: creates only.
            QCOMPARE(item.action, PlanItem::Action::Create);
            if (r.outcome == u"applied"_s) {
                ++applied;
                QString why;
                QVERIFY2(matches(item, ml.value(item.email.toLower()), &why),
                         qPrintable(item.email + u": "_s + why));
                QVERIFY(!openFailures.contains(item.contactId));
                continue;
            }
            QCOMPARE(r.outcome, u"failed"_s);
            QVERIFY2(!r.reason.isEmpty(), qPrintable(item.contactId));
            ++failed;
            const Store::FailureRecord f = openFailures.value(item.contactId);
            QVERIFY2(f.id != 0, qPrintable(item.contactId));
            QCOMPARE(f.runId, std::optional<qint64>(first->runId));
            QVERIFY(!f.errorKind.isEmpty());
            QVERIFY(!f.serverMessage.isEmpty());
            QVERIFY(!f.payload.isEmpty());
        }
        QCOMPARE(applied + failed, plan.writeCount());
        QCOMPARE(failed, first->counts.failed);
        QCOMPARE(applied, first->counts.created);
        QCOMPARE(int(openFailures.size()),
                 failed + plan.count(PlanItem::Action::SkipInvalid)); // + those to fix in GHL
        QCOMPARE(first->outcome == RunSummary::Outcome::ItemsFailed, failed > 0);
        // A failed item may have reached MailerLite anyway (a truncated answer); an item that
        // was never planned as a write must not be there.
        QSet<QString> planned;
        for (const PlanItem &item : std::as_const(plan.items)) {
            if (item.willApply()) {
                planned.insert(item.email.toLower());
            }
        }
        for (auto it = ml.begin(); it != ml.end(); ++it) {
            QVERIFY2(planned.contains(it.key()), qPrintable(it.key()));
        }

        // The faults stop: the next run re-sends exactly the failed items, and MailerLite ends up
        // as the first plan says.
        m_ml->faults().setRates({});
        m_ghl->faults().setRates({});
        Sync::Plan retryPlan;
        const std::optional<RunSummary> second = run(&retryPlan);
        QVERIFY2(second.has_value(), "the run without faults did not finish");
        const QByteArray secondJson
            = QJsonDocument(second->toJson()).toJson(QJsonDocument::Compact);
        qInfo("after faults: %s", secondJson.constData());
        QCOMPARE(second->outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(second->counts.failed, 0);
        QCOMPARE(second->counts.created + second->counts.updated, failed);
        QSet<QString> resent;
        for (const PlanItem &item : std::as_const(retryPlan.items)) {
            if (item.willApply()) {
                resent.insert(item.contactId);
            }
        }
        QSet<QString> failedWrites;
        for (const Store::FailureRecord &f : std::as_const(openFailures)) {
            if (f.errorKind != u"validation"_s) {
                failedWrites.insert(f.contactId);
            }
        }
        QCOMPARE(resent, failedWrites);

        ml.clear();
        QVERIFY(subscribersByEmail(&ml));
        QCOMPARE(int(ml.size()), plan.writeCount());
        for (const PlanItem &item : std::as_const(plan.items)) {
            if (item.willApply()) {
                QString why;
                QVERIFY2(matches(item, ml.value(item.email.toLower()), &why),
                         qPrintable(item.email + u": "_s + why));
            }
        }
        const auto after = recorded(second->runId);
        QVERIFY(after.ok());
        QCOMPARE(after.value().failures.size(), openFailures.size());
        for (const Store::FailureRecord &f : after.value().failures) {
            // Invalid records stay listed until they are fixed in GHL.
            QCOMPARE(f.status,
                     f.errorKind == u"validation"_s ? Store::FailureRecord::Status::Open
                                                    : Store::FailureRecord::Status::Retried);
        }

        // And a third run has nothing left to write.
        const qint64 writes = inspect(*m_ml, u"stats"_s).value("writes"_L1).toInteger();
        Sync::Plan quiet;
        const std::optional<RunSummary> third = run(&quiet);
        QVERIFY(third.has_value());
        QCOMPARE(third->outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(quiet.writeCount(), 0);
        QCOMPARE(inspect(*m_ml, u"stats"_s).value("writes"_L1).toInteger(), writes);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
