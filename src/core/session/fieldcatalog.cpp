// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/fieldcatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Session {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Session::FieldCatalog", text);
}

} // namespace

QList<FieldCatalog::GhlField> FieldCatalog::builtInGhlFields()
{
    using S = Mapping::FieldRef::Standard;
    // Types as AutoMapper judges them, so a drop is refused exactly when it would be refused.
    const QList<std::pair<S, QString>> standard = {
        {S::Email, u"EMAIL"_s},      {S::FirstName, u"TEXT"_s},  {S::LastName, u"TEXT"_s},
        {S::FullName, u"TEXT"_s},    {S::Phone, u"PHONE"_s},     {S::CompanyName, u"TEXT"_s},
        {S::Address1, u"TEXT"_s},    {S::City, u"TEXT"_s},       {S::State, u"TEXT"_s},
        {S::Country, u"TEXT"_s},     {S::PostalCode, u"TEXT"_s}, {S::Website, u"TEXT"_s},
        {S::Timezone, u"TEXT"_s},    {S::Source, u"TEXT"_s},     {S::Type, u"TEXT"_s},
        {S::DateOfBirth, u"DATE"_s}, {S::DateAdded, u"DATE"_s},  {S::DateUpdated, u"DATE"_s},
    };
    QList<GhlField> out;
    for (const auto &[field, type] : standard) {
        const Mapping::FieldRef ref = Mapping::FieldRef::standard(field);
        out.append({u"standard:"_s + Mapping::FieldRef::standardName(field), ref,
                    Mapping::FieldRef::standardName(field), type, false});
    }
    out.append({u"digest:notes"_s, Mapping::FieldRef::notesDigest(), tr("Notes digest"),
                u"LARGE_TEXT"_s, false});
    out.append({u"digest:openTasks"_s, Mapping::FieldRef::openTaskCount(), tr("Open task count"),
                u"NUMERICAL"_s, false});
    out.append({u"digest:nextTask"_s, Mapping::FieldRef::nextDueTask(), tr("Next due task"),
                u"TEXT"_s, false});
    return out;
}

QList<FieldCatalog::GhlField> FieldCatalog::ghlFields() const
{
    QList<GhlField> out = builtInGhlFields();
    for (const Ghl::CustomFieldDef &def : ghlCustomFields) {
        // Opportunity fields belong to deals, not to contacts.
        if (!def.model.isEmpty() && def.model != u"contact"_s) {
            continue;
        }
        out.append({u"custom:"_s + def.id,
                    Mapping::FieldRef::custom(def.id, def.fieldKey, def.name),
                    def.name.isEmpty() ? def.fieldKey : def.name, def.dataType, true});
    }
    return out;
}

std::optional<FieldCatalog::GhlField> FieldCatalog::ghlField(const QString &id) const
{
    const QList<GhlField> fields = ghlFields();
    for (const GhlField &field : fields) {
        if (field.id == id) {
            return field;
        }
    }
    return std::nullopt;
}

const MailerLite::Field *FieldCatalog::mailerLiteField(const QString &key) const
{
    for (const MailerLite::Field &field : mailerLiteFields) {
        if (field.key == key) {
            return &field;
        }
    }
    return nullptr;
}

void FieldCatalog::addMailerLiteField(const MailerLite::Field &field)
{
    for (MailerLite::Field &existing : mailerLiteFields) {
        if (existing.key == field.key) {
            existing = field;
            return;
        }
    }
    mailerLiteFields.append(field);
}

QString FieldCatalog::idOf(const Mapping::FieldRef &ref) const
{
    using K = Mapping::FieldRef::Kind;
    switch (ref.kind()) {
    case K::Standard:
        return u"standard:"_s + Mapping::FieldRef::standardName(ref.standardField());
    case K::Custom:
        if (ref.customId().isEmpty()) {
            for (const Ghl::CustomFieldDef &def : ghlCustomFields) {
                if (def.fieldKey == ref.customKey()) {
                    return u"custom:"_s + def.id;
                }
            }
        }
        return u"custom:"_s + ref.customId();
    case K::NotesDigest:
        return u"digest:notes"_s;
    case K::OpenTaskCount:
        return u"digest:openTasks"_s;
    case K::NextDueTask:
        return u"digest:nextTask"_s;
    case K::Tag:
        return u"tag:"_s + ref.tagName();
    }
    return {};
}

QString FieldCatalog::mailerLiteTypeFor(const QString &ghlType)
{
    const QString type = ghlType.toUpper();
    if (type == u"NUMERICAL"_s || type == u"MONETORY"_s || type == u"FLOAT"_s) {
        return u"NUMBER"_s;
    }
    if (type == u"DATE"_s) {
        return u"DATE"_s;
    }
    return u"TEXT"_s;
}

} // namespace Session
