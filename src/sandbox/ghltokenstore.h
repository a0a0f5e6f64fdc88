// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

namespace Sandbox {

// The bearer tokens the fake GHL accepts: static Private Integration Tokens ("pit-...") and OAuth
// access tokens minted by POST /oauth/token. Access tokens expire after expires_in (one day, on
// the injected clock); refresh tokens rotate: using one returns a new pair and retires the old
// refresh token (research §8). Lives in the server's thread.
class GhlTokenStore final
{
public:
    struct Token
    {
        QString locationId;
        QStringList scopes;
        QString rateKey; // what the rate limits count per: the app (or PIT) and its location
        QDateTime expiresAt; // invalid for PITs
    };

    struct Grant
    {
        int status = 200; // 200, or the error status for `error`
        QJsonObject body; // the token response, or the error message
    };

    static constexpr int AccessTokenSeconds = 86399;

    GhlTokenStore(QString clientId, QString clientSecret, quint32 seed);

    void addPrivateToken(const QString &token, const QString &locationId,
                         const QStringList &scopes);
    // What the marketplace's chooselocation redirect would hand the app: a single-use code.
    [[nodiscard]] QString issueAuthorizationCode(const QString &locationId,
                                                 const QStringList &scopes);

    // The token behind a bearer value; nullptr when unknown or expired at `now`.
    [[nodiscard]] const Token *find(const QString &bearer, const QDateTime &now) const;
    // The token regardless of expiry (for rate-limit headers on refused requests).
    [[nodiscard]] const Token *findAny(const QString &bearer) const;

    // POST /oauth/token with the form fields already decoded.
    [[nodiscard]] Grant grant(const QHash<QString, QString> &form, const QDateTime &now);

private:
    struct Pending
    {
        QString locationId;
        QStringList scopes;
    };

    [[nodiscard]] QString randomToken(int length);
    [[nodiscard]] Grant mint(const Pending &grant, const QDateTime &now);

    QString m_clientId;
    QString m_clientSecret;
    QRandomGenerator m_random;
    QHash<QString, Token> m_tokens;
    QHash<QString, Pending> m_codes;
    QHash<QString, Pending> m_refreshTokens;
};

} // namespace Sandbox
