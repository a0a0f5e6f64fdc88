// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/cursorstore.h"

#include "log/logging.h"
#include "store/sqlvalues.h"
#include "store/statedatabase.h"
#include "util/clock.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

CursorStore::CursorStore(StateDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<std::optional<QDateTime>> CursorStore::get(const QString &profile) const
{
    Result<QSqlQuery> q
        = m_db.run(u"SELECT last_date_updated FROM sync_cursors WHERE profile = :profile"_s,
                   {{u":profile"_s, profile}});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<QDateTime>();
    }
    return std::optional<QDateTime>(Sql::toTime(q.value().value(0)));
}

Status CursorStore::set(const QString &profile, const QDateTime &cursor)
{
    if (!cursor.isValid()) {
        // Storing nothing would silently turn the next run into a full fetch; say so instead.
        qCCritical(lcStore) << "refused an invalid sync cursor";
        return Error {Error::Kind::Internal, tr("Could not save where the next sync starts."),
                      u"set(%1) with an invalid cursor"_s.arg(profile)};
    }
    const Result<QSqlQuery> done = m_db.run(
        u"INSERT INTO sync_cursors (profile, last_date_updated, updated_at) VALUES (:profile, "
        ":cursor, :at) ON CONFLICT (profile) DO UPDATE SET "
        "last_date_updated = excluded.last_date_updated, updated_at = excluded.updated_at"_s,
        {{u":profile"_s, profile},
         {u":cursor"_s, Sql::fromTime(cursor)},
         {u":at"_s, Sql::fromTime(m_clock.now())}});
    return done.ok() ? success() : Status(done.error());
}

Status CursorStore::clear(const QString &profile)
{
    const Result<QSqlQuery> done = m_db.run(u"DELETE FROM sync_cursors WHERE profile = :profile"_s,
                                            {{u":profile"_s, profile}});
    return done.ok() ? success() : Status(done.error());
}

} // namespace Store
