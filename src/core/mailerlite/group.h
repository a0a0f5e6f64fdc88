// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace MailerLite {

// A MailerLite Classic group with its member counters.
struct Group
{
    qint64 id = 0;
    QString name;
    int total = 0;
    int active = 0;
    int unsubscribed = 0;
    int bounced = 0;
    int unconfirmed = 0;
    int junk = 0;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QJsonObject raw;

    [[nodiscard]] static Result<Group> fromJson(const QJsonObject &object);
};

} // namespace MailerLite
