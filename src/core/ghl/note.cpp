// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/note.h"

#include "util/jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace Ghl {

Result<Note> Note::fromJson(const QJsonObject &object)
{
    Note n;
    n.id = string(object, "id"_L1);
    if (n.id.isEmpty()) {
        return Error {Error::Kind::Parse,
                      QCoreApplication::translate("Ghl", "GoHighLevel sent a note without an id."),
                      u"note object without id"_s};
    }
    n.contactId = string(object, "contactId"_L1);
    n.title = string(object, "title"_L1);
    n.body = string(object, "body"_L1);
    n.userId = string(object, "userId"_L1);
    n.pinned = boolean(object, "pinned"_L1);
    n.dateAdded = dateTime(object, "dateAdded"_L1);
    n.raw = object;
    return n;
}

} // namespace Ghl
