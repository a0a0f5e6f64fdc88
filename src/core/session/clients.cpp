// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/clients.h"

#include "ghl/ghlclient.h"
#include "http/httpclient.h"
#include "mailerlite/mailerliteclient.h"

#include <QNetworkAccessManager>

namespace Session {

Clients::Clients(const ServiceConfig &config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
{
    const QByteArray mlKey = m_config.mailerLiteKey;
    m_mailerLiteHttp
        = new Api::HttpClient(Api::MailerLiteClient::httpConfig(m_config.profile.mailerLiteBaseUrl,
                                                                [mlKey] { return mlKey; }),
                              clock, m_network);
    m_mailerLiteHttp->setParent(this);
    m_mailerLite = new Api::MailerLiteClient(*m_mailerLiteHttp, this);

    Api::GhlClient::Config ghlConfig;
    ghlConfig.baseUrl = m_config.profile.ghlBaseUrl;
    ghlConfig.locationId = m_config.profile.locationId;
    const QByteArray token = m_config.ghlToken;
    ghlConfig.token = [token] {
        return token;
    };
    m_ghl = new Api::GhlClient(ghlConfig, clock, m_network, this);
}

Clients::~Clients() = default;

void Clients::cancelAll()
{
    m_ghl->cancelAll();
    m_mailerLiteHttp->cancelAll();
}

} // namespace Session
