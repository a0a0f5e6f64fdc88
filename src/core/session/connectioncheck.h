// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

namespace Session {

// The outcome of testing a GHL token against its location. A plain value.
struct GhlCheck
{
    bool ok = false; // the token reads the location's contacts
    Error error; // why not, when !ok
    QString locationName; // empty when the token may not read the location (no scope)
    qint64 contactCount = 0;
    // Whether the token may write contacts (scope contacts.write); when not, `writeNote` says
    // why, for the disabled edit actions.
    bool canWrite = false;
    QString writeNote;
};

// The outcome of testing a MailerLite API key. A plain value.
struct MailerLiteCheck
{
    bool ok = false;
    Error error;
    QString accountName;
    QString accountEmail;
};

} // namespace Session
