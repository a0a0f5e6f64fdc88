// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/customfielddef.h"

#include "util/jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace Ghl {

Result<CustomFieldDef> CustomFieldDef::fromJson(const QJsonObject &object)
{
    CustomFieldDef d;
    d.id = string(object, "id"_L1);
    if (d.id.isEmpty()) {
        return Error {
            Error::Kind::Parse,
            QCoreApplication::translate("Ghl", "GoHighLevel sent a custom field without an id."),
            u"custom field object without id"_s};
    }
    d.name = string(object, "name"_L1);
    d.fieldKey = string(object, "fieldKey"_L1);
    d.dataType = string(object, "dataType"_L1);
    d.model = string(object, "model"_L1);
    d.picklistOptions = stringList(object, "picklistOptions"_L1);
    d.raw = object;
    return d;
}

} // namespace Ghl
