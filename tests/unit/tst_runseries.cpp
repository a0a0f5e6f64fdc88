// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/runseries.h"
#include "util/clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Store::RunRecord;
using Store::RunSeries;

namespace {

// A Thursday.
const QDateTime t0 = QDateTime(QDate(2026, 3, 12), QTime(12, 0), Qt::UTC);

RunRecord run(qint64 id, const QDateTime &startedAt, bool dryRun = false)
{
    RunRecord r;
    r.id = id;
    r.profile = u"main"_s;
    r.mode = u"upsert"_s;
    r.dryRun = dryRun;
    r.startedAt = startedAt;
    r.finishedAt = startedAt.addSecs(5);
    r.outcome = u"succeeded"_s;
    r.counts.created = int(id);
    r.requestsGhl = 2;
    r.requestsMailerLite = 3;
    r.durationMs = 1000 * id;
    return r;
}

RunSeries::Options options(RunSeries::Range range, bool includeDryRuns = false, int maxBuckets = 31)
{
    RunSeries::Options o;
    o.range = range;
    o.includeDryRuns = includeDryRuns;
    o.maxBuckets = maxBuckets;
    o.timeZone = QTimeZone::utc();
    return o;
}

QList<qint64> runIds(const RunSeries &series)
{
    QList<qint64> ids;
    for (const RunSeries::Bucket &bucket : series.buckets()) {
        ids.append(bucket.runId);
    }
    return ids;
}

} // namespace

class TestRunSeries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plotsOneBucketPerRunOldestFirst()
    {
        RunRecord a = run(1, t0.addSecs(-7200));
        a.counts = {};
        a.counts.created = 4;
        a.counts.updated = 3;
        a.counts.unchanged = 10;
        a.counts.unsubscribed = 1;
        a.counts.skippedInvalid = 2;
        a.counts.blockedConsent = 1;
        a.counts.duplicates = 5;
        a.counts.failed = 6;
        a.counts.groupAdds = 50; // memberships, not items
        a.requestsGhl = 7;
        a.requestsMailerLite = 9;
        a.durationMs = 2500;
        const RunRecord b = run(2, t0.addSecs(-3600));
        // Newest first, as RunStore::list gives them.
        const RunSeries series = RunSeries::build({b, a}, t0, options(RunSeries::Range::All));

        QCOMPARE(series.granularity(), RunSeries::Granularity::Run);
        QCOMPARE(series.runCount(), 2);
        QCOMPARE(series.emptyReason(), RunSeries::EmptyReason::NotEmpty);
        QCOMPARE(runIds(series), (QList<qint64> {1, 2}));
        const RunSeries::Bucket &first = series.buckets().front();
        QCOMPARE(first.start, a.startedAt);
        QCOMPARE(first.at(), a.startedAt);
        QCOMPARE(first.runs, 1);
        QCOMPARE(first.items[RunSeries::Created], 4);
        QCOMPARE(first.items[RunSeries::Updated], 3);
        QCOMPARE(first.items[RunSeries::Unchanged], 10);
        QCOMPARE(first.items[RunSeries::Unsubscribed], 1);
        QCOMPARE(first.items[RunSeries::Skipped], 8);
        QCOMPARE(first.items[RunSeries::Failed], 6);
        QCOMPARE(first.itemTotal(), 32);
        QCOMPARE(first.requestsGhl, 7);
        QCOMPARE(first.requestsMailerLite, 9);
        QCOMPARE(first.averageDurationMs(), std::optional<qint64>(2500));
        QCOMPARE(series.outcomeTotal(RunSeries::Created), 6);
        QCOMPARE(series.maxDurationMs(), std::optional<qint64>(2500));
    }

    void excludesDryRunsUnlessAsked()
    {
        const QList<RunRecord> runs {run(1, t0.addSecs(-60)), run(2, t0.addSecs(-30), true),
                                     run(3, t0.addSecs(-10))};
        const RunSeries without = RunSeries::build(runs, t0, options(RunSeries::Range::All));
        QCOMPARE(runIds(without), (QList<qint64> {1, 3}));
        const RunSeries with = RunSeries::build(runs, t0, options(RunSeries::Range::All, true));
        QCOMPARE(runIds(with), (QList<qint64> {1, 2, 3}));
    }

    void leavesOutRunningRunsAndKeepsRunsWithoutDuration()
    {
        RunRecord running = run(1, t0.addSecs(-60));
        running.outcome = RunRecord::runningOutcome();
        RunRecord interrupted = run(2, t0.addSecs(-30));
        interrupted.outcome = RunRecord::interruptedOutcome();
        interrupted.durationMs.reset();
        const RunSeries series
            = RunSeries::build({running, interrupted}, t0, options(RunSeries::Range::All));
        QCOMPARE(runIds(series), (QList<qint64> {2}));
        QVERIFY(!series.buckets().front().averageDurationMs());
        QVERIFY(!series.maxDurationMs());
        QCOMPARE(series.buckets().front().items[RunSeries::Created], 2);
    }

    void selectsTheRange_data()
    {
        QTest::addColumn<RunSeries::Range>("range");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addColumn<int>("aWeekLater");
        QTest::newRow("last 7 days") << RunSeries::Range::LastWeek << QList<qint64> {4, 5, 6} << 1;
        QTest::newRow("last 30 days")
            << RunSeries::Range::LastMonth << QList<qint64> {2, 3, 4, 5, 6} << 4;
        QTest::newRow("all") << RunSeries::Range::All << QList<qint64> {1, 2, 3, 4, 5, 6} << 6;
    }

    void selectsTheRange()
    {
        QFETCH(RunSeries::Range, range);
        QFETCH(QList<qint64>, expected);
        QFETCH(int, aWeekLater);
        ManualClock clock(t0);
        const QDateTime now = clock.now();
        const QList<RunRecord> runs {
            run(1, now.addDays(-31)),
            run(2, now.addDays(-30)), // on the edge of the 30 days: still in
            run(3, now.addDays(-8)),
            run(4, now.addDays(-7).addSecs(1)),
            run(5, now.addDays(-1)),
            run(6, now),
        };
        const RunSeries series = RunSeries::build(runs, clock.now(), options(range));
        QCOMPARE(runIds(series), expected);
        QCOMPARE(series.rangeStart().isValid(), range != RunSeries::Range::All);

        // The same runs a week later: the window moved with the clock.
        clock.advance(24h * 7);
        const RunSeries later = RunSeries::build(runs, clock.now(), options(range));
        QCOMPARE(later.runCount(), aWeekLater);
    }

    void explainsWhyNothingIsPlotted_data()
    {
        QTest::addColumn<QList<RunRecord>>("runs");
        QTest::addColumn<int>("reason");
        RunRecord running = run(1, t0.addSecs(-60));
        running.outcome = RunRecord::runningOutcome();
        QTest::newRow("no runs") << QList<RunRecord> {} << int(RunSeries::EmptyReason::NoRuns);
        QTest::newRow("only running")
            << QList<RunRecord> {running} << int(RunSeries::EmptyReason::NoRuns);
        QTest::newRow("only previews")
            << QList<RunRecord> {run(2, t0, true)} << int(RunSeries::EmptyReason::OnlyDryRuns);
        QTest::newRow("too old") << QList<RunRecord> {run(3, t0.addDays(-9)),
                                                      run(4, t0.addDays(-2), true)}
                                 << int(RunSeries::EmptyReason::NoneInRange);
    }

    void explainsWhyNothingIsPlotted()
    {
        QFETCH(QList<RunRecord>, runs);
        QFETCH(int, reason);
        const RunSeries series = RunSeries::build(runs, t0, options(RunSeries::Range::LastWeek));
        QVERIFY(series.isEmpty());
        QCOMPARE(series.runCount(), 0);
        QCOMPARE(int(series.emptyReason()), reason);
    }

    void sumsRunsPerDayWithEmptyDaysKept()
    {
        // Five runs over three days, two of them on day one, none on day two.
        const QDate day = t0.date();
        const QList<RunRecord> runs {
            run(1, QDateTime(day, QTime(0, 0), Qt::UTC)),
            run(2, QDateTime(day, QTime(23, 59, 59), Qt::UTC)),
            run(3, QDateTime(day.addDays(2), QTime(8, 0), Qt::UTC)),
            run(4, QDateTime(day.addDays(2), QTime(9, 0), Qt::UTC)),
            run(5, QDateTime(day.addDays(2), QTime(10, 0), Qt::UTC)),
        };
        const RunSeries series
            = RunSeries::build(runs, QDateTime(day.addDays(3), QTime(0, 0), Qt::UTC),
                               options(RunSeries::Range::All, false, 3));
        QCOMPARE(series.granularity(), RunSeries::Granularity::Day);
        QCOMPARE(series.runCount(), 5);
        const auto &buckets = series.buckets();
        QCOMPARE(buckets.size(), std::size_t(3));
        QCOMPARE(buckets[0].start, QDateTime(day, QTime(0, 0), Qt::UTC));
        QCOMPARE(buckets[0].end, QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC));
        QCOMPARE(buckets[0].at(), QDateTime(day, QTime(12, 0), Qt::UTC));
        QCOMPARE(buckets[0].runs, 2);
        QCOMPARE(buckets[0].items[RunSeries::Created], 3);
        QCOMPARE(buckets[0].requestsGhl, 4);
        QCOMPARE(buckets[0].requestsMailerLite, 6);
        QCOMPARE(buckets[0].averageDurationMs(), std::optional<qint64>(1500));
        QCOMPARE(buckets[1].runs, 0);
        QCOMPARE(buckets[1].itemTotal(), 0);
        QVERIFY(!buckets[1].averageDurationMs());
        QCOMPARE(buckets[2].runs, 3);
        QCOMPARE(buckets[2].items[RunSeries::Created], 12);
        QCOMPARE(buckets[2].averageDurationMs(), std::optional<qint64>(4000));
        QCOMPARE(series.maxDurationMs(), std::optional<qint64>(4000));
    }

    void picksTheShortestPeriodThatFits_data()
    {
        QTest::addColumn<qint64>("stepSeconds");
        QTest::addColumn<RunSeries::Granularity>("granularity");
        QTest::addColumn<int>("buckets");
        // 40 runs, at most 31 buckets.
        QTest::newRow("every 10 min") << qint64(600) << RunSeries::Granularity::Hour << 7;
        QTest::newRow("every 6 h") << qint64(6 * 3600) << RunSeries::Granularity::Day << 10;
        QTest::newRow("daily") << qint64(86400) << RunSeries::Granularity::Week << 6;
        QTest::newRow("weekly") << qint64(7 * 86400) << RunSeries::Granularity::Month << 9;
    }

    void picksTheShortestPeriodThatFits()
    {
        QFETCH(qint64, stepSeconds);
        QFETCH(RunSeries::Granularity, granularity);
        QFETCH(int, buckets);
        // From Monday 2 March 2026, midnight UTC.
        const QDateTime start(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
        QList<RunRecord> runs;
        for (int i = 0; i < 40; ++i) {
            runs.append(run(i + 1, start.addSecs(i * stepSeconds)));
        }
        const RunSeries series
            = RunSeries::build(runs, start.addYears(1), options(RunSeries::Range::All));
        QCOMPARE(series.granularity(), granularity);
        QCOMPARE(int(series.buckets().size()), buckets);
        int total = 0;
        for (const RunSeries::Bucket &bucket : series.buckets()) {
            QCOMPARE(bucket.start,
                     RunSeries::periodStart(bucket.start, granularity, QTimeZone::utc()));
            total += bucket.runs;
        }
        QCOMPARE(total, 40);
    }

    void periodsFollowTheTimeZone()
    {
        const QTimeZone plusTwo(2 * 3600);
        // 23:30 UTC on Sunday 1 March is already Monday 2 March, 01:30 at UTC+2.
        const QDateTime time(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC);
        using G = RunSeries::Granularity;
        QCOMPARE(RunSeries::periodStart(time, G::Day, plusTwo),
                 QDateTime(QDate(2026, 3, 2), QTime(0, 0), plusTwo));
        QCOMPARE(RunSeries::periodStart(time, G::Day, QTimeZone::utc()),
                 QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(RunSeries::periodStart(time, G::Hour, plusTwo),
                 QDateTime(QDate(2026, 3, 2), QTime(1, 0), plusTwo));
        QCOMPARE(RunSeries::periodStart(time, G::Week, plusTwo),
                 QDateTime(QDate(2026, 3, 2), QTime(0, 0), plusTwo));
        QCOMPARE(RunSeries::periodStart(time, G::Week, QTimeZone::utc()),
                 QDateTime(QDate(2026, 2, 23), QTime(0, 0), Qt::UTC));
        QCOMPARE(RunSeries::periodStart(time, G::Month, QTimeZone::utc()),
                 QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(RunSeries::nextPeriod(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), G::Month,
                                       QTimeZone::utc()),
                 QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(RunSeries::periodStart(time, G::Run, plusTwo), time);
    }
};

QTEST_GUILESS_MAIN(TestRunSeries)
#include "tst_runseries.moc"
