// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/schedule.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace Sync {

// When a schedule runs next. Pure functions of (schedule, instant, time zone); any thread.
//
// Daylight saving rules:
// - Interval runs are wall-clock slots counted from midnight. Slots that do not exist (the hour
//   skipped in spring) are left out; slots of the repeated hour in autumn run both times, so
//   the cadence holds.
// - A daily or weekday time that falls into the skipped hour runs right after the jump, shifted
//   by the gap (02:30 becomes 03:30), so no day goes without its run; one in the repeated hour
//   runs once, the first time.
// Outside those two hours a year, the runs are exactly those of the generated systemd timer
// (systemd runs neither the repeated interval slots nor a skipped daily time).
class ScheduleCalculator final
{
public:
    // The first run strictly after `after`, in UTC; nullopt when the schedule is off or invalid.
    [[nodiscard]] static std::optional<QDateTime>
    nextRun(const Schedule &schedule, const QDateTime &after, const QTimeZone &zone);
    // The next `count` runs after `after`, ascending, in UTC.
    [[nodiscard]] static QList<QDateTime> nextRuns(const Schedule &schedule, const QDateTime &after,
                                                   const QTimeZone &zone, int count);
};

} // namespace Sync
