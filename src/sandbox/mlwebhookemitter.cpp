// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlwebhookemitter.h"

#include "log/logging.h"
#include "mljsonwriter.h"
#include "util/clock.h"
#include "webhook/webhooksignature.h"
#include "webhookemitter.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QJsonObject phpDate(const QDateTime &time)
{
    // How Classic renders a PHP DateTime: microseconds and the zone spelled out.
    return {{u"date"_s, time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz000"_s)},
            {u"timezone_type"_s, 3},
            {u"timezone"_s, u"UTC"_s}};
}

} // namespace

MlWebhookEmitter::MlWebhookEmitter(QByteArray apiKey, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_apiKey(std::move(apiKey))
    , m_clock(clock)
    , m_delivery(new WebhookEmitter(this))
{
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &MlWebhookEmitter::flush);
}

MlWebhookEmitter::~MlWebhookEmitter() = default;

const QStringList &MlWebhookEmitter::knownEvents()
{
    static const QStringList events {u"subscriber.create"_s,
                                     u"subscriber.active"_s,
                                     u"subscriber.update"_s,
                                     u"subscriber.unsubscribe"_s,
                                     u"subscriber.add_to_group"_s,
                                     u"subscriber.remove_from_group"_s,
                                     u"subscriber.added_through_webform"_s,
                                     u"subscriber.bounced"_s,
                                     u"subscriber.complaint"_s,
                                     u"subscriber.automation_triggered"_s,
                                     u"subscriber.automation_complete"_s,
                                     u"campaign.sent"_s};
    return events;
}

const QStringList &MlWebhookEmitter::subscriberEvents()
{
    static const QStringList events {u"subscriber.create"_s,
                                     u"subscriber.update"_s,
                                     u"subscriber.unsubscribe"_s,
                                     u"subscriber.add_to_group"_s,
                                     u"subscriber.remove_from_group"_s,
                                     u"subscriber.bounced"_s,
                                     u"subscriber.complaint"_s};
    return events;
}

const MlWebhookEmitter::Webhook *MlWebhookEmitter::webhook(qint64 id) const
{
    for (const Webhook &webhook : m_webhooks) {
        if (webhook.id == id) {
            return &webhook;
        }
    }
    return nullptr;
}

const MlWebhookEmitter::Webhook &MlWebhookEmitter::add(const QString &event, const QUrl &url)
{
    const QDateTime now = m_clock.now();
    m_webhooks.append(Webhook {m_nextId++, event, url, now, now});
    return m_webhooks.constLast();
}

bool MlWebhookEmitter::update(qint64 id, const QString &event, const QUrl &url)
{
    for (Webhook &webhook : m_webhooks) {
        if (webhook.id == id) {
            webhook.event = event;
            webhook.url = url;
            webhook.updatedAt = m_clock.now();
            return true;
        }
    }
    return false;
}

bool MlWebhookEmitter::remove(qint64 id)
{
    return m_webhooks.removeIf([id](const Webhook &webhook) { return webhook.id == id; }) > 0;
}

void MlWebhookEmitter::subscribeAll(const QUrl &url)
{
    for (const QString &event : subscriberEvents()) {
        add(event, url);
    }
}

QJsonObject MlWebhookEmitter::render(const Webhook &webhook)
{
    return {{u"id"_s, webhook.id},
            {u"event"_s, webhook.event},
            {u"url"_s, webhook.url.toString()},
            {u"created_at"_s, phpDate(webhook.createdAt)},
            {u"updated_at"_s, phpDate(webhook.updatedAt)}};
}

bool MlWebhookEmitter::wants(const QString &type) const
{
    for (const Webhook &webhook : m_webhooks) {
        if (webhook.event == type) {
            return true;
        }
    }
    return false;
}

void MlWebhookEmitter::queue(const QString &type, const QJsonObject &data)
{
    const qint64 timestamp = m_clock.now().toSecsSinceEpoch();
    for (const Webhook &webhook : std::as_const(m_webhooks)) {
        if (webhook.event != type) {
            continue;
        }
        m_eventCounts.insert(type, m_eventCounts.value(type).toInteger() + 1);
        const QJsonObject event {{u"account_id"_s, AccountId},
                                 {u"data"_s, data},
                                 {u"timestamp"_s, timestamp},
                                 {u"type"_s, type},
                                 {u"webhook_id"_s, webhook.id}};
        auto batch = std::find_if(m_batches.begin(), m_batches.end(), [&](const auto &pending) {
            return pending.first == webhook.url;
        });
        if (batch == m_batches.end()) {
            m_batches.append({webhook.url, QJsonArray()});
            batch = std::prev(m_batches.end());
        }
        batch->second.append(event);
    }
    // The batch window opens with its first event; later events join it.
    if (!m_batches.isEmpty() && !m_batchTimer.isActive()) {
        m_batchTimer.start(m_interval);
    }
}

void MlWebhookEmitter::flush()
{
    m_batchTimer.stop();
    const auto batches = std::exchange(m_batches, {});
    for (const auto &[url, events] : batches) {
        // MlJsonWriter keeps subscriber ids beyond 2^53 exact.
        const QByteArray body = MlJsonWriter::write(QJsonObject {{u"events"_s, events}});
        const auto signature = Webhooks::WebhookSignature::sign(
            Webhooks::WebhookSignature::Scheme::MailerLiteHmac, body, m_apiKey);
        if (!signature) {
            qCCritical(lcSandbox).noquote()
                << "could not sign a MailerLite webhook batch:" << signature.error().toLogString();
            continue;
        }
        m_delivery->post(url, body, {{"X-MailerLite-Signature", signature.value()}});
    }
}

int MlWebhookEmitter::waiting() const
{
    int count = 0;
    for (const auto &batch : m_batches) {
        count += int(batch.second.size());
    }
    return count;
}

QJsonObject MlWebhookEmitter::stats() const
{
    QJsonObject stats = m_delivery->stats();
    stats.insert(u"events"_s, m_eventCounts);
    stats.insert(u"waiting"_s, waiting());
    stats.insert(u"webhooks"_s, qint64(m_webhooks.size()));
    return stats;
}

} // namespace Sandbox
