// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "util/result.h"

namespace Cli {

class CliParser;

// `profiles list|show NAME|add NAME ...|remove NAME`: the saved profiles (JSON files without
// secrets). Synchronous file work in the main thread.
class CliProfilesCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit CliProfilesCommand(QObject *parent = nullptr);

    void start(const QStringList &arguments) override;

private:
    [[nodiscard]] static Status list(const CliParser &parser);
    [[nodiscard]] static Status show(const CliParser &parser, const QString &name);
    [[nodiscard]] static Status add(const CliParser &parser, const QString &name);
    [[nodiscard]] static Status remove(const CliParser &parser, const QString &name);
};

} // namespace Cli
