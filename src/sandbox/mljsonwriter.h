// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace Sandbox {

// Writes compact JSON text the way MailerLite Classic orders its keys. QJsonDocument sorts
// object keys alphabetically, which would put a subscriber's "clicked" before its "id"; clients
// never depend on key order, but the fake promises byte-level resemblance to the recorded
// responses. Each object is written in the order of the first known record shape that holds
// all of its keys (subscriber, field value, field, group, import result, ...); anything else
// keeps QJsonObject's order. Integers are written exactly, also beyond 2^53.
// Stateless; usable from any thread.
class MlJsonWriter final
{
public:
    [[nodiscard]] static QByteArray write(const QJsonValue &value);

private:
    static void append(QByteArray &out, const QJsonValue &value);
    static void appendString(QByteArray &out, const QString &text);
};

} // namespace Sandbox
