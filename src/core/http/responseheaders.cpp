// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/responseheaders.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Anything above this is treated as a Unix time rather than a number of seconds.
constexpr qint64 UnixTimeThreshold = 1'000'000'000;

std::optional<std::chrono::milliseconds> delayFrom(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber && seconds < double(UnixTimeThreshold)) {
        return std::chrono::milliseconds(std::llround(std::max(0.0, seconds) * 1000.0));
    }
    const std::optional<QDateTime> when = Api::parseHeaderDate(trimmed);
    if (!when) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(*when)));
}

} // namespace

namespace Api {

ResponseHeaders makeResponseHeaders(const QList<std::pair<QByteArray, QByteArray>> &rawPairs)
{
    ResponseHeaders headers;
    headers.reserve(rawPairs.size());
    for (const auto &[name, value] : rawPairs) {
        headers.insert(name.toLower(), value);
    }
    return headers;
}

std::optional<qint64> headerInt(const ResponseHeaders &headers, const QByteArray &name)
{
    const auto it = headers.constFind(name.toLower());
    if (it == headers.cend()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = it->trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<QDateTime> parseHeaderDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime) {
        // A date-time without a zone: the servers mean UTC.
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid()) {
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    }
    if (!when.isValid()) {
        // IMF-fixdate, the preferred HTTP-date form: "Sun, 06 Nov 1994 08:49:37 GMT".
        when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        when.setTimeZone(QTimeZone::utc());
    }
    return when.isValid() ? std::optional<QDateTime>(when) : std::nullopt;
}

std::optional<std::chrono::milliseconds> retryAfter(const ResponseHeaders &headers,
                                                    const QDateTime &now)
{
    std::optional<std::chrono::milliseconds> longest;
    for (const QByteArray &name : {"retry-after"_ba, "x-ratelimit-retry-after"_ba}) {
        const auto it = headers.constFind(name);
        if (it == headers.cend()) {
            continue;
        }
        if (const auto delay = delayFrom(*it, now); delay && (!longest || *delay > *longest)) {
            longest = delay;
        }
    }
    return longest;
}

} // namespace Api
