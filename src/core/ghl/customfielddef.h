// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QStringList>

namespace Ghl {

// The definition of a GHL custom field (GET /locations/:id/customFields).
struct CustomFieldDef
{
    QString id;
    QString name;
    QString fieldKey; // "contact.pincode"
    QString dataType; // TEXT, LARGE_TEXT, NUMERICAL, PHONE, MONETORY (sic), CHECKBOX, ...
    QString model; // contact or opportunity
    QStringList picklistOptions;
    QJsonObject raw;

    [[nodiscard]] static Result<CustomFieldDef> fromJson(const QJsonObject &object);
};

} // namespace Ghl
