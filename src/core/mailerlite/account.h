// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace MailerLite {

// GET /me: whose API key this is. Shown by "Test connection".
struct Account
{
    qint64 id = 0;
    QString name;
    QString email;
    QString subdomain;

    [[nodiscard]] static Account fromJson(const QJsonObject &object);
};

} // namespace MailerLite
