// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/logentry.h"
#include "store/runitemrecord.h"
#include "store/runrecord.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Clock;

namespace Store {

class StateDatabase;

// The history of sync runs: one row per run with its counters, the items it planned or
// applied, and its user-facing log (bounded per run). Runs in the thread that owns the
// StateDatabase; every method works inside and outside a caller's transaction().
class RunStore final
{
    Q_DECLARE_TR_FUNCTIONS(Store::RunStore)

public:
    // Log lines kept per run, the "log truncated" line included.
    static constexpr int maxLogEntries = 10000;

    // `clock` stamps finish(); it must outlive the store.
    RunStore(StateDatabase &db, const Clock &clock);

    // Records a new run as 'running' and returns its id.
    [[nodiscard]] Result<qint64> begin(const QString &profile, const QString &mode, bool dryRun,
                                       const QDateTime &startedAt);
    // Ends a running run. `outcome` is the engine's word (completed, failed, cancelled, ...).
    // A run that is not running (already finished or marked interrupted) is refused.
    [[nodiscard]] Status finish(qint64 runId, const QString &outcome, const RunCounts &counts,
                                int requestsGhl, int requestsMailerLite, qint64 durationMs,
                                const QString &errorMessage = {});
    [[nodiscard]] Status addItem(qint64 runId, const RunItemRecord &item);
    // All or nothing, in one (nested) transaction.
    [[nodiscard]] Status addItems(qint64 runId, const QList<RunItemRecord> &items);
    // Stores a log line. Past maxLogEntries - 1 lines one "log truncated" line is written
    // and later lines are dropped (still success): a runaway run cannot fill the disk.
    [[nodiscard]] Status addLog(qint64 runId, const LogEntry &entry);

    // Newest first.
    [[nodiscard]] Result<QList<RunRecord>> list(const QString &profile, int limit,
                                                int offset = 0) const;
    [[nodiscard]] Result<RunRecord> get(qint64 runId) const;
    // When the profile's latest run that MailerLite answered began (it sent MailerLite requests
    // and succeeded, perhaps with failed items); an invalid time when there is none.
    [[nodiscard]] Result<QDateTime> lastMailerLiteAnswer(const QString &profile) const;
    [[nodiscard]] Result<QList<RunItemRecord>> items(qint64 runId) const;
    // In the order written.
    [[nodiscard]] Result<QList<LogEntry>> log(qint64 runId) const;

    // At start-up, before this process begins a run of `profile`: a run still 'running' was
    // cut short by a crash, kill or power loss. It becomes 'interrupted' with an explanation;
    // its finish time is the last trace it left (log line or item). Only call it while no
    // other process can be running a sync of the profile.
    [[nodiscard]] Status markInterrupted(const QString &profile);
    // Keeps the newest `keepLast` runs of the profile and deletes older ones with their
    // items and log. Running runs are never deleted; failures and ledger rows stay.
    [[nodiscard]] Status prune(const QString &profile, int keepLast);

private:
    struct LogState
    {
        int count = 0;
        qint64 markerId = 0; // the "log truncated" line, once written
    };

    Result<LogState> loadLogState(qint64 runId) const;
    Result<bool> logStateIsCurrent(qint64 runId, const LogState &state) const;
    Result<qint64> insertLog(qint64 runId, const LogEntry &entry);
    Error notRunning(qint64 runId) const;

    StateDatabase &m_db;
    const Clock &m_clock;
    // Lines written per run in this session, so addLog costs no count query. A rolled-back
    // caller transaction can leave it too high; it is re-checked before truncating.
    QHash<qint64, LogState> m_logStates;
};

} // namespace Store
