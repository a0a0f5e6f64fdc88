// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace Store {

// The stored identity of one synced contact: which MailerLite subscriber it became, what was
// last pushed (as a hash) and what we last knew of the subscriber's status and groups. A value.
struct Link
{
    QString contactId;
    qint64 subscriberId = 0;
    QString email;
    QString payloadHash;
    QString name; // name and fields as last pushed: the "before" of a diff
    QMap<QString, QString> fields;
    QString subscriberType; // last known MailerLite type; empty when unknown
    QList<qint64> groups; // group memberships last pushed by a sync
    QDateTime syncedAt;

    [[nodiscard]] QString emailKey() const { return email.trimmed().toLower(); }
};

} // namespace Store
