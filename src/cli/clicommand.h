// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QObject>
#include <QStringList>

namespace Profiles {
class ProfileStore;
}

namespace Cli {

class CliParser;

// One command word of the CLI (sync, runs, failures, profiles, secrets). start() gets the
// arguments after the command word; the command reports its exit code through finished(),
// always from the event loop, exactly once. Lives in the main thread.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(QObject *parent = nullptr);

    virtual void start(const QStringList &arguments) = 0;
    // The first SIGINT/SIGTERM. The default stops at once with exit code 5; a command in the
    // middle of a run finishes its batch first.
    virtual void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Queued, so a command that completes inside start() still reports from the event loop.
    void finish(int exitCode);
    // Parses; on --help prints it and finishes 0, on a usage error finishes 2. True: go on.
    [[nodiscard]] bool parse(CliParser &parser, const QStringList &arguments);
    // Prints the error (and a --help hint for usage errors) and finishes with its exit code.
    void fail(const Error &error);
    void usage(const QString &message);
    // The profile store the --profiles-dir option names (or the default one).
    [[nodiscard]] static Profiles::ProfileStore profileStore(const CliParser &parser);

private:
    bool m_finished = false;
};

} // namespace Cli
