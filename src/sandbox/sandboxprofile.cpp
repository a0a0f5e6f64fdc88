// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprofile.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

Profiles::Profile sandboxProfile(const QJsonObject &connection, const QString &name)
{
    Profiles::Profile profile;
    profile.name = name;
    profile.ghlBaseUrl = QUrl(connection.value("ghl_url"_L1).toString());
    profile.locationId = connection.value("location_id"_L1).toString();
    profile.mailerLiteBaseUrl = QUrl(connection.value("ml_url"_L1).toString());
    // A sandbox that sends webhooks signs GHL's with keys of its own: trust those, not the
    // ones GoHighLevel publishes. Listening stays the caller's choice.
    profile.realtime.ghlRsaPublicKey
        = connection.value("ghl_webhook_rsa_public_key"_L1).toString().toLatin1();
    profile.realtime.ghlEd25519PublicKey
        = connection.value("ghl_webhook_ed25519_public_key"_L1).toString().toLatin1();
    return profile;
}

Session::ServiceConfig sandboxServiceConfig(const QJsonObject &connection, const QString &name,
                                            const QString &databasePath)
{
    Session::ServiceConfig config;
    config.profile = sandboxProfile(connection, name);
    config.ghlToken = connection.value("ghl_token"_L1).toString().toUtf8();
    config.mailerLiteKey = connection.value("ml_api_key"_L1).toString().toUtf8();
    config.databasePath = databasePath;
    return config;
}

} // namespace Sandbox
