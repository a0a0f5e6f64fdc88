// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicredentials.h"

#include "ghl/ghltokenstore.h"
#include "secrets/secretstore.h"

#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Cli {

CliCredentials::CliCredentials(Secrets::SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{ }

void CliCredentials::resolve(const Profiles::Profile &profile, Callback done)
{
    m_profile = profile;
    m_done = std::move(done);
    m_values.ghlToken = qgetenv(GhlTokenVariable).trimmed();
    m_values.mailerLiteKey = qgetenv(MailerLiteKeyVariable).trimmed();
    m_pending.clear();
    if (m_keychain) {
        if (m_values.ghlToken.isEmpty()) {
            m_pending.append(Secret::GhlToken);
        }
        if (m_values.mailerLiteKey.isEmpty()) {
            m_pending.append(Secret::MailerLiteKey);
        }
    }
    // Always answer from the event loop, like the keychain path does.
    QTimer::singleShot(0, this, &CliCredentials::readNext);
}

QString CliCredentials::ghlKeychainKey() const
{
    if (m_profile.ghlAuth == Profiles::Profile::GhlAuth::OAuth && m_keychain) {
        // OAuth profiles keep the access token the desktop app refreshes.
        return Api::GhlTokenStore(*m_keychain, m_profile.name).accessTokenKey();
    }
    return m_profile.ghlTokenKey();
}

void CliCredentials::readNext()
{
    if (m_pending.isEmpty() || m_keychainError) {
        finish();
        return;
    }
    const bool ghl = m_pending.takeFirst() == Secret::GhlToken;
    const QString key = ghl ? ghlKeychainKey() : m_profile.mailerLiteKeyKey();
    m_keychain->read(key, this, [this, ghl](const Secrets::SecretResult &r) {
        using S = Secrets::SecretResult::Status;
        if (r.status == S::Found && !r.value.isEmpty()) {
            (ghl ? m_values.ghlToken : m_values.mailerLiteKey) = r.value.toUtf8();
        } else if (r.status == S::Unavailable || r.status == S::Denied) {
            m_keychainError = r.error;
        }
        // NotFound leaves the value empty; finish() names what is missing.
        readNext();
    });
}

void CliCredentials::finish()
{
    if (!m_done) {
        return;
    }
    const Callback done = std::exchange(m_done, nullptr);
    QStringList missing;
    QStringList hints;
    if (m_values.ghlToken.isEmpty()) {
        missing.append(tr("the GoHighLevel token"));
        hints.append(
            tr("set %1, or run: contactbridge-cli secrets set ghl-token --profile %2 < token-file")
                .arg(QString::fromLatin1(GhlTokenVariable), m_profile.name));
    }
    if (m_values.mailerLiteKey.isEmpty()) {
        missing.append(tr("the MailerLite API key"));
        hints.append(tr("set %1, or run: contactbridge-cli secrets set mailerlite-key --profile "
                        "%2 < key-file")
                         .arg(QString::fromLatin1(MailerLiteKeyVariable), m_profile.name));
    }
    if (missing.isEmpty()) {
        done(m_values);
        return;
    }
    QString message = tr("Missing credentials: %1.").arg(missing.join(tr(" and ")));
    if (m_keychainError) {
        message += u' ' + tr("The keychain could not be read: %1").arg(m_keychainError->message);
    }
    message += u' ' + tr("To fix it: %1.").arg(hints.join(u"; "_s));
    done(Error {m_keychainError ? Error::Kind::Keychain : Error::Kind::Config, message,
                m_keychainError ? m_keychainError->detail : QString()});
}

} // namespace Cli
