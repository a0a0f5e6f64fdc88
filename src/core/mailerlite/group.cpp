// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerlite/group.h"

#include "util/jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace MailerLite {

Result<Group> Group::fromJson(const QJsonObject &object)
{
    Group g;
    g.id = integer(object, "id"_L1);
    if (g.id == 0) {
        return Error {
            Error::Kind::Parse,
            QCoreApplication::translate("MailerLite", "MailerLite sent a group without an id."),
            u"group object without id"_s};
    }
    g.name = string(object, "name"_L1);
    g.total = int(integer(object, "total"_L1));
    g.active = int(integer(object, "active"_L1));
    g.unsubscribed = int(integer(object, "unsubscribed"_L1));
    g.bounced = int(integer(object, "bounced"_L1));
    g.unconfirmed = int(integer(object, "unconfirmed"_L1));
    g.junk = int(integer(object, "junk"_L1));
    g.dateCreated = dateTime(object, "date_created"_L1);
    g.dateUpdated = dateTime(object, "date_updated"_L1);
    g.raw = object;
    return g;
}

} // namespace MailerLite
