// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/appointment.h"
#include "ghl/note.h"
#include "ghl/task.h"
#include "mailerlite/group.h"
#include "mailerlite/subscriber.h"

#include <QList>
#include <QStringList>

namespace Session {

// What the detail panel shows for one GHL contact. Each part is read on its own; a part that
// could not be read leaves a line in `problems` (translated) instead of failing the whole.
struct ContactDetails
{
    QString contactId;
    QList<Ghl::Note> notes;
    QList<Ghl::Task> tasks;
    QList<Ghl::Appointment> appointments;
    QStringList problems;
};

// What the detail panel shows for one MailerLite subscriber: its record (type, fields) and
// the groups it belongs to.
struct SubscriberDetails
{
    QString idOrEmail; // as asked for
    MailerLite::Subscriber subscriber;
    QList<MailerLite::Group> groups;
    QStringList problems;
};

} // namespace Session
