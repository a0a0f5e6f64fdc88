// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Store {

// The per-run counters, one per column of the runs table of the same name. A value.
struct RunCounts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int unsubscribed = 0;
    int groupAdds = 0;
    int groupRemoves = 0;
    int skippedInvalid = 0;
    int blockedConsent = 0;
    int duplicates = 0;
    int failed = 0;

    bool operator==(const RunCounts &) const = default;
};

} // namespace Store
