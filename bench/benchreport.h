// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QtMath>

#include <optional>

// What the benchmark programs share: the JSON shape of one figure (bench/README.md) and the
// process's memory as /proc tells it.
namespace BenchReport {

// A figure that must stay at or below `target` (none: reported only).
inline QJsonObject figure(double value, const QString &unit, std::optional<double> target = {})
{
    return QJsonObject {
        {QStringLiteral("value"), value},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("target"), target ? QJsonValue(*target) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("met"), target ? QJsonValue(value <= *target) : QJsonValue::Null}};
}

// A figure that must reach at least `target` (a ratio of savings, say). The JSON shape is the
// same; "at_least": true tells a reader which way `met` was computed.
inline QJsonObject figureAtLeast(double value, const QString &unit, double target)
{
    return QJsonObject {{QStringLiteral("value"), value},
                        {QStringLiteral("unit"), unit},
                        {QStringLiteral("target"), target},
                        {QStringLiteral("at_least"), true},
                        {QStringLiteral("met"), value >= target}};
}

inline double oneDecimal(double value)
{
    return qRound(value * 10) / 10.0;
}

// A line of /proc/self/status ("VmHWM", "VmRSS") in MB; -1 when /proc cannot tell.
inline double statusMb(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = key + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

// The peak resident set (VmHWM) in MB.
inline double peakRssMb()
{
    return statusMb("VmHWM");
}

// Resets VmHWM to the current RSS (Linux: "5" into clear_refs), so the next reading covers
// only what follows.
inline bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

} // namespace BenchReport
