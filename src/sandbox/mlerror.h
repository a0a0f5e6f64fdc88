// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sandbox {

// A refusal of the MailerLite Classic API: HTTP status plus the {"error":{"code","message"}}
// envelope's contents. Code 123 is what Classic uses for "not found / wrong data".
struct MlError
{
    int status = 400;
    int code = 123;
    QString message;
};

} // namespace Sandbox
