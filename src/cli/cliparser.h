// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Cli {

// The options of one command. Each command accepts only the option groups it names, so a
// misspelt or misplaced option is a usage error instead of being silently ignored.
// Lives in the main thread.
class CliParser final
{
    Q_DECLARE_TR_FUNCTIONS(Cli::CliParser)

public:
    enum Group {
        Target = 0x01, // --profile | --ghl-url --location-id --ml-url, --state-dir
        SyncFlags = 0x02, // --mapping --mode --full --dry-run --plan-out --apply-plan ...
        RunsFlags = 0x04, // --limit
        FailureFlags = 0x08, // --reason --all
        ProfileFields = 0x10, // --ghl-url --location-id --ml-url --mode --max-unsubscribe ...
        ProfileName = 0x20, // --profile (secrets)
        Json = 0x40,
        ListenFlags = 0x80, // --bind --port
    };

    // `synopsis` is the usage line after the program name, e.g. "runs [options]".
    CliParser(const QString &synopsis, const QString &description, int groups);

    // Parses the arguments that follow the command word. False on a usage error (error()
    // says which) and when help was asked for (helpRequested()).
    [[nodiscard]] bool parse(const QStringList &arguments);
    [[nodiscard]] bool helpRequested() const { return m_help; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString helpText() const;

    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }
    [[nodiscard]] bool isSet(const QString &name) const { return m_parser.isSet(name); }
    [[nodiscard]] QString value(const QString &name) const { return m_parser.value(name); }
    // The option as a whole number >= `minimum`; a usage error (Kind::Validation) otherwise.
    [[nodiscard]] Result<int> intValue(const QString &name, int minimum) const;

    // The common help epilogue: the exit codes and where credentials come from.
    [[nodiscard]] static QString exitCodesText();

private:
    void add(const QString &name, const QString &description, const QString &valueName = {});

    QCommandLineParser m_parser;
    QString m_synopsis;
    int m_groups;
    bool m_help = false;
    QString m_error;
};

} // namespace Cli
