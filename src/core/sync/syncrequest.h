// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"
#include "sync/plan.h"

#include <QStringList>

#include <chrono>
#include <optional>

namespace Sync {

// Everything one run needs. The secrets are resolved by the caller (keychain or environment)
// and live only in memory. A plain value.
struct SyncRequest
{
    Profiles::Profile profile;
    QByteArray ghlToken;
    QByteArray mailerLiteApiKey;
    QString databasePath;
    bool dryRun = false;
    // Read MailerLite's real state and compare against it (also done when nothing is linked
    // yet, so a first run never duplicates what is already there).
    bool fullReconcile = false;
    // Apply exactly this plan (made earlier, perhaps edited in the preview) instead of
    // computing one.
    std::optional<Plan> planToApply;
    QString planOutPath; // save the plan here before applying (or instead, in a dry run)
    // Only these GHL contacts (retrying failures); empty: the whole incremental or full set.
    QStringList onlyContactIds;
    // How long both services may stay silent during a request before it is given up (and
    // retried); nullopt: the clients' default (30 s). Tests shorten it to cut stalls.
    std::optional<std::chrono::milliseconds> requestTimeout;
};

} // namespace Sync
