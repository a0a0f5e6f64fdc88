// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Store {

// One row of run_items: what a run planned or did for one contact, with the field diff as
// JSON text. Empty strings are stored as NULL. A value.
struct RunItemRecord
{
    qint64 id = 0; // set when read back
    QString contactId;
    QString email;
    QString action; // Sync::PlanItem::actionName()
    QString outcome; // e.g. applied, planned, failed, skipped
    QString reason;
    QString beforeJson;
    QString afterJson;
    QDateTime createdAt;
};

} // namespace Store
