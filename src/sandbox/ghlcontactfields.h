// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace Sandbox {

// What a contact write needs to know about the location's custom field definitions: writes may
// name a field by id or by key ("contact.pincode" or "pincode"); numeric types read back as
// numbers.
struct GhlCustomFieldIndex
{
    QHash<QString, QString> idByKey;
    QHash<QString, QString> dataTypeById;

    [[nodiscard]] static GhlCustomFieldIndex fromDefinitions(const QJsonArray &definitions);
};

// How the real service turns a write body into the stored contact and how it renders it:
// E.164 phones, ISO birthdays, derived *LowerCase fields, custom fields as [{id, value}], empty
// values dropped from the rendering. Pure functions; see docs/research/GHL-API.md §3.
namespace GhlContactFields {

// Checks the types of a create/update body; class-validator wording.
[[nodiscard]] QStringList validate(const QJsonObject &body);
// Applies a validated body to `contact` (tags and scalar fields replace, custom fields merge by
// id) and refreshes the derived fields. Does not touch ids or dates.
void apply(QJsonObject &contact, const QJsonObject &body, const GhlCustomFieldIndex &fields);
// Recomputes firstNameLowerCase, lastNameLowerCase, fullNameLowerCase and emailLowerCase.
void derive(QJsonObject &contact);

[[nodiscard]] QString normalizePhone(const QString &phone);
// "1990-09-25T00:00:00.000Z" from any of the input formats the API documents; empty if invalid.
[[nodiscard]] QString normalizeBirthday(const QString &text);
[[nodiscard]] QString isoTime(const QDateTime &time);
// Milliseconds since the epoch of an ISO time or of a number; -1 if neither.
[[nodiscard]] qint64 toMillis(const QJsonValue &value);
// "Jane Doe" from the stored names, for the duplicate error's meta.
[[nodiscard]] QString displayName(const QJsonObject &contact);

} // namespace GhlContactFields

} // namespace Sandbox
