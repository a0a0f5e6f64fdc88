// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/etaestimator.h"

#include "util/clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Sync::EtaEstimator;

class TestEtaEstimator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownUntilEnoughIsSeen()
    {
        ManualClock clock;
        EtaEstimator eta(clock);
        QCOMPARE(eta.remaining(), std::nullopt);
        eta.addSample(0, 100, u"Applying"_s);
        QCOMPARE(eta.remaining(), std::nullopt);
        clock.advance(500ms);
        eta.addSample(10, 100, u"Applying"_s);
        // Half a second says too little.
        QCOMPARE(eta.remaining(), std::nullopt);
        QCOMPARE(eta.rate(), 0.0);
        clock.advance(500ms);
        eta.addSample(20, 100, u"Applying"_s);
        QCOMPARE(eta.rate(), 20.0);
        QCOMPARE(eta.remaining(), std::optional(4000ms));
    }

    void noProgressNoEstimate()
    {
        ManualClock clock;
        EtaEstimator eta(clock);
        eta.addSample(5, 100);
        clock.advance(3s);
        eta.addSample(5, 100);
        QCOMPARE(eta.remaining(), std::nullopt);
    }

    void noTotalNoEstimate()
    {
        ManualClock clock;
        EtaEstimator eta(clock);
        eta.addSample(0, 0);
        clock.advance(2s);
        eta.addSample(50, 0);
        QCOMPARE(eta.remaining(), std::nullopt);
    }

    void steadyRate_data()
    {
        QTest::addColumn<int>("perSecond");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("10/s, 1000, after 10 s") << 10 << 1000 << 10 << qint64(90'000);
        QTest::newRow("3/s, 100, after 5 s") << 3 << 100 << 5 << qint64(28'334);
        QTest::newRow("200/s, 1000, after 5 s: done") << 200 << 1000 << 5 << qint64(0);
    }

    void steadyRate()
    {
        QFETCH(int, perSecond);
        QFETCH(int, total);
        QFETCH(int, seconds);
        QFETCH(qint64, expectedMs);
        ManualClock clock;
        EtaEstimator eta(clock);
        for (int s = 0; s <= seconds; ++s) {
            eta.addSample(std::min(s * perSecond, total), total, u"Reading"_s);
            if (s < seconds) {
                clock.advance(1s);
            }
        }
        QCOMPARE(eta.remaining(), std::optional(std::chrono::milliseconds(expectedMs)));
    }

    // Nothing reported for a while: the rate is measured up to now, so the estimate grows.
    void stallMakesTheEstimateGrow()
    {
        ManualClock clock;
        EtaEstimator eta(clock);
        eta.addSample(0, 100);
        clock.advance(2s);
        eta.addSample(20, 100);
        QCOMPARE(eta.remaining(), std::optional(8000ms));
        clock.advance(2s);
        QCOMPARE(eta.remaining(), std::optional(16000ms));
    }

    // A slow start (fetching before applying) is forgotten once it leaves the window.
    void windowForgetsTheStart()
    {
        ManualClock clock;
        EtaEstimator eta(clock, 10s);
        eta.addSample(0, 1000);
        clock.advance(30s);
        eta.addSample(10, 1000); // 10 items in 30 s
        for (int s = 1; s <= 20; ++s) {
            clock.advance(1s);
            eta.addSample(10 + 20 * s, 1000); // then 20 per second
        }
        QCOMPARE(eta.rate(), 20.0);
        QCOMPARE(eta.remaining(), std::optional(29500ms)); // (1000 - 410) / 20
    }

    void newPhaseOrTotalStartsOver_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("done");
        QTest::newRow("new phase") << u"Applying"_s << 100 << 60;
        QTest::newRow("new total") << u"Reading"_s << 200 << 60;
        QTest::newRow("progress went back") << u"Reading"_s << 100 << 10;
    }

    void newPhaseOrTotalStartsOver()
    {
        QFETCH(QString, phase);
        QFETCH(int, total);
        QFETCH(int, done);
        ManualClock clock;
        EtaEstimator eta(clock);
        eta.addSample(0, 100, u"Reading"_s);
        clock.advance(5s);
        eta.addSample(50, 100, u"Reading"_s);
        QVERIFY(eta.remaining().has_value());
        clock.advance(1s);
        eta.addSample(done, total, phase);
        QCOMPARE(eta.remaining(), std::nullopt);
        clock.advance(2s);
        eta.addSample(done + 10, total, phase);
        QCOMPARE(eta.rate(), 5.0);
    }

    void resetForgetsEverything()
    {
        ManualClock clock;
        EtaEstimator eta(clock);
        eta.addSample(0, 100);
        clock.advance(2s);
        eta.addSample(40, 100);
        QVERIFY(eta.remaining().has_value());
        eta.reset();
        QCOMPARE(eta.remaining(), std::nullopt);
        QCOMPARE(eta.rate(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestEtaEstimator)
#include "tst_etaestimator.moc"
