// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/webhookreceiver.h"

#include "log/logging.h"
#include "util/clock.h"
#include "webhook/webhookqueue.h"

using namespace Qt::StringLiterals;

namespace Webhooks {

using Scheme = WebhookSignature::Scheme;

WebhookReceiver::WebhookReceiver(Config config, WebhookQueue &queue, const Clock &clock)
    : m_config(std::move(config))
    , m_queue(queue)
    , m_clock(clock)
{ }

WebhookReceiver::Reply WebhookReceiver::receiveGhl(const QByteArray &body,
                                                   const QByteArray &rsaSignature,
                                                   const QByteArray &ed25519Signature)
{
    const bool signedWell = !ed25519Signature.isEmpty()
        ? WebhookSignature::verify(Scheme::GhlEd25519, body, ed25519Signature,
                                   m_config.ghlEd25519PublicKey)
        : !rsaSignature.isEmpty()
            && WebhookSignature::verify(Scheme::GhlRsa, body, rsaSignature,
                                        m_config.ghlRsaPublicKey);
    if (!signedWell) {
        return refuse(401, tr("The signature is missing or does not match."), "GHL");
    }
    const Result<WebhookEvent> event = WebhookEvent::fromGhl(body);
    if (!event.ok()) {
        return refuse(400, event.error().message, "GHL");
    }
    if (!m_config.locationId.isEmpty() && event.value().locationId != m_config.locationId) {
        return refuse(403, tr("The event belongs to another location."), "GHL");
    }
    if (!inWindow(event.value().timestamp, m_config.ghlWindow)) {
        return refuse(400, tr("The event's timestamp is outside the accepted window."), "GHL");
    }
    Reply reply;
    if (!queue(event.value(), &reply)) {
        return refuse(503, tr("The event could not be stored; the service will send it again."),
                      "GHL");
    }
    return reply;
}

WebhookReceiver::Reply WebhookReceiver::receiveMailerLite(const QByteArray &body,
                                                          const QByteArray &signature)
{
    if (m_config.mailerLiteSecret.isEmpty()
        || !WebhookSignature::verify(Scheme::MailerLiteHmac, body, signature,
                                     m_config.mailerLiteSecret)) {
        return refuse(401, tr("The signature is missing or does not match."), "MailerLite");
    }
    const Result<QList<WebhookEvent>> events = WebhookEvent::fromMailerLite(body);
    if (!events.ok()) {
        return refuse(400, events.error().message, "MailerLite");
    }
    // One stale event makes the whole batch suspect: a genuine batch is sent at once.
    for (const WebhookEvent &event : events.value()) {
        if (!inWindow(event.timestamp, m_config.mailerLiteWindow)) {
            return refuse(400, tr("The event's timestamp is outside the accepted window."),
                          "MailerLite");
        }
    }
    Reply reply;
    for (const WebhookEvent &event : events.value()) {
        if (!queue(event, &reply)) {
            return refuse(503, tr("The event could not be stored; the service will send it again."),
                          "MailerLite");
        }
    }
    return reply;
}

WebhookReceiver::Reply WebhookReceiver::refuse(int httpStatus, const QString &message,
                                               const char *source) const
{
    qCWarning(lcWebhook).noquote() << "refused a" << source << "webhook:" << httpStatus << message;
    Reply reply;
    reply.httpStatus = httpStatus;
    reply.message = message;
    return reply;
}

bool WebhookReceiver::inWindow(const QDateTime &sentAt, std::chrono::seconds window) const
{
    const qint64 age = sentAt.secsTo(m_clock.now());
    // A little clock skew the other way is normal; an event from the future is not.
    return sentAt.isValid() && age <= window.count() && age >= -60;
}

bool WebhookReceiver::queue(const WebhookEvent &event, Reply *reply)
{
    if (!event.isHandled()) {
        ++reply->ignored;
        qCInfo(lcWebhook).noquote() << "ignored a" << WebhookEvent::sourceName(event.source)
                                    << "event of type" << event.type;
        return true;
    }
    const Result<WebhookQueue::Added> added = m_queue.add(event, m_clock.now());
    if (!added.ok()) {
        qCCritical(lcWebhook).noquote() << added.error().toLogString();
        return false;
    }
    if (added.value() == WebhookQueue::Added::Duplicate) {
        // Acknowledged so the service stops retrying, but never applied twice.
        ++reply->duplicates;
        qCWarning(lcWebhook).noquote()
            << "rejected a replayed" << WebhookEvent::sourceName(event.source) << "event"
            << event.type << event.id;
        return true;
    }
    ++reply->queued;
    return true;
}

} // namespace Webhooks
