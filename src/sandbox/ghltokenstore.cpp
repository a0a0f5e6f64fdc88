// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghltokenstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

GhlTokenStore::Grant error(int status, const QString &message)
{
    QJsonObject body {{u"statusCode"_s, status}, {u"message"_s, message}};
    if (status == 401) {
        body.insert(u"error"_s, u"Unauthorized"_s);
    }
    return {status, body};
}

} // namespace

GhlTokenStore::GhlTokenStore(QString clientId, QString clientSecret, quint32 seed)
    : m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_random(seed)
{ }

void GhlTokenStore::addPrivateToken(const QString &token, const QString &locationId,
                                    const QStringList &scopes)
{
    m_tokens.insert(token, {locationId, scopes, token + u'@' + locationId, QDateTime()});
}

QString GhlTokenStore::randomToken(int length)
{
    static constexpr char Alphabet[] = "abcdef0123456789";
    QString token;
    for (int i = 0; i < length; ++i) {
        token.append(QLatin1Char(Alphabet[m_random.bounded(16)]));
    }
    return token;
}

QString GhlTokenStore::issueAuthorizationCode(const QString &locationId, const QStringList &scopes)
{
    const QString code = randomToken(40);
    m_codes.insert(code, {locationId, scopes});
    return code;
}

const GhlTokenStore::Token *GhlTokenStore::find(const QString &bearer, const QDateTime &now) const
{
    const Token *token = findAny(bearer);
    if (!token || (token->expiresAt.isValid() && now >= token->expiresAt)) {
        return nullptr;
    }
    return token;
}

const GhlTokenStore::Token *GhlTokenStore::findAny(const QString &bearer) const
{
    const auto it = m_tokens.constFind(bearer);
    return it == m_tokens.constEnd() ? nullptr : &it.value();
}

GhlTokenStore::Grant GhlTokenStore::grant(const QHash<QString, QString> &form, const QDateTime &now)
{
    QStringList missing;
    for (const auto &field : {u"client_id"_s, u"client_secret"_s, u"grant_type"_s}) {
        if (form.value(field).isEmpty()) {
            missing.append(u"%1 should not be empty"_s.arg(field));
        }
    }
    if (!missing.isEmpty()) {
        return {422,
                QJsonObject {{u"statusCode"_s, 422},
                             {u"message"_s, QJsonArray::fromStringList(missing)},
                             {u"error"_s, u"Unprocessable Entity"_s}}};
    }
    // Unverified wording below: the spec only declares the 400/401 shapes (oauth.json).
    if (form.value(u"client_id"_s) != m_clientId
        || form.value(u"client_secret"_s) != m_clientSecret) {
        return error(401, u"Invalid client: client credentials are invalid"_s);
    }
    const QString type = form.value(u"grant_type"_s);
    if (type == u"authorization_code") {
        const auto it = m_codes.constFind(form.value(u"code"_s));
        if (it == m_codes.constEnd()) {
            return error(400, u"Invalid grant: authorization code is invalid"_s);
        }
        const Pending pending = it.value();
        m_codes.erase(it); // codes are single-use
        return mint(pending, now);
    }
    if (type == u"refresh_token") {
        const auto it = m_refreshTokens.constFind(form.value(u"refresh_token"_s));
        if (it == m_refreshTokens.constEnd()) {
            return error(400, u"Invalid grant: refresh token is invalid"_s);
        }
        const Pending pending = it.value();
        m_refreshTokens.erase(it); // rotation: the old refresh token is spent
        return mint(pending, now);
    }
    return error(400, u"Invalid grant_type: %1 is not supported for this app"_s.arg(type));
}

GhlTokenStore::Grant GhlTokenStore::mint(const Pending &pending, const QDateTime &now)
{
    const QString access = randomToken(32);
    const QString refresh = randomToken(32);
    m_tokens.insert(access,
                    {pending.locationId, pending.scopes, m_clientId + u'@' + pending.locationId,
                     now.addSecs(AccessTokenSeconds)});
    m_refreshTokens.insert(refresh, pending);
    return {200,
            QJsonObject {{u"access_token"_s, access},
                         {u"token_type"_s, u"Bearer"_s},
                         {u"expires_in"_s, AccessTokenSeconds},
                         {u"refresh_token"_s, refresh},
                         {u"scope"_s, pending.scopes.join(u' ')},
                         {u"userType"_s, u"Location"_s},
                         {u"locationId"_s, pending.locationId},
                         {u"companyId"_s, QString(u"cmp-"_s + pending.locationId)},
                         {u"approvedLocations"_s, QJsonArray {pending.locationId}},
                         {u"userId"_s, QString(u"usr-"_s + pending.locationId)},
                         {u"isBulkInstallation"_s, false}}};
}

} // namespace Sandbox
