// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/runseries.h"

#include <algorithm>
#include <numeric>

namespace Store {

namespace {

void accumulate(RunSeries::Bucket &bucket, const RunRecord &run)
{
    ++bucket.runs;
    for (int o = 0; o < RunSeries::OutcomeCount; ++o) {
        bucket.items[std::size_t(o)]
            += RunSeries::outcomeCount(run.counts, static_cast<RunSeries::Outcome>(o));
    }
    bucket.requestsGhl += run.requestsGhl;
    bucket.requestsMailerLite += run.requestsMailerLite;
    if (run.durationMs) {
        ++bucket.runsWithDuration;
        bucket.totalDurationMs += *run.durationMs;
    }
}

} // namespace

QDateTime RunSeries::Bucket::at() const
{
    return end > start ? start.addMSecs(start.msecsTo(end) / 2) : start;
}

std::optional<qint64> RunSeries::Bucket::averageDurationMs() const
{
    if (runsWithDuration == 0) {
        return std::nullopt;
    }
    return totalDurationMs / runsWithDuration;
}

int RunSeries::Bucket::itemTotal() const
{
    return std::accumulate(items.begin(), items.end(), 0);
}

int RunSeries::outcomeCount(const RunCounts &counts, Outcome outcome)
{
    switch (outcome) {
    case Created:
        return counts.created;
    case Updated:
        return counts.updated;
    case Unsubscribed:
        return counts.unsubscribed;
    case Unchanged:
        return counts.unchanged;
    case Skipped:
        return counts.skippedInvalid + counts.blockedConsent + counts.duplicates;
    case Failed:
        return counts.failed;
    case OutcomeCount:
        break;
    }
    return 0;
}

QDateTime RunSeries::periodStart(const QDateTime &time, Granularity granularity,
                                 const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    const QDate day = local.date();
    switch (granularity) {
    case Granularity::Run:
        return time;
    case Granularity::Hour:
        return QDateTime(day, QTime(local.time().hour(), 0), zone);
    case Granularity::Day:
        return QDateTime(day, QTime(0, 0), zone);
    case Granularity::Week:
        return QDateTime(day.addDays(1 - day.dayOfWeek()), QTime(0, 0), zone);
    case Granularity::Month:
        return QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), zone);
    }
    return time;
}

QDateTime RunSeries::nextPeriod(const QDateTime &start, Granularity granularity,
                                const QTimeZone &zone)
{
    // Calendar steps, not fixed seconds: a day across a DST change has 23 or 25 hours.
    const QDate day = start.toTimeZone(zone).date();
    switch (granularity) {
    case Granularity::Run:
        return start;
    case Granularity::Hour:
        return start.addSecs(3600);
    case Granularity::Day:
        return QDateTime(day.addDays(1), QTime(0, 0), zone);
    case Granularity::Week:
        return QDateTime(day.addDays(7), QTime(0, 0), zone);
    case Granularity::Month:
        return QDateTime(day.addMonths(1), QTime(0, 0), zone);
    }
    return start;
}

int RunSeries::periodCount(const QDateTime &first, const QDateTime &last, Granularity granularity,
                           const QTimeZone &zone, int limit)
{
    // Counting by stepping stops past `limit`: hours over years would be a long walk.
    int count = 0;
    for (QDateTime start = periodStart(first, granularity, zone); start <= last && count <= limit;
         start = nextPeriod(start, granularity, zone)) {
        ++count;
    }
    return count;
}

RunSeries RunSeries::build(const QList<RunRecord> &runs, const QDateTime &now,
                           const Options &options)
{
    RunSeries series;
    switch (options.range) {
    case Range::LastWeek:
        series.m_rangeStart = now.addDays(-7);
        break;
    case Range::LastMonth:
        series.m_rangeStart = now.addDays(-30);
        break;
    case Range::All:
        break;
    }

    std::vector<const RunRecord *> selected;
    bool anyFinished = false;
    bool anyIncluded = false;
    for (const RunRecord &run : runs) {
        // A running run has neither its counts nor its duration yet.
        if (run.isRunning() || !run.startedAt.isValid()) {
            continue;
        }
        anyFinished = true;
        if (run.dryRun && !options.includeDryRuns) {
            continue;
        }
        anyIncluded = true;
        if (series.m_rangeStart.isValid() && run.startedAt < series.m_rangeStart) {
            continue;
        }
        selected.push_back(&run);
    }
    if (selected.empty()) {
        series.m_emptyReason = !anyFinished ? EmptyReason::NoRuns
            : !anyIncluded                  ? EmptyReason::OnlyDryRuns
                                            : EmptyReason::NoneInRange;
        return series;
    }
    std::stable_sort(selected.begin(), selected.end(), [](const RunRecord *a, const RunRecord *b) {
        return a->startedAt != b->startedAt ? a->startedAt < b->startedAt : a->id < b->id;
    });
    series.m_emptyReason = EmptyReason::NotEmpty;
    series.m_runCount = int(selected.size());

    const int maxBuckets = std::max(1, options.maxBuckets);
    if (series.m_runCount <= maxBuckets) {
        series.m_granularity = Granularity::Run;
        for (const RunRecord *run : selected) {
            Bucket bucket;
            bucket.start = run->startedAt;
            bucket.end = run->startedAt;
            bucket.runId = run->id;
            accumulate(bucket, *run);
            series.m_buckets.push_back(bucket);
        }
        return series;
    }

    const QDateTime first = selected.front()->startedAt;
    const QDateTime last = selected.back()->startedAt;
    series.m_granularity = Granularity::Month; // long histories may still give more buckets
    for (const Granularity candidate : {Granularity::Hour, Granularity::Day, Granularity::Week}) {
        if (periodCount(first, last, candidate, options.timeZone, maxBuckets) <= maxBuckets) {
            series.m_granularity = candidate;
            break;
        }
    }
    // Every period from the first run's to the last run's, empty ones included.
    for (QDateTime start = periodStart(first, series.m_granularity, options.timeZone);
         start <= last;) {
        Bucket bucket;
        bucket.start = start;
        bucket.end = nextPeriod(start, series.m_granularity, options.timeZone);
        start = bucket.end;
        series.m_buckets.push_back(bucket);
    }
    std::size_t index = 0;
    for (const RunRecord *run : selected) {
        while (index + 1 < series.m_buckets.size()
               && run->startedAt >= series.m_buckets[index].end) {
            ++index;
        }
        accumulate(series.m_buckets[index], *run);
    }
    return series;
}

std::optional<qint64> RunSeries::maxDurationMs() const
{
    std::optional<qint64> max;
    for (const Bucket &bucket : m_buckets) {
        if (const auto average = bucket.averageDurationMs(); average && (!max || *average > *max)) {
            max = average;
        }
    }
    return max;
}

int RunSeries::outcomeTotal(Outcome outcome) const
{
    int total = 0;
    for (const Bucket &bucket : m_buckets) {
        total += bucket.items[std::size_t(outcome)];
    }
    return total;
}

} // namespace Store
