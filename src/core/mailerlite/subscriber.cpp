// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerlite/subscriber.h"

#include "util/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace MailerLite {

Result<Subscriber> Subscriber::fromJson(const QJsonObject &object)
{
    Subscriber s;
    s.id = integer(object, "id"_L1);
    s.email = string(object, "email"_L1);
    if (s.id == 0 || s.email.isEmpty()) {
        return Error {Error::Kind::Parse,
                      QCoreApplication::translate(
                          "MailerLite", "MailerLite sent a subscriber without an id or email."),
                      u"subscriber object without id or email"_s};
    }
    s.name = string(object, "name"_L1);
    s.type = string(object, "type"_L1);
    const QJsonArray fields = object.value("fields"_L1).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject f = value.toObject();
        const QString key = string(f, "key"_L1);
        if (key.isEmpty()) {
            continue;
        }
        s.fields.insert(key, string(f, "value"_L1));
        // The docs once showed "field_type" for custom fields; accept both.
        const QString type
            = f.contains("type"_L1) ? string(f, "type"_L1) : string(f, "field_type"_L1);
        s.fieldTypes.insert(key, type);
    }
    if (s.name.isEmpty()) {
        s.name = s.fields.value(u"name"_s);
    }
    const QJsonArray groups = object.value("groups"_L1).toArray();
    for (const QJsonValue &g : groups) {
        s.groups.append(g.isObject() ? integer(g.toObject(), "id"_L1) : g.toInteger());
    }
    s.sent = int(integer(object, "sent"_L1));
    s.opened = int(integer(object, "opened"_L1));
    s.clicked = int(integer(object, "clicked"_L1));
    s.dateCreated = dateTime(object, "date_created"_L1);
    s.dateUpdated = dateTime(object, "date_updated"_L1);
    s.dateUnsubscribe = dateTime(object, "date_unsubscribe"_L1);
    s.raw = object;
    return s;
}

bool Subscriber::hasOptedOut() const
{
    return type == u"unsubscribed" || type == u"bounced" || type == u"junk";
}

} // namespace MailerLite
