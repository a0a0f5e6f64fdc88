// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/fieldvalues.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sync {

// One thing a sync will do (or deliberately not do) for one GHL contact or one MailerLite
// subscriber, with the values before and after and the reason. A plain value.
struct PlanItem
{
    enum class Action {
        Create, // new MailerLite subscriber
        Update, // fields, name or groups of an existing subscriber change
        Unsubscribe, // GHL email DND, or mirror mode: the contact left the synced set
        RemoveFromGroups, // mirror mode or email change policy: only group memberships go
        SkipUnchanged,
        SkipInvalid, // the record would be rejected (bad email, bad field value...)
        BlockedByConsent, // e.g. unsubscribed in MailerLite and resubscribing is not allowed
        Duplicate, // another GHL contact with the same email wins
    };

    // Set by the user in the preview: apply this item regardless of the default, or skip it.
    enum class Override { None, Skip, Force };

    Action action = Action::SkipUnchanged;
    Override override = Override::None;
    QString contactId; // GHL contact id; empty for subscriber-only items (mirror clean-up)
    QString email; // as it will be sent (trimmed)
    qint64 subscriberId = 0; // MailerLite id when known
    QString name;
    // Field values by MailerLite key: what MailerLite has (as far as we know) and what it gets.
    // A plan holds them for every contact, hence the compact type (see FieldValues).
    Mapping::FieldValues before;
    Mapping::FieldValues after;
    // Group ids to join and leave.
    QList<qint64> groupsAdd;
    QList<qint64> groupsRemove;
    // Groups to join that the executor creates first (by name; their ids are not known yet).
    QStringList groupNamesAdd;
    // Status change, if any ("active" -> "unsubscribed").
    QString typeBefore;
    QString typeAfter;
    bool resubscribe = false; // only with the profile's explicit permission
    QString reason; // why, in words a user understands (translated)
    QString payloadHash; // what the link stores once this item is applied
    QString previousEmail; // email change: the subscriber that gets the profile's policy

    // Whether executing this item changes anything in MailerLite.
    [[nodiscard]] bool isWrite() const;
    // Whether the executor will send it, honouring the override.
    [[nodiscard]] bool willApply() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<PlanItem> fromJson(const QJsonObject &object);

    [[nodiscard]] static QString actionName(Action action);
    [[nodiscard]] static std::optional<Action> actionFromName(const QString &name);
};

} // namespace Sync
