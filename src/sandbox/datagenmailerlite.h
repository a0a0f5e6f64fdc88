// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datagenerator.h"
#include "datagenrandom.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Sandbox {

// The MailerLite half of DataGenerator: the /fields list and, when asked for, pre-existing
// subscribers and groups, some overlapping the GHL contacts already in the Dataset. The shares
// are documented in datagenerator.h.
class DataGenMailerLite final
{
public:
    // uniqueEmailContacts: indices of GHL contacts that may be reused as subscribers;
    // emailSerial: the first serial no GHL address used yet.
    DataGenMailerLite(DataGenRandom &rng, const DataGenerator::Options &options, Dataset &out,
                      const QList<int> &uniqueEmailContacts, quint64 emailSerial);

    void generate();

private:
    void makeFields();
    void makeGroups();
    [[nodiscard]] QJsonObject makeSubscriber(int index);
    [[nodiscard]] int takeOverlapContact();
    void countInGroups(const QJsonArray &groups, int typeIndex, const QJsonObject &subscriber);

    struct GroupCounts
    {
        qint64 total = 0;
        qint64 byType[5] = {}; // in the order of s_types in the .cpp
        qint64 sent = 0;
        qint64 opened = 0;
        qint64 clicked = 0;
    };

    DataGenRandom &m_rng;
    const DataGenerator::Options &m_options;
    Dataset &m_out;
    const QList<int> &m_candidates;
    QList<bool> m_taken;
    int m_takenCount = 0;
    quint64 m_emailSerial;
    qint64 m_epochMs = 0;
    qint64 m_bigIds = 0;
    QList<qint64> m_groupIds;
    QList<GroupCounts> m_groupCounts;
};

} // namespace Sandbox
