// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace MailerLite {

// The synchronous answer of POST /groups/:id/subscribers/import.
struct ImportResult
{
    struct Entry
    {
        qint64 id = 0;
        QString email;
        QString message; // for errors
    };

    QList<Entry> imported;
    QList<Entry> updated;
    QList<Entry> unchanged;
    QList<Entry> errors;

    [[nodiscard]] static ImportResult fromJson(const QJsonObject &object);
};

} // namespace MailerLite
