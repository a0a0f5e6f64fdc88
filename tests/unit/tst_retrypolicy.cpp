// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/responseheaders.h"
#include "http/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Api::RetryPolicy;

namespace {

RetryPolicy::Config seeded(quint32 seed)
{
    RetryPolicy::Config config;
    config.seed = seed;
    return config;
}

RetryPolicy::Outcome http(int status)
{
    RetryPolicy::Outcome outcome;
    outcome.kind = Error::Kind::Http;
    outcome.httpStatus = status;
    return outcome;
}

RetryPolicy::Outcome transport(Error::Kind kind)
{
    RetryPolicy::Outcome outcome;
    outcome.kind = kind;
    return outcome;
}

} // namespace

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryableOutcomes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        const auto k = [](Error::Kind kind) {
            return int(kind);
        };
        QTest::newRow("429") << 429 << k(Error::Kind::RateLimited) << true;
        QTest::newRow("500") << 500 << k(Error::Kind::Http) << true;
        QTest::newRow("502") << 502 << k(Error::Kind::Http) << true;
        QTest::newRow("503") << 503 << k(Error::Kind::Http) << true;
        QTest::newRow("504") << 504 << k(Error::Kind::Http) << true;
        QTest::newRow("501 never changes") << 501 << k(Error::Kind::Http) << false;
        QTest::newRow("timeout") << 0 << k(Error::Kind::Timeout) << true;
        QTest::newRow("connection") << 0 << k(Error::Kind::Network) << true;
        QTest::newRow("400") << 400 << k(Error::Kind::Validation) << false;
        QTest::newRow("401") << 401 << k(Error::Kind::Auth) << false;
        QTest::newRow("403") << 403 << k(Error::Kind::Auth) << false;
        QTest::newRow("404") << 404 << k(Error::Kind::NotFound) << false;
        QTest::newRow("409") << 409 << k(Error::Kind::Conflict) << false;
        QTest::newRow("422") << 422 << k(Error::Kind::Validation) << false;
        QTest::newRow("parse") << 0 << k(Error::Kind::Parse) << false;
        QTest::newRow("damaged 200 body") << 200 << k(Error::Kind::Parse) << true;
        QTest::newRow("damaged 400 body") << 400 << k(Error::Kind::Parse) << false;
        QTest::newRow("cancelled") << 0 << k(Error::Kind::Cancelled) << false;
    }

    void retryableOutcomes()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        RetryPolicy policy(seeded(1));
        RetryPolicy::Outcome outcome;
        outcome.kind = Error::Kind(kind);
        outcome.httpStatus = status;
        QCOMPARE(RetryPolicy::isTransient(outcome), retryable);
        const auto decision = policy.decide(1, outcome, true);
        QCOMPARE(decision.retry, retryable);
        QVERIFY(!decision.reason.isEmpty());
    }

    void backoffStaysWithinFullJitterBounds()
    {
        RetryPolicy::Config config = seeded(42);
        config.baseDelay = 100ms;
        config.maxDelay = 1000ms;
        RetryPolicy policy(config);
        QCOMPARE(policy.backoffCeiling(1), 100ms);
        QCOMPARE(policy.backoffCeiling(2), 200ms);
        QCOMPARE(policy.backoffCeiling(3), 400ms);
        QCOMPARE(policy.backoffCeiling(4), 800ms);
        QCOMPARE(policy.backoffCeiling(5), 1000ms);
        QCOMPARE(policy.backoffCeiling(200), 1000ms);
        for (int attempt = 1; attempt <= 6; ++attempt) {
            std::chrono::milliseconds lowest = 1h;
            std::chrono::milliseconds highest = 0ms;
            for (int i = 0; i < 500; ++i) {
                const auto delay = policy.backoff(attempt);
                QVERIFY(delay >= 0ms);
                QVERIFY(delay <= policy.backoffCeiling(attempt));
                lowest = std::min(lowest, delay);
                highest = std::max(highest, delay);
            }
            // Full jitter spreads over the whole range, not around the ceiling.
            QVERIFY(lowest < policy.backoffCeiling(attempt) / 4);
            QVERIFY(highest > policy.backoffCeiling(attempt) * 3 / 4);
        }
    }

    void jitterIsDeterministicForASeed()
    {
        RetryPolicy a(seeded(7));
        RetryPolicy b(seeded(7));
        RetryPolicy c(seeded(8));
        QList<qint64> first;
        QList<qint64> second;
        QList<qint64> other;
        for (int attempt = 1; attempt <= 20; ++attempt) {
            first << a.decide(1, http(503), true).delay.count();
            second << b.decide(1, http(503), true).delay.count();
            other << c.decide(1, http(503), true).delay.count();
        }
        QCOMPARE(first, second);
        QVERIFY(first != other);
    }

    void serverDelayReplacesBackoff()
    {
        RetryPolicy policy(seeded(3));
        RetryPolicy::Outcome outcome = http(429);
        outcome.retryAfter = 2500ms;
        const auto decision = policy.decide(1, outcome, true);
        QVERIFY(decision.retry);
        QCOMPARE(decision.delay, 2500ms);
        outcome.retryAfter = 0ms;
        QCOMPARE(policy.decide(1, outcome, true).delay, 0ms);
        // A server asking for longer than maxServerDelay makes the request fail instead.
        outcome.retryAfter = policy.config().maxServerDelay + 1ms;
        QVERIFY(!policy.decide(1, outcome, true).retry);
    }

    void stopsAfterMaxAttempts()
    {
        RetryPolicy policy(seeded(5));
        QCOMPARE(policy.config().maxAttempts, 5);
        for (int made = 1; made < 5; ++made) {
            QVERIFY(policy.decide(made, http(503), true).retry);
        }
        QVERIFY(!policy.decide(5, http(503), true).retry);
        // A per-request limit overrides the configured one.
        QVERIFY(!policy.decide(1, http(503), true, 1).retry);
        QVERIFY(policy.decide(2, http(503), true, 3).retry);
        QVERIFY(!policy.decide(3, http(503), true, 3).retry);
    }

    void unsafeRequestsAreNotResent()
    {
        RetryPolicy policy(seeded(9));
        QVERIFY(!policy.decide(1, http(503), false).retry);
        QVERIFY(!policy.decide(1, transport(Error::Kind::Timeout), false).retry);
        QVERIFY(!policy.decide(1, http(429), false).retry);
        // Connection refused: nothing reached the server, so even a create may go again.
        RetryPolicy::Outcome refused = transport(Error::Kind::Network);
        refused.connectionRefused = true;
        QVERIFY(policy.decide(1, refused, false).retry);
    }

    void retryAfterHeadersAreParsed()
    {
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        Api::ResponseHeaders headers;
        QVERIFY(!Api::retryAfter(headers, now));
        headers.insert("retry-after", "3");
        QCOMPARE(Api::retryAfter(headers, now), std::optional(3000ms));
        headers.insert("retry-after", "Thu, 01 Jan 2026 12:00:09 GMT");
        QCOMPARE(Api::retryAfter(headers, now), std::optional(9000ms));
        // The longer of the two headers wins.
        headers.insert("x-ratelimit-retry-after", "12");
        QCOMPARE(Api::retryAfter(headers, now), std::optional(12000ms));
        headers.clear();
        headers.insert("retry-after", "garbage");
        QVERIFY(!Api::retryAfter(headers, now));
        QCOMPARE(Api::parseHeaderDate("2026-01-01T12:00:05Z"), std::optional(now.addSecs(5)));
        QCOMPARE(Api::parseHeaderDate("2026-01-01 12:00:05"), std::optional(now.addSecs(5)));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
