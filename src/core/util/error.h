// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// An expected failure, carried as a value. `message` is translated and shown to the user;
// `detail` is technical and only ever goes to the log. Neither may contain a secret.
struct Error
{
    enum class Kind {
        Network, // connection refused, DNS, TLS, dropped connection
        Timeout, // no answer within the transfer timeout
        Http, // a non-2xx answer that fits no other kind
        Auth, // 401/403: credentials missing, wrong, expired or lacking a scope
        RateLimited, // 429 after every retry was spent
        Parse, // the server answered something that is not the JSON we expect
        Validation, // the input (a record, a field, a file) is invalid
        NotFound,
        Conflict, // e.g. a duplicate contact
        Storage, // SQLite, file system, full disk
        Keychain, // the OS keychain is missing, locked or refused access
        Config, // a setting is missing or wrong
        Cancelled, // the user cancelled: a normal outcome, never an error dialog
        Internal, // a survivable "impossible" case
    };

    Kind kind = Kind::Internal;
    QString message;
    QString detail;
    int httpStatus = 0;

    [[nodiscard]] static QString kindName(Kind kind);
    // "kind: message (detail)" for log lines.
    [[nodiscard]] QString toLogString() const;
};

Q_DECLARE_METATYPE(Error)
