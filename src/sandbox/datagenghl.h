// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datagenerator.h"
#include "datagenrandom.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Sandbox {

// The GHL half of DataGenerator: custom field definitions, contacts and their notes, tasks and
// appointments, written into a Dataset. The shares are documented in datagenerator.h.
class DataGenGhl final
{
public:
    DataGenGhl(DataGenRandom &rng, const DataGenerator::Options &options, Dataset &out);

    void generate();

    // Indices into Dataset::ghlContacts of contacts whose email is valid and unique ignoring case.
    [[nodiscard]] const QList<int> &uniqueEmailContacts() const { return m_uniqueEmailContacts; }
    // The next unused email serial, so later addresses stay unique.
    [[nodiscard]] quint64 nextEmailSerial() const { return m_emailSerial; }

private:
    struct FieldDefinition
    {
        QString id;
        QString dataType;
        QStringList options;
    };

    void makeCustomFieldDefinitions();
    [[nodiscard]] QJsonObject makeContact(int index);
    [[nodiscard]] QString makeEmail(QStringView first, QStringView last, bool *unique);
    [[nodiscard]] QString makePhone();
    [[nodiscard]] QJsonValue makeDndSettings(bool emailDnd);
    [[nodiscard]] QJsonArray makeTags();
    [[nodiscard]] QJsonArray makeCustomValues(const QString &hostileValue);
    [[nodiscard]] QJsonValue customValue(const FieldDefinition &field);
    [[nodiscard]] QString sentence(int minWords, int maxWords);
    [[nodiscard]] QString longName(QStringView seed);
    void makeNotes(const QString &contactId, qint64 added, const QString &hostileValue);
    void makeTasks(const QString &contactId);
    void makeAppointments(const QString &contactId, qint64 added);
    [[nodiscard]] const QString &user() { return m_users[m_rng.below(m_users.size())]; }

    DataGenRandom &m_rng;
    const DataGenerator::Options &m_options;
    Dataset &m_out;
    qint64 m_epochMs = 0;
    QList<FieldDefinition> m_fields;
    QStringList m_users;
    QStringList m_calendars;
    QStringList m_validEmails;
    QList<int> m_uniqueEmailContacts;
    quint64 m_emailSerial = 0;
    std::size_t m_invalidEmailTurn = 0;
    std::size_t m_hostileTurn = 0;
};

} // namespace Sandbox
