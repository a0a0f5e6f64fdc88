// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/planitem.h"

#include "util/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

const std::pair<PlanItem::Action, QLatin1StringView> actionNames[] = {
    {PlanItem::Action::Create, "create"_L1},
    {PlanItem::Action::Update, "update"_L1},
    {PlanItem::Action::Unsubscribe, "unsubscribe"_L1},
    {PlanItem::Action::RemoveFromGroups, "remove_from_groups"_L1},
    {PlanItem::Action::SkipUnchanged, "skip_unchanged"_L1},
    {PlanItem::Action::SkipInvalid, "skip_invalid"_L1},
    {PlanItem::Action::BlockedByConsent, "blocked_consent"_L1},
    {PlanItem::Action::Duplicate, "duplicate"_L1},
};

const std::pair<PlanItem::Override, QLatin1StringView> overrideNames[] = {
    {PlanItem::Override::None, "none"_L1},
    {PlanItem::Override::Skip, "skip"_L1},
    {PlanItem::Override::Force, "force"_L1},
};

QJsonObject mapToJson(const Mapping::FieldValues &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

Mapping::FieldValues mapFromJson(const QJsonValue &value)
{
    Mapping::FieldValues map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

// Group ids travel as strings: JSON readers in other languages lose precision past 2^53.
QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids) {
        array.append(QString::number(id));
    }
    return array;
}

QList<qint64> idsFromJson(const QJsonValue &value)
{
    QList<qint64> ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        ids.append(v.isString() ? v.toString().toLongLong() : v.toInteger());
    }
    return ids;
}

} // namespace

bool PlanItem::isWrite() const
{
    switch (action) {
    case Action::Create:
    case Action::Update:
    case Action::Unsubscribe:
    case Action::RemoveFromGroups:
        return true;
    default:
        return false;
    }
}

bool PlanItem::willApply() const
{
    if (override == Override::Skip) {
        return false;
    }
    // Forcing only re-sends an unchanged record; it never overrides consent, validity or
    // duplicate resolution.
    if (override == Override::Force && action == Action::SkipUnchanged) {
        return true;
    }
    return isWrite();
}

QString PlanItem::actionName(Action a)
{
    for (const auto &[value, name] : actionNames) {
        if (value == a) {
            return name;
        }
    }
    return {};
}

std::optional<PlanItem::Action> PlanItem::actionFromName(const QString &name)
{
    for (const auto &[value, text] : actionNames) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

QJsonObject PlanItem::toJson() const
{
    QJsonObject o {{"action"_L1, actionName(action)},
                   {"contact_id"_L1, contactId},
                   {"email"_L1, email},
                   {"subscriber_id"_L1, QString::number(subscriberId)},
                   {"name"_L1, name},
                   {"before"_L1, mapToJson(before)},
                   {"after"_L1, mapToJson(after)},
                   {"groups_add"_L1, idsToJson(groupsAdd)},
                   {"groups_remove"_L1, idsToJson(groupsRemove)},
                   {"group_names_add"_L1, QJsonArray::fromStringList(groupNamesAdd)},
                   {"type_before"_L1, typeBefore},
                   {"type_after"_L1, typeAfter},
                   {"resubscribe"_L1, resubscribe},
                   {"reason"_L1, reason},
                   {"payload_hash"_L1, payloadHash},
                   {"previous_email"_L1, previousEmail}};
    for (const auto &[value, text] : overrideNames) {
        if (value == override) {
            o.insert("override"_L1, text);
        }
    }
    return o;
}

std::optional<PlanItem> PlanItem::fromJson(const QJsonObject &o)
{
    const auto action = actionFromName(o.value("action"_L1).toString());
    if (!action) {
        return std::nullopt;
    }
    PlanItem item;
    item.action = *action;
    const QString overrideText = o.value("override"_L1).toString(u"none"_s);
    bool knownOverride = false;
    for (const auto &[value, text] : overrideNames) {
        if (text == overrideText) {
            item.override = value;
            knownOverride = true;
        }
    }
    if (!knownOverride) {
        return std::nullopt;
    }
    item.contactId = o.value("contact_id"_L1).toString();
    item.email = o.value("email"_L1).toString();
    item.subscriberId = JsonFields::integer(o, "subscriber_id"_L1);
    item.name = o.value("name"_L1).toString();
    item.before = mapFromJson(o.value("before"_L1));
    item.after = mapFromJson(o.value("after"_L1));
    item.groupsAdd = idsFromJson(o.value("groups_add"_L1));
    item.groupsRemove = idsFromJson(o.value("groups_remove"_L1));
    item.groupNamesAdd = JsonFields::stringList(o, "group_names_add"_L1);
    item.typeBefore = o.value("type_before"_L1).toString();
    item.typeAfter = o.value("type_after"_L1).toString();
    item.resubscribe = o.value("resubscribe"_L1).toBool();
    item.reason = o.value("reason"_L1).toString();
    item.payloadHash = o.value("payload_hash"_L1).toString();
    item.previousEmail = o.value("previous_email"_L1).toString();
    return item;
}

} // namespace Sync
