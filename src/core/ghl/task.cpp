// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/task.h"

#include "util/jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace Ghl {

Result<Task> Task::fromJson(const QJsonObject &object)
{
    Task t;
    t.id = string(object, "id"_L1);
    if (t.id.isEmpty()) {
        return Error {Error::Kind::Parse,
                      QCoreApplication::translate("Ghl", "GoHighLevel sent a task without an id."),
                      u"task object without id"_s};
    }
    t.contactId = string(object, "contactId"_L1);
    t.title = string(object, "title"_L1);
    t.body = string(object, "body"_L1);
    t.assignedTo = string(object, "assignedTo"_L1);
    t.dueDate = dateTime(object, "dueDate"_L1);
    t.completed = boolean(object, "completed"_L1);
    t.raw = object;
    return t;
}

} // namespace Ghl
