// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Ghl {

// The members the v2 write DTOs of apps/contacts.json accept; the service refuses anything
// else (strict whitelist, 422 "property X should not exist"). Shared by the client, which
// sends only these, and the sandbox, which enforces them.
[[nodiscard]] const QStringList &updateContactFields(); // UpdateContactDto
[[nodiscard]] const QStringList &
createContactFields(); // CreateContactDto: + locationId, gender, companyName

} // namespace Ghl
