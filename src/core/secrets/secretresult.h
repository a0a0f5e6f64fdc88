// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

#include <functional>
#include <utility>

namespace Secrets {

// The outcome of one SecretStore operation, a copyable value. `value` is set only for Found;
// `error` only for Unavailable and Denied (Error::Kind::Keychain, with a translated message that
// tells the user what to do). NotFound is a normal outcome ("not configured yet"), not an error.
struct SecretResult
{
    enum class Status {
        Found, // read: `value` holds the secret
        NotFound, // read or remove: there is no such entry
        Written, // write: stored
        Removed, // remove: deleted
        Unavailable, // no usable keychain (no backend, no session bus, ...)
        Denied, // the keychain is locked or the user refused access: offer a retry
    };

    Status status = Status::Unavailable;
    QString value;
    Error error;

    [[nodiscard]] static SecretResult of(Status status)
    {
        SecretResult r;
        r.status = status;
        return r;
    }
    [[nodiscard]] static SecretResult found(QString value)
    {
        SecretResult r = of(Status::Found);
        r.value = std::move(value);
        return r;
    }
    // `status` is Unavailable or Denied.
    [[nodiscard]] static SecretResult failed(Status status, Error error)
    {
        SecretResult r = of(status);
        r.error = std::move(error);
        return r;
    }

    [[nodiscard]] bool succeeded() const
    {
        return status != Status::Unavailable && status != Status::Denied;
    }

    // A fixed word for log lines; never includes the value.
    [[nodiscard]] static const char *statusName(Status status)
    {
        switch (status) {
        case Status::Found:
            return "found";
        case Status::NotFound:
            return "not-found";
        case Status::Written:
            return "written";
        case Status::Removed:
            return "removed";
        case Status::Unavailable:
            return "unavailable";
        case Status::Denied:
            return "denied";
        }
        return "unknown";
    }
};

// Receives the outcome of an operation, exactly once, while its context object lives.
using SecretCallback = std::function<void(const SecretResult &)>;

} // namespace Secrets
