// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Store {

// One row of failures: an item that failed, kept until a later success closes it (retried)
// or the user ignores it. A value.
struct FailureRecord
{
    enum class Status { Open, Retried, Ignored };

    qint64 id = 0; // set when read back
    std::optional<qint64> runId; // the run that failed last; unset once that run is pruned
    QString profile;
    QString contactId;
    QString email;
    QString errorKind; // Error::kindName()
    int httpStatus = 0; // 0 when the failure was not an HTTP answer
    QString serverMessage;
    // The request body that failed. FailureStore redacts it before storing.
    QString payload;
    int attempts = 1;
    Status status = Status::Open;
    QString ignoreReason;
    QDateTime createdAt; // first failure
    QDateTime updatedAt; // last attempt or status change

    // A record for `error`, as the executor reports it. The error's detail becomes the server
    // message (it is redacted when stored, like the payload).
    [[nodiscard]] static FailureRecord fromError(const QString &contactId, const QString &email,
                                                 const Error &error, const QString &payload,
                                                 const QDateTime &at);

    // The stored names: "open", "retried", "ignored".
    [[nodiscard]] static QString statusName(Status status);
    [[nodiscard]] static std::optional<Status> statusFromName(const QString &name);
};

} // namespace Store
