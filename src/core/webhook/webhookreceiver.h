// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook/webhookevent.h"
#include "webhook/webhooksignature.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

class Clock;

namespace Webhooks {

class WebhookQueue;

// Turns one delivery into queued events, or refuses it: signature first (nothing of an
// unsigned body is trusted, not even its JSON), then the format, the location, the timestamp
// window and the replay check. Every refusal is logged (cb.webhook) with its reason; no
// secret and no body goes to the log. Transport-free: the listener hands it the raw body and
// headers and answers the service with the returned HTTP status.
class WebhookReceiver final
{
    Q_DECLARE_TR_FUNCTIONS(Webhooks::WebhookReceiver)

public:
    struct Config
    {
        QString locationId; // GHL events of another location are refused
        QByteArray ghlRsaPublicKey = WebhookSignature::ghlRsaPublicKey();
        QByteArray ghlEd25519PublicKey = WebhookSignature::ghlEd25519PublicKey();
        QByteArray mailerLiteSecret; // MailerLite Classic signs with the account's API key
        // GHL asks for "e.g. 5 minutes" (WebhookAuthentication.md). MailerLite batches events
        // every minute and retries failed deliveries, so its events may be older.
        std::chrono::seconds ghlWindow {300};
        std::chrono::seconds mailerLiteWindow {3600};
    };

    struct Reply
    {
        int httpStatus = 200;
        int queued = 0;
        int duplicates = 0; // replays: acknowledged, not queued again
        int ignored = 0; // event types ContactBridge does not act on
        QString message; // why a delivery was refused
    };

    WebhookReceiver(Config config, WebhookQueue &queue, const Clock &clock);

    // Headers x-wh-signature (RSA) and x-ghl-signature (Ed25519). When the Ed25519 one is
    // present it alone decides, like GHL's own SDK: no fallback an attacker could choose.
    [[nodiscard]] Reply receiveGhl(const QByteArray &body, const QByteArray &rsaSignature,
                                   const QByteArray &ed25519Signature);
    // Header X-MailerLite-Signature.
    [[nodiscard]] Reply receiveMailerLite(const QByteArray &body, const QByteArray &signature);

    [[nodiscard]] const Config &config() const { return m_config; }

private:
    [[nodiscard]] Reply refuse(int httpStatus, const QString &message, const char *source) const;
    [[nodiscard]] bool inWindow(const QDateTime &sentAt, std::chrono::seconds window) const;
    // Queues one event into `reply`; false on a storage error.
    bool queue(const WebhookEvent &event, Reply *reply);

    Config m_config;
    WebhookQueue &m_queue;
    const Clock &m_clock;
};

} // namespace Webhooks
