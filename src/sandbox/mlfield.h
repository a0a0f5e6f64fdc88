// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sandbox {

// One MailerLite Classic field definition (built-in or custom). Built-in fields render their
// dates as "" (not null), as GET /fields does.
struct MlField
{
    qint64 id = 0;
    QString title;
    QString key;
    QString type = QStringLiteral("TEXT"); // TEXT, NUMBER or DATE
    QString dateCreated;
    QString dateUpdated;
    bool builtIn = false;
};

} // namespace Sandbox
