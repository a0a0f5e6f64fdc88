// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/customfielddef.h"
#include "mailerlite/field.h"
#include "mapping/fieldref.h"

#include <QList>

namespace Mapping {

// Proposes GHL -> MailerLite field pairs by name, key and type ("Company Size" NUMERICAL ->
// company_size NUMBER, postalCode -> zip), each with a score (0-100) and a reason. A pair whose
// types cannot hold each other's values (GHL TEXT -> MailerLite NUMBER) is never proposed; it
// is listed as refused with the reason, so the UI can explain why. Pure functions, any thread.
class AutoMapper final
{
public:
    struct Proposal
    {
        FieldRef source;
        QString target; // MailerLite field key
        int score = 0;
        QString reason; // translated
    };

    struct Suggestions
    {
        QList<Proposal> proposals; // best first; each source and target at most once
        QList<Proposal> refused; // names matched but types do not; score is the name score
    };

    [[nodiscard]] static Suggestions propose(const QList<Ghl::CustomFieldDef> &ghlFields,
                                             const QList<MailerLite::Field> &mailerLiteFields);

    // Whether values of a GHL type (standard fields are "TEXT", "PHONE" or "DATE") fit a
    // MailerLite field type (TEXT, NUMBER, DATE).
    [[nodiscard]] static bool compatible(const QString &ghlType, const QString &mailerLiteType);
    // "Company Size", "contact.company_size" and "company_size" all give "company_size".
    [[nodiscard]] static QString normalized(const QString &name);
};

} // namespace Mapping
