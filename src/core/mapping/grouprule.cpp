// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/grouprule.h"

#include "mapping/mappingjson.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace Mapping {

Result<GroupRule> GroupRule::fromJson(const QJsonObject &object, const QString &path)
{
    using namespace MappingJson;
    const Status keys = onlyKnownKeys(object,
                                      {"tag"_L1, "groupId"_L1, "groupName"_L1,
                                       "removeWhenTagRemoved"_L1, "createGroupIfMissing"_L1},
                                      path);
    if (!keys) {
        return keys.error();
    }
    GroupRule rule;
    const Result<QString> tag = requiredString(object, "tag"_L1, path);
    if (!tag) {
        return tag.error();
    }
    rule.tag = tag.value();
    // Ids are 64-bit and may exceed 2^53; toInteger() reads them exactly.
    const Result<qint64> id
        = optionalInteger(object, "groupId"_L1, path, 0, 1, std::numeric_limits<qint64>::max());
    if (!id) {
        return id.error();
    }
    rule.groupId = id.value();
    const Result<QString> name = optionalString(object, "groupName"_L1, path);
    if (!name) {
        return name.error();
    }
    rule.groupName = name.value();
    if (rule.groupId == 0 && rule.groupName.trimmed().isEmpty()) {
        return invalid(
            path,
            QCoreApplication::translate("Mapping", "a group rule needs a groupId or a groupName."));
    }
    const Result<bool> remove = optionalBool(object, "removeWhenTagRemoved"_L1, path, false);
    if (!remove) {
        return remove.error();
    }
    const Result<bool> create = optionalBool(object, "createGroupIfMissing"_L1, path, false);
    if (!create) {
        return create.error();
    }
    if (create.value() && rule.groupName.trimmed().isEmpty()) {
        return invalid(
            member(path, "createGroupIfMissing"_L1),
            QCoreApplication::translate("Mapping", "creating a missing group needs a groupName."));
    }
    rule.removeWhenTagRemoved = remove.value();
    rule.createGroupIfMissing = create.value();
    return rule;
}

QJsonObject GroupRule::toJson() const
{
    QJsonObject out {{"tag"_L1, tag},
                     {"removeWhenTagRemoved"_L1, removeWhenTagRemoved},
                     {"createGroupIfMissing"_L1, createGroupIfMissing}};
    if (groupId != 0) {
        out.insert("groupId"_L1, groupId);
    }
    if (!groupName.isEmpty()) {
        out.insert("groupName"_L1, groupName);
    }
    return out;
}

} // namespace Mapping
