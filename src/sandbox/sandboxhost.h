// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratewindow.h"
#include "util/result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

class Clock;

namespace Sandbox {

class FakeGhl;
class FakeMailerLite;

// Both fake services in one object, ready for a client: starts FakeGhl and FakeMailerLite on
// 127.0.0.1, fills them from DataGenerator, applies fault rates and the rate-limit mode, and
// issues the credentials a client needs (a Private Integration Token for the location and a
// MailerLite API key, both derived from the seed, so a run can be repeated). Used by tests,
// benchmarks, the contactbridge-sandbox executable and `contactbridge --demo`.
// Lives in the thread that created it; the servers answer in that thread's event loop.
class SandboxHost final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int contacts = 1000;
        quint32 seed = 1;
        int mlSubscribers = 0;
        QString ghlFaults; // FaultInjector::parse() spec; empty: no faults
        QString mlFaults;
        RateLimitMode rateLimitMode = RateLimitMode::Real;
        quint16 ghlPort = 0; // 0: an ephemeral port
        quint16 mlPort = 0;
        const Clock *clock = nullptr; // nullptr: the system clock
        // The marketplace app FakeGhl accepts for OAuth; empty: OAuth sign-in is refused.
        QString oauthClientId;
        QString oauthClientSecret;
        // Receivers of the services' webhooks (empty: none). GHL events are signed with key
        // pairs made at start (see connectionInfo()); MailerLite batches are signed with the
        // API key and sent every mlWebhookBatchMs milliseconds (0: at once).
        QUrl ghlWebhookUrl {};
        QUrl mlWebhookUrl {};
        int mlWebhookBatchMs = 1000;
    };

    explicit SandboxHost(Options options, QObject *parent = nullptr);
    ~SandboxHost() override;

    // Validates the fault specs, generates the data and starts listening. Fails with
    // Error::Kind::Validation for a bad fault spec and Error::Kind::Network when a port cannot
    // be bound; nothing keeps listening after a failure. Call once.
    [[nodiscard]] Status start();
    [[nodiscard]] bool isRunning() const { return m_ghl != nullptr; }

    // {"ghl_url", "ml_url", "ghl_token", "ghl_readonly_token", "location_id", "ml_api_key"}:
    // ghl_url is the root the GHL paths follow (http://127.0.0.1:P), ml_url ends in /api/v2.
    // With a GHL webhook URL also "ghl_webhook_rsa_public_key" and
    // "ghl_webhook_ed25519_public_key" (PEM), which verify the events. Empty before start().
    [[nodiscard]] QJsonObject connectionInfo() const;

    [[nodiscard]] QString ghlToken() const { return m_ghlToken; }
    // A second Private Integration Token of the same location without contacts.write (scopes
    // contacts.readonly, locations.readonly, locations/customFields.readonly).
    [[nodiscard]] QString readOnlyGhlToken() const { return m_readOnlyGhlToken; }
    [[nodiscard]] QString locationId() const { return m_locationId; }
    [[nodiscard]] QString mlApiKey() const { return m_mlApiKey; }
    [[nodiscard]] quint16 ghlPort() const;
    [[nodiscard]] quint16 mlPort() const;
    [[nodiscard]] const Options &options() const { return m_options; }

    // The running services, for inspection by tests; nullptr before start().
    [[nodiscard]] FakeGhl *ghl() const { return m_ghl; }
    [[nodiscard]] FakeMailerLite *mailerLite() const { return m_mailerLite; }

private:
    void stop();

    Options m_options;
    QString m_ghlToken;
    QString m_readOnlyGhlToken;
    QString m_locationId;
    QString m_mlApiKey;
    FakeGhl *m_ghl = nullptr; // children of this object
    FakeMailerLite *m_mailerLite = nullptr;
};

} // namespace Sandbox
