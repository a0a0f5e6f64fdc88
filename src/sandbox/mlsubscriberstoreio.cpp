// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MlSubscriberStore: loading a Dataset, rendering records as the API does, inspection.
#include "dataset.h"
#include "mlsubscriberstore.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

constexpr qint64 FirstGroupId = 3640549; // the first group id in the Classic docs

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Ids arrive as JSON integers (exact in Qt 6, also beyond 2^53) or as strings.
qint64 idOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

QString textOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 integer = value.toInteger(0);
        return integer == value.toInteger(1) ? QString::number(integer)
                                             : QString::number(value.toDouble());
    }
    return value.toString();
}

} // namespace

void MlSubscriberStore::clear()
{
    m_fields = MlFieldCatalog();
    m_subscribers.clear();
    m_byEmail.clear();
    m_order.clear();
    m_groups.clear();
    m_groupOrder.clear();
    m_nextSubscriberId = m_firstSubscriberId;
    m_nextGroupId = FirstGroupId;
}

void MlSubscriberStore::load(const Dataset &dataset)
{
    clear();
    m_fields.load(dataset.mlFields);
    for (const QJsonValue &value : dataset.mlGroups) {
        const QJsonObject object = value.toObject();
        MlGroup loaded;
        loaded.id = idOf(object.value(u"id"_s));
        if (loaded.id <= 0 || m_groups.count(loaded.id) > 0) {
            continue;
        }
        loaded.name = object.value(u"name"_s).toString();
        loaded.sent = object.value(u"sent"_s).toInt();
        loaded.opened = object.value(u"opened"_s).toInt();
        loaded.clicked = object.value(u"clicked"_s).toInt();
        loaded.dateCreated = object.value(u"date_created"_s).toString();
        loaded.dateUpdated = object.value(u"date_updated"_s).toString();
        m_nextGroupId = std::max(m_nextGroupId, loaded.id + 1);
        m_groupOrder.push_back(loaded.id);
        m_groups.emplace(loaded.id, std::move(loaded));
    }
    m_subscribers.reserve(size_t(dataset.mlSubscribers.size()));
    m_byEmail.reserve(dataset.mlSubscribers.size());
    for (const QJsonValue &value : dataset.mlSubscribers) {
        loadSubscriber(value.toObject());
    }
}

void MlSubscriberStore::loadSubscriber(const QJsonObject &object)
{
    MlSubscriber loaded;
    loaded.id = idOf(object.value(u"id"_s));
    loaded.email = object.value(u"email"_s).toString().trimmed();
    const QString key = loaded.email.toLower();
    if (loaded.email.isEmpty() || m_byEmail.contains(key)) {
        return; // MailerLite holds one subscriber per email
    }
    if (loaded.id <= 0 || m_subscribers.count(loaded.id) > 0) {
        loaded.id = m_nextSubscriberId;
    }
    m_nextSubscriberId = std::max(m_nextSubscriberId, loaded.id + 1);
    const QString type = object.value(u"type"_s).toString();
    loaded.type = isKnownType(type) ? type : u"active"_s;
    loaded.sent = object.value(u"sent"_s).toInt();
    loaded.opened = object.value(u"opened"_s).toInt();
    loaded.clicked = object.value(u"clicked"_s).toInt();
    loaded.signupIp = object.value(u"signup_ip"_s).toString();
    loaded.signupTimestamp = object.value(u"signup_timestamp"_s).toString();
    loaded.confirmationIp = object.value(u"confirmation_ip"_s).toString();
    loaded.confirmationTimestamp = object.value(u"confirmation_timestamp"_s).toString();
    for (const QJsonValue &entry : object.value(u"fields"_s).toArray()) {
        const QJsonObject field = entry.toObject();
        const QString fieldKey = field.value(u"key"_s).toString();
        const QString text = textOf(field.value(u"value"_s));
        if (fieldKey != u"email" && m_fields.byKey(fieldKey) && !text.isEmpty()) {
            loaded.values.insert(fieldKey, text);
        }
    }
    const QString name = object.value(u"name"_s).toString();
    if (!name.isEmpty() && !loaded.values.contains(u"name"_s)) {
        loaded.values.insert(u"name"_s, name);
    }
    loaded.dateUnsubscribe = object.value(u"date_unsubscribe"_s).toString();
    loaded.dateCreated = object.value(u"date_created"_s).toString();
    loaded.dateUpdated = object.value(u"date_updated"_s).toString();
    const QString joined = object.value(u"date_subscribe"_s).toString(loaded.dateCreated);

    m_byEmail.insert(key, loaded.id);
    m_order.push_back(loaded.id);
    MlSubscriber &stored = m_subscribers.emplace(loaded.id, std::move(loaded)).first->second;
    for (const QJsonValue &groupId : object.value(u"groups"_s).toArray()) {
        if (MlGroup *g = group(idOf(groupId))) {
            join(stored, *g, joined);
        }
    }
}

QJsonObject MlSubscriberStore::render(const MlSubscriber &subscriber, qint64 groupContext) const
{
    QJsonArray fields;
    for (const QString &key : m_fields.subscriberKeys()) {
        const MlField *field = m_fields.byKey(key);
        fields.append(QJsonObject {
            {u"key"_s, key},
            {u"value"_s, key == u"email" ? subscriber.email : subscriber.values.value(key)},
            {u"type"_s, field ? field->type : u"TEXT"_s}});
    }
    // date_subscribe is "important only when getting subscribers in a group": the time the
    // subscriber joined that group; null elsewhere.
    QJsonValue dateSubscribe(QJsonValue::Null);
    for (const auto &membership : subscriber.groups) {
        if (groupContext != 0 && membership.first == groupContext) {
            dateSubscribe = orNull(membership.second);
        }
    }
    return {{u"id"_s, subscriber.id},
            {u"name"_s, subscriber.values.value(u"name"_s)},
            {u"email"_s, subscriber.email},
            {u"sent"_s, subscriber.sent},
            {u"opened"_s, subscriber.opened},
            {u"clicked"_s, subscriber.clicked},
            {u"type"_s, subscriber.type},
            {u"signup_ip"_s, subscriber.signupIp},
            {u"signup_timestamp"_s, orNull(subscriber.signupTimestamp)},
            {u"confirmation_ip"_s, subscriber.confirmationIp},
            {u"confirmation_timestamp"_s, orNull(subscriber.confirmationTimestamp)},
            {u"fields"_s, fields},
            {u"date_subscribe"_s, dateSubscribe},
            {u"date_unsubscribe"_s, orNull(subscriber.dateUnsubscribe)},
            {u"date_created"_s, subscriber.dateCreated},
            {u"date_updated"_s, orNull(subscriber.dateUpdated)}};
}

QJsonObject MlSubscriberStore::render(const MlGroup &group)
{
    return {{u"id"_s, group.id},
            {u"name"_s, group.name},
            {u"total"_s, qint64(group.members.size())},
            {u"active"_s, group.countByType.value(u"active"_s)},
            {u"unsubscribed"_s, group.countByType.value(u"unsubscribed"_s)},
            {u"bounced"_s, group.countByType.value(u"bounced"_s)},
            {u"unconfirmed"_s, group.countByType.value(u"unconfirmed"_s)},
            {u"junk"_s, group.countByType.value(u"junk"_s)},
            {u"sent"_s, group.sent},
            {u"opened"_s, group.opened},
            {u"clicked"_s, group.clicked},
            {u"date_created"_s, orNull(group.dateCreated)},
            {u"date_updated"_s, orNull(group.dateUpdated)}};
}

QJsonObject MlSubscriberStore::inspect() const
{
    QJsonArray subscribers;
    for (const qint64 id : m_order) {
        const MlSubscriber &subscriber = m_subscribers.at(id);
        QJsonObject object = render(subscriber);
        QJsonArray groupIds;
        for (const auto &membership : subscriber.groups) {
            groupIds.append(membership.first);
        }
        object.insert(u"groups"_s, groupIds);
        subscribers.append(object);
    }
    QJsonArray groupList;
    for (const qint64 id : m_groupOrder) {
        groupList.append(render(m_groups.at(id)));
    }
    QJsonArray fieldList;
    for (const MlField &field : m_fields.all()) {
        fieldList.append(MlFieldCatalog::toJson(field));
    }
    return {{u"subscribers"_s, subscribers}, {u"groups"_s, groupList}, {u"fields"_s, fieldList}};
}

} // namespace Sandbox
