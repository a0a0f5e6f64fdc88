// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/plan.h"

#include "util/jsonfields.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

Error badPlan(const QString &detail)
{
    return Error {
        Error::Kind::Validation,
        QCoreApplication::translate("Sync", "The plan file cannot be used: %1").arg(detail),
        detail};
}

} // namespace

int Plan::count(PlanItem::Action action) const
{
    return int(std::count_if(items.begin(), items.end(),
                             [action](const PlanItem &i) { return i.action == action; }));
}

QHash<PlanItem::Action, int> Plan::counts() const
{
    QHash<PlanItem::Action, int> result;
    for (const PlanItem &item : items) {
        result[item.action] += 1;
    }
    return result;
}

int Plan::writeCount() const
{
    return int(
        std::count_if(items.begin(), items.end(), [](const PlanItem &i) { return i.willApply(); }));
}

int Plan::destructiveCount() const
{
    int n = 0;
    for (const PlanItem &item : items) {
        if (!item.willApply()) {
            continue;
        }
        if (item.action == PlanItem::Action::Unsubscribe
            || item.action == PlanItem::Action::RemoveFromGroups) {
            ++n;
        }
    }
    return n;
}

QByteArray Plan::toJson() const
{
    QJsonArray array;
    for (const PlanItem &item : items) {
        array.append(item.toJson());
    }
    const QJsonObject root {{"format"_L1, u"contactbridge-plan"_s},
                            {"version"_L1, FormatVersion},
                            {"profile"_L1, profile},
                            {"mode"_L1, mode},
                            {"full_reconcile"_L1, fullReconcile},
                            {"created_at"_L1, JsonFields::isoString(createdAt)},
                            {"cursor"_L1, JsonFields::isoString(cursor)},
                            {"groups_to_create"_L1, QJsonArray::fromStringList(groupsToCreate)},
                            {"blast_radius_exceeded"_L1, blastRadiusExceeded},
                            {"blast_radius_message"_L1, blastRadiusMessage},
                            {"items"_L1, array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Plan> Plan::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return badPlan(QCoreApplication::translate("Sync", "not valid JSON (%1)")
                           .arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != u"contactbridge-plan") {
        return badPlan(QCoreApplication::translate("Sync", "not a ContactBridge plan"));
    }
    if (root.value("version"_L1).toInt() != FormatVersion) {
        return badPlan(QCoreApplication::translate(
                           "Sync", "made by another version of ContactBridge (format %1)")
                           .arg(root.value("version"_L1).toInt()));
    }
    Plan plan;
    plan.profile = root.value("profile"_L1).toString();
    plan.mode = root.value("mode"_L1).toString();
    plan.fullReconcile = root.value("full_reconcile"_L1).toBool();
    plan.createdAt = JsonFields::dateTime(root, "created_at"_L1);
    plan.cursor = JsonFields::dateTime(root, "cursor"_L1);
    plan.groupsToCreate = JsonFields::stringList(root, "groups_to_create"_L1);
    plan.blastRadiusExceeded = root.value("blast_radius_exceeded"_L1).toBool();
    plan.blastRadiusMessage = root.value("blast_radius_message"_L1).toString();
    const QJsonArray array = root.value("items"_L1).toArray();
    plan.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto item = PlanItem::fromJson(array.at(i).toObject());
        if (!item) {
            return badPlan(QCoreApplication::translate("Sync", "item %1 is malformed").arg(i + 1));
        }
        plan.items.append(*item);
    }
    if (plan.profile.isEmpty()) {
        return badPlan(QCoreApplication::translate("Sync", "it names no profile"));
    }
    return plan;
}

Status Plan::save(const QString &path) const
{
    // QSaveFile: a full disk or a crash never leaves half a plan behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {Error::Kind::Storage,
                      QCoreApplication::translate("Sync", "Cannot write the plan to %1: %2")
                          .arg(path, file.errorString()),
                      file.errorString()};
    }
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        return Error {Error::Kind::Storage,
                      QCoreApplication::translate("Sync", "Cannot write the plan to %1: %2")
                          .arg(path, file.errorString()),
                      file.errorString()};
    }
    return success();
}

Result<Plan> Plan::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {Error::Kind::Storage,
                      QCoreApplication::translate("Sync", "Cannot read the plan %1: %2")
                          .arg(path, file.errorString()),
                      file.errorString()};
    }
    return fromJson(file.readAll());
}

} // namespace Sync
