// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/planitem.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace Sync {

// What a sync run will do: made by the Planner, shown in the preview, saved to a file if the
// user wants, and applied exactly as it is by the Executor. A plain value.
struct Plan
{
    static constexpr int FormatVersion = 1;

    QString profile;
    QString mode; // upsert, update-only, create-only, mirror
    bool fullReconcile = false;
    QDateTime createdAt;
    // The highest GHL dateUpdated among the fetched contacts: the incremental cursor moves
    // here once the plan has been applied without failures.
    QDateTime cursor;
    // Groups the executor must create first (tag rules with "create if missing"), by name.
    QStringList groupsToCreate;
    // Set when the plan would unsubscribe or remove more than the profile allows.
    bool blastRadiusExceeded = false;
    QString blastRadiusMessage;
    QList<PlanItem> items;

    [[nodiscard]] int count(PlanItem::Action action) const;
    [[nodiscard]] QHash<PlanItem::Action, int> counts() const;
    // Items the executor will send (writes, honouring overrides).
    [[nodiscard]] int writeCount() const;
    // Unsubscribes plus group removals that will be applied: what the blast radius limits.
    [[nodiscard]] int destructiveCount() const;

    [[nodiscard]] QByteArray toJson() const;
    // Refuses files of another format version, or with any malformed item: a plan is applied
    // exactly as saved or not at all.
    [[nodiscard]] static Result<Plan> fromJson(const QByteArray &json);
    [[nodiscard]] Status save(const QString &path) const;
    [[nodiscard]] static Result<Plan> load(const QString &path);
};

} // namespace Sync
