// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/serviceconfig.h"
#include "util/result.h"
#include "webhook/webhookprocessor.h"
#include "webhook/webhookreceiver.h"

#include <QObject>

#include <memory>

class Clock;

namespace Session {
class Clients;
}
namespace Store {
class StateDatabase;
}
namespace Sync {
class WriteBack;
}

namespace Webhooks {

class WebhookListener;
class WebhookQueue;

// Everything between a webhook delivery and its effect, for one profile, wired the same way
// wherever webhooks are received (the desktop app, `contactbridge-cli listen`, tests and the
// benchmark): WebhookListener -> WebhookReceiver (signatures checked with the profile's keys,
// MailerLite's with its API key) -> the durable WebhookQueue in `db` -> WebhookProcessor,
// which applies GHL events through `startRun` and MailerLite opt-outs through a WriteBack with
// its own GHL client. Lives in the thread of `db`; the listener answers in that thread.
class WebhookPipeline final : public QObject
{
    Q_OBJECT

public:
    WebhookPipeline(const Session::ServiceConfig &services, Store::StateDatabase &db,
                    const Clock &clock, QObject *parent = nullptr);
    ~WebhookPipeline() override;

    // Listens on `address`:`port` (WebhookListener::start()), then applies the events still
    // pending from an earlier start. Call once; on an error nothing listens.
    [[nodiscard]] Result<quint16> start(const QString &address, quint16 port,
                                        WebhookProcessor::StartRun startRun,
                                        WebhookProcessor::Config config = {});
    // Closes the port: deliveries are refused from now on (the services retry them later);
    // what was queued is still applied.
    void stopListening();

    // "127.0.0.1:8787" while listening, else empty.
    [[nodiscard]] QString endpoint() const;
    [[nodiscard]] quint16 port() const;
    // Valid after a successful start().
    [[nodiscard]] WebhookProcessor *processor() const { return m_processor.get(); }
    [[nodiscard]] WebhookQueue &queue() const { return *m_queue; }

Q_SIGNALS:
    // One delivery was answered (WebhookListener::delivered()); accepted events are already
    // on their way to the processor.
    void delivered(const QString &source, const Webhooks::WebhookReceiver::Reply &reply);

private:
    Session::ServiceConfig m_services;
    Store::StateDatabase &m_db;
    const Clock &m_clock;
    // Declared in dependency order: each is destroyed before what it uses.
    std::unique_ptr<WebhookQueue> m_queue;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<Session::Clients> m_clients;
    std::unique_ptr<Sync::WriteBack> m_writeBack;
    std::unique_ptr<WebhookListener> m_listener;
    std::unique_ptr<WebhookProcessor> m_processor;
};

} // namespace Webhooks
