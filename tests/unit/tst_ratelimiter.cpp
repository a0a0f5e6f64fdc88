// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ratelimiter.h"

#include <QTest>

#include <deque>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Api::RateLimiter;

namespace {

const QString Key = RateLimiter::key(u"ghl"_s, u"abc123"_s, u"loc1"_s, {});

RateLimiter::Limits small(int max, std::chrono::milliseconds window,
                          std::chrono::milliseconds margin = 0ms)
{
    RateLimiter::Limits limits;
    limits.maxPerWindow = max;
    limits.window = window;
    limits.margin = margin;
    return limits;
}

Api::ResponseHeaders headers(std::initializer_list<std::pair<QByteArray, QByteArray>> pairs)
{
    Api::ResponseHeaders out;
    for (const auto &[name, value] : pairs) {
        out.insert(name.toLower(), value);
    }
    return out;
}

} // namespace

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyNamesServiceCredentialPartitionAndEndpoint()
    {
        QCOMPARE(RateLimiter::key(u"ml"_s, u"f00"_s, {}, u"/subscribers"_s),
                 u"ml|f00||/subscribers"_s);
        QCOMPARE(RateLimiter::key(u"ghl"_s, u"f00"_s, u"loc"_s, {}), u"ghl|f00|loc|*"_s);
    }

    void publishedLimits()
    {
        QCOMPARE(RateLimiter::Limits::ghl().maxPerWindow, 100);
        QCOMPARE(RateLimiter::Limits::ghl().window, 10s);
        QCOMPARE(RateLimiter::Limits::ghl().daily, 200'000);
        QCOMPARE(RateLimiter::Limits::mailerLite().maxPerWindow, 60);
        QCOMPARE(RateLimiter::Limits::mailerLite().window, 60s);
    }

    // Drives the limiter the way HttpClient does, at 1 ms steps, for a minute of simulated time,
    // and checks every window of `window + margin` against the limit.
    void neverMoreThanLimitPerWindow_data()
    {
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("windowMs");
        QTest::addColumn<int>("marginMs");
        QTest::newRow("ghl 100/10s") << 100 << 10000 << 100;
        QTest::newRow("mailerlite 60/min") << 60 << 60000 << 600;
        QTest::newRow("tiny 3/250ms") << 3 << 250 << 0;
    }

    void neverMoreThanLimitPerWindow()
    {
        QFETCH(int, max);
        QFETCH(int, windowMs);
        QFETCH(int, marginMs);
        ManualClock clock;
        RateLimiter limiter(
            clock,
            small(max, std::chrono::milliseconds(windowMs), std::chrono::milliseconds(marginMs)));
        const auto start = clock.steadyNow();
        std::deque<std::chrono::steady_clock::time_point> issued;
        const auto total = std::chrono::milliseconds(windowMs) * 6;
        int granted = 0;
        while (clock.steadyNow() - start < total) {
            const RateLimiter::Slot slot = limiter.acquire(Key);
            if (slot.granted) {
                ++granted;
                issued.push_back(clock.steadyNow());
                while (issued.front() + std::chrono::milliseconds(windowMs) <= clock.steadyNow()) {
                    issued.pop_front();
                }
                QVERIFY2(int(issued.size()) <= max, "more requests in one window than allowed");
                continue; // ask again at the same instant, as a full queue does
            }
            QVERIFY(slot.wait > 0ns);
            QVERIFY(!slot.dailyExhausted);
            clock.advance(std::chrono::ceil<std::chrono::milliseconds>(slot.wait));
        }
        // Running at the limit: 6 windows (plus margins) allow 6 * max requests.
        QCOMPARE(granted, 6 * max);
    }

    void waitIsExactlyUntilTheOldestLeaves()
    {
        ManualClock clock;
        RateLimiter limiter(clock, small(2, 1000ms, 10ms));
        QVERIFY(limiter.acquire(Key).granted);
        clock.advance(300ms);
        QVERIFY(limiter.acquire(Key).granted);
        const auto refused = limiter.acquire(Key);
        QVERIFY(!refused.granted);
        QCOMPARE(refused.wait, std::chrono::nanoseconds(710ms));
        QCOMPARE(limiter.available(Key), 0);
        clock.advance(709ms);
        QVERIFY(!limiter.acquire(Key).granted);
        clock.advance(1ms);
        QVERIFY(limiter.acquire(Key).granted);
    }

    void ghlHeadersReplaceLimits()
    {
        ManualClock clock;
        RateLimiter limiter(clock, small(100, 10s));
        const auto slot = limiter.acquire(Key);
        QVERIFY(slot.granted);
        limiter.update(Key, slot.ticket, 200,
                       headers({{"X-RateLimit-Max", "5"},
                                {"X-RateLimit-Interval-Milliseconds", "2000"},
                                {"X-RateLimit-Remaining", "4"},
                                {"X-RateLimit-Daily-Remaining", "1234"},
                                {"X-RateLimit-Limit-Daily", "200000"}}));
        QCOMPARE(limiter.limit(Key), 5);
        QCOMPARE(limiter.window(Key), 2000ms);
        QCOMPARE(limiter.available(Key), 4);
        QCOMPARE(limiter.foreignUsage(Key), 0);
        QCOMPARE(limiter.dailyRemaining(Key), 1234);
    }

    void lowRemainingAddsForeignUsageUntilTheWindowEnds()
    {
        ManualClock clock;
        RateLimiter limiter(clock, small(10, 1000ms));
        const auto slot = limiter.acquire(Key);
        // Someone else used 6 of the 10: the server says 3 remain after ours.
        limiter.update(Key, slot.ticket, 200, headers({{"X-RateLimit-Remaining", "3"}}));
        QCOMPARE(limiter.foreignUsage(Key), 6);
        QCOMPARE(limiter.available(Key), 3);
        // The same figure again must not be counted twice.
        limiter.update(Key, slot.ticket, 200, headers({{"X-RateLimit-Remaining", "3"}}));
        QCOMPARE(limiter.foreignUsage(Key), 6);
        // A later answer showing less foreign use corrects the guess downwards.
        limiter.update(Key, slot.ticket, 200, headers({{"X-RateLimit-Remaining", "7"}}));
        QCOMPARE(limiter.foreignUsage(Key), 2);
        clock.advance(1000ms);
        QCOMPARE(limiter.foreignUsage(Key), 0);
        QCOMPARE(limiter.available(Key), 10);
    }

    // The server's figure counts our requests that reached it before it answered, including
    // ones issued after the answered request: they are not someone else's and keep their slots.
    void laterRequestsInTheServersFigureAreNotForeign()
    {
        ManualClock clock;
        RateLimiter limiter(clock, small(10, 1000ms));
        const auto first = limiter.acquire(Key);
        clock.advance(1ms);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(limiter.acquire(Key).granted);
        }
        // The answer to the first request was written after all five arrived.
        limiter.update(Key, first.ticket, 200, headers({{"X-RateLimit-Remaining", "5"}}));
        QCOMPARE(limiter.foreignUsage(Key), 0);
        QCOMPARE(limiter.available(Key), 5);
    }

    void mailerLiteResetDateEndsForeignUsage()
    {
        ManualClock clock;
        RateLimiter limiter(clock, small(60, 60s));
        const auto slot = limiter.acquire(Key);
        const QDateTime reset = clock.now().addSecs(20);
        limiter.update(
            Key, slot.ticket, 200,
            headers({{"X-RateLimit-Limit", "60"},
                     {"X-RateLimit-Remaining", "0"},
                     {"X-RateLimit-Reset", reset.toString(Qt::ISODateWithMs).toLatin1()}}));
        QCOMPARE(limiter.available(Key), 0);
        const auto refused = limiter.acquire(Key);
        QVERIFY(!refused.granted);
        QCOMPARE(refused.wait, std::chrono::nanoseconds(20s));
        clock.advance(20s);
        QVERIFY(limiter.acquire(Key).granted);
    }

    void spentBudgetEndsWithTheRetryHint()
    {
        ManualClock clock;
        RateLimiter limiter(clock, small(60, 60s));
        const auto slot = limiter.acquire(Key);
        limiter.update(Key, slot.ticket, 429,
                       headers({{"X-RateLimit-Limit", "60"},
                                {"X-RateLimit-Remaining", "0"},
                                {"X-RateLimit-Retry-After", "3"}}));
        const auto refused = limiter.acquire(Key);
        QVERIFY(!refused.granted);
        QCOMPARE(refused.wait, std::chrono::nanoseconds(3s)); // not the full minute
        clock.advance(3s);
        QVERIFY(limiter.acquire(Key).granted);
        QCOMPARE(limiter.foreignUsage(Key), 0);
    }

    void tooManyRequestsWaitsForRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("Retry-After seconds") << "Retry-After"_ba
                                             << "7"_ba << 7000;
        QTest::newRow("MailerLite retry") << "X-RateLimit-Retry-After"_ba
                                          << "3"_ba << 3000;
        QTest::newRow("no header: a full window") << "X-Other"_ba
                                                  << "1"_ba << 10000;
    }

    void tooManyRequestsWaitsForRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, expectedMs);
        ManualClock clock;
        RateLimiter limiter(clock, small(100, 10s));
        const auto slot = limiter.acquire(Key);
        limiter.update(Key, slot.ticket, 429, headers({{header, value}}));
        QCOMPARE(limiter.blockedFor(Key),
                 std::chrono::nanoseconds(std::chrono::milliseconds(expectedMs)));
        const auto refused = limiter.acquire(Key);
        QVERIFY(!refused.granted);
        QCOMPARE(refused.wait, std::chrono::nanoseconds(std::chrono::milliseconds(expectedMs)));
        clock.advance(std::chrono::milliseconds(expectedMs));
        QVERIFY(limiter.acquire(Key).granted);
    }

    void dailyBudgetCountsRequestsStillInFlight()
    {
        ManualClock clock;
        RateLimiter limiter(clock, small(100, 10s));
        const auto first = limiter.acquire(Key);
        QVERIFY(limiter.acquire(Key).granted);
        QVERIFY(limiter.acquire(Key).granted);
        // The answer to the first request does not count the two issued after it.
        limiter.update(Key, first.ticket, 200, headers({{"X-RateLimit-Daily-Remaining", "5"}}));
        QCOMPARE(limiter.dailyRemaining(Key), 3);
        QVERIFY(limiter.acquire(Key).granted);
        QVERIFY(limiter.acquire(Key).granted);
        QCOMPARE(limiter.dailyRemaining(Key), 1);
        const auto last = limiter.acquire(Key);
        QVERIFY(last.granted);
        limiter.update(Key, last.ticket, 200, headers({{"X-RateLimit-Daily-Remaining", "0"}}));
        const auto refused = limiter.acquire(Key);
        QVERIFY(!refused.granted);
        QVERIFY(refused.dailyExhausted);
        // After the probe interval one request may find out whether the day turned.
        clock.advance(15min);
        QVERIFY(limiter.acquire(Key).granted);
    }

    // The margin is a share of the window the server reports, not a fixed time meant for the
    // published one: 100 per 100 ms must not turn into 100 per 200 ms.
    void marginIsAShareOfTheLearnedWindow_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("expectedWaitMs");
        QTest::newRow("published 10 s: 1%") << 10000 << 10100;
        QTest::newRow("learned 1 s: 1%") << 1000 << 1010;
        QTest::newRow("learned 100 ms: 5 ms floor") << 100 << 105;
    }

    void marginIsAShareOfTheLearnedWindow()
    {
        QFETCH(int, intervalMs);
        QFETCH(int, expectedWaitMs);
        ManualClock clock;
        RateLimiter limiter(clock, RateLimiter::Limits::ghl());
        const auto first = limiter.acquire(Key);
        limiter.update(
            Key, first.ticket, 200,
            headers({{"X-RateLimit-Max", "100"},
                     {"X-RateLimit-Interval-Milliseconds", QByteArray::number(intervalMs)},
                     {"X-RateLimit-Remaining", "99"}}));
        QCOMPARE(limiter.window(Key), std::chrono::milliseconds(intervalMs));
        for (int i = 1; i < 100; ++i) {
            QVERIFY(limiter.acquire(Key).granted);
        }
        const auto refused = limiter.acquire(Key);
        QVERIFY(!refused.granted);
        QCOMPARE(refused.wait, std::chrono::nanoseconds(std::chrono::milliseconds(expectedWaitMs)));
    }

    // MailerLite sends no interval: the window is learned from the reset date of the request that
    // opened the server's window, the smallest sample wins, never above the published minute.
    void windowIsLearnedFromTheResetDate()
    {
        ManualClock clock;
        const QString key = RateLimiter::key(u"ml"_s, u"f"_s, {}, u"/subscribers/{id}"_s);
        RateLimiter limiter(clock, RateLimiter::Limits::mailerLite());
        const auto answer = [&](int remaining, int resetAfterSendMs) {
            const QDateTime sent = clock.now();
            const auto slot = limiter.acquire(key);
            QVERIFY(slot.granted);
            clock.advance(4ms); // the answer takes a while; the sample counts from the send
            const QDateTime reset = sent.addMSecs(resetAfterSendMs);
            limiter.update(
                key, slot.ticket, 200,
                headers({{"X-RateLimit-Limit", "60"},
                         {"X-RateLimit-Remaining", QByteArray::number(remaining)},
                         {"X-RateLimit-Reset", reset.toString(Qt::ISODateWithMs).toLatin1()}}));
            clock.advance(1s); // past any learned window
        };
        QCOMPARE(limiter.window(key), 60s);
        answer(59, 603);
        QCOMPARE(limiter.window(key), 603ms);
        answer(58, 450); // not the window's first request: its reset says nothing of the length
        QCOMPARE(limiter.window(key), 603ms);
        answer(59, 640); // a larger sample (slower arrival) does not replace a smaller one
        QCOMPARE(limiter.window(key), 603ms);
        answer(59, 601);
        QCOMPARE(limiter.window(key), 601ms);

        // Paced on the learned window plus its 1% margin, not on the minute.
        clock.advance(10s);
        for (int i = 0; i < 60; ++i) {
            QVERIFY(limiter.acquire(key).granted);
        }
        const auto refused = limiter.acquire(key);
        QVERIFY(!refused.granted);
        QCOMPARE(refused.wait, std::chrono::nanoseconds(601ms + 6010us));

        // An interval header, when a server sends one, stays the authority.
        RateLimiter other(clock, RateLimiter::Limits::mailerLite());
        const auto slot = other.acquire(key);
        other.update(key, slot.ticket, 200,
                     headers({{"X-RateLimit-Limit", "60"},
                              {"X-RateLimit-Remaining", "59"},
                              {"X-RateLimit-Interval-Milliseconds", "900"},
                              {"X-RateLimit-Reset",
                               clock.now().addMSecs(300).toString(Qt::ISODateWithMs).toLatin1()}}));
        QCOMPARE(other.window(key), 900ms);
    }

    void learnedWindowNeverExceedsThePublishedOne()
    {
        ManualClock clock;
        RateLimiter limiter(clock, RateLimiter::Limits::mailerLite());
        const auto slot = limiter.acquire(Key);
        limiter.update(Key, slot.ticket, 200,
                       headers({{"X-RateLimit-Limit", "60"},
                                {"X-RateLimit-Remaining", "59"},
                                {"X-RateLimit-Reset",
                                 clock.now().addSecs(90).toString(Qt::ISODateWithMs).toLatin1()}}));
        QCOMPARE(limiter.window(Key), 60s);
    }

    // A whole-second reset was cut to the second: it counts as the end of that second.
    void wholeSecondResetCountsAsTheEndOfThatSecond()
    {
        ManualClock clock;
        RateLimiter limiter(clock, RateLimiter::Limits::mailerLite());
        const auto slot = limiter.acquire(Key);
        limiter.update(Key, slot.ticket, 200,
                       headers({{"X-RateLimit-Limit", "60"},
                                {"X-RateLimit-Remaining", "59"},
                                {"X-RateLimit-Reset",
                                 clock.now().addSecs(20).toString(Qt::ISODate).toLatin1()}}));
        QCOMPARE(limiter.window(Key), 21s);
    }

    // A learned window that draws a 429 is dropped for the published one, for good.
    void refusalUnderALearnedWindowRestoresThePublishedOne()
    {
        ManualClock clock;
        RateLimiter limiter(clock, RateLimiter::Limits::mailerLite());
        const auto opening = [&] {
            return headers({{"X-RateLimit-Limit", "60"},
                            {"X-RateLimit-Remaining", "59"},
                            {"X-RateLimit-Reset",
                             clock.now().addMSecs(600).toString(Qt::ISODateWithMs).toLatin1()}});
        };
        auto slot = limiter.acquire(Key);
        limiter.update(Key, slot.ticket, 200, opening());
        QCOMPARE(limiter.window(Key), 600ms);
        clock.advance(1s);
        slot = limiter.acquire(Key);
        limiter.update(Key, slot.ticket, 429,
                       headers({{"X-RateLimit-Limit", "60"},
                                {"X-RateLimit-Remaining", "0"},
                                {"X-RateLimit-Retry-After", "1"}}));
        QCOMPARE(limiter.window(Key), 60s);
        clock.advance(2s);
        slot = limiter.acquire(Key);
        QVERIFY(slot.granted);
        limiter.update(Key, slot.ticket, 200, opening());
        QCOMPARE(limiter.window(Key), 60s);
    }

    // With a spent budget the reset date (milliseconds) decides, not the whole-second retry hint.
    void spentBudgetBlocksUntilTheResetDate()
    {
        ManualClock clock;
        RateLimiter limiter(clock, small(60, 600ms));
        const auto slot = limiter.acquire(Key);
        limiter.update(
            Key, slot.ticket, 200,
            headers({{"X-RateLimit-Limit", "60"},
                     {"X-RateLimit-Remaining", "0"},
                     {"X-RateLimit-Retry-After", "1"},
                     {"X-RateLimit-Reset",
                      clock.now().addMSecs(230).toString(Qt::ISODateWithMs).toLatin1()}}));
        QCOMPARE(limiter.blockedFor(Key), std::chrono::nanoseconds(230ms));
        const auto refused = limiter.acquire(Key);
        QVERIFY(!refused.granted);
        QCOMPARE(refused.wait, std::chrono::nanoseconds(230ms));
        clock.advance(229ms);
        QVERIFY(!limiter.acquire(Key).granted);
        clock.advance(1ms);
        QVERIFY(limiter.acquire(Key).granted);
    }

    void keysArePacedIndependently()
    {
        ManualClock clock;
        RateLimiter limiter(clock, small(1, 60s));
        const QString a = RateLimiter::key(u"ml"_s, u"f"_s, {}, u"/subscribers"_s);
        const QString b = RateLimiter::key(u"ml"_s, u"f"_s, {}, u"/groups"_s);
        QVERIFY(limiter.acquire(a).granted);
        QVERIFY(!limiter.acquire(a).granted);
        QVERIFY(limiter.acquire(b).granted);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
