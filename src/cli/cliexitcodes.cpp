// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliexitcodes.h"

namespace Cli {

namespace {

bool isConfiguration(Error::Kind kind)
{
    return kind == Error::Kind::Auth || kind == Error::Kind::Config || kind == Error::Kind::Keychain
        || kind == Error::Kind::NotFound;
}

} // namespace

ExitCode exitCodeFor(const Sync::RunSummary &summary)
{
    using Outcome = Sync::RunSummary::Outcome;
    switch (summary.outcome) {
    case Outcome::Succeeded:
        return ExitOk;
    case Outcome::ItemsFailed:
        return ExitItemsFailed;
    case Outcome::BlastRadius:
        return ExitBlastRadius;
    case Outcome::Cancelled:
        return ExitCancelled;
    case Outcome::Stopped:
        // A wrong key or address needs the user; a network or disk problem may pass by itself.
        return summary.error
                && (isConfiguration(summary.error->kind)
                    || summary.error->kind == Error::Kind::Validation)
            ? ExitConfig
            : ExitItemsFailed;
    }
    return ExitItemsFailed;
}

ExitCode exitCodeFor(const Error &error)
{
    if (error.kind == Error::Kind::Validation) {
        return ExitUsage;
    }
    if (error.kind == Error::Kind::Cancelled) {
        return ExitCancelled;
    }
    return isConfiguration(error.kind) ? ExitConfig : ExitItemsFailed;
}

} // namespace Cli
