// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The executor's circuit breaker: with MailerLite answering every request with a 5xx, applying a
// plan stops after ExecutorBreaker::Threshold failed requests instead of retrying every batch;
// every item is listed as failed with the reason, the run ends stopped with the breaker's
// message, the cursor stays so the next run fetches the contacts again, and once the service is
// back the same plan applies completely. Retries are shortened (as SyncEngine allows) so the
// down service fails within milliseconds.
#include "fakemailerlite.h"
#include "store/cursorstore.h"
#include "store/failurestore.h"
#include "store/runstore.h"
#include "store/statedatabase.h"
#include "sync/executorbreaker.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Sync::PlanItem;
using Sync::RunSummary;

namespace {

constexpr auto MlKey = "breaker-test-key";
constexpr auto Profile = "breaker";
constexpr int Groups = 6; // one import request each
constexpr int PlainCreates = 500; // ten batches; only the first fits the window at once
constexpr int RunTimeoutMs = 20'000;
constexpr qint64 WellUnderMs = 10'000;

} // namespace

class TestCircuitBreaker final : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::FakeMailerLite> m_ml;
    QList<qint64> m_groupIds;
    Sync::Plan m_plan;
    int m_connections = 0;

    Sync::SyncRequest request() const
    {
        Sync::SyncRequest r;
        r.profile.name = QString::fromLatin1(Profile);
        // Never contacted: a saved plan is applied without reading GHL.
        r.profile.ghlBaseUrl = QUrl(u"http://127.0.0.1:9"_s);
        r.profile.locationId = u"breakerLocation00001"_s;
        r.profile.mailerLiteBaseUrl = m_ml->baseUrl();
        r.ghlToken = "pit-unused";
        r.mailerLiteApiKey = MlKey;
        r.databasePath = m_dir.filePath(u"state.sqlite"_s);
        r.planToApply = m_plan;
        return r;
    }

    std::optional<RunSummary> apply(qint64 *elapsedMs)
    {
        Sync::SyncEngine engine(m_clock);
        Api::RetryPolicy::Config retry;
        retry.maxAttempts = 2;
        retry.baseDelay = std::chrono::milliseconds(1);
        retry.maxDelay = std::chrono::milliseconds(2);
        retry.seed = 4;
        engine.setMailerLiteRetry(retry);
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        QElapsedTimer timer;
        timer.start();
        engine.start(request());
        if (finished.isEmpty() && !finished.wait(RunTimeoutMs)) {
            return std::nullopt;
        }
        *elapsedMs = timer.elapsed();
        if (finished.size() != 1) {
            return std::nullopt;
        }
        return finished.first().first().value<RunSummary>();
    }

    std::unique_ptr<Store::StateDatabase> openState()
    {
        auto db = Store::StateDatabase::open(request().databasePath,
                                             u"breaker-check-%1"_s.arg(++m_connections));
        return db.ok() ? std::move(db).value() : nullptr;
    }

    qint64 dispatchCreateGroup(const QString &name)
    {
        Sandbox::HttpRequest r;
        r.method = "POST";
        r.path = u"/api/v2/groups"_s;
        r.headers.insert("x-mailerlite-apikey", MlKey);
        r.body = QJsonDocument(QJsonObject {{u"name"_s, name}}).toJson();
        return QJsonDocument::fromJson(m_ml->dispatch(r).body).object().value(u"id"_s).toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::FakeMailerLite::Options options;
        options.apiKey = QString::fromLatin1(MlKey);
        options.rateLimit = Sandbox::RateLimitMode::Fast;
        options.faultSeed = 8;
        m_ml = std::make_unique<Sandbox::FakeMailerLite>(options);
        QVERIFY(m_ml->listenLocal() != 0);
        for (int g = 0; g < Groups; ++g) {
            const qint64 id = dispatchCreateGroup(u"Breaker %1"_s.arg(g));
            QVERIFY(id != 0);
            m_groupIds.append(id);
        }
        m_plan.profile = QString::fromLatin1(Profile);
        m_plan.mode = u"upsert"_s;
        m_plan.cursor = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        for (int i = 0; i < Groups + PlainCreates; ++i) {
            PlanItem item;
            item.action = PlanItem::Action::Create;
            item.contactId = u"contact%1"_s.arg(i, 4, 10, QChar(u'0'));
            item.email = u"breaker%1@example.org"_s.arg(i);
            item.name = u"Person %1"_s.arg(i);
            item.after.insert(u"city"_s, u"Lyon"_s);
            if (i < Groups) {
                item.groupsAdd = {m_groupIds.at(i)};
            }
            m_plan.items.append(item);
        }
    }

    void downServiceStopsTheRun()
    {
        const auto rates = Sandbox::FaultInjector::parse(u"5xx=1.0"_s);
        QVERIFY(rates.ok());
        m_ml->faults().setRates(rates.value());
        const qint64 writesBefore = m_ml->stats().value(u"writes"_s).toInteger();
        qint64 elapsed = 0;
        const auto summary = apply(&elapsed);
        QVERIFY2(summary, "the run did not finish");
        QVERIFY2(elapsed < WellUnderMs, qPrintable(u"took %1 ms"_s.arg(elapsed)));

        QCOMPARE(summary->outcome, RunSummary::Outcome::Stopped);
        QVERIFY(summary->error);
        QVERIFY2(summary->error->message.contains(u"MailerLite unavailable"_s)
                     && summary->error->message.contains(
                         u"%1 consecutive"_s.arg(Sync::ExecutorBreaker::Threshold)),
                 qPrintable(summary->error->message));
        const int items = Groups + PlainCreates;
        QCOMPARE(summary->counts.failed, items);
        QCOMPARE(summary->counts.created, 0);
        // The imports and the first batch could go (two attempts each, and one more batch at
        // most while they failed); the nine batches the window held back never did.
        QVERIFY2(summary->requestsMailerLite <= 2 * (Groups + 2),
                 qPrintable(QString::number(summary->requestsMailerLite)));
        QCOMPARE(m_ml->stats().value(u"writes"_s).toInteger(), writesBefore);

        auto db = openState();
        QVERIFY(db);
        const auto recorded = Store::RunStore(*db, m_clock).items(summary->runId);
        QVERIFY(recorded.ok());
        int failed = 0;
        int notAttempted = 0;
        for (const Store::RunItemRecord &r : recorded.value()) {
            if (r.outcome == u"failed") {
                ++failed;
                QVERIFY2(!r.reason.isEmpty(), qPrintable(r.email));
            }
            notAttempted += r.reason.contains(u"not attempted"_s) ? 1 : 0;
        }
        QCOMPARE(failed, items);
        QVERIFY2(notAttempted >= PlainCreates - 50, qPrintable(QString::number(notAttempted)));
        // Every contact is listed for the retry, and the cursor did not move.
        const auto open
            = Store::FailureStore(*db, m_clock).openContactIds(QString::fromLatin1(Profile));
        QVERIFY(open.ok());
        QCOMPARE(open.value().size(), items);
        const auto cursor = Store::CursorStore(*db, m_clock).get(QString::fromLatin1(Profile));
        QVERIFY(cursor.ok());
        QVERIFY(!cursor.value().has_value());
    }

    void nextRunAppliesEverything()
    {
        m_ml->faults().setRates({});
        qint64 elapsed = 0;
        const auto summary = apply(&elapsed);
        QVERIFY2(summary, "the run did not finish");
        QCOMPARE(summary->outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(summary->counts.failed, 0);
        QCOMPARE(summary->counts.created, Groups + PlainCreates);
        QCOMPARE(m_ml->store().subscriberCount(), qsizetype(Groups + PlainCreates));
        auto db = openState();
        QVERIFY(db);
        const auto cursor = Store::CursorStore(*db, m_clock).get(QString::fromLatin1(Profile));
        QVERIFY(cursor.ok() && cursor.value().has_value());
        QCOMPARE(*cursor.value(), m_plan.cursor);
    }

    // Only an unbroken streak of unavailability trips it: any answer resets the count, and
    // refusals of an item (or 429s) are not the service being down.
    void onlyConsecutiveUnavailabilityTrips()
    {
        Sync::ExecutorBreaker breaker;
        const Error serverError {Error::Kind::Http, u"bad gateway"_s, {}, 502};
        const Error dropped {Error::Kind::Network, u"connection closed"_s, {}, 0};
        const Error refused {Error::Kind::Validation, u"invalid email"_s, {}, 422};
        const Error limited {Error::Kind::RateLimited, u"too many"_s, {}, 429};
        for (int i = 0; i < Sync::ExecutorBreaker::Threshold - 1; ++i) {
            QVERIFY(!breaker.failed(i % 2 ? serverError : dropped));
        }
        breaker.answered();
        for (int i = 0; i < Sync::ExecutorBreaker::Threshold - 1; ++i) {
            QVERIFY(!breaker.failed(serverError));
        }
        QVERIFY(!breaker.failed(refused));
        QVERIFY(!breaker.failed(limited));
        QVERIFY(!breaker.tripped());
        QVERIFY(breaker.failed(serverError));
        QVERIFY(breaker.tripped());
        QVERIFY(breaker.itemError(false).message.contains(u"not attempted"_s));
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
