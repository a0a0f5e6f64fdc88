// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedulegenerator.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cctype>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

enum class Dialect { Systemd, Cron };

// Runs that share the same minutes in each of a set of hours: one OnCalendar value or one
// crontab line each.
struct TimeGroup
{
    QList<int> hours;
    QList<int> minutes;
};

QList<TimeGroup> timeGroups(const Schedule &s)
{
    if (s.kind != Schedule::Kind::Interval) {
        return {{{s.time.hour()}, {s.time.minute()}}};
    }
    QList<TimeGroup> groups;
    for (int hour = 0; hour < 24; ++hour) {
        QList<int> minutes;
        for (int m = hour * 60; m < (hour + 1) * 60; ++m) {
            if (m % s.intervalMinutes == 0) {
                minutes.append(m % 60);
            }
        }
        if (minutes.isEmpty()) {
            continue;
        }
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&minutes](const TimeGroup &g) { return g.minutes == minutes; });
        if (it != groups.end()) {
            it->hours.append(hour);
        } else {
            groups.append({{hour}, minutes});
        }
    }
    return groups;
}

QString number(int n, Dialect d)
{
    return d == Dialect::Systemd ? u"%1"_s.arg(n, 2, 10, QChar(u'0')) : QString::number(n);
}

// One time field from ascending values in 0..max: "*", a repetition ("00/15", "*/15",
// "1-22/3"), or a list.
QString timeField(const QList<int> &values, int max, Dialect d)
{
    if (values.size() == max + 1) {
        return u"*"_s;
    }
    if (values.size() == 1) {
        return number(values.first(), d);
    }
    const int step = values.at(1) - values.at(0);
    bool progression = values.first() < step && values.last() + step > max;
    for (qsizetype i = 1; progression && i < values.size(); ++i) {
        progression = values.at(i) - values.at(i - 1) == step;
    }
    if (progression) {
        if (d == Dialect::Systemd) {
            return u"%1/%2"_s.arg(number(values.first(), d)).arg(step);
        }
        if (values.first() == 0) {
            return u"*/%1"_s.arg(step);
        }
        return u"%1-%2/%3"_s.arg(values.first()).arg(values.last()).arg(step);
    }
    QStringList parts;
    for (int v : values) {
        parts.append(number(v, d));
    }
    return parts.join(u',');
}

// Weekdays as "Mon,Wed" / "Mon..Fri" (systemd) or "1,3" / "1-5" (cron, Sunday = 0).
QString dayField(const QList<int> &qtDays, Dialect d)
{
    static constexpr std::array<QLatin1StringView, 7> Names {"Mon"_L1, "Tue"_L1, "Wed"_L1, "Thu"_L1,
                                                             "Fri"_L1, "Sat"_L1, "Sun"_L1};
    QList<int> days;
    for (int day : qtDays) {
        days.append(d == Dialect::Cron && day == 7 ? 0 : day);
    }
    std::sort(days.begin(), days.end());
    const auto name = [d](int day) {
        return d == Dialect::Systemd ? QString(Names.at(static_cast<size_t>(day - 1)))
                                     : QString::number(day);
    };
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days.at(j + 1) == days.at(j) + 1) {
            ++j;
        }
        if (j - i >= 2) { // three or more in a row
            parts.append(name(days.at(i)) + (d == Dialect::Systemd ? u".."_s : u"-"_s)
                         + name(days.at(j)));
        } else {
            for (qsizetype k = i; k <= j; ++k) {
                parts.append(name(days.at(k)));
            }
        }
        i = j + 1;
    }
    return parts.join(u',');
}

bool isPlainWord(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:=+,@-]+$"_s);
    return plain.match(word).hasMatch();
}

Error invalidInput(const QString &message)
{
    return Error {Error::Kind::Validation, message, message};
}

Status checkInputs(const Schedule &schedule, const QString &profile, const QString &cliPath)
{
    if (schedule.isOff()) {
        return invalidInput(ScheduleGenerator::tr("Choose a schedule first: it is off."));
    }
    if (const Status s = schedule.validate(); !s.ok()) {
        return s;
    }
    if (profile.isEmpty() || cliPath.isEmpty()) {
        return invalidInput(ScheduleGenerator::tr("A profile name and the path of "
                                                  "contactbridge-cli are needed."));
    }
    static const QRegularExpression lineBreak(u"[\\r\\n]"_s);
    if (profile.contains(lineBreak) || cliPath.contains(lineBreak)) {
        return invalidInput(ScheduleGenerator::tr("A profile name or path with a line break "
                                                  "cannot be written into a schedule."));
    }
    return success();
}

// Text for a comment: no control characters.
QString printable(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        out += c.isPrint() ? QString(c) : u" "_s;
    }
    return out;
}

// Text for a Description= value: printable, and no specifier expansion.
QString descriptionText(const QString &text)
{
    return printable(text).replace(u'%', u"%%"_s);
}

} // namespace

QStringList ScheduleGenerator::onCalendar(const Schedule &schedule)
{
    if (schedule.isOff() || !schedule.validate().ok()) {
        return {};
    }
    const QString days = schedule.kind == Schedule::Kind::Weekdays
        ? dayField(schedule.weekdays, Dialect::Systemd) + u' '
        : QString();
    QStringList values;
    for (const TimeGroup &g : timeGroups(schedule)) {
        values.append(u"%1*-*-* %2:%3:00"_s.arg(days, timeField(g.hours, 23, Dialect::Systemd),
                                                timeField(g.minutes, 59, Dialect::Systemd)));
    }
    return values;
}

QStringList ScheduleGenerator::cronTimes(const Schedule &schedule)
{
    if (schedule.isOff() || !schedule.validate().ok()) {
        return {};
    }
    const QString days = schedule.kind == Schedule::Kind::Weekdays
        ? dayField(schedule.weekdays, Dialect::Cron)
        : u"*"_s;
    QStringList lines;
    for (const TimeGroup &g : timeGroups(schedule)) {
        lines.append(u"%1 %2 * * %3"_s.arg(timeField(g.minutes, 59, Dialect::Cron),
                                           timeField(g.hours, 23, Dialect::Cron), days));
    }
    return lines;
}

QStringList ScheduleGenerator::command(const QString &profile, const QString &cliPath)
{
    return {cliPath, u"sync"_s, u"--profile"_s, profile};
}

QString ScheduleGenerator::unitNameFragment(const QString &text)
{
    QString out;
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || c == ':' || c == '_' || c == '.' || c == '-') {
            out += QLatin1Char(c);
        } else {
            out += u"\\x%1"_s.arg(int(byte), 2, 16, QChar(u'0'));
        }
    }
    return out;
}

QString ScheduleGenerator::systemdWord(const QString &word, bool forceQuotes)
{
    if (!forceQuotes && isPlainWord(word)) {
        return word;
    }
    QString out = u"\""_s;
    for (const QChar c : word) {
        if (c == u'\\' || c == u'"') {
            out += u'\\';
            out += c;
        } else if (c == u'%') {
            out += u"%%"_s;
        } else if (c == u'$') {
            out += u"$$"_s;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += u"\\x%1"_s.arg(int(c.unicode()), 2, 16, QChar(u'0'));
        } else {
            out += c;
        }
    }
    return out + u'"';
}

QString ScheduleGenerator::cronWord(const QString &word, bool forceQuotes)
{
    QString out = word;
    if (forceQuotes || !isPlainWord(word)) {
        out = u'\'' + out.replace(u'\'', u"'\\''"_s) + u'\'';
    }
    // cron turns an unescaped % into a line break before the shell sees the command.
    return out.replace(u'%', u"\\%"_s);
}

Result<ScheduleGenerator::SystemdUnits> ScheduleGenerator::systemdUnits(const Schedule &schedule,
                                                                        const QString &profile,
                                                                        const QString &cliPath)
{
    if (const Status s = checkInputs(schedule, profile, cliPath); !s.ok()) {
        return s.error();
    }
    SystemdUnits units;
    const QString base = u"contactbridge-sync-"_s + unitNameFragment(profile);
    units.serviceName = base + u".service"_s;
    units.timerName = base + u".timer"_s;
    const QString description = descriptionText(profile);
    const QStringList words = command(profile, cliPath);
    QStringList exec;
    for (qsizetype i = 0; i < words.size(); ++i) {
        exec.append(systemdWord(words.at(i), i == words.size() - 1)); // always quote the name
    }
    units.service = u"[Unit]\n"
                    "Description=ContactBridge sync of profile \"%1\"\n"
                    "\n"
                    "[Service]\n"
                    "Type=oneshot\n"
                    "ExecStart=%2\n"_s.arg(description, exec.join(u' '));
    QString calendar;
    for (const QString &value : onCalendar(schedule)) {
        calendar += u"OnCalendar=%1\n"_s.arg(value);
    }
    units.timer = u"[Unit]\n"
                  "Description=Scheduled ContactBridge sync of profile \"%1\"\n"
                  "\n"
                  "[Timer]\n"
                  "%2"
                  "Persistent=true\n"
                  "Unit=%3\n"
                  "\n"
                  "[Install]\n"
                  "WantedBy=timers.target\n"_s.arg(description, calendar, units.serviceName);
    return units;
}

Result<QString> ScheduleGenerator::cronLines(const Schedule &schedule, const QString &profile,
                                             const QString &cliPath)
{
    if (const Status s = checkInputs(schedule, profile, cliPath); !s.ok()) {
        return s.error();
    }
    const QStringList words = command(profile, cliPath);
    QStringList quoted;
    for (qsizetype i = 0; i < words.size(); ++i) {
        quoted.append(cronWord(words.at(i), i == words.size() - 1));
    }
    const QString commandText = quoted.join(u' ');
    QString text = u"# ContactBridge sync of profile \"%1\"\n"_s.arg(printable(profile));
    for (const QString &times : cronTimes(schedule)) {
        text += times + u' ' + commandText + u'\n';
    }
    return text;
}

} // namespace Sync
