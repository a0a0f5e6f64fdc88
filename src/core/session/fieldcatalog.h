// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/customfielddef.h"
#include "mailerlite/field.h"
#include "mailerlite/group.h"
#include "mapping/fieldref.h"

#include <QList>
#include <QMetaType>

#include <optional>

namespace Session {

// What the field mapper offers on both sides: the GHL fields a value can come from (standard
// fields, the notes and tasks digests, the location's contact custom fields) with their types,
// and the MailerLite fields (built-in and custom) and groups it can go to. Every GHL field has a
// stable text id ("standard:email", "custom:<id>", "digest:notes") that travels in drag data.
// A plain value type, safe to copy across threads.
class FieldCatalog final
{
public:
    struct GhlField
    {
        QString id;
        Mapping::FieldRef ref;
        QString name; // for display
        // GHL data type: TEXT, EMAIL, PHONE, DATE, NUMERICAL, MONETORY, LARGE_TEXT, ...
        QString type;
        bool custom = false;
    };

    QList<Ghl::CustomFieldDef> ghlCustomFields;
    QList<MailerLite::Field> mailerLiteFields;
    QList<MailerLite::Group> groups;

    // Standard fields and digests, then the contact custom fields in the server's order.
    [[nodiscard]] QList<GhlField> ghlFields() const;
    [[nodiscard]] std::optional<GhlField> ghlField(const QString &id) const;
    [[nodiscard]] const MailerLite::Field *mailerLiteField(const QString &key) const;
    // Adds a field MailerLite just created, or replaces the one with the same key.
    void addMailerLiteField(const MailerLite::Field &field);

    // The id a mapping source is listed under; a custom field known only by key is looked up.
    [[nodiscard]] QString idOf(const Mapping::FieldRef &ref) const;
    // The MailerLite type (TEXT, NUMBER or DATE) a new field for values of `ghlType` needs.
    [[nodiscard]] static QString mailerLiteTypeFor(const QString &ghlType);

private:
    [[nodiscard]] static QList<GhlField> builtInGhlFields();
};

} // namespace Session

Q_DECLARE_METATYPE(Session::FieldCatalog)
