// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/error.h"

using namespace Qt::StringLiterals;

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::Auth:
        return u"auth"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Parse:
        return u"parse"_s;
    case Kind::Validation:
        return u"validation"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::Storage:
        return u"storage"_s;
    case Kind::Keychain:
        return u"keychain"_s;
    case Kind::Config:
        return u"config"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Internal:
        return u"internal"_s;
    }
    return u"internal"_s;
}

QString Error::toLogString() const
{
    QString line = kindName(kind) % u": "_s % message;
    if (httpStatus != 0) {
        line += u" [HTTP %1]"_s.arg(httpStatus);
    }
    if (!detail.isEmpty()) {
        line += u" ("_s % detail % u')';
    }
    return line;
}
