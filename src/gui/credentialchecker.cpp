// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialchecker.h"

#include "ghl/ghloauth.h"
#include "secrets/credentialhealth.h"
#include "secrets/secretstore.h"
#include "session/connectiontester.h"
#include "util/clock.h"

using namespace Qt::StringLiterals;
using Profiles::Profile;

namespace {

const auto RealApiHost = u"services.leadconnectorhq.com"_s;

Error configError(const QString &message)
{
    return Error {Error::Kind::Config, message, {}, 0};
}

} // namespace

CredentialChecker::CredentialChecker(Secrets::SecretStore &secrets,
                                     Secrets::CredentialHealth &health, const Clock &clock,
                                     QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_health(health)
    , m_clock(clock)
    , m_tester(new Session::ConnectionTester(clock, this))
{
    connect(m_tester, &Session::ConnectionTester::ghlTested, this,
            [this](const Session::GhlCheck &check) {
                if (check.ok && !m_ghlKey.isEmpty()) {
                    m_health.recordWorked(m_ghlKey, m_clock.now());
                }
                Q_EMIT ghlTested(check);
            });
    connect(m_tester, &Session::ConnectionTester::mailerLiteTested, this,
            [this](const Session::MailerLiteCheck &check) {
                if (check.ok && !m_mailerLiteKey.isEmpty()) {
                    m_health.recordWorked(m_mailerLiteKey, m_clock.now());
                }
                Q_EMIT mailerLiteTested(check);
            });
}

CredentialChecker::~CredentialChecker()
{
    cancelOAuth();
}

QStringList CredentialChecker::oauthScopes()
{
    return {u"contacts.readonly"_s, u"contacts.write"_s, u"locations.readonly"_s,
            u"locations/customFields.readonly"_s};
}

QUrl CredentialChecker::authorizeUrlFor(const Profile &profile)
{
    if (profile.ghlBaseUrl.host() == RealApiHost) {
        return QUrl(QString::fromLatin1(Api::GhlOAuth::DefaultAuthorizeUrl));
    }
    QUrl url = profile.ghlBaseUrl;
    url.setPath(url.path() + u"/oauth/chooselocation"_s);
    return url;
}

void CredentialChecker::resolve(const QString &key, const QString &typed,
                                const QString &missingMessage, ValueCallback done)
{
    if (!typed.isEmpty()) {
        done(typed, Error {});
        return;
    }
    m_secrets.read(key, this, [done, missingMessage](const Secrets::SecretResult &r) {
        if (!r.succeeded()) {
            done(QString(), r.error);
            return;
        }
        if (r.value.isEmpty() && !missingMessage.isEmpty()) {
            done(QString(), configError(missingMessage));
            return;
        }
        done(r.value, Error {});
    });
}

void CredentialChecker::failGhl(const Error &error)
{
    Session::GhlCheck check;
    check.error = error;
    check.writeNote = error.message;
    Q_EMIT ghlTested(check);
}

void CredentialChecker::testGhl(const Profile &profile, const QString &typedToken,
                                const QString &typedClientSecret)
{
    const quint64 generation = ++m_ghlGeneration;
    if (profile.ghlAuth == Profile::GhlAuth::OAuth) {
        resolve(profile.oauthClientSecretKey(), typedClientSecret,
                tr("No OAuth client secret is set. Enter the marketplace app's client secret."),
                [=, this](const QString &secret, const Error &error) {
                    if (generation != m_ghlGeneration) {
                        return;
                    }
                    if (!secret.isEmpty()) {
                        testOAuthGhl(profile, secret);
                    } else {
                        failGhl(error);
                    }
                });
        return;
    }
    const QString key = profile.ghlTokenKey();
    // A missing token is left to ConnectionTester, which explains what to enter.
    resolve(key, typedToken, QString(), [=, this](const QString &token, const Error &error) {
        if (generation != m_ghlGeneration) {
            return;
        }
        if (error.kind == Error::Kind::Keychain) {
            failGhl(error);
            return;
        }
        m_ghlKey = typedToken.isEmpty() ? key : QString();
        Session::ServiceConfig config;
        config.profile = profile;
        config.ghlToken = token.toUtf8();
        m_tester->testGhl(config);
    });
}

void CredentialChecker::testOAuthGhl(const Profile &profile, const QString &clientSecret)
{
    const quint64 generation = m_ghlGeneration;
    Api::GhlOAuth *oauth = makeOAuth(profile, clientSecret);
    const auto fail = [=, this](const Error &error) {
        oauth->deleteLater();
        if (generation == m_ghlGeneration) {
            failGhl(error);
        }
    };
    oauth->load(this, [=, this](const Result<bool> &signedIn) {
        if (!signedIn.ok()) {
            fail(signedIn.error());
            return;
        }
        if (!signedIn.value()) {
            fail(configError(tr("Not signed in to GoHighLevel yet. Press \"Connect...\" and "
                                "allow ContactBridge access to the location.")));
            return;
        }
        // The stored access token may have expired: renew it first, like a sync would.
        oauth->ensureFresh(this, [=, this](const Status &fresh) {
            if (!fresh.ok()) {
                fail(fresh.error());
                return;
            }
            const QByteArray token = oauth->accessToken();
            oauth->deleteLater();
            if (generation != m_ghlGeneration) {
                return;
            }
            m_ghlKey = Secrets::SecretStore::makeKey(u"ghl"_s, profile.name, u"refresh-token"_s);
            Session::ServiceConfig config;
            config.profile = profile;
            config.ghlToken = token;
            m_tester->testGhl(config);
        });
    });
}

void CredentialChecker::testMailerLite(const Profile &profile, const QString &typedKey)
{
    const quint64 generation = ++m_mailerLiteGeneration;
    const QString key = profile.mailerLiteKeyKey();
    resolve(key, typedKey, QString(), [=, this](const QString &value, const Error &error) {
        if (generation != m_mailerLiteGeneration) {
            return;
        }
        if (error.kind == Error::Kind::Keychain) {
            Session::MailerLiteCheck check;
            check.error = error;
            Q_EMIT mailerLiteTested(check);
            return;
        }
        m_mailerLiteKey = typedKey.isEmpty() ? key : QString();
        Session::ServiceConfig config;
        config.profile = profile;
        config.mailerLiteKey = value.toUtf8();
        m_tester->testMailerLite(config);
    });
}

Api::GhlOAuth *CredentialChecker::makeOAuth(const Profile &profile, const QString &clientSecret)
{
    Api::GhlOAuth::Config config;
    config.profile = profile.name;
    config.baseUrl = profile.ghlBaseUrl;
    config.authorizeUrl = authorizeUrlFor(profile);
    config.clientId = profile.oauthClientId;
    config.clientSecret = clientSecret;
    config.scopes = oauthScopes();
    config.redirectPort = profile.oauthRedirectPort;
    return new Api::GhlOAuth(config, m_secrets, m_clock, nullptr, this);
}

void CredentialChecker::connectOAuth(const Profile &profile, const QString &typedClientSecret)
{
    cancelOAuth();
    if (profile.oauthClientId.isEmpty()) {
        Q_EMIT signInFailed(configError(tr("Enter the marketplace app's client ID first.")));
        return;
    }
    resolve(profile.oauthClientSecretKey(), typedClientSecret,
            tr("Enter the marketplace app's client secret first."),
            [=, this](const QString &secret, const Error &error) {
                if (secret.isEmpty()) {
                    Q_EMIT signInFailed(error);
                    return;
                }
                Api::GhlOAuth *oauth = makeOAuth(profile, secret);
                m_signIn = oauth;
                const QString signInKey
                    = Secrets::SecretStore::makeKey(u"ghl"_s, profile.name, u"refresh-token"_s);
                connect(oauth, &Api::GhlOAuth::authorizationUrlReady, this,
                        &CredentialChecker::authorizationUrlReady);
                connect(oauth, &Api::GhlOAuth::signedIn, this, [this, oauth, signInKey] {
                    // GhlOAuth has stored the tokens; their date is the sign-in date.
                    m_health.recordStored(signInKey, m_clock.now());
                    m_health.recordWorked(signInKey, m_clock.now());
                    const QString location = oauth->grantedLocationId();
                    oauth->deleteLater();
                    Q_EMIT signedIn(location);
                });
                connect(oauth, &Api::GhlOAuth::authorizationFailed, this,
                        [this, oauth](const Error &failure) {
                            oauth->deleteLater();
                            Q_EMIT signInFailed(failure);
                        });
                if (const Status started = oauth->startAuthorization(); !started.ok()) {
                    oauth->deleteLater();
                    Q_EMIT signInFailed(started.error());
                }
            });
}

void CredentialChecker::cancelOAuth()
{
    if (m_signIn) {
        m_signIn->cancelAuthorization();
        m_signIn->deleteLater();
        m_signIn.clear();
    }
}
