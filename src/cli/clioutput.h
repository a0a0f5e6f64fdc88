// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/runsummary.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Cli {

// Where the CLI writes: results on stdout (text, or exactly one JSON object with --json),
// progress, logs and errors on stderr, so `--json | jq` always sees clean JSON.
// Nothing written here may contain a secret. Main thread.
class CliOutput final
{
    Q_DECLARE_TR_FUNCTIONS(Cli::CliOutput)

public:
    static void out(const QString &text); // a line on stdout
    static void err(const QString &text); // a line on stderr
    static void json(const QJsonObject &object); // one compact line on stdout

    // The human summary of a finished run, several lines.
    [[nodiscard]] static QString summaryText(const Sync::RunSummary &summary);
};

} // namespace Cli
