// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

namespace Api {

class ApiCall;

// Turns what GoHighLevel v2 answers into errors a user can act on. The server's texts are
// distinct enough to tell apart a missing scope, a token of another location, a missing Version
// header, an invalid or expired token, a duplicate contact and a refused property (research
// GHL-API.md §7, §11.6). The detail starts with a fixed tag ("invalid-token: ...") so callers can
// recognise a case without parsing the translated message. Pure functions; any thread.
namespace GhlErrors {

// The scopes GHL checks, for naming what a token lacks.
inline constexpr auto ScopeContactsRead = "contacts.readonly";
inline constexpr auto ScopeContactsWrite = "contacts.write";
inline constexpr auto ScopeCustomFieldsRead = "locations/customFields.readonly";

// `generic` is what HttpClient made of the answer; `scope` is what the operation needs.
[[nodiscard]] Error explain(const Error &generic, int httpStatus, const QString &serverMessage,
                            const QByteArray &rawBody, const QString &scope);
[[nodiscard]] Error explain(const Error &generic, const ApiCall &call, const QString &scope);

// True for a 401 that a new access token could cure ("Invalid JWT", expired token).
[[nodiscard]] bool isInvalidToken(const Error &error);
// The id of the existing contact a duplicate-contact Conflict names; empty otherwise.
[[nodiscard]] QString existingContactId(const Error &error);
// The error after a 401 when renewing the token failed as well.
[[nodiscard]] Error renewalFailed(const Error &cause);

} // namespace GhlErrors

} // namespace Api
