// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// contactbridge-cli: the sync engine without a window, for cron and systemd timers.
#include "clicommand.h"
#include "cliexitcodes.h"
#include "clihistorycommand.h"
#include "clilistencommand.h"
#include "clioutput.h"
#include "cliparser.h"
#include "cliprofilescommand.h"
#include "clisecretscommand.h"
#include "clisignalwatcher.h"
#include "clisynccommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString overview()
{
    return QCoreApplication::translate(
               "cli",
               "Usage: contactbridge-cli COMMAND [options]\n"
               "Runs ContactBridge syncs from GoHighLevel to MailerLite Classic without a "
               "window.\n\n"
               "Commands:\n"
               "  sync        [--profile NAME | --ghl-url URL --location-id ID --ml-url URL]\n"
               "              [--mapping FILE] [--state-dir DIR] [--mode MODE] [--full]\n"
               "              [--dry-run] [--plan-out FILE] [--apply-plan FILE]\n"
               "              [--max-unsubscribe N] [--json]\n"
               "  listen      --profile NAME [--bind ADDR] [--port P]   (webhooks, until "
               "Ctrl+C)\n"
               "  runs        [--profile NAME] [--state-dir DIR] [--limit N] [--json]\n"
               "  failures    list | retry | ignore ID --reason TEXT\n"
               "  profiles    list | show NAME | add NAME --ghl-url URL --location-id ID "
               "--ml-url URL | remove NAME\n"
               "  secrets     set | delete  ghl-token | mailerlite-key --profile NAME\n\n"
               "\"contactbridge-cli COMMAND --help\" describes a command's options.\n\n")
        + Cli::CliParser::exitCodesText();
}

// The command object for `name`, or nullptr when there is no such command.
Cli::CliCommand *makeCommand(const QString &name, const QStringList &rest, QObject *parent)
{
    if (name == u"sync") {
        return new Cli::CliSyncCommand(Cli::CliSyncCommand::Kind::Sync, parent);
    }
    if (name == u"failures") {
        return rest.value(0) == u"retry"
            ? static_cast<Cli::CliCommand *>(
                new Cli::CliSyncCommand(Cli::CliSyncCommand::Kind::RetryFailures, parent))
            : new Cli::CliHistoryCommand(Cli::CliHistoryCommand::Kind::Failures, parent);
    }
    if (name == u"runs") {
        return new Cli::CliHistoryCommand(Cli::CliHistoryCommand::Kind::Runs, parent);
    }
    if (name == u"listen") {
        return new Cli::CliListenCommand(parent);
    }
    if (name == u"profiles") {
        return new Cli::CliProfilesCommand(parent);
    }
    if (name == u"secrets") {
        return new Cli::CliSecretsCommand(parent);
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The desktop app's names, so both find the same profiles, state database and key index.
    QCoreApplication::setApplicationName(u"ContactBridge"_s);
    QCoreApplication::setOrganizationName(u"ContactBridge"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CB_VERSION));

    // stderr carries the run's own log; per-request diagnostics only when asked for with
    // QT_LOGGING_RULES (e.g. "cb.*.info=true"). Warnings always show.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(u"cb.*.info=false"_s);
    }

    const QStringList args = app.arguments().mid(1);
    const QString first = args.value(0);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        Cli::CliOutput::out(overview());
        return Cli::ExitOk;
    }
    if (first == u"--version" || first == u"-v") {
        Cli::CliOutput::out(u"contactbridge-cli %1"_s.arg(QCoreApplication::applicationVersion()));
        return Cli::ExitOk;
    }
    if (first.isEmpty()) {
        Cli::CliOutput::err(QCoreApplication::translate("cli", "No command given.\n\n")
                            + overview());
        return Cli::ExitUsage;
    }
    const QStringList rest = args.mid(1);
    Cli::CliCommand *command = makeCommand(first, rest, &app);
    if (!command) {
        Cli::CliOutput::err(
            QCoreApplication::translate("cli", "Unknown command: %1. See contactbridge-cli --help.")
                .arg(first));
        return Cli::ExitUsage;
    }
    Cli::CliSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &Cli::CliSignalWatcher::interrupted, command,
                     [command](int count) {
                         if (count == 1) {
                             command->interrupt();
                         } else {
                             // The second signal: the user does not want to wait. The state
                             // database is consistent after every committed batch.
                             QCoreApplication::exit(Cli::ExitCancelled);
                         }
                     });
    QObject::connect(command, &Cli::CliCommand::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, command, [command, rest] { command->start(rest); });
    const int code = app.exec();
    // A run that stopped early (a refused key, say) may still have requests in flight and
    // objects waiting for deleteLater(): the command goes first, then whatever it left to the
    // event loop, so nothing is torn down half-way by the application's own destruction.
    delete command;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}
