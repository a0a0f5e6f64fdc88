// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/serviceconfig.h"

#include <QObject>

class Clock;
class QNetworkAccessManager;

namespace Api {
class GhlClient;
class HttpClient;
class MailerLiteClient;
} // namespace Api

namespace Session {

// The API clients of one profile, built from a ServiceConfig: one QNetworkAccessManager, a
// GhlClient and a MailerLiteClient with its paced HttpClient. Create it in the thread that will
// use it (the network manager must live there); all clients are its children.
class Clients final : public QObject
{
    Q_OBJECT

public:
    Clients(const ServiceConfig &config, const Clock &clock, QObject *parent = nullptr);
    ~Clients() override;

    [[nodiscard]] const ServiceConfig &config() const { return m_config; }
    [[nodiscard]] Api::GhlClient &ghl() const { return *m_ghl; }
    [[nodiscard]] Api::MailerLiteClient &mailerLite() const { return *m_mailerLite; }
    [[nodiscard]] Api::HttpClient &mailerLiteHttp() const { return *m_mailerLiteHttp; }
    // Aborts every request in flight on both services.
    void cancelAll();

private:
    ServiceConfig m_config;
    QNetworkAccessManager *m_network;
    Api::HttpClient *m_mailerLiteHttp;
    Api::MailerLiteClient *m_mailerLite;
    Api::GhlClient *m_ghl;
};

} // namespace Session
