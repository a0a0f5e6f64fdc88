// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeGhl: the inspection API's state and mutate (reset lives in fakeghl.cpp).
#include "fakeghl.h"

#include "ghlerrors.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QJsonObject listsToJson(const QHash<QString, QList<QJsonObject>> &lists)
{
    QJsonObject result;
    for (auto it = lists.begin(); it != lists.end(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        QJsonArray items;
        for (const QJsonObject &item : it.value()) {
            items.append(item);
        }
        result.insert(it.key(), items);
    }
    return result;
}

// A change a user could make in the GHL UI to a field the default mapping syncs.
QJsonObject randomEdit(QRandomGenerator &random, const QJsonObject &contact, int serial)
{
    static const QStringList firstNames {u"Ava"_s,  u"Ben"_s,   u"Chloe"_s, u"Dmitri"_s,
                                         u"Elif"_s, u"Farah"_s, u"Goran"_s, u"Hana"_s};
    static const QStringList lastNames {u"Ito"_s,    u"Jensen"_s,   u"Kowalski"_s, u"Lopez"_s,
                                        u"Moreau"_s, u"Nakamura"_s, u"Okafor"_s,   u"Petrov"_s};
    switch (random.bounded(5)) {
    case 0:
        return {{u"firstName"_s, firstNames.at(random.bounded(int(firstNames.size())))}};
    case 1:
        return {{u"lastName"_s, lastNames.at(random.bounded(int(lastNames.size())))}};
    case 2:
        return {{u"phone"_s, u"+1555%1"_s.arg(random.bounded(10000000), 7, 10, QChar(u'0'))}};
    case 3:
        return {{u"companyName"_s, u"Mutated Co %1"_s.arg(serial)}};
    default: {
        QJsonArray tags = contact.value(u"tags"_s).toArray();
        tags.append(u"mutated-%1"_s.arg(serial));
        return {{u"tags"_s, tags}};
    }
    }
}

} // namespace

QJsonObject FakeGhl::inspectState() const
{
    QJsonArray contacts;
    for (const auto &[added, id] : m_contacts.byAdded()) {
        contacts.append(m_contacts.find(id)->json);
    }
    return {{u"contacts"_s, contacts},
            {u"notes"_s, listsToJson(m_notes)},
            {u"tasks"_s, listsToJson(m_tasks)},
            {u"webhooks"_s, m_webhooks->stats()}};
}

HttpResponse FakeGhl::mutate(const QJsonObject &request)
{
    QJsonArray mutated;
    QJsonArray unknown;
    for (const QJsonValue &value : request.value(u"contacts"_s).toArray()) {
        QJsonObject fields = value.toObject();
        const QString id = fields.take(u"id"_s).toString();
        if (!m_contacts.find(id)) {
            unknown.append(id);
            continue;
        }
        changeContact(id, fields);
        mutated.append(id);
    }
    const int count = request.value(u"random_updates"_s).toInt();
    if (count > 0) {
        // Deterministic for the seed: the same contacts (in dateAdded order) get the same edits.
        QRandomGenerator random(quint32(request.value(u"seed"_s).toInt(1)));
        QStringList ids;
        for (const auto &[added, id] : m_contacts.byAdded()) {
            ids.append(id);
        }
        const int n = std::min(count, int(ids.size()));
        for (int i = 0; i < n; ++i) {
            const int pick = i + int(random.bounded(quint32(ids.size() - i)));
            ids.swapItemsAt(i, pick);
            const QString id = ids.at(i);
            changeContact(id, randomEdit(random, m_contacts.find(id)->json, i));
            mutated.append(id);
        }
    }
    QJsonObject answer {{u"mutated"_s, mutated}};
    if (!unknown.isEmpty()) {
        answer.insert(u"unknown"_s, unknown);
    }
    return HttpResponse::json(unknown.isEmpty() ? 200 : 404, answer);
}

} // namespace Sandbox
