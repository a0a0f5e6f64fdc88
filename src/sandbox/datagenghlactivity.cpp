// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DataGenGhl, second part: custom field values, notes, tasks and appointments.
#include "datagenformat.h"
#include "datagenghl.h"
#include "datagennames.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

constexpr qint64 s_msPerDay = 86400000;
constexpr qint64 s_msPerMinute = 60000;
// Notes per contact, 0 to 5, and tasks per contact, 0 to 3.
constexpr int s_noteCountWeights[] = {55, 20, 10, 7, 5, 3};
constexpr int s_taskCountWeights[] = {65, 20, 10, 5};

} // namespace

QString DataGenGhl::sentence(int minWords, int maxWords)
{
    const int count = static_cast<int>(m_rng.between(minWords, maxWords));
    QString text;
    text.reserve(count * 8);
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            text += u' ';
        }
        text += m_rng.pick(DataGen::words());
    }
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
        text += u'.';
    }
    return text;
}

QJsonValue DataGenGhl::customValue(const FieldDefinition &field)
{
    const QString &type = field.dataType;
    if (type == u"TEXT") {
        return sentence(1, 3);
    }
    if (type == u"LARGE_TEXT") {
        return sentence(20, 60);
    }
    if (type == u"NUMERICAL") {
        return m_rng.between(0, 5000);
    }
    if (type == u"PHONE") {
        return makePhone();
    }
    if (type == u"MONETORY") {
        return static_cast<double>(m_rng.between(0, 10000000)) / 100.0;
    }
    if (type == u"CHECKBOX" || type == u"MULTIPLE_OPTIONS") {
        QJsonArray chosen;
        for (const QString &option : field.options) {
            if (m_rng.chance(0.5)) {
                chosen.append(option);
            }
        }
        if (chosen.isEmpty()) {
            chosen.append(field.options.first());
        }
        return chosen;
    }
    if (type == u"SINGLE_OPTIONS" || type == u"RADIO") {
        return field.options[m_rng.below(field.options.size())];
    }
    if (type == u"DATE") {
        // Observed GHL responses carry dates as epoch milliseconds at midnight UTC.
        const qint64 day = m_epochMs / s_msPerDay - m_rng.between(0, 730);
        return day * s_msPerDay;
    }
    if (type == u"TEXTBOX_LIST") {
        QJsonArray entries;
        const int count = static_cast<int>(m_rng.between(1, field.options.size()));
        for (int i = 0; i < count; ++i) {
            entries.append(
                m_rng.pick(DataGen::firstNames(DataGen::Script::Latin)).native.toString());
        }
        return entries;
    }
    // EMAIL
    return DataGen::uniqueEmail(m_rng, u"billing", u"dept", m_emailSerial++);
}

QJsonArray DataGenGhl::makeCustomValues(const QString &hostileValue)
{
    QJsonArray values;
    const bool hostileText = !hostileValue.isEmpty() && m_rng.chance(0.5);
    if (!hostileText && !m_rng.chance(0.6)) {
        return values;
    }
    for (const FieldDefinition &field : std::as_const(m_fields)) {
        // The first field is TEXT: the hostile value goes there.
        if (hostileText && &field == &m_fields.first()) {
            values.append(DataGen::jsonObject({{"id"_L1, field.id}, {"value"_L1, hostileValue}}));
            continue;
        }
        if (m_rng.chance(0.3)) {
            values.append(
                DataGen::jsonObject({{"id"_L1, field.id}, {"value"_L1, customValue(field)}}));
        }
    }
    return values;
}

void DataGenGhl::makeNotes(const QString &contactId, qint64 added, const QString &hostileValue)
{
    const int count = m_rng.weighted(s_noteCountWeights);
    if (count == 0) {
        return;
    }
    QJsonArray notes;
    for (int i = 0; i < count; ++i) {
        QString body;
        const double kind = m_rng.real();
        if (i == 0 && !hostileValue.isEmpty()) {
            body = hostileValue;
        } else if (kind < 0.10) {
            body = sentence(350, 1000);
        } else if (kind < 0.20) {
            body = m_rng.pick(DataGen::htmlNotes()).toString();
        } else {
            body = sentence(3, 25);
        }
        const qint64 at = m_rng.between(added, m_epochMs - 1);
        notes.append(DataGen::jsonObject({{"id"_L1, m_rng.ghlId()},
                                          {"body"_L1, body},
                                          {"userId"_L1, user()},
                                          {"dateAdded"_L1, DataGen::isoMs(at)},
                                          {"contactId"_L1, contactId}}));
    }
    m_out.ghlNotes.insert(contactId, notes);
}

void DataGenGhl::makeTasks(const QString &contactId)
{
    const int count = m_rng.weighted(s_taskCountWeights);
    if (count == 0) {
        return;
    }
    QJsonArray tasks;
    for (int i = 0; i < count; ++i) {
        // Due on the hour, 60 days before to 90 days after the epoch.
        const qint64 hours = m_rng.between(-60 * 24, 90 * 24);
        const qint64 due = m_epochMs + hours * 60 * s_msPerMinute;
        tasks.append(
            DataGen::jsonObject({{"id"_L1, m_rng.ghlId()},
                                 {"title"_L1, m_rng.pick(DataGen::taskTitles()).toString()},
                                 {"body"_L1, sentence(0, 12)},
                                 {"dueDate"_L1, DataGen::isoMs(due)},
                                 {"completed"_L1, m_rng.chance(0.4)},
                                 {"contactId"_L1, contactId},
                                 {"assignedTo"_L1, user()}}));
    }
    m_out.ghlTasks.insert(contactId, tasks);
}

void DataGenGhl::makeAppointments(const QString &contactId, qint64 added)
{
    if (!m_rng.chance(0.03)) {
        return;
    }
    QJsonArray events;
    const int count = static_cast<int>(m_rng.between(1, 2));
    for (int i = 0; i < count; ++i) {
        // On a quarter hour between the contact's creation and 30 days after the epoch.
        const qint64 quarters = m_rng.between(added / (15 * s_msPerMinute) + 1,
                                              (m_epochMs + 30 * s_msPerDay) / (15 * s_msPerMinute));
        const qint64 start = quarters * 15 * s_msPerMinute;
        const qint64 end = start + (m_rng.chance(0.5) ? 30 : 60) * s_msPerMinute;
        const qint64 booked = m_rng.between(added, std::min(start, m_epochMs - 1));
        const QString status = m_rng.pick(DataGen::appointmentStatuses()).toString();
        const QString assigned = user();
        events.append(DataGen::jsonObject(
            {{"id"_L1, m_rng.ghlId()},
             {"calendarId"_L1, m_calendars[m_rng.below(m_calendars.size())]},
             {"status"_L1, status},
             {"title"_L1, m_rng.pick(DataGen::appointmentTitles()).toString()},
             {"assignedUserId"_L1, assigned},
             {"notes"_L1, sentence(0, 10)},
             {"startTime"_L1, DataGen::spaced(start)},
             {"endTime"_L1, DataGen::spaced(end)},
             {"address"_L1, m_rng.chance(0.5) ? u"https://meet.example/room"_s : u"Zoom"_s},
             {"locationId"_L1, m_options.locationId},
             {"contactId"_L1, contactId},
             {"groupId"_L1, m_calendars.first()},
             {"appointmentStatus"_L1, status},
             {"users"_L1, QJsonArray {assigned}},
             {"dateAdded"_L1, DataGen::spaced(booked)},
             {"dateUpdated"_L1, DataGen::spaced(booked)},
             {"assignedResources"_L1, QJsonArray()}}));
    }
    m_out.ghlAppointments.insert(contactId, events);
}

} // namespace Sandbox
