// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace Sandbox {

// One MailerLite Classic group. The per-type counters are kept in step with every membership
// and type change, so rendering a group never scans its members.
struct MlGroup
{
    qint64 id = 0;
    QString name;
    int sent = 0;
    int opened = 0;
    int clicked = 0;
    QString dateCreated; // empty stands for null
    QString dateUpdated;
    std::vector<qint64> members; // subscriber ids in join order
    QHash<QString, int> countByType; // "active" -> 3, ...
};

} // namespace Sandbox
