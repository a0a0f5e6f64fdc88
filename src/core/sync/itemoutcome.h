// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/planitem.h"
#include "util/error.h"

#include <optional>

namespace Sync {

// What became of one plan item once the executor is done with it. A plain value.
struct ItemOutcome
{
    PlanItem item;
    bool applied = false;
    qint64 subscriberId = 0; // known after a create
    QString subscriberType; // as MailerLite now has it, when the answer told us
    std::optional<Error> error; // set when not applied
    int attempts = 0;
    QByteArray payload; // the request body sent (no credentials), for the failures page
};

} // namespace Sync
