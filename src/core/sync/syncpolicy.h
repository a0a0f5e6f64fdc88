// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Sync {

// The rules a profile sets for its syncs (ARCHITECTURE.md §3). The defaults protect the data:
// nobody is resubscribed, nothing is removed without a limit.
struct SyncPolicy
{
    enum class Mode {
        Upsert, // create new subscribers and update linked ones
        UpdateOnly, // never create
        CreateOnly, // never touch existing subscribers
        Mirror, // like upsert, and contacts that leave the synced set are cleaned up
    };

    // What happens to the old subscriber when a linked contact's email changes (MailerLite
    // cannot change an email), and to subscribers whose contact left the set in mirror mode.
    enum class Departure {
        Leave, // keep it as it is
        Unsubscribe, // set it to unsubscribed (recorded in the consent ledger)
        RemoveFromGroups, // remove it from the groups this profile syncs
    };

    Mode mode = Mode::Upsert;
    // Reactivating an unsubscribed subscriber needs this AND no email DND on the GHL contact.
    // Bounced and junk subscribers are never reactivated.
    bool allowResubscribe = false;
    Departure onEmailChange = Departure::Leave;
    Departure onLeaveSet = Departure::Unsubscribe; // mirror mode only
    // Blast radius: a run that would unsubscribe or remove more than either limit stops.
    int maxDestructiveCount = 100;
    double maxDestructivePercent = 10.0; // of the linked subscribers

    [[nodiscard]] static QString modeName(Mode mode);
    [[nodiscard]] static std::optional<Mode> modeFromName(const QString &name);
    [[nodiscard]] static QString departureName(Departure departure);
    [[nodiscard]] static std::optional<Departure> departureFromName(const QString &name);
};

} // namespace Sync
