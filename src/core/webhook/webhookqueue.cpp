// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/webhookqueue.h"

#include "store/sqlvalues.h"
#include "store/statedatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Webhooks {

namespace {

QString settlementName(WebhookQueue::Settlement settlement)
{
    switch (settlement) {
    case WebhookQueue::Settlement::Applied:
        return u"applied"_s;
    case WebhookQueue::Settlement::Failed:
        return u"failed"_s;
    case WebhookQueue::Settlement::Ignored:
        return u"ignored"_s;
    }
    return u"failed"_s;
}

} // namespace

WebhookQueue::WebhookQueue(Store::StateDatabase &db, QString profile)
    : m_db(db)
    , m_profile(std::move(profile))
{ }

Result<WebhookQueue::Added> WebhookQueue::add(const WebhookEvent &event,
                                              const QDateTime &receivedAt)
{
    const Result<QSqlQuery> q = m_db.run(
        u"INSERT INTO webhook_events (profile, source, event_id, type, sent_at, received_at, "
        "contact_id, subscriber_id, email, payload) VALUES (:profile, :source, :event_id, "
        ":type, :sent_at, :received_at, :contact_id, :subscriber_id, :email, :payload) "
        "ON CONFLICT (profile, source, event_id) DO NOTHING"_s,
        {{u":profile"_s, m_profile},
         {u":source"_s, WebhookEvent::sourceName(event.source)},
         {u":event_id"_s, event.id},
         {u":type"_s, event.type},
         {u":sent_at"_s, Store::Sql::fromTime(event.timestamp)},
         {u":received_at"_s, Store::Sql::fromTime(receivedAt)},
         {u":contact_id"_s, Store::Sql::fromText(event.contactId)},
         {u":subscriber_id"_s, Store::Sql::fromText(event.subscriberId)},
         {u":email"_s, Store::Sql::fromText(event.email)},
         {u":payload"_s,
          QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact))}});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().numRowsAffected() == 1 ? Added::Queued : Added::Duplicate;
}

Result<QList<WebhookQueue::Entry>> WebhookQueue::pending(int limit) const
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT id, source, event_id, type, sent_at, received_at, contact_id, subscriber_id, "
        "email, payload FROM webhook_events WHERE profile = :profile AND status = 'pending' "
        "ORDER BY id LIMIT :limit"_s,
        {{u":profile"_s, m_profile}, {u":limit"_s, limit}});
    if (!q.ok()) {
        return q.error();
    }
    QList<Entry> entries;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        Entry entry;
        entry.rowId = rows.value(0).toLongLong();
        WebhookEvent &e = entry.event;
        e.source = rows.value(1).toString() == u"ghl" ? WebhookEvent::Source::Ghl
                                                      : WebhookEvent::Source::MailerLite;
        e.id = rows.value(2).toString();
        e.type = rows.value(3).toString();
        e.timestamp = Store::Sql::toTime(rows.value(4));
        entry.receivedAt = Store::Sql::toTime(rows.value(5));
        e.contactId = rows.value(6).toString();
        e.subscriberId = rows.value(7).toString();
        e.email = rows.value(8).toString();
        e.payload = QJsonDocument::fromJson(rows.value(9).toString().toUtf8()).object();
        e.locationId = e.payload.value("locationId"_L1).toString();
        entries.append(entry);
    }
    return entries;
}

Result<int> WebhookQueue::pendingCount() const
{
    Result<QSqlQuery> q = m_db.run(u"SELECT count(*) FROM webhook_events WHERE profile = "
                                   ":profile AND status = 'pending'"_s,
                                   {{u":profile"_s, m_profile}});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Status WebhookQueue::settle(const QList<qint64> &rowIds, Settlement settlement, const QDateTime &at,
                            std::optional<qint64> runId, const QString &note)
{
    return m_db.transaction([&]() -> Status {
        for (const qint64 rowId : rowIds) {
            const Result<QSqlQuery> q = m_db.run(
                u"UPDATE webhook_events SET status = :status, run_id = :run, note = :note, "
                "settled_at = :at WHERE id = :id AND profile = :profile"_s,
                {{u":status"_s, settlementName(settlement)},
                 {u":run"_s, runId ? QVariant(*runId) : QVariant()},
                 {u":note"_s, Store::Sql::fromText(note)},
                 {u":at"_s, Store::Sql::fromTime(at)},
                 {u":id"_s, rowId},
                 {u":profile"_s, m_profile}});
            if (!q.ok()) {
                return q.error();
            }
        }
        return success();
    });
}

Result<bool> WebhookQueue::contains(WebhookEvent::Source source, const QString &eventId) const
{
    Result<QSqlQuery> q = m_db.run(
        u"SELECT 1 FROM webhook_events WHERE profile = :profile AND source = :source AND "
        "event_id = :event_id"_s,
        {{u":profile"_s, m_profile},
         {u":source"_s, WebhookEvent::sourceName(source)},
         {u":event_id"_s, eventId}});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().next();
}

Result<int> WebhookQueue::prune(const QDateTime &before)
{
    const Result<QSqlQuery> q
        = m_db.run(u"DELETE FROM webhook_events WHERE profile = :profile AND status <> "
                   "'pending' AND received_at < :before"_s,
                   {{u":profile"_s, m_profile}, {u":before"_s, Store::Sql::fromTime(before)}});
    if (!q.ok()) {
        return q.error();
    }
    return q.value().numRowsAffected();
}

} // namespace Webhooks
