// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Sandbox {

// One MailerLite Classic subscriber as the fake stores it. Dates are "Y-m-d H:i:s" strings; an
// empty string stands for JSON null. Field values are stored by field key ("name", "company",
// custom keys); the email is not duplicated there.
struct MlSubscriber
{
    qint64 id = 0;
    QString email; // as first seen; identity is the lower-cased form
    QString type = QStringLiteral("active");
    int sent = 0;
    int opened = 0;
    int clicked = 0;
    QString signupIp;
    QString signupTimestamp;
    QString confirmationIp;
    QString confirmationTimestamp;
    QHash<QString, QString> values;
    QString dateUnsubscribe;
    QString dateCreated;
    QString dateUpdated;
    // Group id and the time the subscriber joined it (date_subscribe in group listings).
    QList<std::pair<qint64, QString>> groups;

    [[nodiscard]] bool inGroup(qint64 groupId) const
    {
        for (const auto &membership : groups) {
            if (membership.first == groupId) {
                return true;
            }
        }
        return false;
    }
};

} // namespace Sandbox
