// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// contactbridge-cli: the sync engine without a window, for cron and systemd timers.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Exit codes are part of the CLI's contract (docs/CLI.md).
enum ExitCode {
    ExitOk = 0,
    ExitItemsFailed = 1,
    ExitUsage = 2,
    ExitConfig = 3,
    ExitBlastRadius = 4,
    ExitCancelled = 5,
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"contactbridge-cli"_s);
    QCoreApplication::setOrganizationName(u"ContactBridge"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Runs ContactBridge syncs from GoHighLevel to MailerLite Classic without a window.\n\n"
        "Exit codes: 0 success, 1 some items failed, 2 usage error, 3 authentication or\n"
        "configuration error, 4 stopped by the blast-radius limit, 5 cancelled."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("cli", "What to do."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("cli", "No command given. See --help.")
                            << '\n';
        return ExitUsage;
    }
    QTextStream(stderr)
        << QCoreApplication::translate("cli", "Unknown command: %1. See --help.").arg(args.first())
        << '\n';
    return ExitUsage;
}
