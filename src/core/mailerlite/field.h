// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonObject>

namespace MailerLite {

// A MailerLite Classic subscriber field, built-in (email, name, last_name, company, ...) or
// custom. Values are written by key.
struct Field
{
    qint64 id = 0;
    QString title;
    QString key;
    QString type; // TEXT, NUMBER or DATE
    QJsonObject raw;

    [[nodiscard]] static Result<Field> fromJson(const QJsonObject &object);
    [[nodiscard]] bool isBuiltIn() const;
};

} // namespace MailerLite
