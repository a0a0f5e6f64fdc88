// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "util/result.h"

#include <memory>

namespace Store {
class StateDatabase;
}

namespace Cli {

class CliParser;
struct CliTarget;

// `runs` and `failures list|ignore`: read (and, for ignore, mark) the state database's run
// history and failed items. Synchronous SQLite work in the main thread.
class CliHistoryCommand final : public CliCommand
{
    Q_OBJECT

public:
    enum class Kind { Runs, Failures };

    explicit CliHistoryCommand(Kind kind, QObject *parent = nullptr);

    void start(const QStringList &arguments) override;

private:
    [[nodiscard]] Status listRuns(const CliParser &parser, const CliTarget &target);
    [[nodiscard]] Status listFailures(const CliParser &parser, const CliTarget &target);
    [[nodiscard]] Status ignoreFailure(const CliParser &parser, const CliTarget &target);
    // nullptr (no error) when the state file does not exist yet and `writable` is false.
    [[nodiscard]] static Result<std::unique_ptr<Store::StateDatabase>>
    openDatabase(const CliTarget &target, bool writable);

    Kind m_kind;
};

} // namespace Cli
