// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"
#include "session/serviceconfig.h"

#include <QJsonObject>

namespace Sandbox {

// A profile that talks to a running sandbox, from its connection info
// ({"ghl_url", "ml_url", "ghl_token", "location_id", "ml_api_key"}), with the default mapping.
[[nodiscard]] Profiles::Profile sandboxProfile(const QJsonObject &connection, const QString &name);
// The same profile with the credentials the sandbox issued.
[[nodiscard]] Session::ServiceConfig sandboxServiceConfig(const QJsonObject &connection,
                                                          const QString &name,
                                                          const QString &databasePath);

} // namespace Sandbox
