// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/realtimesettings.h"
#include "schedule/schedule.h"
#include "sync/syncpolicy.h"
#include "util/result.h"

#include <QJsonObject>
#include <QUrl>

namespace Profiles {

// One GHL location synced into one MailerLite account: where the services are, how to map and
// the rules to follow. Holds no secret: tokens and keys live in the keychain under keys made
// from the profile name. A plain value.
struct Profile
{
    enum class GhlAuth { PrivateToken, OAuth };

    QString name;
    QUrl ghlBaseUrl = QUrl(QStringLiteral("https://services.leadconnectorhq.com"));
    QString locationId;
    GhlAuth ghlAuth = GhlAuth::PrivateToken;
    // OAuth only: the marketplace app's client id (not a secret; its client secret is in the
    // keychain under oauthClientSecretKey()) and the loopback port registered as redirect URI.
    QString oauthClientId;
    quint16 oauthRedirectPort = 0;
    QUrl mailerLiteBaseUrl = QUrl(QStringLiteral("https://api.mailerlite.com/api/v2"));
    Sync::SyncPolicy policy;
    QJsonObject mapping; // empty: the default mapping
    Sync::Schedule schedule; // when the app syncs by itself; off by default
    RealtimeSettings realtime; // fast polling, webhooks, write-back; all off by default

    // What the app's own scheduler follows: every minute with fast polling (a poll without
    // changes costs one GHL request), else `schedule`.
    [[nodiscard]] Sync::Schedule inAppSchedule() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Profile> fromJson(const QJsonObject &object);
    // Names become file names and keychain keys: letters, digits, '-', '_' and '.', 1-64 long.
    [[nodiscard]] static bool isValidName(const QString &name);
    // The keychain keys of this profile's secrets.
    [[nodiscard]] QString ghlTokenKey() const;
    [[nodiscard]] QString mailerLiteKeyKey() const;
    [[nodiscard]] QString oauthClientSecretKey() const;
};

} // namespace Profiles
