// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/task.h"

#include <QList>

namespace Mapping {

// Summaries of a contact's tasks for MailerLite fields. Pure functions, any thread.
class TasksDigest final
{
public:
    [[nodiscard]] static int openCount(const QList<Ghl::Task> &tasks);
    // "title (YYYY-MM-DD)" of the open task with the earliest due date; "" when none has one.
    [[nodiscard]] static QString nextDue(const QList<Ghl::Task> &tasks);
};

} // namespace Mapping
