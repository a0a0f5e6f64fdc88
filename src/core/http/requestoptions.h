// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace Api {

// Per-request settings for HttpClient::send(). A plain value.
struct RequestOptions
{
    // Called before a request that failed transiently is sent again. It may look up whether the
    // first attempt took effect (did the create happen?) and must call `resend` exactly once,
    // now or later: true sends again, false finishes the call with the last error. Calls to
    // `resend` after the ApiCall was aborted or destroyed are ignored.
    using BeforeRetry
        = std::function<void(int attemptsMade, std::function<void(bool resend)> resend)>;

    // The path template ("/contacts/{id}"): the pacing key for per-endpoint limits and what the
    // logs show instead of a path that may carry an email address. Empty: the path itself.
    QString endpoint;
    // Whether the request may be sent twice. nullopt: from the method (GET, HEAD, PUT, DELETE,
    // OPTIONS are; POST and PATCH are not). Set true for a read done by POST or an upsert.
    std::optional<bool> idempotent;
    // See BeforeRetry. With it, even a non-idempotent request is retried after the check.
    BeforeRetry beforeRetry;
    // Content-Type of a byte body; JSON bodies always use application/json.
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    // Overrides the client's transfer timeout for this request.
    std::optional<std::chrono::milliseconds> timeout;
    // Overrides the retry policy's attempt limit; 1 disables retries.
    int maxAttempts = 0;
};

} // namespace Api
