// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"
#include "util/result.h"

#include <QCoreApplication>

namespace Profiles {
class ProfileStore;
}

namespace Cli {

class CliParser;

// What a command works on: a saved profile (--profile NAME) or an ad-hoc one built from
// --ghl-url, --location-id and --ml-url, and the state database both keep their history in.
// A plain value.
struct CliTarget
{
    Q_DECLARE_TR_FUNCTIONS(Cli::CliTarget)

public:
    Profiles::Profile profile;
    bool saved = false; // loaded from the profile store (its secrets may be in the keychain)
    QString databasePath;

    // Usage mistakes are Kind::Validation; a missing profile is Kind::NotFound.
    [[nodiscard]] static Result<CliTarget> resolve(const CliParser &parser,
                                                   const Profiles::ProfileStore &profiles);
    // Just the profile name and the state database, for commands that only read history
    // (runs, failures): --profile, else --profile-name, else "cli".
    [[nodiscard]] static Result<CliTarget> resolveHistory(const CliParser &parser);
    // Applies --mapping, --mode and --max-unsubscribe to `profile`.
    [[nodiscard]] static Status applyOverrides(const CliParser &parser, Profiles::Profile &profile);
    // An http(s) URL with a host, for --ghl-url and --ml-url.
    [[nodiscard]] static Result<QUrl> serviceUrl(const CliParser &parser, const QString &option);
};

} // namespace Cli
