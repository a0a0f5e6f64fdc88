// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mapping {

// One thing MailerLite would reject about a desired subscriber, found before any write.
struct PreflightIssue
{
    QString contactId;
    QString field; // MailerLite key ("email", "phone", "company_size")
    // Stable machine code: email-missing, email-invalid, phone-invalid, number-invalid,
    // date-invalid, text-too-long, transform-failed.
    QString code;
    QString message; // translated, for the user

    bool operator==(const PreflightIssue &other) const = default;
};

} // namespace Mapping
