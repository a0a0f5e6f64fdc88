// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/tasksdigest.h"

#include "mapping/notesdigest.h"

using namespace Qt::StringLiterals;

namespace Mapping {

int TasksDigest::openCount(const QList<Ghl::Task> &tasks)
{
    return static_cast<int>(
        std::count_if(tasks.begin(), tasks.end(), [](const Ghl::Task &t) { return !t.completed; }));
}

QString TasksDigest::nextDue(const QList<Ghl::Task> &tasks)
{
    const Ghl::Task *next = nullptr;
    for (const Ghl::Task &task : tasks) {
        if (task.completed || !task.dueDate.isValid()) {
            continue;
        }
        // Ties on the due date go to the smaller id, so the result does not depend on order.
        if (!next || task.dueDate < next->dueDate
            || (task.dueDate == next->dueDate && task.id < next->id)) {
            next = &task;
        }
    }
    if (!next) {
        return {};
    }
    const QString date = next->dueDate.toUTC().date().toString(Qt::ISODate);
    return NotesDigest::plainText(next->title) % u" ("_s % date % u')';
}

} // namespace Mapping
