// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <chrono>
#include <optional>
#include <utility>

// Response headers as the HTTP layer passes them around: names in lower case, so look-ups do not
// depend on how a server spells them. Plain values, usable from any thread.
namespace Api {

using ResponseHeaders = QHash<QByteArray, QByteArray>;

[[nodiscard]] ResponseHeaders
makeResponseHeaders(const QList<std::pair<QByteArray, QByteArray>> &rawPairs);

// A header as an integer; nullopt when missing or not a number.
[[nodiscard]] std::optional<qint64> headerInt(const ResponseHeaders &headers,
                                              const QByteArray &name);

// An HTTP-date (RFC 9110), an ISO 8601 date-time or a Unix time in seconds.
[[nodiscard]] std::optional<QDateTime> parseHeaderDate(const QByteArray &value);

// How long the server asked us to wait: `Retry-After` (seconds or HTTP-date) or MailerLite's
// `X-RateLimit-Retry-After` (seconds), whichever is longer. `now` converts dates into delays.
[[nodiscard]] std::optional<std::chrono::milliseconds> retryAfter(const ResponseHeaders &headers,
                                                                  const QDateTime &now);

} // namespace Api
