// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Ghl {

// A GHL contact as the v2 API renders it. The standard fields are typed; everything else the
// service sends (attribution, followers, fields added after this was written) stays in raw()
// and goes back out unchanged through toJson(). raw() holds only those other members (and a
// dndSettings or date member the typed fields could not read), not a second copy of the typed
// ones. A plain value type, safe to copy across threads.
class Contact
{
public:
    struct DndSetting
    {
        QString status; // "active" means do-not-disturb is on for the channel
        QString message;
        QString code;
    };

    struct CustomFieldValue
    {
        QString id;
        QJsonValue value;
    };

    [[nodiscard]] static Result<Contact> fromJson(const QJsonObject &object);
    [[nodiscard]] QJsonObject toJson() const;

    // True when the contact must not receive email: global DND, or DND on the Email channel.
    [[nodiscard]] bool emailDndActive() const;
    [[nodiscard]] QJsonValue customFieldValue(const QString &fieldId) const;
    [[nodiscard]] QString fullName() const;

    QString id;
    QString locationId;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString companyName;
    QString address1;
    QString city;
    QString state;
    QString country;
    QString postalCode;
    QString website;
    QString timezone;
    QString source;
    QString type;
    QString businessId;
    QString assignedTo;
    QString dateOfBirth;
    bool dnd = false;
    QMap<QString, DndSetting> dndSettings; // by channel: Email, SMS, Call, WhatsApp, GMB, FB
    QStringList tags;
    QList<CustomFieldValue> customFields;
    QDateTime dateAdded;
    QDateTime dateUpdated;

    // The members the typed fields do not hold.
    [[nodiscard]] QJsonObject raw() const;

private:
    // raw() as compact JSON text: a QJsonObject costs about four times as much memory, and
    // only toJson() and the odd look-up read these members.
    QByteArray m_raw;
};

} // namespace Ghl
