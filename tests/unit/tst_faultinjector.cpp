// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::FaultInjector;

class TestFaultInjector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSpec()
    {
        const auto rates = FaultInjector::parse(
            u"5xx=0.1,429=0.05,burst=3,drop=0.05,truncate=0.01,stall=0.02,stall_ms=5000,latency_ms=20"_s);
        QVERIFY(rates.ok());
        QCOMPARE(rates.value().serverError, 0.1);
        QCOMPARE(rates.value().rateLimitBurst, 0.05);
        QCOMPARE(rates.value().burstLength, 3);
        QCOMPARE(rates.value().drop, 0.05);
        QCOMPARE(rates.value().stallMs, 5000);
        QCOMPARE(rates.value().latencyMs, 20);
    }

    void rejectsBadSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("unknown key") << u"teapot=0.5"_s;
        QTest::newRow("probability above one") << u"5xx=1.5"_s;
        QTest::newRow("negative") << u"drop=-0.1"_s;
        QTest::newRow("no value") << u"5xx"_s;
        QTest::newRow("not a number") << u"5xx=lots"_s;
    }

    void rejectsBadSpec()
    {
        QFETCH(QString, spec);
        const auto rates = FaultInjector::parse(spec);
        QVERIFY(!rates.ok());
        QCOMPARE(rates.error().kind, Error::Kind::Validation);
    }

    void inactiveInjectsNothing()
    {
        FaultInjector faults;
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(faults.next(), FaultInjector::Fault::None);
        }
    }

    void ratesAreHonoured()
    {
        FaultInjector faults(7);
        FaultInjector::Rates rates;
        rates.serverError = 0.10;
        rates.drop = 0.05;
        faults.setRates(rates);
        int errors = 0;
        int drops = 0;
        const int n = 20000;
        for (int i = 0; i < n; ++i) {
            const auto fault = faults.next();
            errors += fault == FaultInjector::Fault::ServerError;
            drops += fault == FaultInjector::Fault::Drop;
        }
        QVERIFY2(errors > n * 0.09 && errors < n * 0.11, qPrintable(QString::number(errors)));
        QVERIFY2(drops > n * 0.04 && drops < n * 0.06, qPrintable(QString::number(drops)));
    }

    void rateLimitComesInBursts()
    {
        FaultInjector faults(3);
        FaultInjector::Rates rates;
        rates.rateLimitBurst = 1.0;
        rates.burstLength = 4;
        faults.setRates(rates);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(faults.next(), FaultInjector::Fault::RateLimited);
        }
        rates.rateLimitBurst = 0.0;
        faults.setRates(rates);
        QCOMPARE(faults.next(), FaultInjector::Fault::None);
    }

    void sameSeedSameSequence()
    {
        FaultInjector a(11);
        FaultInjector b(11);
        FaultInjector::Rates rates;
        rates.serverError = 0.3;
        rates.truncate = 0.3;
        a.setRates(rates);
        b.setRates(rates);
        for (int i = 0; i < 200; ++i) {
            QCOMPARE(a.next(), b.next());
        }
    }

    void jsonRoundTrip()
    {
        FaultInjector::Rates rates;
        rates.serverError = 0.25;
        rates.latencyMs = 15;
        const auto back
            = FaultInjector::fromJson(FaultInjector::toJson(rates), FaultInjector::Rates {});
        QVERIFY(back.ok());
        QCOMPARE(back.value().serverError, 0.25);
        QCOMPARE(back.value().latencyMs, 15);
        QVERIFY(
            !FaultInjector::fromJson(QJsonObject {{u"5xx"_s, u"high"_s}}, FaultInjector::Rates {})
                 .ok());
    }
};

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
