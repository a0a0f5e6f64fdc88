// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace Sandbox {

// The initial state of both fake services, as the APIs render their records. Produced by
// DataGenerator (or a test by hand) and loaded with FakeGhl::load() / FakeMailerLite::load().
struct Dataset
{
    // GHL: contact objects as GET /contacts/:id renders them (without the envelope).
    QJsonArray ghlContacts;
    // GHL: notes, tasks and appointments per contact id.
    QHash<QString, QJsonArray> ghlNotes;
    QHash<QString, QJsonArray> ghlTasks;
    QHash<QString, QJsonArray> ghlAppointments;
    // GHL: custom field definitions as GET /locations/:id/customFields renders them.
    QJsonArray ghlCustomFields;

    // MailerLite: subscriber objects as GET /subscribers/:id renders them, each with an extra
    // "groups" array of group ids; groups and custom fields as their list endpoints render them.
    QJsonArray mlSubscribers;
    QJsonArray mlGroups;
    QJsonArray mlFields;
};

} // namespace Sandbox
