// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace Ghl {

// A note on a GHL contact (GET /contacts/:id/notes). Unknown members are kept in raw.
struct Note
{
    QString id;
    QString contactId;
    QString title;
    QString body;
    QString userId;
    bool pinned = false;
    QDateTime dateAdded;
    QJsonObject raw;

    [[nodiscard]] static Result<Note> fromJson(const QJsonObject &object);
};

} // namespace Ghl
