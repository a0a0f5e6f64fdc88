// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/contactwritefields.h"

using namespace Qt::StringLiterals;

namespace Ghl {

const QStringList &updateContactFields()
{
    static const QStringList fields {u"firstName"_s,   u"lastName"_s,
                                     u"name"_s,        u"email"_s,
                                     u"phone"_s,       u"address1"_s,
                                     u"city"_s,        u"state"_s,
                                     u"postalCode"_s,  u"website"_s,
                                     u"timezone"_s,    u"dnd"_s,
                                     u"dndSettings"_s, u"inboundDndSettings"_s,
                                     u"tags"_s,        u"customFields"_s,
                                     u"source"_s,      u"dateOfBirth"_s,
                                     u"country"_s,     u"assignedTo"_s};
    return fields;
}

const QStringList &createContactFields()
{
    static const QStringList fields
        = updateContactFields() + QStringList {u"locationId"_s, u"gender"_s, u"companyName"_s};
    return fields;
}

} // namespace Ghl
