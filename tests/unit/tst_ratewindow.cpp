// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratewindow.h"

#include <QTest>

using namespace std::chrono_literals;
using Sandbox::RateWindow;

class TestRateWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void admitsUpToLimitThenRefuses()
    {
        ManualClock clock;
        RateWindow window(3, 10s);
        QCOMPARE(window.remaining(clock.steadyNow()), 3);
        QVERIFY(window.tryAcquire(clock.steadyNow()));
        QVERIFY(window.tryAcquire(clock.steadyNow()));
        QVERIFY(window.tryAcquire(clock.steadyNow()));
        QCOMPARE(window.remaining(clock.steadyNow()), 0);
        QVERIFY(!window.tryAcquire(clock.steadyNow()));
        clock.advance(4s);
        QCOMPARE(window.untilReset(clock.steadyNow()), 6000ms);
        QVERIFY(!window.tryAcquire(clock.steadyNow()));
        clock.advance(6s);
        QVERIFY(window.tryAcquire(clock.steadyNow()));
        QCOMPARE(window.remaining(clock.steadyNow()), 2);
    }

    void fastModeShrinksWindows()
    {
        QCOMPARE(Sandbox::scaledWindow(10000ms, Sandbox::RateLimitMode::Fast), 100ms);
        QCOMPARE(Sandbox::scaledWindow(60000ms, Sandbox::RateLimitMode::Real), 60000ms);
        Sandbox::RateLimitMode mode {};
        QVERIFY(Sandbox::parseRateLimitMode(QStringLiteral("fast"), &mode));
        QCOMPARE(mode, Sandbox::RateLimitMode::Fast);
        QVERIFY(!Sandbox::parseRateLimitMode(QStringLiteral("turbo"), &mode));
    }
};

QTEST_GUILESS_MAIN(TestRateWindow)
#include "tst_ratewindow.moc"
