// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

constexpr int MinutesPerDay = 24 * 60;
constexpr int MaxIntervalMinutes = MinutesPerDay / 2; // longer: use "daily"

// Day names in files are fixed English abbreviations, independent of the UI language.
constexpr std::array<QLatin1StringView, 7> DayKeys {"mon"_L1, "tue"_L1, "wed"_L1, "thu"_L1,
                                                    "fri"_L1, "sat"_L1, "sun"_L1};

Error invalid(const QString &message)
{
    return Error {Error::Kind::Validation, Schedule::tr("The schedule is invalid: %1").arg(message),
                  message};
}

QList<int> normalizedDays(QList<int> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

} // namespace

Schedule Schedule::off()
{
    return {};
}

Schedule Schedule::every(int minutes)
{
    Schedule s;
    s.kind = Kind::Interval;
    s.intervalMinutes = minutes;
    return s;
}

Schedule Schedule::dailyAt(QTime time)
{
    Schedule s;
    s.kind = Kind::Daily;
    s.time = time;
    return s;
}

Schedule Schedule::weekdaysAt(QList<int> days, QTime time)
{
    Schedule s;
    s.kind = Kind::Weekdays;
    s.weekdays = normalizedDays(std::move(days));
    s.time = time;
    return s;
}

bool Schedule::isValidInterval(int minutes)
{
    return minutes >= 1 && minutes <= MaxIntervalMinutes && MinutesPerDay % minutes == 0;
}

QList<int> Schedule::validIntervals()
{
    QList<int> all;
    for (int m = 1; m <= MaxIntervalMinutes; ++m) {
        if (isValidInterval(m)) {
            all.append(m);
        }
    }
    return all;
}

Status Schedule::validate() const
{
    switch (kind) {
    case Kind::Off:
        return success();
    case Kind::Interval:
        if (!isValidInterval(intervalMinutes)) {
            return invalid(tr("an interval of %1 minutes does not divide a day evenly (allowed: "
                              "1 to 720 minutes, e.g. 5, 15, 30, 45, 60, 90, 120)")
                               .arg(intervalMinutes));
        }
        return success();
    case Kind::Daily:
    case Kind::Weekdays:
        if (!time.isValid() || time.second() != 0 || time.msec() != 0) {
            return invalid(tr("the time of day must be whole minutes, written HH:MM"));
        }
        if (kind == Kind::Weekdays) {
            if (weekdays.isEmpty()) {
                return invalid(tr("choose at least one weekday"));
            }
            for (int d : weekdays) {
                if (d < 1 || d > 7) {
                    return invalid(
                        tr("%1 is not a weekday number (1 = Monday .. 7 = Sunday)").arg(d));
                }
            }
        }
        return success();
    }
    return invalid(tr("unknown kind"));
}

double Schedule::runsPerHour() const
{
    switch (kind) {
    case Kind::Off:
        return 0.0;
    case Kind::Interval:
        return intervalMinutes > 0 ? 60.0 / intervalMinutes : 0.0;
    case Kind::Daily:
        return 1.0 / 24.0;
    case Kind::Weekdays:
        return static_cast<double>(normalizedDays(weekdays).size()) / (24.0 * 7.0);
    }
    return 0.0;
}

QString Schedule::describe() const
{
    const QString hhmm = time.toString(u"HH:mm"_s);
    switch (kind) {
    case Kind::Off:
        return tr("Off");
    case Kind::Interval:
        if (intervalMinutes == 1) {
            return tr("Every minute");
        }
        if (intervalMinutes == 60) {
            return tr("Every hour");
        }
        if (intervalMinutes % 60 == 0) {
            return tr("Every %1 hours").arg(intervalMinutes / 60);
        }
        return tr("Every %1 minutes").arg(intervalMinutes);
    case Kind::Daily:
        return tr("Daily at %1").arg(hhmm);
    case Kind::Weekdays: {
        QStringList names;
        const QLocale locale;
        for (int d : normalizedDays(weekdays)) {
            names.append(locale.dayName(d, QLocale::ShortFormat));
        }
        return tr("%1 at %2").arg(names.join(u", "_s), hhmm);
    }
    }
    return {};
}

QJsonObject Schedule::toJson() const
{
    switch (kind) {
    case Kind::Off:
        return {{"kind"_L1, u"off"_s}};
    case Kind::Interval:
        return {{"kind"_L1, u"interval"_s}, {"minutes"_L1, intervalMinutes}};
    case Kind::Daily:
        return {{"kind"_L1, u"daily"_s}, {"time"_L1, time.toString(u"HH:mm"_s)}};
    case Kind::Weekdays: {
        QJsonArray days;
        for (int d : normalizedDays(weekdays)) {
            if (d >= 1 && d <= 7) {
                days.append(QString(DayKeys.at(static_cast<size_t>(d - 1))));
            }
        }
        return {
            {"kind"_L1, u"weekdays"_s}, {"days"_L1, days}, {"time"_L1, time.toString(u"HH:mm"_s)}};
    }
    }
    return {};
}

Result<Schedule> Schedule::fromJson(const QJsonObject &o)
{
    const QJsonValue kindValue = o.value("kind"_L1);
    if (!kindValue.isString()) {
        return invalid(tr("\"kind\" must be one of off, interval, daily or weekdays"));
    }
    const QString kindName = kindValue.toString();
    Schedule s;
    if (kindName == u"off") {
        return s;
    }
    if (kindName == u"interval") {
        const QJsonValue minutes = o.value("minutes"_L1);
        const double m = minutes.toDouble(-1);
        if (!minutes.isDouble() || m != static_cast<double>(static_cast<int>(m))) {
            return invalid(tr("\"minutes\" must be a whole number"));
        }
        s = every(static_cast<int>(m));
    } else if (kindName == u"daily" || kindName == u"weekdays") {
        const QString text = o.value("time"_L1).toString();
        const QTime t = QTime::fromString(text, u"HH:mm"_s);
        if (!t.isValid()) {
            return invalid(tr("\"time\" must be HH:MM (00:00 to 23:59), not \"%1\"").arg(text));
        }
        if (kindName == u"daily") {
            s = dailyAt(t);
        } else {
            const QJsonValue daysValue = o.value("days"_L1);
            if (!daysValue.isArray()) {
                return invalid(tr("\"days\" must be a list such as [\"mon\", \"fri\"]"));
            }
            QList<int> days;
            for (const QJsonValue &v : daysValue.toArray()) {
                const QString name = v.toString();
                const auto *it
                    = std::find_if(DayKeys.begin(), DayKeys.end(),
                                   [&name](QLatin1StringView key) { return key == name; });
                if (!v.isString() || it == DayKeys.end()) {
                    return invalid(tr("unknown weekday \"%1\" (use mon, tue, wed, thu, fri, sat, "
                                      "sun)")
                                       .arg(v.toVariant().toString()));
                }
                days.append(static_cast<int>(it - DayKeys.begin()) + 1);
            }
            s = weekdaysAt(days, t);
        }
    } else {
        return invalid(
            tr("unknown kind \"%1\" (use off, interval, daily or weekdays)").arg(kindName));
    }
    if (const Status v = s.validate(); !v.ok()) {
        return v.error();
    }
    return s;
}

bool operator==(const Schedule &a, const Schedule &b)
{
    if (a.kind != b.kind) {
        return false;
    }
    switch (a.kind) {
    case Schedule::Kind::Off:
        return true;
    case Schedule::Kind::Interval:
        return a.intervalMinutes == b.intervalMinutes;
    case Schedule::Kind::Daily:
        return a.time == b.time;
    case Schedule::Kind::Weekdays:
        return a.time == b.time && normalizedDays(a.weekdays) == normalizedDays(b.weekdays);
    }
    return false;
}

} // namespace Sync
