// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/calldelivery.h"
#include "secrets/secretstore.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <variant>

namespace Api {

// The GHL OAuth tokens of one profile in the SecretStore, and nowhere else: keys
// ghl/<profile>/access-token, refresh-token and expires-at. save() writes the refresh token
// first: GHL rotates it on every refresh and the old one is already spent, so losing the new
// one would force a new sign-in. Values never reach a log. Lives in the store's thread.
class GhlTokenStore final
{
public:
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        QDateTime expiresAt; // invalid when unknown

        [[nodiscard]] bool isEmpty() const
        {
            return accessToken.isEmpty() && refreshToken.isEmpty();
        }
    };

    GhlTokenStore(Secrets::SecretStore &store, QString profile);

    [[nodiscard]] QString accessTokenKey() const;
    [[nodiscard]] QString refreshTokenKey() const;
    [[nodiscard]] QString expiresAtKey() const;

    // Empty Tokens when nothing is stored (not signed in yet).
    void load(QObject *context, Callback<Tokens> done);
    void save(const Tokens &tokens, QObject *context, Callback<std::monostate> done);
    void clear(QObject *context, Callback<std::monostate> done);

private:
    Secrets::SecretStore &m_store;
    QString m_profile;
};

} // namespace Api
