// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runcounts.h"
#include "util/error.h"

#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace Sync {

// How a run ended, for the GUI, the CLI's --json output and its exit code. A plain value.
struct RunSummary
{
    enum class Outcome {
        Succeeded, // everything planned was applied (or previewed)
        ItemsFailed, // the run completed, some items failed and are listed
        BlastRadius, // stopped before applying: too many unsubscribes or removals
        Stopped, // an authentication or configuration error stopped it
        Cancelled,
    };

    qint64 runId = 0;
    QString profile;
    QString mode;
    bool dryRun = false;
    Outcome outcome = Outcome::Succeeded;
    Store::RunCounts counts;
    qint64 requestsGhl = 0;
    qint64 requestsMailerLite = 0;
    qint64 durationMs = 0;
    std::optional<Error> error;

    [[nodiscard]] static QString outcomeName(Outcome outcome);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sync

Q_DECLARE_METATYPE(Sync::RunSummary)
