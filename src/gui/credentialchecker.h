// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"
#include "session/connectioncheck.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class Clock;

namespace Api {
class GhlOAuth;
}
namespace Secrets {
class CredentialHealth;
class SecretStore;
} // namespace Secrets
namespace Session {
class ConnectionTester;
}

// The work behind the Settings buttons "Test connection" and "Connect": finds the credential to
// use (what the user typed, else the stored value, else for OAuth the stored tokens, renewed
// when needed), runs Session::ConnectionTester or the GhlOAuth sign-in, and records in
// CredentialHealth that a stored key worked. Values are held only for the duration of a test.
// Lives in the GUI thread.
class CredentialChecker final : public QObject
{
    Q_OBJECT

public:
    CredentialChecker(Secrets::SecretStore &secrets, Secrets::CredentialHealth &health,
                      const Clock &clock, QObject *parent = nullptr);
    ~CredentialChecker() override;

    // The scopes the app asks for when it signs in with OAuth.
    [[nodiscard]] static QStringList oauthScopes();
    // Where the consent page is: the marketplace for the real service, and next to the API for
    // a stand-in of it (the sandbox serves its own consent page).
    [[nodiscard]] static QUrl authorizeUrlFor(const Profiles::Profile &profile);

    // An empty typed value means "use the stored one". Answers with ghlTested().
    void testGhl(const Profiles::Profile &profile, const QString &typedToken,
                 const QString &typedClientSecret);
    // Answers with mailerLiteTested().
    void testMailerLite(const Profiles::Profile &profile, const QString &typedKey);
    // Starts the OAuth sign-in: authorizationUrlReady(), then signedIn() or signInFailed().
    void connectOAuth(const Profiles::Profile &profile, const QString &typedClientSecret);
    void cancelOAuth();

Q_SIGNALS:
    void ghlTested(const Session::GhlCheck &check);
    void mailerLiteTested(const Session::MailerLiteCheck &check);
    void authorizationUrlReady(const QUrl &url);
    void signedIn(const QString &grantedLocationId);
    void signInFailed(const Error &error);

private:
    using ValueCallback = std::function<void(const QString &value, const Error &error)>;
    // The typed value, else the stored one; an error when neither exists or the keychain fails.
    void resolve(const QString &key, const QString &typed, const QString &missingMessage,
                 ValueCallback done);
    void testOAuthGhl(const Profiles::Profile &profile, const QString &clientSecret);
    [[nodiscard]] Api::GhlOAuth *makeOAuth(const Profiles::Profile &profile,
                                           const QString &clientSecret);
    void failGhl(const Error &error);

    Secrets::SecretStore &m_secrets;
    Secrets::CredentialHealth &m_health;
    const Clock &m_clock;
    Session::ConnectionTester *m_tester;
    QPointer<Api::GhlOAuth> m_signIn;
    // The keys a running test uses; recorded as working when it succeeds (empty: typed value).
    QString m_ghlKey;
    QString m_mailerLiteKey;
    quint64 m_ghlGeneration = 0;
    quint64 m_mailerLiteGeneration = 0;
};
