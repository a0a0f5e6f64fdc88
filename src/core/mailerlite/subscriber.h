// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace MailerLite {

// A MailerLite Classic subscriber as the v2 API renders it. Ids are 64-bit: some accounts have
// ids beyond 2^53, which a double cannot hold. Unknown members are kept in raw.
struct Subscriber
{
    qint64 id = 0;
    QString email;
    QString name;
    QString type; // active, unsubscribed, bounced, junk, unconfirmed
    // Field values by key (built-in: name, last_name, company, country, city, phone, state,
    // zip; then custom ones), and their declared types (TEXT, NUMBER, DATE).
    QMap<QString, QString> fields;
    QMap<QString, QString> fieldTypes;
    QList<qint64> groups; // only where the response carries them (sandbox inspection)
    int sent = 0;
    int opened = 0;
    int clicked = 0;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QDateTime dateUnsubscribe;
    QJsonObject raw;

    [[nodiscard]] static Result<Subscriber> fromJson(const QJsonObject &object);

    // Unsubscribed, bounced or junk: a sync must never make such a subscriber active again on
    // its own (ARCHITECTURE.md, consent rules).
    [[nodiscard]] bool hasOptedOut() const;
};

} // namespace MailerLite
