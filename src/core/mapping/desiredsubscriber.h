// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/fieldvalues.h"

#include <QList>
#include <QString>

namespace Mapping {

// The MailerLite subscriber state a GHL contact should have, as the Mapper computed it. The
// planner diffs it against what MailerLite has. A plain value type, safe to copy across threads.
struct DesiredSubscriber
{
    struct GroupRef
    {
        qint64 id = 0; // 0: only the name is known
        QString name;
        bool createIfMissing = false;

        bool operator==(const GroupRef &other) const = default;
    };

    // A mapped value that could not be produced; the field is left out of `fields`.
    struct FieldError
    {
        QString field; // MailerLite key
        QString code; // "phone-invalid", "date-invalid", "transform-failed"
        QString message; // translated

        bool operator==(const FieldError &other) const = default;
    };

    QString contactId;
    QString email; // trimmed, as the contact has it (for display)
    QString emailKey; // trimmed and lower-cased: the identity used for matching
    QString name;
    FieldValues fields; // key -> value; "" means "should be empty"
    QList<GroupRef> groups; // should be a member
    QList<GroupRef> groupsToLeave; // should not be a member (rules with removeWhenTagRemoved)
    bool optedOut = false; // GHL email DND: the subscriber must be unsubscribed
    bool inSyncedSet = true; // false when the mapping's synced tag is missing
    QList<FieldError> errors;

    [[nodiscard]] bool hasErrors() const { return !errors.isEmpty(); }
};

} // namespace Mapping
