// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerlite/subscriberinput.h"

using namespace Qt::StringLiterals;

namespace MailerLite {

namespace {

QJsonObject fieldsObject(const QMap<QString, QString> &fields)
{
    QJsonObject object;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

} // namespace

QJsonObject SubscriberInput::toCreateJson() const
{
    QJsonObject body = toUpdateJson();
    body.insert("email"_L1, email);
    if (resubscribe) {
        body.insert("resubscribe"_L1, true);
    }
    return body;
}

QJsonObject SubscriberInput::toUpdateJson() const
{
    QJsonObject body;
    if (name) {
        body.insert("name"_L1, *name);
    }
    if (!fields.isEmpty()) {
        body.insert("fields"_L1, fieldsObject(fields));
    }
    if (type) {
        body.insert("type"_L1, *type);
    }
    return body;
}

QJsonObject SubscriberInput::toImportJson() const
{
    QJsonObject item {{"email"_L1, email}};
    if (name) {
        item.insert("name"_L1, *name);
    }
    if (!fields.isEmpty()) {
        item.insert("fields"_L1, fieldsObject(fields));
    }
    return item;
}

} // namespace MailerLite
