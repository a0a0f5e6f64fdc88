// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/writebackjournal.h"

#include "store/sqlvalues.h"
#include "store/statedatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

QString kindName(WriteBackJournal::Entry::Kind kind)
{
    return kind == WriteBackJournal::Entry::Kind::Tag ? u"tag"_s : u"email-dnd"_s;
}

} // namespace

WriteBackJournal::WriteBackJournal(Store::StateDatabase &db, QString profile)
    : m_db(db)
    , m_profile(std::move(profile))
{ }

Result<qint64> WriteBackJournal::record(const Entry &entry)
{
    if (entry.contactId.isEmpty() || !entry.writtenAt.isValid()) {
        return Error {Error::Kind::Internal, tr("Could not record a write-back."),
                      u"incomplete write-back entry for contact '%1'"_s.arg(entry.contactId)};
    }
    Result<QSqlQuery> q = m_db.run(
        u"INSERT INTO writebacks (profile, ghl_contact_id, kind, tag, event_id, written_at) "
        "VALUES (:profile, :contact, :kind, :tag, :event, :written)"_s,
        {{u":profile"_s, m_profile},
         {u":contact"_s, entry.contactId},
         {u":kind"_s, kindName(entry.kind)},
         {u":tag"_s, Store::Sql::fromText(entry.tag)},
         {u":event"_s, Store::Sql::fromText(entry.eventId)},
         {u":written"_s, Store::Sql::fromTime(entry.writtenAt)}});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().lastInsertId().toLongLong();
}

Status WriteBackJournal::remove(qint64 id)
{
    const Result<QSqlQuery> q
        = m_db.run(u"DELETE FROM writebacks WHERE id = :id"_s, {{u":id"_s, id}});
    return q.ok() ? success() : Status(q.error());
}

Result<QList<WriteBackJournal::Entry>> WriteBackJournal::since(const QString &contactId,
                                                               const QDateTime &since) const
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT id, ghl_contact_id, kind, tag, event_id, written_at FROM writebacks "
        "WHERE profile = :profile AND ghl_contact_id = :contact AND written_at >= :since "
        "ORDER BY written_at DESC, id DESC"_s,
        {{u":profile"_s, m_profile},
         {u":contact"_s, contactId},
         {u":since"_s, Store::Sql::fromTime(since)}});
    if (!q.ok()) {
        return q.error();
    }
    QList<Entry> entries;
    QSqlQuery &r = q.value();
    while (r.next()) {
        Entry e;
        e.id = r.value(0).toLongLong();
        e.contactId = r.value(1).toString();
        e.kind = r.value(2).toString() == u"tag" ? Entry::Kind::Tag : Entry::Kind::EmailDnd;
        e.tag = r.value(3).toString();
        e.eventId = r.value(4).toString();
        e.writtenAt = Store::Sql::toTime(r.value(5));
        entries.append(e);
    }
    return entries;
}

} // namespace Sync
