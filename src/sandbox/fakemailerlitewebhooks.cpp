// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeMailerLite: the /webhooks endpoints and the subscriber events webhooks report.
#include "fakemailerlite.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const MlError WebhookNotFound {404, 123, u"Webhook not found"_s};

// The checks behind "Url must be an active domain, Event contains invalid value": each
// failing part of the message, joined as the real one joins them.
std::optional<MlError> checkWebhook(const QJsonObject &body, QUrl *url, QString *event)
{
    *url = QUrl(body.value(u"url"_s).toString().trimmed(), QUrl::StrictMode);
    *event = body.value(u"event"_s).toString().trimmed();
    QStringList problems;
    if (!url->isValid() || url->host().isEmpty()
        || (url->scheme() != u"http" && url->scheme() != u"https")) {
        problems.append(u"Url must be an active domain"_s);
    }
    if (!MlWebhookEmitter::knownEvents().contains(*event)) {
        problems.append(u"Event contains invalid value"_s);
    }
    if (problems.isEmpty()) {
        return std::nullopt;
    }
    return MlError {400, 400, problems.join(u", "_s)};
}

} // namespace

void FakeMailerLite::addWebhookRoutes()
{
    addRoute("GET", u"/webhooks"_s, [this](const HttpRequest &request) {
        const qsizetype offset = offsetParam(request);
        const qsizetype limit = limitParam(request);
        const QList<MlWebhookEmitter::Webhook> &all = m_webhooks->webhooks();
        QJsonArray list;
        for (qsizetype i = offset; i < all.size() && i < offset + limit; ++i) {
            list.append(MlWebhookEmitter::render(all.at(i)));
        }
        return reply(200,
                     QJsonObject {{u"webhooks"_s, list},
                                  {u"count"_s, qint64(all.size())},
                                  {u"start"_s, qint64(offset)},
                                  {u"limit"_s, qint64(limit)}});
    });
    addRoute("GET", u"/webhooks/:id"_s, [this](const HttpRequest &request) {
        const MlWebhookEmitter::Webhook *webhook
            = m_webhooks->webhook(request.args.value(0).toLongLong());
        return webhook ? reply(200, MlWebhookEmitter::render(*webhook)) : refuse(WebhookNotFound);
    });
    addRoute("POST", u"/webhooks"_s, [this](const HttpRequest &request) {
        QJsonObject body;
        QUrl url;
        QString event;
        if (!bodyObject(request, &body)) {
            return refuse(
                {400, 400, u"Url must be an active domain, Event contains invalid value"_s});
        }
        if (auto error = checkWebhook(body, &url, &event)) {
            return refuse(*error);
        }
        countWrites();
        return reply(200, MlWebhookEmitter::render(m_webhooks->add(event, url)));
    });
    addRoute("PUT", u"/webhooks/:id"_s, [this](const HttpRequest &request) {
        const qint64 id = request.args.value(0).toLongLong();
        const MlWebhookEmitter::Webhook *webhook = m_webhooks->webhook(id);
        if (!webhook) {
            return refuse(WebhookNotFound);
        }
        QJsonObject body;
        if (!bodyObject(request, &body)) {
            return refuse(
                {400, 400, u"Url must be an active domain, Event contains invalid value"_s});
        }
        // Either part may be left out: it keeps its value.
        if (!body.contains(u"url"_s)) {
            body.insert(u"url"_s, webhook->url.toString());
        }
        if (!body.contains(u"event"_s)) {
            body.insert(u"event"_s, webhook->event);
        }
        QUrl url;
        QString event;
        if (auto error = checkWebhook(body, &url, &event)) {
            return refuse(*error);
        }
        m_webhooks->update(id, event, url);
        countWrites();
        return reply(200, MlWebhookEmitter::render(*m_webhooks->webhook(id)));
    });
    addRoute("DELETE", u"/webhooks/:id"_s, [this](const HttpRequest &request) {
        if (!m_webhooks->remove(request.args.value(0).toLongLong())) {
            return refuse(WebhookNotFound);
        }
        countWrites();
        return reply(200, QJsonObject {{u"success"_s, true}});
    });
}

FakeMailerLite::SubscriberSnapshot FakeMailerLite::snapshot(const MlSubscriber *subscriber)
{
    SubscriberSnapshot snapshot;
    if (!subscriber) {
        return snapshot;
    }
    snapshot.exists = true;
    snapshot.type = subscriber->type;
    snapshot.values = subscriber->values;
    for (const auto &membership : subscriber->groups) {
        snapshot.groups.append(membership.first);
    }
    return snapshot;
}

QString FakeMailerLite::mutateType(const QJsonObject &item)
{
    const QString action = item.value(u"action"_s).toString();
    if (action.isEmpty()) {
        return item.value(u"type"_s).toString();
    }
    static const QHash<QString, QString> typeByAction {{u"unsubscribe"_s, u"unsubscribed"_s},
                                                       {u"bounce"_s, u"bounced"_s},
                                                       {u"complain"_s, u"junk"_s}};
    // An unknown action becomes a type no subscriber can have, which mutate refuses.
    return typeByAction.value(action, u"action:"_s + action);
}

void FakeMailerLite::notifyChanged(const SubscriberSnapshot &before, qint64 id)
{
    const MlSubscriber *after = m_store.findById(id);
    if (m_webhooks->webhooks().isEmpty() || !after) {
        return; // nobody listens: the common case costs one check
    }
    const QJsonObject subscriber = m_store.render(*after);
    const auto queue = [&](const QString &type, QJsonObject data = {}) {
        if (m_webhooks->wants(type)) {
            data.insert(u"subscriber"_s, subscriber);
            m_webhooks->queue(type, data);
        }
    };
    if (!before.exists) {
        queue(u"subscriber.create"_s);
    } else if (before.values != after->values) {
        queue(u"subscriber.update"_s);
    }
    if (before.exists && before.type != after->type) {
        if (after->type == u"unsubscribed") {
            queue(u"subscriber.unsubscribe"_s);
        } else if (after->type == u"bounced") {
            queue(u"subscriber.bounced"_s);
        } else if (after->type == u"junk") {
            queue(u"subscriber.complaint"_s); // a spam complaint files the subscriber as junk
        } else if (after->type == u"active" && before.type == u"unconfirmed") {
            queue(u"subscriber.active"_s);
        }
    }
    const auto groupData = [this](qint64 groupId) {
        const MlGroup *group = m_store.group(groupId);
        return QJsonObject {
            {u"group"_s,
             QJsonObject {{u"id"_s, groupId}, {u"name"_s, group ? group->name : QString()}}}};
    };
    QList<qint64> now;
    for (const auto &membership : after->groups) {
        now.append(membership.first);
        if (!before.groups.contains(membership.first)) {
            queue(u"subscriber.add_to_group"_s, groupData(membership.first));
        }
    }
    for (const qint64 groupId : before.groups) {
        if (!now.contains(groupId)) {
            queue(u"subscriber.remove_from_group"_s, groupData(groupId));
        }
    }
}

} // namespace Sandbox
