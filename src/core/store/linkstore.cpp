// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/linkstore.h"

#include "log/logging.h"
#include "store/linkjson.h"
#include "store/sqlvalues.h"
#include "store/statedatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

// The column order every reader below relies on.
const QString selectColumns
    = u"SELECT ghl_contact_id, CAST(ml_subscriber_id AS INTEGER), email, payload_hash, "
      "name, fields_json, subscriber_type, group_ids_json, synced_at "
      "FROM links "_s;

Link readLink(const QSqlQuery &query)
{
    Link link;
    link.contactId = query.value(0).toString();
    link.subscriberId = query.value(1).toLongLong();
    link.email = query.value(2).toString();
    link.payloadHash = query.value(3).toString();
    link.name = query.value(4).toString();
    link.subscriberType = query.value(6).toString();
    link.syncedAt = Sql::toTime(query.value(8));
    const bool fieldsOk = LinkJson::parseFields(query.value(5).toString(), link.fields);
    const bool groupsOk = LinkJson::parseGroups(query.value(7).toString(), link.groups);
    if (!fieldsOk || !groupsOk) {
        // A damaged "last pushed" state must not block syncing: forgetting the hash makes the
        // next run push this contact again, which rewrites the row.
        qCWarning(lcStore) << "damaged link state for contact" << link.contactId
                           << "; it will be pushed again";
        link.payloadHash.clear();
        link.fields.clear();
        link.groups.clear();
    }
    return link;
}

} // namespace

LinkStore::LinkStore(StateDatabase &db)
    : m_db(db)
{ }

Result<QHash<QString, Link>> LinkStore::loadAll(const QString &profile) const
{
    // Growing a hash of 100,000 links step by step rehashes it many times.
    const Result<int> total = count(profile);
    if (!total.ok()) {
        return total.error();
    }
    QHash<QString, Link> links;
    links.reserve(total.value());
    Result<QSqlQuery> query
        = m_db.run(selectColumns + u"WHERE profile = :profile"_s, {{u":profile"_s, profile}});
    if (!query.ok()) {
        return query.error();
    }
    QSqlQuery &q = query.value();
    while (q.next()) {
        Link link = readLink(q);
        QString key = link.contactId;
        links.emplace(std::move(key), std::move(link));
    }
    return links;
}

Result<std::optional<Link>> LinkStore::find(const QString &profile, const QString &contactId) const
{
    return findOne(u"WHERE profile = :profile AND ghl_contact_id = :contact"_s,
                   {{u":profile"_s, profile}, {u":contact"_s, contactId}});
}

Result<std::optional<Link>> LinkStore::findByEmail(const QString &profile,
                                                   const QString &email) const
{
    // lower(email) on the column side is what the links_profile_email index holds.
    return findOne(u"WHERE profile = :profile AND lower(email) = lower(:email) "
                   "ORDER BY synced_at DESC LIMIT 1"_s,
                   {{u":profile"_s, profile}, {u":email"_s, email.trimmed()}});
}

Result<std::optional<Link>> LinkStore::findBySubscriber(const QString &profile,
                                                        qint64 subscriberId) const
{
    // Ids are stored as text (see Sql::fromId); links_profile_subscriber covers the lookup.
    return findOne(u"WHERE profile = :profile AND ml_subscriber_id = :subscriber "
                   "ORDER BY synced_at DESC LIMIT 1"_s,
                   {{u":profile"_s, profile}, {u":subscriber"_s, Sql::fromId(subscriberId)}});
}

Result<std::optional<Link>> LinkStore::findOne(const QString &where, const QVariantMap &binds) const
{
    Result<QSqlQuery> query = m_db.run(selectColumns + where, binds);
    if (!query.ok()) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<Link>();
    }
    return std::optional<Link>(readLink(query.value()));
}

Status LinkStore::upsert(const QString &profile, const Link &link)
{
    if (profile.isEmpty() || link.contactId.isEmpty() || link.subscriberId <= 0
        || !link.syncedAt.isValid()) {
        qCCritical(lcStore) << "refused incomplete link for contact" << link.contactId;
        return Error {
            Error::Kind::Internal, tr("Could not save the link of a synced contact."),
            u"incomplete link: profile '%1', contact '%2', subscriber %3, syncedAt %4"_s.arg(
                profile, link.contactId, QString::number(link.subscriberId),
                link.syncedAt.isValid() ? u"set"_s : u"missing"_s)};
    }
    // coalesce(): QSQLITE binds a null QString as NULL, and these columns are NOT NULL.
    const Result<QSqlQuery> done = m_db.run(
        u"INSERT INTO links (profile, ghl_contact_id, ml_subscriber_id, email, payload_hash, "
        "name, fields_json, subscriber_type, group_ids_json, synced_at) VALUES (:profile, "
        ":contact, :subscriber, coalesce(:email, ''), coalesce(:hash, ''), coalesce(:name, ''), "
        ":fields, coalesce(:type, ''), :groups, :synced) "
        "ON CONFLICT (profile, ghl_contact_id) DO UPDATE SET "
        "ml_subscriber_id = excluded.ml_subscriber_id, email = excluded.email, "
        "payload_hash = excluded.payload_hash, name = excluded.name, "
        "fields_json = excluded.fields_json, subscriber_type = excluded.subscriber_type, "
        "group_ids_json = excluded.group_ids_json, synced_at = excluded.synced_at"_s,
        {{u":profile"_s, profile},
         {u":contact"_s, link.contactId},
         {u":subscriber"_s, QString::number(link.subscriberId)},
         {u":email"_s, link.email.trimmed()},
         {u":hash"_s, link.payloadHash},
         {u":name"_s, link.name},
         {u":fields"_s, LinkJson::fieldsToJson(link.fields)},
         {u":type"_s, link.subscriberType},
         {u":groups"_s, LinkJson::groupsToJson(link.groups)},
         {u":synced"_s, Sql::fromTime(link.syncedAt)}});
    return done.ok() ? success() : Status(done.error());
}

Status LinkStore::remove(const QString &profile, const QString &contactId)
{
    const Result<QSqlQuery> done
        = m_db.run(u"DELETE FROM links WHERE profile = :profile AND ghl_contact_id = :contact"_s,
                   {{u":profile"_s, profile}, {u":contact"_s, contactId}});
    return done.ok() ? success() : Status(done.error());
}

Result<int> LinkStore::count(const QString &profile) const
{
    Result<QSqlQuery> query = m_db.run(u"SELECT count(*) FROM links WHERE profile = :profile"_s,
                                       {{u":profile"_s, profile}});
    if (!query.ok()) {
        return query.error();
    }
    if (!query.value().next()) {
        return m_db.storageError(query.value().lastError(), u"count links"_s);
    }
    return query.value().value(0).toInt();
}

} // namespace Store
