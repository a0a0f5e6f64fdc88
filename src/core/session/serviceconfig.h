// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"

#include <QByteArray>
#include <QString>

namespace Session {

// What a service needs to talk to one profile's GHL location and MailerLite account: the
// profile, its two credentials (resolved by the caller from the keychain and held in memory
// only) and the state database. A plain value, safe to pass between threads.
struct ServiceConfig
{
    Profiles::Profile profile;
    QByteArray ghlToken;
    QByteArray mailerLiteKey;
    QString databasePath;

    [[nodiscard]] bool hasCredentials() const
    {
        return !ghlToken.isEmpty() && !mailerLiteKey.isEmpty();
    }
};

} // namespace Session
