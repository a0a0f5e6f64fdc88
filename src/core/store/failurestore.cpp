// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/failurestore.h"

#include "log/logging.h"
#include "log/redaction.h"
#include "store/sqlvalues.h"
#include "store/statedatabase.h"
#include "util/clock.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

const QString failureColumns
    = u"SELECT id, run_id, profile, contact_id, email, error_kind, http_status, server_message, "
      "payload_redacted, attempts, status, ignore_reason, created_at, updated_at "
      "FROM failures "_s;

FailureRecord readFailure(const QSqlQuery &q)
{
    FailureRecord f;
    f.id = q.value(0).toLongLong();
    f.runId = Sql::toOptional(q.value(1));
    f.profile = q.value(2).toString();
    f.contactId = q.value(3).toString();
    f.email = q.value(4).toString();
    f.errorKind = q.value(5).toString();
    f.httpStatus = q.value(6).toInt();
    f.serverMessage = q.value(7).toString();
    f.payload = q.value(8).toString();
    f.attempts = q.value(9).toInt();
    f.status = FailureRecord::statusFromName(q.value(10).toString())
                   .value_or(FailureRecord::Status::Open);
    f.ignoreReason = q.value(11).toString();
    f.createdAt = Sql::toTime(q.value(12));
    f.updatedAt = Sql::toTime(q.value(13));
    return f;
}

QVariant redacted(const QString &text)
{
    return Sql::fromText(Redaction::redact(text));
}

Status asStatus(const Result<QSqlQuery> &done)
{
    return done.ok() ? success() : Status(done.error());
}

} // namespace

FailureStore::FailureStore(StateDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Status FailureStore::record(const QString &profile, std::optional<qint64> runId,
                            const FailureRecord &failure)
{
    const QDateTime at = failure.updatedAt.isValid() ? failure.updatedAt
        : failure.createdAt.isValid()                ? failure.createdAt
                                                     : m_clock.now();
    const int http
        = failure.httpStatus >= 100 && failure.httpStatus <= 599 ? failure.httpStatus : 0;
    // The conflict target names the partial unique index failures_open_contact (SQLite 3.24+
    // matches a partial index when the ON CONFLICT clause repeats its WHERE).
    return asStatus(m_db.run(
        u"INSERT INTO failures (run_id, profile, contact_id, email, error_kind, http_status, "
        "server_message, payload_redacted, attempts, status, created_at, updated_at) VALUES "
        "(:run, :profile, :contact, :email, :kind, :http, :message, :payload, 1, 'open', :at, "
        ":at) ON CONFLICT (profile, contact_id) WHERE status = 'open' DO UPDATE SET "
        "attempts = attempts + 1, run_id = excluded.run_id, email = excluded.email, "
        "error_kind = excluded.error_kind, http_status = excluded.http_status, "
        "server_message = excluded.server_message, "
        "payload_redacted = excluded.payload_redacted, updated_at = excluded.updated_at"_s,
        {{u":run"_s, Sql::fromOptional(runId)},
         {u":profile"_s, profile},
         {u":contact"_s, Sql::fromText(failure.contactId)},
         {u":email"_s, Sql::fromText(failure.email)},
         {u":kind"_s,
          failure.errorKind.isEmpty() ? Error::kindName(Error::Kind::Internal) : failure.errorKind},
         {u":http"_s, http == 0 ? QVariant() : QVariant(http)},
         {u":message"_s, redacted(failure.serverMessage)},
         {u":payload"_s, redacted(failure.payload)},
         {u":at"_s, Sql::fromTime(at)}}));
}

Result<QList<FailureRecord>> FailureStore::list(const QString &profile,
                                                std::optional<FailureRecord::Status> status) const
{
    QVariantMap binds {{u":profile"_s, profile}};
    QString where = u"WHERE profile = :profile "_s;
    if (status) {
        where += u"AND status = :status "_s;
        binds.insert(u":status"_s, FailureRecord::statusName(*status));
    }
    Result<QSqlQuery> q
        = m_db.run(failureColumns + where + u"ORDER BY updated_at DESC, id DESC"_s, binds);
    if (!q.ok()) {
        return q.error();
    }
    QList<FailureRecord> failures;
    while (q.value().next()) {
        failures.append(readFailure(q.value()));
    }
    return failures;
}

Status FailureStore::markRetried(const QString &profile, const QString &contactId)
{
    return asStatus(m_db.run(u"UPDATE failures SET status = 'retried', updated_at = :at "
                             "WHERE profile = :profile AND contact_id = :contact AND "
                             "status = 'open'"_s,
                             {{u":at"_s, Sql::fromTime(m_clock.now())},
                              {u":profile"_s, profile},
                              {u":contact"_s, contactId}}));
}

Status FailureStore::ignore(qint64 id, const QString &reason)
{
    // Ignoring twice only updates the reason; a retried failure stays retried.
    Result<QSqlQuery> done = m_db.run(
        u"UPDATE failures SET status = 'ignored', ignore_reason = :reason, updated_at = :at "
        "WHERE id = :id AND status <> 'retried'"_s,
        {{u":reason"_s, Sql::fromText(reason)},
         {u":at"_s, Sql::fromTime(m_clock.now())},
         {u":id"_s, id}});
    if (!done.ok()) {
        return done.error();
    }
    if (done.value().numRowsAffected() == 1) {
        return success();
    }
    const Result<FailureRecord> existing = get(id);
    if (!existing.ok()) {
        return existing.error();
    }
    return Error {Error::Kind::Conflict,
                  tr("This failure was already resolved by a successful retry."),
                  u"ignore(%1): status is retried"_s.arg(id)};
}

Result<FailureRecord> FailureStore::get(qint64 id) const
{
    Result<QSqlQuery> q = m_db.run(failureColumns + u"WHERE id = :id"_s, {{u":id"_s, id}});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error {Error::Kind::NotFound, tr("The failed item no longer exists."),
                      u"no failure with id %1"_s.arg(id)};
    }
    return readFailure(q.value());
}

Result<QStringList> FailureStore::openContactIds(const QString &profile) const
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT contact_id FROM failures WHERE profile = :profile AND status = 'open' AND "
        "contact_id IS NOT NULL ORDER BY contact_id"_s,
        {{u":profile"_s, profile}});
    if (!q.ok()) {
        return q.error();
    }
    QStringList ids;
    while (q.value().next()) {
        ids.append(q.value().value(0).toString());
    }
    return ids;
}

} // namespace Store
