// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runcounts.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Store {

// One row of the runs table: a sync run (also a dry run or a retry) as history shows it.
// A value.
struct RunRecord
{
    // Outcomes the stores themselves set; the engine adds its own (completed, failed, ...).
    static QString runningOutcome() { return QStringLiteral("running"); }
    static QString interruptedOutcome() { return QStringLiteral("interrupted"); }

    qint64 id = 0;
    QString profile;
    QString mode;
    bool dryRun = false;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running (and when a crash left no trace)
    QString outcome;
    RunCounts counts;
    int requestsGhl = 0;
    int requestsMailerLite = 0;
    std::optional<qint64> durationMs;
    QString errorMessage;

    [[nodiscard]] bool isRunning() const { return outcome == runningOutcome(); }
};

} // namespace Store
