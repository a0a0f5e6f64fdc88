// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace Ghl {

// A task on a GHL contact (GET /contacts/:id/tasks). Unknown members are kept in raw.
struct Task
{
    QString id;
    QString contactId;
    QString title;
    QString body;
    QString assignedTo;
    QDateTime dueDate;
    bool completed = false;
    QJsonObject raw;

    [[nodiscard]] static Result<Task> fromJson(const QJsonObject &object);
};

} // namespace Ghl
