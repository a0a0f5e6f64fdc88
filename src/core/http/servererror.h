// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

namespace Api {

// What an error body says, in the shapes the two services use:
//  GHL v2      {"statusCode":422,"message":["property x should not exist"],"error":"..."}
//  GHL v1      {"msg":"Unauthorized"} or {"email":{"message":"...","rule":"required"}}
//  MailerLite  {"error":{"code":302,"message":"API-Key Unauthorized"}}
// A plain value; API clients use it to pick a plain-language message.
struct ServerError
{
    QString message; // several messages are joined with "; "; empty when none was found
    int code = 0; // MailerLite's error code, 0 when absent

    [[nodiscard]] static ServerError fromBody(const QByteArray &body);
};

// The Error kind for a non-2xx HTTP status.
[[nodiscard]] Error::Kind errorKindForStatus(int httpStatus);

} // namespace Api
