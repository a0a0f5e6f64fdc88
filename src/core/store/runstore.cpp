// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/runstore.h"

#include "log/logging.h"
#include "store/sqlvalues.h"
#include "store/statedatabase.h"
#include "util/clock.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

// The column order readRun() relies on.
const QString runColumns
    = u"SELECT id, profile, mode, dry_run, started_at, finished_at, outcome, created, updated, "
      "unchanged, unsubscribed, group_adds, group_removes, skipped_invalid, blocked_consent, "
      "duplicates, failed, requests_ghl, requests_mailerlite, duration_ms, error_message "
      "FROM runs "_s;

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord run;
    run.id = q.value(0).toLongLong();
    run.profile = q.value(1).toString();
    run.mode = q.value(2).toString();
    run.dryRun = q.value(3).toInt() != 0;
    run.startedAt = Sql::toTime(q.value(4));
    run.finishedAt = Sql::toTime(q.value(5));
    run.outcome = q.value(6).toString();
    RunCounts &c = run.counts;
    c.created = q.value(7).toInt();
    c.updated = q.value(8).toInt();
    c.unchanged = q.value(9).toInt();
    c.unsubscribed = q.value(10).toInt();
    c.groupAdds = q.value(11).toInt();
    c.groupRemoves = q.value(12).toInt();
    c.skippedInvalid = q.value(13).toInt();
    c.blockedConsent = q.value(14).toInt();
    c.duplicates = q.value(15).toInt();
    c.failed = q.value(16).toInt();
    run.requestsGhl = q.value(17).toInt();
    run.requestsMailerLite = q.value(18).toInt();
    run.durationMs = Sql::toOptional(q.value(19));
    run.errorMessage = q.value(20).toString();
    return run;
}

Status asStatus(const Result<QSqlQuery> &done)
{
    return done.ok() ? success() : Status(done.error());
}

} // namespace

RunStore::RunStore(StateDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<qint64> RunStore::begin(const QString &profile, const QString &mode, bool dryRun,
                               const QDateTime &startedAt)
{
    Result<QSqlQuery> done = m_db.run(
        u"INSERT INTO runs (profile, mode, dry_run, started_at) VALUES (:profile, :mode, :dry, "
        ":started)"_s,
        {{u":profile"_s, profile},
         {u":mode"_s, mode},
         {u":dry"_s, dryRun ? 1 : 0},
         {u":started"_s, Sql::fromTime(startedAt)}});
    if (!done.ok()) {
        return done.error();
    }
    const qint64 id = done.value().lastInsertId().toLongLong();
    m_logStates.insert(id, LogState {});
    return id;
}

Status RunStore::finish(qint64 runId, const QString &outcome, const RunCounts &counts,
                        int requestsGhl, int requestsMailerLite, qint64 durationMs,
                        const QString &errorMessage)
{
    if (outcome.isEmpty() || outcome == RunRecord::runningOutcome()) {
        qCCritical(lcStore) << "run" << runId << "finished with outcome" << outcome;
        return Error {Error::Kind::Internal, tr("Could not record the end of the sync run."),
                      u"finish(%1) with outcome '%2'"_s.arg(QString::number(runId), outcome)};
    }
    Result<QSqlQuery> done = m_db.run(
        u"UPDATE runs SET outcome = :outcome, finished_at = :finished, created = :created, "
        "updated = :updated, unchanged = :unchanged, unsubscribed = :unsubscribed, "
        "group_adds = :groupAdds, group_removes = :groupRemoves, "
        "skipped_invalid = :skippedInvalid, blocked_consent = :blockedConsent, "
        "duplicates = :duplicates, failed = :failed, requests_ghl = :ghl, "
        "requests_mailerlite = :ml, duration_ms = :duration, error_message = :error "
        "WHERE id = :id AND outcome = 'running'"_s,
        {{u":outcome"_s, outcome},
         {u":finished"_s, Sql::fromTime(m_clock.now())},
         {u":created"_s, counts.created},
         {u":updated"_s, counts.updated},
         {u":unchanged"_s, counts.unchanged},
         {u":unsubscribed"_s, counts.unsubscribed},
         {u":groupAdds"_s, counts.groupAdds},
         {u":groupRemoves"_s, counts.groupRemoves},
         {u":skippedInvalid"_s, counts.skippedInvalid},
         {u":blockedConsent"_s, counts.blockedConsent},
         {u":duplicates"_s, counts.duplicates},
         {u":failed"_s, counts.failed},
         {u":ghl"_s, requestsGhl},
         {u":ml"_s, requestsMailerLite},
         {u":duration"_s, durationMs},
         {u":error"_s, Sql::fromText(errorMessage)},
         {u":id"_s, runId}});
    if (!done.ok()) {
        return done.error();
    }
    if (done.value().numRowsAffected() != 1) {
        return notRunning(runId);
    }
    m_logStates.remove(runId);
    return success();
}

Error RunStore::notRunning(qint64 runId) const
{
    const Result<RunRecord> run = get(runId);
    if (!run.ok()) {
        return run.error();
    }
    qCWarning(lcStore) << "run" << runId << "is" << run.value().outcome << "and cannot finish";
    return Error {Error::Kind::Conflict,
                  tr("The sync run was already closed (%1) when it tried to finish.")
                      .arg(run.value().outcome),
                  u"finish(%1): outcome is %2"_s.arg(QString::number(runId), run.value().outcome)};
}

Status RunStore::addItem(qint64 runId, const RunItemRecord &item)
{
    return asStatus(
        m_db.run(u"INSERT INTO run_items (run_id, contact_id, email, action, outcome, reason, "
                 "before_json, after_json, created_at) VALUES (:run, :contact, :email, :action, "
                 ":outcome, :reason, :before, :after, :created)"_s,
                 {{u":run"_s, runId},
                  {u":contact"_s, Sql::fromText(item.contactId)},
                  {u":email"_s, Sql::fromText(item.email)},
                  {u":action"_s, item.action},
                  {u":outcome"_s, item.outcome},
                  {u":reason"_s, Sql::fromText(item.reason)},
                  {u":before"_s, Sql::fromText(item.beforeJson)},
                  {u":after"_s, Sql::fromText(item.afterJson)},
                  {u":created"_s, Sql::fromTime(item.createdAt)}}));
}

Status RunStore::addItems(qint64 runId, const QList<RunItemRecord> &items)
{
    return m_db.transaction([&]() -> Status {
        for (const RunItemRecord &item : items) {
            if (Status added = addItem(runId, item); !added.ok()) {
                return added;
            }
        }
        return success();
    });
}

Status RunStore::addLog(qint64 runId, const LogEntry &entry)
{
    auto state = m_logStates.find(runId);
    if (state == m_logStates.end()) {
        // A run begun by another RunStore (or before a restart of this one).
        const Result<LogState> loaded = loadLogState(runId);
        if (!loaded.ok()) {
            return loaded.error();
        }
        state = m_logStates.insert(runId, loaded.value());
    } else if (state->markerId != 0 || state->count >= maxLogEntries - 1) {
        // The cached state may include lines, or the marker, of a transaction the caller
        // rolled back: trust the file before dropping anything.
        const Result<bool> current = logStateIsCurrent(runId, state.value());
        if (!current.ok()) {
            return current.error();
        }
        if (!current.value()) {
            const Result<LogState> loaded = loadLogState(runId);
            if (!loaded.ok()) {
                return loaded.error();
            }
            state.value() = loaded.value();
        }
    }
    if (state->markerId != 0) {
        return success();
    }
    if (state->count < maxLogEntries - 1) {
        const Result<qint64> added = insertLog(runId, entry);
        if (!added.ok()) {
            return added.error();
        }
        ++state->count;
        return success();
    }
    qCWarning(lcStore) << "log of run" << runId << "truncated at" << maxLogEntries << "lines";
    const LogEntry marker {
        entry.time, LogEntry::Severity::Warning, QString(),
        tr("The log of this run was truncated after %1 lines; later lines were not kept.")
            .arg(maxLogEntries - 1)};
    const Result<qint64> added = insertLog(runId, marker);
    if (!added.ok()) {
        return added.error();
    }
    state->markerId = added.value();
    ++state->count;
    return success();
}

Result<qint64> RunStore::insertLog(qint64 runId, const LogEntry &entry)
{
    Result<QSqlQuery> done = m_db.run(
        u"INSERT INTO log_entries (run_id, time, severity, contact_id, message) VALUES (:run, "
        ":time, :severity, :contact, coalesce(:message, ''))"_s,
        {{u":run"_s, runId},
         {u":time"_s, Sql::fromTime(entry.time)},
         {u":severity"_s, LogEntry::severityName(entry.severity)},
         {u":contact"_s, Sql::fromText(entry.contactId)},
         {u":message"_s, entry.message}});
    if (!done.ok()) {
        return done.error();
    }
    return done.value().lastInsertId().toLongLong();
}

Result<bool> RunStore::logStateIsCurrent(qint64 runId, const LogState &state) const
{
    if (state.markerId == 0) {
        const Result<LogState> stored = loadLogState(runId);
        if (!stored.ok()) {
            return stored.error();
        }
        return stored.value().count == state.count;
    }
    // A primary key lookup, cheap enough for every line a runaway run tries to add.
    Result<QSqlQuery> q = m_db.run(u"SELECT 1 FROM log_entries WHERE id = :id AND run_id = :run"_s,
                                   {{u":id"_s, state.markerId}, {u":run"_s, runId}});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next();
}

Result<RunStore::LogState> RunStore::loadLogState(qint64 runId) const
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT count(*), max(id) FROM log_entries WHERE run_id = :run"_s, {{u":run"_s, runId}});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return m_db.storageError(q.value().lastError(), u"count log entries"_s);
    }
    LogState state;
    state.count = q.value().value(0).toInt();
    // Only addLog writes these rows, so a full log ends with its marker.
    state.markerId = state.count >= maxLogEntries ? q.value().value(1).toLongLong() : 0;
    return state;
}

Result<QList<RunRecord>> RunStore::list(const QString &profile, int limit, int offset) const
{
    Result<QSqlQuery> q = m_db.run(
        runColumns
            + u"WHERE profile = :profile ORDER BY started_at DESC, "
              "id DESC LIMIT :limit OFFSET :offset"_s,
        {{u":profile"_s, profile}, {u":limit"_s, qMax(0, limit)}, {u":offset"_s, qMax(0, offset)}});
    if (!q.ok()) {
        return q.error();
    }
    QList<RunRecord> runs;
    while (q.value().next()) {
        runs.append(readRun(q.value()));
    }
    return runs;
}

Result<QDateTime> RunStore::lastMailerLiteAnswer(const QString &profile) const
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT MAX(started_at) FROM runs WHERE profile = :profile AND requests_mailerlite > 0 "
        "AND outcome IN ('succeeded', 'items-failed')"_s,
        {{u":profile"_s, profile}});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next() || q.value().isNull(0)) {
        return QDateTime();
    }
    return Sql::toTime(q.value().value(0));
}

Result<RunRecord> RunStore::get(qint64 runId) const
{
    Result<QSqlQuery> q = m_db.run(runColumns + u"WHERE id = :id"_s, {{u":id"_s, runId}});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error {Error::Kind::NotFound, tr("The sync run no longer exists."),
                      u"no run with id %1"_s.arg(runId)};
    }
    return readRun(q.value());
}

Result<QList<RunItemRecord>> RunStore::items(qint64 runId) const
{
    Result<QSqlQuery> q
        = m_db.run(u"SELECT id, contact_id, email, action, outcome, reason, before_json, "
                   "after_json, created_at FROM run_items WHERE run_id = :run ORDER BY id"_s,
                   {{u":run"_s, runId}});
    if (!q.ok()) {
        return q.error();
    }
    QList<RunItemRecord> result;
    QSqlQuery &r = q.value();
    while (r.next()) {
        result.append(
            RunItemRecord {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                           r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                           r.value(6).toString(), r.value(7).toString(), Sql::toTime(r.value(8))});
    }
    return result;
}

Result<QList<LogEntry>> RunStore::log(qint64 runId) const
{
    Result<QSqlQuery> q = m_db.run(u"SELECT time, severity, contact_id, message FROM log_entries "
                                   "WHERE run_id = :run ORDER BY id"_s,
                                   {{u":run"_s, runId}});
    if (!q.ok()) {
        return q.error();
    }
    QList<LogEntry> entries;
    QSqlQuery &r = q.value();
    while (r.next()) {
        entries.append(LogEntry {
            Sql::toTime(r.value(0)),
            LogEntry::severityFromName(r.value(1).toString()).value_or(LogEntry::Severity::Info),
            r.value(2).toString(), r.value(3).toString()});
    }
    return entries;
}

Status RunStore::markInterrupted(const QString &profile)
{
    Result<QSqlQuery> done = m_db.run(
        u"UPDATE runs SET outcome = 'interrupted', error_message = :message, "
        "finished_at = max(started_at, "
        "coalesce((SELECT max(time) FROM log_entries WHERE run_id = runs.id), 0), "
        "coalesce((SELECT max(created_at) FROM run_items WHERE run_id = runs.id), 0)) "
        "WHERE profile = :profile AND outcome = 'running'"_s,
        {{u":profile"_s, profile},
         {u":message"_s,
          tr("The run did not finish: ContactBridge was closed, killed or lost power while it "
             "was running. Items recorded before that point were applied; the next run "
             "continues from there.")}});
    if (!done.ok()) {
        return done.error();
    }
    if (const int marked = done.value().numRowsAffected(); marked > 0) {
        qCWarning(lcStore) << "marked" << marked << "unfinished run(s) as interrupted";
    }
    return success();
}

Status RunStore::prune(const QString &profile, int keepLast)
{
    if (keepLast < 0) {
        qCCritical(lcStore) << "prune with keepLast" << keepLast;
        return Error {Error::Kind::Internal, tr("Could not clean up the run history."),
                      u"prune(keepLast = %1)"_s.arg(keepLast)};
    }
    return asStatus(
        m_db.run(u"DELETE FROM runs WHERE profile = :profile AND outcome <> 'running' AND id NOT "
                 "IN (SELECT id FROM runs WHERE profile = :profile ORDER BY started_at DESC, id "
                 "DESC LIMIT :keep)"_s,
                 {{u":profile"_s, profile}, {u":keep"_s, keepLast}}));
}

} // namespace Store
