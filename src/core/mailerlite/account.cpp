// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerlite/account.h"

#include "util/jsonfields.h"

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace MailerLite {

Account Account::fromJson(const QJsonObject &object)
{
    const QJsonObject account = object.value("account"_L1).toObject();
    return {integer(account, "id"_L1), string(account, "name"_L1), string(account, "email"_L1),
            string(account, "subdomain"_L1)};
}

} // namespace MailerLite
