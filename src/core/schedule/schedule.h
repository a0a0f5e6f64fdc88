// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QTime>

namespace Sync {

// When a profile syncs by itself: never, every N minutes, daily at a time, or on chosen
// weekdays at a time. Times are wall-clock times of the machine's time zone. A plain value.
//
// Intervals must divide a day evenly (15, 45, 90, 120 ... minutes): runs then fall on the same
// times every day, counted from midnight, and systemd and cron can express them exactly.
struct Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    enum class Kind { Off, Interval, Daily, Weekdays };

    Kind kind = Kind::Off;
    int intervalMinutes = 60; // Interval only
    QTime time = QTime(6, 0); // Daily and Weekdays; whole minutes
    QList<int> weekdays; // Weekdays only: Qt::DayOfWeek values 1 (Monday) .. 7, sorted, unique

    [[nodiscard]] static Schedule off();
    [[nodiscard]] static Schedule every(int minutes);
    [[nodiscard]] static Schedule dailyAt(QTime time);
    [[nodiscard]] static Schedule weekdaysAt(QList<int> days, QTime time);

    [[nodiscard]] bool isOff() const { return kind == Kind::Off; }
    // Ok, or a Validation error whose message says what is wrong.
    [[nodiscard]] Status validate() const;
    // 1..720 and a divisor of 1440.
    [[nodiscard]] static bool isValidInterval(int minutes);
    // The valid intervals in ascending order, for choosers.
    [[nodiscard]] static QList<int> validIntervals();

    // Runs per hour on average (0 when off), for request estimates.
    [[nodiscard]] double runsPerHour() const;
    // "Every 15 minutes", "Daily at 07:30", "Mon, Wed, Fri at 07:30" (translated).
    [[nodiscard]] QString describe() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Schedule> fromJson(const QJsonObject &object);

    friend bool operator==(const Schedule &a, const Schedule &b);
};

} // namespace Sync
