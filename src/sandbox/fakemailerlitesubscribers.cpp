// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeMailerLite: the /subscribers endpoints.
#include "fakemailerlite.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const MlError SubscriberNotFound {404, 123, u"Subscriber not found"_s};
const MlError WrongData {400, 123, u"Wrong data provided"_s};

} // namespace

void FakeMailerLite::addSubscriberRoutes()
{
    addRoute("GET", u"/subscribers"_s, [this](const HttpRequest &request) {
        QJsonArray list;
        const auto page = m_store.subscribers(param(request, u"type"_s), offsetParam(request),
                                              limitParam(request));
        for (const MlSubscriber *subscriber : page) {
            list.append(m_store.render(*subscriber));
        }
        return reply(200, list); // a bare array: no envelope, no total
    });
    addRoute("GET", u"/subscribers/count"_s, [this](const HttpRequest &request) {
        const QString type = param(request, u"type"_s);
        return reply(200, QJsonObject {{u"count"_s, qint64(m_store.subscriberCount(type))}});
    });
    addRoute("GET", u"/subscribers/search"_s,
             [this](const HttpRequest &request) { return searchSubscribers(request); });
    addRoute("POST", u"/subscribers"_s,
             [this](const HttpRequest &request) { return createSubscriber(request); });
    addRoute("GET", u"/subscribers/:id"_s, [this](const HttpRequest &request) {
        const MlSubscriber *subscriber = m_store.find(request.args.value(0));
        return subscriber ? reply(200, m_store.render(*subscriber)) : refuse(SubscriberNotFound);
    });
    addRoute("PUT", u"/subscribers/:id"_s, [this](const HttpRequest &request) {
        MlSubscriber *subscriber = m_store.find(request.args.value(0));
        if (!subscriber) {
            return refuse(SubscriberNotFound);
        }
        QJsonObject body;
        if (!bodyObject(request, &body)) {
            return refuse(WrongData);
        }
        const SubscriberSnapshot before = snapshot(subscriber);
        bool changed = false;
        if (auto error = m_store.update(*subscriber, body, now(), &changed)) {
            return refuse(*error);
        }
        if (changed) {
            countWrites();
            notifyChanged(before, subscriber->id);
        }
        return reply(200, m_store.render(*subscriber));
    });
    addRoute("DELETE", u"/subscribers/:id"_s, [this](const HttpRequest &request) {
        const MlSubscriber *subscriber = m_store.find(request.args.value(0));
        if (!subscriber) {
            return refuse(SubscriberNotFound);
        }
        m_store.remove(subscriber->id);
        countWrites();
        return HttpResponse::empty(204);
    });
    addRoute("GET", u"/subscribers/:id/groups"_s, [this](const HttpRequest &request) {
        const MlSubscriber *subscriber = m_store.find(request.args.value(0));
        if (!subscriber) {
            return refuse(SubscriberNotFound);
        }
        QJsonArray list;
        for (const auto &membership : subscriber->groups) {
            if (const MlGroup *group = m_store.group(membership.first)) {
                list.append(MlSubscriberStore::render(*group));
            }
        }
        return reply(200, list);
    });
    // Campaign activity: the sandbox never sends a campaign, so there is none to report.
    const auto activity = [this](const HttpRequest &request) {
        return m_store.find(request.args.value(0)) ? reply(200, QJsonArray())
                                                   : refuse(SubscriberNotFound);
    };
    addRoute("GET", u"/subscribers/:id/activity"_s, activity);
    addRoute("GET", u"/subscribers/:id/activity/:type"_s, activity);
}

HttpResponse FakeMailerLite::createSubscriber(const HttpRequest &request)
{
    QJsonObject body;
    if (!bodyObject(request, &body)) {
        return refuse(WrongData);
    }
    MlSubscriberStore::Upsert upsert;
    upsert.body = body;
    upsert.resubscribe = flag(body.value(u"resubscribe"_s), false);
    const SubscriberSnapshot before
        = snapshot(m_store.find(body.value(u"email"_s).toString().trimmed()));
    qint64 id = 0;
    auto outcome = MlSubscriberStore::Outcome::Unchanged;
    if (auto error = m_store.upsert(upsert, now(), &id, &outcome)) {
        return refuse(*error);
    }
    if (outcome != MlSubscriberStore::Outcome::Unchanged) {
        countWrites();
        notifyChanged(before, id);
    }
    // Classic answers 200 for a new and for an existing subscriber alike.
    return reply(200, m_store.render(*m_store.findById(id)));
}

HttpResponse FakeMailerLite::searchSubscribers(const HttpRequest &request)
{
    const QString query = param(request, u"query"_s);
    const bool minimized = flag(param(request, u"minimized"_s), false);
    QJsonArray list;
    for (const MlSubscriber *subscriber :
         m_store.search(query, offsetParam(request), limitParam(request))) {
        if (minimized) {
            list.append(QJsonObject {{u"id"_s, subscriber->id},
                                     {u"email"_s, subscriber->email},
                                     {u"type"_s, subscriber->type}});
        } else {
            list.append(m_store.render(*subscriber));
        }
    }
    return reply(200, list); // no match is [] with 200, not a 404
}

} // namespace Sandbox
