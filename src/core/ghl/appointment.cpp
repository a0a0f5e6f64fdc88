// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/appointment.h"

#include "util/jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace Ghl {

Result<Appointment> Appointment::fromJson(const QJsonObject &object)
{
    Appointment a;
    a.id = string(object, "id"_L1);
    if (a.id.isEmpty()) {
        return Error {
            Error::Kind::Parse,
            QCoreApplication::translate("Ghl", "GoHighLevel sent an appointment without an id."),
            u"appointment object without id"_s};
    }
    a.contactId = string(object, "contactId"_L1);
    a.calendarId = string(object, "calendarId"_L1);
    a.title = string(object, "title"_L1);
    a.status = string(object, "status"_L1);
    a.appointmentStatus = string(object, "appointmentStatus"_L1);
    a.address = string(object, "address"_L1);
    a.notes = string(object, "notes"_L1);
    a.startTime = dateTime(object, "startTime"_L1);
    a.endTime = dateTime(object, "endTime"_L1);
    a.raw = object;
    return a;
}

} // namespace Ghl
