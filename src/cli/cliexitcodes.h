// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/runsummary.h"
#include "util/error.h"

namespace Cli {

// The process exit codes: part of the CLI's contract, scripts and timers depend on them.
enum ExitCode {
    ExitOk = 0,
    ExitItemsFailed = 1, // some items failed, or the run stopped on a network or storage error
    ExitUsage = 2,
    ExitConfig = 3, // authentication or configuration (credentials, profile, files)
    ExitBlastRadius = 4,
    ExitCancelled = 5, // cancelled or interrupted (SIGINT, SIGTERM)
};

// The exit code of a finished run.
[[nodiscard]] ExitCode exitCodeFor(const Sync::RunSummary &summary);
// The exit code of an error met before or outside a run. Validation errors come from the
// command line (bad option values), so they are usage errors.
[[nodiscard]] ExitCode exitCodeFor(const Error &error);

} // namespace Cli
