// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace MailerLite {

// What we send to create, update or import a subscriber. Fields go out as an object keyed by
// field key: the real service silently ignores the [{key, value}] array form.
struct SubscriberInput
{
    QString email; // required for create and import; MailerLite cannot change it later
    std::optional<QString> name;
    QMap<QString, QString> fields;
    std::optional<QString> type; // active, unsubscribed or unconfirmed
    // Reactivates an unsubscribed subscriber. Only ever true when the profile explicitly allows
    // resubscribing: the consent rules depend on it staying false by default.
    bool resubscribe = false;

    // For POST /subscribers and POST /groups/:id/subscribers.
    [[nodiscard]] QJsonObject toCreateJson() const;
    // For PUT /subscribers/:id: no email (immutable) and no resubscribe flag.
    [[nodiscard]] QJsonObject toUpdateJson() const;
    // One element of an import's "subscribers" array.
    [[nodiscard]] QJsonObject toImportJson() const;
};

} // namespace MailerLite
