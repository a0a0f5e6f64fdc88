// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpexchange.h"

#include <QStringList>

namespace Sandbox {

// The GHL v2 answers as the real service words them (NestJS bodies: {statusCode, message[, error]},
// `message` an array for validation errors). Every JSON body carries a fresh traceId, as the real
// API promises for "every response". Sources: docs/research/GHL-API.md §7 and §11.6.
namespace GhlErrors {

// Any JSON answer: adds the traceId.
[[nodiscard]] HttpResponse reply(int status, QJsonObject body);

[[nodiscard]] HttpResponse badRequest(const QString &message);
[[nodiscard]] HttpResponse unauthorized(const QString &message);
[[nodiscard]] HttpResponse forbiddenLocation();
[[nodiscard]] HttpResponse unprocessable(const QStringList &messages);
[[nodiscard]] HttpResponse duplicateContact(const QString &contactId, const QString &contactName,
                                            const QString &matchingField);
// Unknown ids inside /contacts/...: the real service answers 400 "Contact with id X not found"
// (observed for GET; research §7, §15 leaves 404 open), so every contact-scoped route does.
[[nodiscard]] HttpResponse notFoundEntity(const QString &entity, const QString &id);
[[nodiscard]] HttpResponse unknownRoute(const QByteArray &method, const QString &path);
[[nodiscard]] HttpResponse tooManyRequests();
[[nodiscard]] HttpResponse serverError(int status);

// class-validator's whitelist: one "property X should not exist" per key not in `allowed`.
[[nodiscard]] QStringList unknownProperties(const QJsonObject &body, const QStringList &allowed);

} // namespace GhlErrors

} // namespace Sandbox
