// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Conversions between store values and SQLite columns, shared by the stores. The schema keeps
// every timestamp as INTEGER milliseconds UTC and every remote id as TEXT (001_initial.sql).

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace Store::Sql {

// NULL for an invalid time, so a missing value never becomes the epoch.
[[nodiscard]] inline QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

// An invalid QDateTime for NULL.
[[nodiscard]] inline QDateTime toTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

[[nodiscard]] inline QVariant fromText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Remote ids are text in the file; 0 means "not known" and is stored as NULL.
[[nodiscard]] inline QVariant fromId(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(QString::number(id));
}

[[nodiscard]] inline qint64 toId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toString().toLongLong();
}

[[nodiscard]] inline QVariant fromOptional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

[[nodiscard]] inline std::optional<qint64> toOptional(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace Store::Sql
