// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"
#include "webhook/webhookreceiver.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace Webhooks {

// The local HTTP endpoint both services post their webhooks to: POST /webhooks/ghl and
// POST /webhooks/mailerlite hand the raw body and the signature headers to a WebhookReceiver
// and answer with its status and a small JSON body; GET /health says it is up. Anything else
// is 404, a wrong method 405, a body over MaxBodyBytes 413. It does no work of its own beyond
// that: the receiver queues, a WebhookProcessor applies. Lives in the thread that created it;
// requests are answered in that thread's event loop.
class WebhookListener final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // Webhook bodies are a few KB; a MailerLite batch of many events stays far below this.
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    explicit WebhookListener(QObject *parent = nullptr);
    ~WebhookListener() override;

    // Deliveries are answered 503 (the services retry) until a receiver is set.
    void setReceiver(WebhookReceiver *receiver) { m_receiver = receiver; }

    // Listens on `address` ("127.0.0.1", "::1", "0.0.0.0", "localhost") and `port` (0: a free
    // one). Returns the bound port; Kind::Config for an address that is not one, Kind::Network
    // when it cannot be bound (the port is taken, say). Call once.
    [[nodiscard]] Result<quint16> start(const QString &address, quint16 port);
    [[nodiscard]] bool isListening() const { return m_port != 0; }
    [[nodiscard]] quint16 port() const { return m_port; }
    // "127.0.0.1:8787", "[::1]:8787"; empty before start().
    [[nodiscard]] QString endpoint() const;

Q_SIGNALS:
    // One delivery to a webhook path was answered: `source` is "ghl" or "mailerlite";
    // reply.httpStatus says whether it was accepted (2xx) or refused, and why.
    void delivered(const QString &source, const Webhooks::WebhookReceiver::Reply &reply);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                const QJsonObject &body, const QByteArray &allow = {});
    [[nodiscard]] WebhookReceiver::Reply receive(const QString &source,
                                                 const QHttpServerRequest &request);

    WebhookReceiver *m_receiver = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace Webhooks
