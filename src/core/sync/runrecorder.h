// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/consentledger.h"
#include "store/failurestore.h"
#include "store/linkstore.h"
#include "store/logentry.h"
#include "store/runcounts.h"
#include "store/runstore.h"
#include "sync/itemoutcome.h"
#include "sync/plan.h"
#include "util/clock.h"

#include <QHash>

namespace Sync {

// Writes what a run did into the state database: run items, links, failures and the consent
// ledger. Each batch of outcomes is one transaction, together with the links it changes, so a
// crash at any point leaves a state the next run resumes from. Lives in the sync thread.
class RunRecorder final
{
public:
    RunRecorder(Store::StateDatabase &db, const Clock &clock, QString profile, qint64 runId);

    // The items that need no request (unchanged, invalid, blocked, duplicates, overridden), and
    // in a dry run every item, as run items: the run history shows the whole plan.
    [[nodiscard]] Status recordPlanOnly(const Plan &plan, bool dryRun);
    // Outcomes of applied items. `links` is the run's view of the links and is kept in step.
    [[nodiscard]] Status recordOutcomes(const QList<ItemOutcome> &outcomes,
                                        QHash<QString, Store::Link> &links);
    void setCreatedGroups(const QHash<QString, qint64> &idsByName);

    [[nodiscard]] const Store::RunCounts &counts() const { return m_counts; }
    [[nodiscard]] int failed() const { return m_counts.failed; }

private:
    [[nodiscard]] Status applyToLink(const ItemOutcome &outcome,
                                     QHash<QString, Store::Link> &links);
    [[nodiscard]] Store::RunItemRecord runItem(const PlanItem &item, const QString &outcome,
                                               const QString &reason) const;
    void count(const PlanItem &item);

    Store::StateDatabase &m_db;
    const Clock &m_clock;
    QString m_profile;
    qint64 m_runId;
    Store::LinkStore m_links;
    Store::RunStore m_runs;
    Store::FailureStore m_failures;
    Store::ConsentLedger m_ledger;
    QHash<QString, qint64> m_groupIds; // created groups, lower-case name -> id
    Store::RunCounts m_counts;
};

} // namespace Sync
