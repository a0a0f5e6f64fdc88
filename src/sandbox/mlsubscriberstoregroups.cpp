// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MlSubscriberStore: groups, memberships and their counters.
#include "mlsubscriberstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sandbox {

MlGroup *MlSubscriberStore::group(qint64 id)
{
    const auto it = m_groups.find(id);
    return it == m_groups.end() ? nullptr : &it->second;
}

QList<const MlGroup *> MlSubscriberStore::groups(qsizetype offset, qsizetype limit) const
{
    QList<const MlGroup *> page;
    for (qsizetype i = offset; i < qsizetype(m_groupOrder.size()) && page.size() < limit; ++i) {
        page.append(&m_groups.at(m_groupOrder[size_t(i)]));
    }
    return page;
}

MlGroup &MlSubscriberStore::createGroup(const QString &name, const QString &now)
{
    MlGroup created;
    created.id = m_nextGroupId++;
    created.name = name;
    created.dateCreated = now;
    created.dateUpdated = now;
    m_groupOrder.push_back(created.id);
    return m_groups.emplace(created.id, std::move(created)).first->second;
}

bool MlSubscriberStore::removeGroup(qint64 id)
{
    const auto it = m_groups.find(id);
    if (it == m_groups.end()) {
        return false;
    }
    // Deleting a group keeps its subscribers; only the memberships go.
    for (const qint64 memberId : it->second.members) {
        if (MlSubscriber *subscriber = findById(memberId)) {
            subscriber->groups.removeIf([id](const auto &m) { return m.first == id; });
        }
    }
    m_groups.erase(it);
    m_groupOrder.erase(std::find(m_groupOrder.begin(), m_groupOrder.end(), id));
    return true;
}

bool MlSubscriberStore::join(MlSubscriber &subscriber, MlGroup &group, const QString &now)
{
    if (subscriber.inGroup(group.id)) {
        return false;
    }
    subscriber.groups.append({group.id, now});
    group.members.push_back(subscriber.id);
    group.countByType[subscriber.type] += 1;
    return true;
}

bool MlSubscriberStore::leave(MlSubscriber &subscriber, MlGroup &group)
{
    if (!subscriber.inGroup(group.id)) {
        return false;
    }
    subscriber.groups.removeIf([&](const auto &m) { return m.first == group.id; });
    group.members.erase(std::find(group.members.begin(), group.members.end(), subscriber.id));
    group.countByType[subscriber.type] -= 1;
    return true;
}

QList<const MlSubscriber *> MlSubscriberStore::members(const MlGroup &group, const QString &type,
                                                       qsizetype offset, qsizetype limit) const
{
    QList<const MlSubscriber *> page;
    qsizetype skipped = 0;
    for (const qint64 id : group.members) {
        if (page.size() >= limit) {
            break;
        }
        const MlSubscriber *subscriber = subscriberAt(id);
        if (!subscriber || (!type.isEmpty() && subscriber->type != type)) {
            continue;
        }
        if (skipped++ >= offset) {
            page.append(subscriber);
        }
    }
    return page;
}

qsizetype MlSubscriberStore::memberCount(const MlGroup &group, const QString &type) const
{
    return type.isEmpty() ? qsizetype(group.members.size()) : group.countByType.value(type);
}

void MlSubscriberStore::dropFieldValues(const QString &key)
{
    for (auto &entry : m_subscribers) {
        entry.second.values.remove(key);
    }
}

} // namespace Sandbox
