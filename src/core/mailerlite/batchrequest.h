// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace MailerLite {

// One sub-request of POST /batch. The path is relative to the API root ("/subscribers"); the
// client adds the "/api/v2" prefix the batch endpoint expects.
struct BatchRequest
{
    QByteArray method;
    QString path;
    QJsonObject body;
    // Whether sending it twice is harmless (an upsert by email, a PUT, a DELETE). A batch is
    // retried after a transient failure only when every sub-request in it is.
    bool idempotent = false;
};

// The answer to one sub-request, in request order. A sub-request that never got an answer
// (its whole batch failed) has status 0 and the batch's error.
struct BatchResult
{
    int status = 0;
    QJsonValue body;
    std::optional<Error> error;
    // When the rate-limit window of the /batch request that carried this item resets, as the
    // service reported it; lets callers learn the window length. Invalid when not reported.
    QDateTime windowReset;
    int windowLimit = 0; // requests per window the service reported; 0 when not reported

    [[nodiscard]] bool ok() const { return !error && status >= 200 && status < 300; }
};

} // namespace MailerLite
