// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/webhookpipeline.h"

#include "session/clients.h"
#include "sync/writeback.h"
#include "webhook/webhooklistener.h"
#include "webhook/webhookqueue.h"

namespace Webhooks {

namespace {

WebhookReceiver::Config receiverConfig(const Session::ServiceConfig &services)
{
    const Profiles::RealtimeSettings &realtime = services.profile.realtime;
    WebhookReceiver::Config config;
    config.locationId = services.profile.locationId;
    // Empty keys in the profile: the ones GoHighLevel publishes (the Config's defaults).
    if (!realtime.ghlRsaPublicKey.isEmpty()) {
        config.ghlRsaPublicKey = realtime.ghlRsaPublicKey;
    }
    if (!realtime.ghlEd25519PublicKey.isEmpty()) {
        config.ghlEd25519PublicKey = realtime.ghlEd25519PublicKey;
    }
    config.mailerLiteSecret = services.mailerLiteKey; // Classic signs with the API key
    return config;
}

} // namespace

WebhookPipeline::WebhookPipeline(const Session::ServiceConfig &services, Store::StateDatabase &db,
                                 const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_db(db)
    , m_clock(clock)
    , m_queue(std::make_unique<WebhookQueue>(db, services.profile.name))
    , m_receiver(std::make_unique<WebhookReceiver>(receiverConfig(services), *m_queue, clock))
{ }

WebhookPipeline::~WebhookPipeline() = default;

Result<quint16> WebhookPipeline::start(const QString &address, quint16 port,
                                       WebhookProcessor::StartRun startRun,
                                       WebhookProcessor::Config config)
{
    auto listener = std::make_unique<WebhookListener>();
    listener->setReceiver(m_receiver.get());
    const Result<quint16> bound = listener->start(address, port);
    if (!bound.ok()) {
        return bound;
    }
    m_listener = std::move(listener);
    // The write-back's own GHL client: a couple of requests per opt-out, beside the runs.
    m_clients = std::make_unique<Session::Clients>(m_services, m_clock);
    m_writeBack
        = std::make_unique<Sync::WriteBack>(m_clients->ghl(), m_db, m_clock, m_services.profile);
    m_processor = std::make_unique<WebhookProcessor>(
        *m_queue, *m_writeBack, m_clock, m_services.profile, std::move(startRun), config);
    connect(m_listener.get(), &WebhookListener::delivered, this,
            [this](const QString &source, const WebhookReceiver::Reply &reply) {
                if (reply.queued > 0) {
                    m_processor->notify();
                }
                Q_EMIT delivered(source, reply);
            });
    m_processor->start();
    return bound;
}

void WebhookPipeline::stopListening()
{
    m_listener.reset();
}

QString WebhookPipeline::endpoint() const
{
    return m_listener ? m_listener->endpoint() : QString();
}

quint16 WebhookPipeline::port() const
{
    return m_listener ? m_listener->port() : 0;
}

} // namespace Webhooks
