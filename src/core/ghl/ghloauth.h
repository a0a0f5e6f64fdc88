// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/ghlclient.h"
#include "ghl/ghltokenstore.h"
#include "http/httpclient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <variant>
#include <vector>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace Api {

// Signs a profile in to GoHighLevel with OAuth 2.0 (authorization code grant, user type
// Location) and keeps its tokens fresh. The browser step uses QOAuth2AuthorizationCodeFlow with
// a QOAuthHttpServerReplyHandler on 127.0.0.1: authorizationUrlReady() hands the marketplace URL
// to the GUI, which opens it; the redirect brings the code back to the loopback listener. The
// code exchange and the refresh are done here through HttpClient (form-encoded POST to
// {base}/oauth/token), because GHL needs user_type and Qt 6.4's flow reports no failure of a
// token request. Refresh tokens rotate: the new pair is persisted in the SecretStore before the
// new access token is used. Concurrent refreshes are coalesced. Tokens are never logged.
// Lives in the thread that created it, with its SecretStore.
class GhlOAuth final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto DefaultAuthorizeUrl
        = "https://marketplace.gohighlevel.com/v2/oauth/chooselocation";

    struct Config
    {
        QString profile;
        QUrl baseUrl = QUrl(QString::fromLatin1(GhlClient::DefaultBaseUrl)); // token: /oauth/token
        QUrl authorizeUrl = QUrl(QString::fromLatin1(DefaultAuthorizeUrl));
        QString clientId;
        QString clientSecret;
        QStringList scopes;
        quint16 redirectPort = 0; // the loopback port registered as redirect URI; 0: any
        QString userType = QStringLiteral("Location");
        // ensureFresh() renews a token that expires within this time.
        std::chrono::seconds refreshLeadTime {300};
        std::chrono::milliseconds transferTimeout {30'000};
    };

    GhlOAuth(Config config, Secrets::SecretStore &store, const Clock &clock,
             QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~GhlOAuth() override;

    // Reads the stored tokens; true when the profile is signed in.
    void load(QObject *context, Callback<bool> done);
    // Opens the loopback listener and emits authorizationUrlReady(); the rest follows the
    // browser redirect and ends with signedIn() or authorizationFailed().
    [[nodiscard]] Status startAuthorization();
    void cancelAuthorization();
    // Exchanges an authorization code for tokens and persists them.
    ApiCall *exchangeCode(const QString &code, QObject *context, Callback<std::monostate> done);
    // Uses the refresh token once; callers arriving meanwhile share the outcome.
    void refresh(QObject *context, Callback<std::monostate> done);
    // Refreshes when the access token is missing or expires within refreshLeadTime.
    void ensureFresh(QObject *context, Callback<std::monostate> done);
    // Forgets the tokens here and in the SecretStore.
    void signOut(QObject *context, Callback<std::monostate> done);

    [[nodiscard]] QByteArray accessToken() const { return m_tokens.accessToken.toUtf8(); }
    [[nodiscard]] QDateTime expiresAt() const { return m_tokens.expiresAt; }
    [[nodiscard]] bool isSignedIn() const { return !m_tokens.refreshToken.isEmpty(); }
    [[nodiscard]] QString grantedLocationId() const { return m_grantedLocation; }
    [[nodiscard]] QUrl tokenUrl() const;
    [[nodiscard]] QUrl redirectUri() const;

    // For GhlClient::Config::token and ::renewToken. Valid while this object lives.
    [[nodiscard]] GhlClient::TokenProvider tokenProvider();
    [[nodiscard]] GhlClient::TokenRenewer tokenRenewer();

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void signedIn();
    void authorizationFailed(const Error &error);
    void tokensChanged();

private:
    using Waiter = std::pair<QPointer<QObject>, Callback<std::monostate>>;

    ApiCall *requestTokens(QList<std::pair<QString, QString>> form, QObject *context,
                           Callback<std::monostate> done);
    void adoptTokens(const QJsonObject &answer, QObject *context, Callback<std::monostate> done);
    void finishRefresh(const Status &status);
    void onCallback(const QVariantMap &values);

    Config m_config;
    GhlTokenStore m_store;
    const Clock &m_clock;
    HttpClient *m_http;
    GhlTokenStore::Tokens m_tokens;
    QString m_grantedLocation;
    std::vector<Waiter> m_refreshWaiters;
    bool m_refreshing = false;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
};

} // namespace Api
