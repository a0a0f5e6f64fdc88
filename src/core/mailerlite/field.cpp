// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerlite/field.h"

#include "util/jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace MailerLite {

Result<Field> Field::fromJson(const QJsonObject &object)
{
    Field f;
    f.id = integer(object, "id"_L1);
    f.key = string(object, "key"_L1);
    if (f.key.isEmpty()) {
        return Error {
            Error::Kind::Parse,
            QCoreApplication::translate("MailerLite", "MailerLite sent a field without a key."),
            u"field object without key"_s};
    }
    f.title = string(object, "title"_L1);
    f.type = string(object, "type"_L1);
    f.raw = object;
    return f;
}

bool Field::isBuiltIn() const
{
    static const QStringList builtIn
        = {u"email"_s, u"name"_s,  u"last_name"_s, u"company"_s, u"country"_s,
           u"city"_s,  u"phone"_s, u"state"_s,     u"zip"_s};
    return builtIn.contains(key);
}

} // namespace MailerLite
