// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxhost.h"

#include "datagenerator.h"
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "faultinjector.h"
#include "log/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

// Credentials are derived from the seed rather than drawn at random, so the same command line
// gives the same connection info (apart from ephemeral ports) and a failing run can be replayed.
// They only ever open these local fakes.
QByteArray derive(const char *purpose, quint32 seed)
{
    const QByteArray input
        = "contactbridge-sandbox/" + QByteArray(purpose) + '/' + QByteArray::number(seed);
    return QCryptographicHash::hash(input, QCryptographicHash::Sha256);
}

// "pit-" and a UUID-shaped hex string, as GHL prints Private Integration Tokens.
QString privateToken(const char *purpose, quint32 seed)
{
    const QString hex = QString::fromLatin1(derive(purpose, seed).toHex());
    return u"pit-%1-%2-%3-%4-%5"_s.arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4),
                                       hex.mid(20, 12));
}

// 20 alphanumerics, the shape of a GHL location id.
QString locationIdFor(quint32 seed)
{
    static constexpr char alphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray bytes = derive("location", seed);
    QString id;
    for (int i = 0; i < 20; ++i) {
        id.append(QLatin1Char(alphabet[quint8(bytes.at(i)) % (sizeof(alphabet) - 1)]));
    }
    return id;
}

// 32 hex digits, the shape of a MailerLite Classic API key.
QString mlApiKeyFor(quint32 seed)
{
    return QString::fromLatin1(derive("ml-api-key", seed).toHex().left(32));
}

Error badFaults(const QString &service, const Error &parseError)
{
    return Error {
        Error::Kind::Validation,
        QCoreApplication::translate("Sandbox", "%1 faults: %2").arg(service, parseError.message),
        parseError.detail};
}

Error cannotListen(const QString &service, quint16 port)
{
    const QString where = port == 0 ? u"127.0.0.1"_s : u"127.0.0.1:%1"_s.arg(port);
    return Error {Error::Kind::Network,
                  QCoreApplication::translate("Sandbox", "The fake %1 cannot listen on %2.")
                      .arg(service, where),
                  u"listen failed for %1 on %2"_s.arg(service, where)};
}

} // namespace

SandboxHost::SandboxHost(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_ghlToken(privateToken("ghl-token", m_options.seed))
    , m_readOnlyGhlToken(privateToken("ghl-readonly-token", m_options.seed))
    , m_locationId(locationIdFor(m_options.seed))
    , m_mlApiKey(mlApiKeyFor(m_options.seed))
{ }

SandboxHost::~SandboxHost() = default;

Status SandboxHost::start()
{
    Q_ASSERT(!isRunning());
    // Specs first: a typo should fail before seconds are spent generating data.
    const Result<FaultInjector::Rates> ghlFaults = FaultInjector::parse(m_options.ghlFaults);
    if (!ghlFaults) {
        return badFaults(u"GHL"_s, ghlFaults.error());
    }
    const Result<FaultInjector::Rates> mlFaults = FaultInjector::parse(m_options.mlFaults);
    if (!mlFaults) {
        return badFaults(u"MailerLite"_s, mlFaults.error());
    }

    DataGenerator::Options data;
    data.contacts = m_options.contacts;
    data.seed = m_options.seed;
    data.locationId = m_locationId;
    data.mlSubscribers = m_options.mlSubscribers;
    const Dataset dataset = DataGenerator::generate(data);

    FakeGhl::Options ghlOptions;
    ghlOptions.locationId = m_locationId;
    ghlOptions.tokens
        = {{m_ghlToken, FakeGhl::allScopes(), m_locationId},
           // What a user gets who leaves contacts.write unticked: edits must be refused.
           {m_readOnlyGhlToken,
            {u"contacts.readonly"_s, u"locations.readonly"_s, u"locations/customFields.readonly"_s},
            m_locationId}};
    ghlOptions.rateLimitMode = m_options.rateLimitMode;
    ghlOptions.clock = m_options.clock;
    ghlOptions.faultSeed = m_options.seed;
    ghlOptions.oauthClientId = m_options.oauthClientId;
    ghlOptions.oauthClientSecret = m_options.oauthClientSecret;
    if (!m_options.ghlWebhookUrl.isEmpty()) {
        ghlOptions.webhookUrls = {m_options.ghlWebhookUrl};
    }
    m_ghl = new FakeGhl(std::move(ghlOptions), this);
    m_ghl->load(dataset);
    m_ghl->faults().setRates(ghlFaults.value());

    FakeMailerLite::Options mlOptions;
    mlOptions.apiKey = m_mlApiKey;
    mlOptions.rateLimit = m_options.rateLimitMode;
    mlOptions.clock = m_options.clock;
    mlOptions.faultSeed = m_options.seed;
    mlOptions.webhookUrl = m_options.mlWebhookUrl;
    mlOptions.webhookBatchInterval
        = std::chrono::milliseconds(std::max(0, m_options.mlWebhookBatchMs));
    m_mailerLite = new FakeMailerLite(std::move(mlOptions), this);
    m_mailerLite->load(dataset);
    m_mailerLite->faults().setRates(mlFaults.value());

    if (m_ghl->listenLocal(m_options.ghlPort) == 0) {
        stop();
        return cannotListen(u"GHL"_s, m_options.ghlPort);
    }
    if (m_mailerLite->listenLocal(m_options.mlPort) == 0) {
        stop();
        return cannotListen(u"MailerLite"_s, m_options.mlPort);
    }
    if (!m_options.ghlWebhookUrl.isEmpty() && m_ghl->webhooks().rsaPublicKey().isEmpty()) {
        stop();
        return Error {
            Error::Kind::Internal,
            QCoreApplication::translate("Sandbox", "The webhook signing keys cannot be made."),
            u"webhook key generation failed"_s};
    }
    qCInfo(lcSandbox).nospace() << "sandbox started: GHL on port " << m_ghl->port() << " with "
                                << dataset.ghlContacts.size() << " contacts, MailerLite on port "
                                << m_mailerLite->port() << " with " << dataset.mlSubscribers.size()
                                << " subscribers (seed " << m_options.seed << ")";
    return success();
}

void SandboxHost::stop()
{
    // Deleting the servers closes their listening sockets at once.
    delete m_ghl;
    m_ghl = nullptr;
    delete m_mailerLite;
    m_mailerLite = nullptr;
}

QJsonObject SandboxHost::connectionInfo() const
{
    if (!isRunning()) {
        return {};
    }
    QJsonObject info {{u"ghl_url"_s, m_ghl->baseUrl().toString()},
                      {u"ml_url"_s, m_mailerLite->baseUrl().toString()},
                      {u"ghl_token"_s, m_ghlToken},
                      {u"ghl_readonly_token"_s, m_readOnlyGhlToken},
                      {u"location_id"_s, m_locationId},
                      {u"ml_api_key"_s, m_mlApiKey}};
    // Only with webhooks on: the keys are made for them, and clients without them never ask.
    if (!m_options.ghlWebhookUrl.isEmpty()) {
        info.insert(u"ghl_webhook_rsa_public_key"_s,
                    QString::fromLatin1(m_ghl->webhooks().rsaPublicKey()));
        info.insert(u"ghl_webhook_ed25519_public_key"_s,
                    QString::fromLatin1(m_ghl->webhooks().ed25519PublicKey()));
    }
    return info;
}

quint16 SandboxHost::ghlPort() const
{
    return m_ghl ? m_ghl->port() : 0;
}

quint16 SandboxHost::mlPort() const
{
    return m_mailerLite ? m_mailerLite->port() : 0;
}

} // namespace Sandbox
