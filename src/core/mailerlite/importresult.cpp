// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerlite/importresult.h"

#include "util/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace MailerLite {

namespace {

QList<ImportResult::Entry> entries(const QJsonObject &object, QLatin1StringView key)
{
    QList<ImportResult::Entry> list;
    const QJsonArray array = object.value(key).toArray();
    list.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject e = value.toObject();
        list.append({integer(e, "id"_L1), string(e, "email"_L1), string(e, "message"_L1)});
    }
    return list;
}

} // namespace

ImportResult ImportResult::fromJson(const QJsonObject &object)
{
    return {entries(object, "imported"_L1), entries(object, "updated"_L1),
            entries(object, "unchanged"_L1), entries(object, "errors"_L1)};
}

} // namespace MailerLite
