// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/consentledger.h"

#include "log/logging.h"
#include "store/sqlvalues.h"
#include "store/statedatabase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

ConsentLedger::ConsentLedger(StateDatabase &db)
    : m_db(db)
{ }

Status ConsentLedger::append(const ConsentEntry &entry)
{
    if (entry.profile.isEmpty() || entry.newStatus.isEmpty() || entry.reason.isEmpty()
        || !entry.createdAt.isValid()) {
        qCCritical(lcStore) << "refused incomplete consent entry for contact" << entry.contactId;
        return Error {Error::Kind::Internal, tr("Could not record a subscription status change."),
                      u"incomplete consent entry: profile '%1', contact '%2', status '%3'"_s.arg(
                          entry.profile, entry.contactId, entry.newStatus)};
    }
    const Result<QSqlQuery> done
        = m_db.run(u"INSERT INTO consent_ledger (profile, ghl_contact_id, email, ml_subscriber_id, "
                   "old_status, new_status, reason, source, run_id, created_at) VALUES (:profile, "
                   ":contact, :email, :subscriber, :old, :new, :reason, :source, :run, :created)"_s,
                   {{u":profile"_s, entry.profile},
                    {u":contact"_s, Sql::fromText(entry.contactId)},
                    {u":email"_s, Sql::fromText(entry.email)},
                    {u":subscriber"_s, Sql::fromId(entry.subscriberId)},
                    {u":old"_s, Sql::fromText(entry.oldStatus)},
                    {u":new"_s, entry.newStatus},
                    {u":reason"_s, entry.reason},
                    {u":source"_s, ConsentEntry::sourceName(entry.source)},
                    {u":run"_s, Sql::fromOptional(entry.runId)},
                    {u":created"_s, Sql::fromTime(entry.createdAt)}});
    return done.ok() ? success() : Status(done.error());
}

Result<QList<ConsentEntry>> ConsentLedger::list(const QString &profile,
                                                const QString &contactId) const
{
    QVariantMap binds {{u":profile"_s, profile}};
    QString where = u"WHERE profile = :profile "_s;
    if (!contactId.isEmpty()) {
        where += u"AND ghl_contact_id = :contact "_s;
        binds.insert(u":contact"_s, contactId);
    }
    Result<QSqlQuery> q = m_db.run(
        u"SELECT id, profile, ghl_contact_id, email, ml_subscriber_id, old_status, new_status, "
        "reason, source, run_id, created_at FROM consent_ledger "_s
            + where + u"ORDER BY created_at, id"_s,
        binds);
    if (!q.ok()) {
        return q.error();
    }
    QList<ConsentEntry> entries;
    QSqlQuery &r = q.value();
    while (r.next()) {
        ConsentEntry e;
        e.id = r.value(0).toLongLong();
        e.profile = r.value(1).toString();
        e.contactId = r.value(2).toString();
        e.email = r.value(3).toString();
        e.subscriberId = Sql::toId(r.value(4));
        e.oldStatus = r.value(5).toString();
        e.newStatus = r.value(6).toString();
        e.reason = r.value(7).toString();
        // Rows written by other tools may name another source; they are shown as sync.
        e.source = ConsentEntry::sourceFromName(r.value(8).toString())
                       .value_or(ConsentEntry::Source::Sync);
        e.runId = Sql::toOptional(r.value(9));
        e.createdAt = Sql::toTime(r.value(10));
        entries.append(e);
    }
    return entries;
}

} // namespace Store
