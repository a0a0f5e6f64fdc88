// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Lenient readers for API records: a missing or mistyped member gives an empty value instead
// of a crash, because real services omit empty keys and sometimes change types.
namespace JsonFields {

[[nodiscard]] QString string(const QJsonObject &object, QLatin1StringView key);
[[nodiscard]] bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback = false);
// Accepts numbers and numeric strings; 64-bit exact (Qt parses JSON integers as qint64).
[[nodiscard]] qint64 integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback = 0);
[[nodiscard]] QStringList stringList(const QJsonObject &object, QLatin1StringView key);
// ISO 8601 ("2026-05-05T15:12:41.809Z"), MailerLite's "2016-04-04 12:07:26" (UTC) or
// "2016-04-04"; invalid QDateTime when absent or unparsable.
[[nodiscard]] QDateTime dateTime(const QJsonObject &object, QLatin1StringView key);
// ISO 8601 with milliseconds and Z, as GHL writes dates.
[[nodiscard]] QString isoString(const QDateTime &dateTime);

} // namespace JsonFields
