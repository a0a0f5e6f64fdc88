// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace Ghl {

// An appointment of a GHL contact (GET /contacts/:id/appointments, "events"). Read-only here.
struct Appointment
{
    QString id;
    QString contactId;
    QString calendarId;
    QString title;
    QString status; // event status
    QString appointmentStatus; // confirmed, cancelled, showed, noshow, ...
    QString address;
    QString notes;
    QDateTime startTime;
    QDateTime endTime;
    QJsonObject raw;

    [[nodiscard]] static Result<Appointment> fromJson(const QJsonObject &object);
};

} // namespace Ghl
