// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedulecalculator.h"

#include <algorithm>

namespace Sync {

namespace {

constexpr qint64 SecondsPerDay = 24 * 3600;
// Larger than any UTC offset change at a transition (the largest in use is 2 hours). Wall
// slots this far before `after` may still map to instants after it, in a repeated hour.
constexpr qint64 LookAroundSeconds = 3 * 3600;
// A weekly schedule needs at most a few slots; an every-minute one about 6 hours' worth.
constexpr int MaxSlotsScanned = 4000;

// Wall-clock times are carried as QDateTime in Qt::UTC ("naive"): plain calendar arithmetic,
// no zone applied yet.
QDateTime naive(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::UTC);
}

// The first wall-clock slot of the schedule strictly after wall time `w`.
QDateTime nextWallSlot(const Schedule &s, const QDateTime &w)
{
    switch (s.kind) {
    case Schedule::Kind::Interval: {
        const qint64 step = qint64(s.intervalMinutes) * 60'000;
        const qint64 msOfDay = w.time().msecsSinceStartOfDay();
        const qint64 next = (msOfDay / step + 1) * step;
        // The interval divides a day, so the last slot of a day is followed by midnight.
        if (next >= SecondsPerDay * 1000) {
            return naive(w.date().addDays(1), QTime(0, 0));
        }
        return naive(w.date(), QTime::fromMSecsSinceStartOfDay(static_cast<int>(next)));
    }
    case Schedule::Kind::Daily:
    case Schedule::Kind::Weekdays:
        for (int i = 0; i <= 8; ++i) {
            const QDate date = w.date().addDays(i);
            if (s.kind == Schedule::Kind::Weekdays && !s.weekdays.contains(date.dayOfWeek())) {
                continue;
            }
            const QDateTime candidate = naive(date, s.time);
            if (candidate > w) {
                return candidate;
            }
        }
        break;
    case Schedule::Kind::Off:
        break;
    }
    return {};
}

// The instants at which the zone's clocks show wall time `w`: none in a skipped hour, two in a
// repeated one, else one. Built from offsets around `w`, independent of how QDateTime resolves
// such times.
QList<QDateTime> instantsOf(const QDateTime &w, const QTimeZone &zone)
{
    QList<QDateTime> instants;
    for (const qint64 probe : {-SecondsPerDay, qint64(0), SecondsPerDay}) {
        const int offset = zone.offsetFromUtc(w.addSecs(probe));
        const QDateTime instant = w.addSecs(-offset);
        if (zone.offsetFromUtc(instant) == offset && !instants.contains(instant)) {
            instants.append(instant);
        }
    }
    std::sort(instants.begin(), instants.end());
    return instants;
}

// The instants a wall slot runs at, following the rules in the header.
QList<QDateTime> runInstants(const Schedule &s, const QDateTime &w, const QTimeZone &zone)
{
    const QList<QDateTime> instants = instantsOf(w, zone);
    if (s.kind == Schedule::Kind::Interval) {
        return instants;
    }
    if (!instants.isEmpty()) {
        return {instants.first()};
    }
    // Skipped: apply the offset from before the jump, which lands as far after it as the time
    // was into the gap.
    return {w.addSecs(-zone.offsetFromUtc(w.addSecs(-SecondsPerDay)))};
}

} // namespace

std::optional<QDateTime> ScheduleCalculator::nextRun(const Schedule &schedule,
                                                     const QDateTime &after, const QTimeZone &zone)
{
    if (schedule.isOff() || !schedule.validate().ok() || !after.isValid()) {
        return std::nullopt;
    }
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime local = after.toTimeZone(tz);
    QDateTime w = naive(local.date(), local.time()).addSecs(-LookAroundSeconds);
    std::optional<QDateTime> best;
    QDateTime bestWall;
    // Instants rise with wall time except inside a repeated hour, so keep scanning until the
    // wall slots are far enough past the best one that nothing earlier can follow.
    for (int i = 0; i < MaxSlotsScanned; ++i) {
        w = nextWallSlot(schedule, w);
        if (!w.isValid() || (best && w > bestWall.addSecs(LookAroundSeconds))) {
            break;
        }
        for (const QDateTime &instant : runInstants(schedule, w, tz)) {
            if (instant > after && (!best || instant < *best)) {
                best = instant;
                bestWall = w;
            }
        }
    }
    if (!best) {
        return std::nullopt;
    }
    return best->toUTC();
}

QList<QDateTime> ScheduleCalculator::nextRuns(const Schedule &schedule, const QDateTime &after,
                                              const QTimeZone &zone, int count)
{
    QList<QDateTime> runs;
    QDateTime from = after;
    while (runs.size() < count) {
        const auto next = nextRun(schedule, from, zone);
        if (!next) {
            break;
        }
        runs.append(*next);
        from = *next;
    }
    return runs;
}

} // namespace Sync
