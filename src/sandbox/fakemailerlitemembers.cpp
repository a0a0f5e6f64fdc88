// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeMailerLite: group membership, /groups/:id/subscribers and the bulk import.
#include "fakemailerlite.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const MlError GroupNotFound {404, 123, u"Group not found"_s};
const MlError SubscriberNotFound {404, 123, u"Subscriber not found"_s};
const MlError WrongData {400, 123, u"Wrong data provided"_s};

qint64 groupArg(const HttpRequest &request)
{
    return request.args.value(0).toLongLong();
}

} // namespace

void FakeMailerLite::addMembershipRoutes()
{
    addRoute("GET", u"/groups/:id/subscribers"_s,
             [this](const HttpRequest &request) { return groupSubscribers(request); });
    addRoute("GET", u"/groups/:id/subscribers/count"_s, [this](const HttpRequest &request) {
        const MlGroup *group = m_store.group(groupArg(request));
        return group ? reply(200, QJsonObject {{u"count"_s, qint64(m_store.memberCount(*group))}})
                     : refuse(GroupNotFound);
    });
    addRoute("GET", u"/groups/:id/subscribers/:type/count"_s, [this](const HttpRequest &request) {
        const MlGroup *group = m_store.group(groupArg(request));
        const QString type = request.args.value(1);
        if (!group || !MlSubscriberStore::isKnownType(type)) {
            return refuse(group ? WrongData : GroupNotFound);
        }
        return reply(200, QJsonObject {{u"count"_s, qint64(m_store.memberCount(*group, type))}});
    });
    addRoute("GET", u"/groups/:id/subscribers/import/:importId"_s,
             [this](const HttpRequest &request) {
                 const auto it = m_imports.constFind(request.args.value(1).toLongLong());
                 if (!m_store.group(groupArg(request)) || it == m_imports.constEnd()) {
                     return refuse({404, 123, u"Import not found"_s});
                 }
                 return reply(200, *it);
             });
    addRoute("GET", u"/groups/:id/subscribers/:which"_s,
             [this](const HttpRequest &request) { return groupSubscribers(request); });
    addRoute("POST", u"/groups/:id/subscribers"_s,
             [this](const HttpRequest &request) { return addToGroup(request); });
    addRoute("POST", u"/groups/:id/subscribers/import"_s,
             [this](const HttpRequest &request) { return importToGroup(request); });
    addRoute("DELETE", u"/groups/:id/subscribers/:subscriber"_s,
             [this](const HttpRequest &request) {
                 MlGroup *group = m_store.group(groupArg(request));
                 if (!group) {
                     return refuse(GroupNotFound);
                 }
                 MlSubscriber *subscriber = m_store.find(request.args.value(1));
                 const SubscriberSnapshot before = snapshot(subscriber);
                 if (!subscriber || !m_store.leave(*subscriber, *group)) {
                     return refuse(SubscriberNotFound);
                 }
                 countWrites();
                 notifyChanged(before, subscriber->id);
                 return HttpResponse::empty(204);
             });
}

HttpResponse FakeMailerLite::groupSubscribers(const HttpRequest &request)
{
    const MlGroup *group = m_store.group(groupArg(request));
    if (!group) {
        return refuse(GroupNotFound);
    }
    // The segment after /subscribers/ is a type filter ("active", ...) or, as the PHP SDK's
    // getSubscriber() uses it, one member's id or email.
    const QString which = request.args.value(1);
    if (!which.isEmpty() && !MlSubscriberStore::isKnownType(which)) {
        MlSubscriber *subscriber = m_store.find(which);
        if (!subscriber || !subscriber->inGroup(group->id)) {
            return refuse(SubscriberNotFound);
        }
        return reply(200, m_store.render(*subscriber, group->id));
    }
    QJsonArray list;
    for (const MlSubscriber *subscriber :
         m_store.members(*group, which, offsetParam(request), limitParam(request))) {
        list.append(m_store.render(*subscriber, group->id));
    }
    return reply(200, list);
}

HttpResponse FakeMailerLite::addToGroup(const HttpRequest &request)
{
    MlGroup *group = m_store.group(groupArg(request));
    if (!group) {
        return refuse(GroupNotFound);
    }
    QJsonObject body;
    if (!bodyObject(request, &body)) {
        return refuse(WrongData);
    }
    // Re-adding a subscriber who has not confirmed yet (double opt-in), without a type, is
    // refused with a bare 400 {} (the documented error body of this endpoint).
    const MlSubscriber *existing = m_store.find(body.value(u"email"_s).toString().trimmed());
    if (m_options.doubleOptIn && existing && existing->type == u"unconfirmed"
        && !body.contains(u"type"_s)) {
        return reply(400, QJsonObject());
    }
    MlSubscriberStore::Upsert upsert;
    upsert.body = body;
    upsert.resubscribe = flag(body.value(u"resubscribe"_s), false);
    upsert.groupId = group->id;
    const SubscriberSnapshot before = snapshot(existing);
    qint64 id = 0;
    auto outcome = MlSubscriberStore::Outcome::Unchanged;
    if (auto error = m_store.upsert(upsert, now(), &id, &outcome)) {
        return refuse(*error);
    }
    if (outcome != MlSubscriberStore::Outcome::Unchanged) {
        countWrites();
        notifyChanged(before, id);
    }
    return reply(200, m_store.render(*m_store.findById(id), group->id));
}

HttpResponse FakeMailerLite::importToGroup(const HttpRequest &request)
{
    MlGroup *group = m_store.group(groupArg(request));
    if (!group) {
        return refuse(GroupNotFound);
    }
    QJsonObject body;
    const QJsonArray rows
        = bodyObject(request, &body) ? body.value(u"subscribers"_s).toArray() : QJsonArray();
    if (rows.isEmpty()) {
        return refuse(WrongData);
    }
    // Defaults differ from the single add: autoresponders off, a synchronous report.
    const bool resubscribe = flag(body.value(u"resubscribe"_s), false);
    const bool autoresponders = flag(body.value(u"autoresponders"_s), false);
    const bool returnStatus = flag(body.value(u"return_status"_s), true);
    const QString at = now();
    QJsonArray imported;
    QJsonArray updated;
    QJsonArray unchanged;
    QJsonArray errors;
    for (const QJsonValue &row : rows) {
        MlSubscriberStore::Upsert upsert;
        upsert.body = row.toObject();
        upsert.resubscribe = resubscribe;
        upsert.groupId = group->id;
        const SubscriberSnapshot before
            = snapshot(m_store.find(upsert.body.value(u"email"_s).toString().trimmed()));
        qint64 id = 0;
        auto outcome = MlSubscriberStore::Outcome::Unchanged;
        if (auto error = m_store.upsert(upsert, at, &id, &outcome)) {
            // The shape of errors[] is undocumented; email plus message is what clients need.
            errors.append(QJsonObject {{u"email"_s, upsert.body.value(u"email"_s).toString()},
                                       {u"message"_s, error->message}});
            continue;
        }
        notifyChanged(before, id);
        const QJsonObject item {{u"id"_s, id}, {u"email"_s, m_store.findById(id)->email}};
        // "unchanged": an existing subscriber for whom the row changed nothing, membership
        // included; "updated": an existing one whose values, type or groups changed.
        switch (outcome) {
        case MlSubscriberStore::Outcome::Created:
            imported.append(item);
            break;
        case MlSubscriberStore::Outcome::Updated:
            updated.append(item);
            break;
        case MlSubscriberStore::Outcome::Unchanged:
            unchanged.append(item);
            break;
        }
    }
    countWrites(int(imported.size() + updated.size()));
    if (returnStatus) {
        return reply(200,
                     QJsonObject {{u"imported"_s, imported},
                                  {u"updated"_s, updated},
                                  {u"unchanged"_s, unchanged},
                                  {u"errors"_s, errors}});
    }
    // return_status:false answers with a background job that has just started. The work is
    // already done here, so GET .../import/:id reports it finished.
    const qint64 jobId = m_nextImportId++;
    const QJsonObject options {{u"resubscribe"_s, resubscribe},
                               {u"autoresponders"_s, autoresponders}};
    const auto job = [&](qint64 written, qint64 same, qint64 invalid, bool finished) {
        return QJsonObject {{u"id"_s, jobId},
                            {u"type"_s, u"import"_s},
                            {u"stats"_s,
                             QJsonObject {{u"imported"_s, written},
                                          {u"duplicates"_s, 0},
                                          {u"invalid"_s, invalid},
                                          {u"unchanged"_s, same},
                                          {u"total"_s, written + same + invalid}}},
                            {u"options"_s, options},
                            {u"is_finished"_s, finished},
                            {u"is_importing"_s, !finished},
                            {u"is_killed"_s, false},
                            {u"created_at"_s, at}};
    };
    m_imports.insert(jobId,
                     job(imported.size() + updated.size(), unchanged.size(), errors.size(), true));
    return reply(200, job(0, 0, 0, false));
}

} // namespace Sandbox
