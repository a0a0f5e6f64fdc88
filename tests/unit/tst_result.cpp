// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/clock.h"
#include "util/result.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsValue()
    {
        const Result<int> r(42);
        QVERIFY(r.ok());
        QVERIFY(static_cast<bool>(r));
        QCOMPARE(r.value(), 42);
        QCOMPARE(r.valueOr(7), 42);
    }

    void holdsError()
    {
        const Result<int> r(
            Error {Error::Kind::Auth, u"Sign in again"_s, u"HTTP 401 from /me"_s, 401});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QCOMPARE(r.error().httpStatus, 401);
        QCOMPARE(r.valueOr(7), 7);
    }

    void logStringHasKindStatusAndDetail()
    {
        const Error e {Error::Kind::RateLimited, u"Too many requests"_s, u"GET /subscribers"_s,
                       429};
        QCOMPARE(e.toLogString(),
                 u"rate-limited: Too many requests [HTTP 429] (GET /subscribers)"_s);
    }

    void statusSuccess()
    {
        const Status s = success();
        QVERIFY(s.ok());
    }

    void manualClockMovesOnlyWhenTold()
    {
        ManualClock clock;
        const QDateTime start = clock.now();
        const auto steadyStart = clock.steadyNow();
        QCOMPARE(clock.now(), start);
        clock.advance(std::chrono::seconds(90));
        QCOMPARE(start.secsTo(clock.now()), 90);
        QCOMPARE(clock.steadyNow() - steadyStart,
                 std::chrono::steady_clock::duration(std::chrono::seconds(90)));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
