// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Sync {

// What MailerLite really has for one subscriber, as read by a full reconcile.
struct RemoteSubscriber
{
    qint64 id = 0;
    QString email;
    QString type;
    QString name;
    QMap<QString, QString> fields;
    QList<qint64> groups;
};

} // namespace Sync
