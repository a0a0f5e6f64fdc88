// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonObject>

namespace Mapping {

// A GHL tag -> MailerLite group rule. The group is named by id, by name, or both (the id wins
// when both are known; the name lets a rule survive a group being re-created). A plain value
// type, any thread.
struct GroupRule
{
    QString tag; // compared case-insensitively, as GHL itself does
    qint64 groupId = 0; // 0: not known yet
    QString groupName;
    // Removing the tag in GHL removes the subscriber from the group.
    bool removeWhenTagRemoved = false;
    // A group that does not exist by name is created on first use instead of being an error.
    bool createGroupIfMissing = false;

    [[nodiscard]] static Result<GroupRule> fromJson(const QJsonObject &object, const QString &path);
    [[nodiscard]] QJsonObject toJson() const;

    bool operator==(const GroupRule &other) const = default;
};

} // namespace Mapping
