// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/desiredsubscriber.h"
#include "mapping/preflightvalidator.h"
#include "store/link.h"
#include "sync/plan.h"
#include "sync/remotesubscriber.h"
#include "sync/syncpolicy.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Sync {

// Diffs what MailerLite should look like (the mapped GHL contacts) against what we know it looks
// like (stored links, and on a full reconcile the real remote state) and says what to do and
// why. Pure: no I/O, no clock, so every sync rule is testable in isolation. Any thread; from
// ParallelThreshold contacts on, slices are planned on the global thread pool (the calling
// thread takes part and waits), with the same plan as from one thread.
class Planner final
{
public:
    struct Input
    {
        QString profile;
        SyncPolicy policy;
        bool fullReconcile = false;
        QDateTime now;
        QDateTime cursor; // carried into the plan
        // The mapped contacts of this run, in fetch order (oldest first decides duplicates).
        QList<Mapping::DesiredSubscriber> desired;
        const Mapping::PreflightValidator *validator = nullptr;
        // Every link of the profile, by GHL contact id.
        QHash<QString, Store::Link> links;
        // Full reconcile only: MailerLite's subscribers by lower-case email.
        std::optional<QHash<QString, RemoteSubscriber>> remote;
        // MailerLite groups by lower-case name.
        QHash<QString, qint64> groupsByName;
        // The groups this profile manages (those its tag rules name): what "remove from
        // groups" removes.
        QSet<qint64> managedGroups;
        // False plans in the calling thread alone, whatever the size (tests compare both).
        bool parallel = true;
    };

    [[nodiscard]] static Plan plan(const Input &input);

    // Below this, starting threads costs more than it saves.
    static constexpr qsizetype ParallelThreshold = 2000;
};

} // namespace Sync
