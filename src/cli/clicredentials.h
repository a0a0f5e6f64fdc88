// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"
#include "util/result.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace Secrets {
class SecretStore;
}

namespace Cli {

// Finds a run's two credentials: the environment variables CONTACTBRIDGE_GHL_TOKEN and
// CONTACTBRIDGE_ML_API_KEY when set (they win), otherwise, for a saved profile, the keychain.
// Never the command line: arguments show up in `ps` and in shell history.
// Lives in the main thread; the callback runs once, from the event loop.
class CliCredentials final : public QObject
{
    Q_OBJECT

public:
    struct Values
    {
        QByteArray ghlToken;
        QByteArray mailerLiteKey;
    };
    using Callback = std::function<void(const Result<Values> &)>;

    static constexpr const char *GhlTokenVariable = "CONTACTBRIDGE_GHL_TOKEN";
    static constexpr const char *MailerLiteKeyVariable = "CONTACTBRIDGE_ML_API_KEY";

    // `keychain` may be nullptr: then only the environment is asked.
    CliCredentials(Secrets::SecretStore *keychain, QObject *parent = nullptr);

    void resolve(const Profiles::Profile &profile, Callback done);

private:
    enum class Secret { GhlToken, MailerLiteKey };

    void readNext();
    void finish();
    [[nodiscard]] QString ghlKeychainKey() const;

    Secrets::SecretStore *m_keychain;
    Profiles::Profile m_profile;
    Values m_values;
    QList<Secret> m_pending; // keychain entries still to read
    Callback m_done;
    std::optional<Error> m_keychainError;
};

} // namespace Cli
