// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runrecord.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <array>
#include <optional>
#include <vector>

namespace Store {

// What the run history charts plot: the finished runs of a time range (previews left out
// unless asked for), oldest first, one point per run or, when there are too many runs for
// readable bars, summed per hour, day, week or month. Pure computation over RunRecord values:
// the caller passes the current time, so ranges are testable. A value; any thread.
class RunSeries final
{
public:
    enum class Range { LastWeek, LastMonth, All };
    enum class Granularity { Run, Hour, Day, Week, Month };
    // Item outcomes as the charts stack them; Skipped sums invalid, consent-blocked and
    // duplicate contacts. Group membership changes are not items and are not plotted.
    enum Outcome { Created, Updated, Unsubscribed, Unchanged, Skipped, Failed, OutcomeCount };
    // Why a series has no buckets.
    enum class EmptyReason { NotEmpty, NoRuns, OnlyDryRuns, NoneInRange };

    struct Options
    {
        Range range = Range::LastMonth;
        bool includeDryRuns = false;
        // More selected runs than this are summed per period; the shortest period that
        // gives at most this many buckets is used.
        int maxBuckets = 31;
        // Where hours, days, weeks (from Monday) and months start.
        QTimeZone timeZone = QTimeZone::systemTimeZone();
    };

    struct Bucket
    {
        QDateTime start; // the run's start time, or the first instant of the period
        QDateTime end; // exclusive end of the period; equal to start for one run
        qint64 runId = 0; // the run, with Granularity::Run
        int runs = 0; // may be 0: empty periods between runs are kept, so time stays even
        std::array<int, OutcomeCount> items {};
        int requestsGhl = 0;
        int requestsMailerLite = 0;
        int runsWithDuration = 0; // runs cut short by a crash have no duration
        qint64 totalDurationMs = 0;

        // Where the bucket sits on a time axis: the run's start, or the period's middle.
        [[nodiscard]] QDateTime at() const;
        // Per run; nullopt when no run of the bucket has a duration.
        [[nodiscard]] std::optional<qint64> averageDurationMs() const;
        [[nodiscard]] int itemTotal() const;
    };

    RunSeries() = default;

    // `runs` in any order; `now` is the end of the range.
    [[nodiscard]] static RunSeries build(const QList<RunRecord> &runs, const QDateTime &now,
                                         const Options &options);
    [[nodiscard]] static int outcomeCount(const RunCounts &counts, Outcome outcome);
    // The first instant of the hour, day, week (from Monday) or month holding `time`, in
    // `zone`; `time` itself for Granularity::Run.
    [[nodiscard]] static QDateTime periodStart(const QDateTime &time, Granularity granularity,
                                               const QTimeZone &zone);
    [[nodiscard]] static QDateTime nextPeriod(const QDateTime &start, Granularity granularity,
                                              const QTimeZone &zone);

    [[nodiscard]] Granularity granularity() const { return m_granularity; }
    [[nodiscard]] const std::vector<Bucket> &buckets() const { return m_buckets; }
    [[nodiscard]] bool isEmpty() const { return m_buckets.empty(); }
    [[nodiscard]] EmptyReason emptyReason() const { return m_emptyReason; }
    // Runs plotted (selected by range and preview option).
    [[nodiscard]] int runCount() const { return m_runCount; }
    // The start of the range; invalid for Range::All.
    [[nodiscard]] QDateTime rangeStart() const { return m_rangeStart; }
    [[nodiscard]] std::optional<qint64> maxDurationMs() const;
    [[nodiscard]] int outcomeTotal(Outcome outcome) const;

private:
    [[nodiscard]] static int periodCount(const QDateTime &first, const QDateTime &last,
                                         Granularity granularity, const QTimeZone &zone, int limit);

    Granularity m_granularity = Granularity::Run;
    std::vector<Bucket> m_buckets;
    EmptyReason m_emptyReason = EmptyReason::NoRuns;
    int m_runCount = 0;
    QDateTime m_rangeStart;
};

} // namespace Store
