// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <utility>

class Clock;

namespace Sandbox {

class WebhookEmitter;

// The webhooks of the fake MailerLite Classic account (research §9): the registry the
// /webhooks endpoints manage (one event per webhook), and the delivery. Events are collected
// and sent in batches, one POST {"events":[...]} per URL, signed with X-MailerLite-Signature
// (base64 HMAC-SHA256 of the body keyed with the account's API key). The real service batches
// every minute; the interval is an option here. Lives in the fake server's thread.
class MlWebhookEmitter final : public QObject
{
    Q_OBJECT

public:
    struct Webhook
    {
        qint64 id = 0;
        QString event;
        QUrl url;
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    // The account id events carry (GET /me answers the same).
    static constexpr qint64 AccountId = 1;

    MlWebhookEmitter(QByteArray apiKey, const Clock &clock, QObject *parent = nullptr);
    ~MlWebhookEmitter() override;

    // Every event a Classic webhook may subscribe to, and the subscriber events the fake emits.
    [[nodiscard]] static const QStringList &knownEvents();
    [[nodiscard]] static const QStringList &subscriberEvents();

    // The registry.
    [[nodiscard]] const QList<Webhook> &webhooks() const { return m_webhooks; }
    [[nodiscard]] const Webhook *webhook(qint64 id) const;
    const Webhook &add(const QString &event, const QUrl &url);
    bool update(qint64 id, const QString &event, const QUrl &url);
    bool remove(qint64 id);
    // One webhook per subscriberEvents() entry, all to `url`: a receiver that gets everything.
    void subscribeAll(const QUrl &url);
    // {id, event, url, created_at{date, timezone_type, timezone}, updated_at{...}}
    [[nodiscard]] static QJsonObject render(const Webhook &webhook);

    // How long events wait to share a batch; 0 sends them on the next event-loop turn.
    [[nodiscard]] std::chrono::milliseconds batchInterval() const { return m_interval; }
    void setBatchInterval(std::chrono::milliseconds interval) { m_interval = interval; }

    // Whether any webhook listens for `type`: callers skip building events nobody wants.
    [[nodiscard]] bool wants(const QString &type) const;
    // Queues the event for every webhook of `type`; `data` is {"subscriber": {...}, ...}.
    void queue(const QString &type, const QJsonObject &data);
    // Sends every waiting batch now.
    void flush();
    [[nodiscard]] int waiting() const;

    [[nodiscard]] WebhookEmitter &delivery() { return *m_delivery; }
    // The delivery counters, the events made per type and the events waiting for a batch.
    [[nodiscard]] QJsonObject stats() const;

private:
    QByteArray m_apiKey;
    const Clock &m_clock;
    QList<Webhook> m_webhooks;
    qint64 m_nextId = 1;
    std::chrono::milliseconds m_interval {1000};
    QList<std::pair<QUrl, QJsonArray>> m_batches; // per URL, in order of the first event
    QTimer m_batchTimer;
    QJsonObject m_eventCounts;
    WebhookEmitter *m_delivery; // child
};

} // namespace Sandbox
