// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "cliexitcodes.h"
#include "clioutput.h"
#include "cliparser.h"
#include "profile/profilestore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Cli {

CliCommand::CliCommand(QObject *parent)
    : QObject(parent)
{ }

void CliCommand::interrupt()
{
    finish(ExitCancelled);
}

void CliCommand::finish(int exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

bool CliCommand::parse(CliParser &parser, const QStringList &arguments)
{
    if (parser.parse(arguments)) {
        return true;
    }
    if (parser.helpRequested()) {
        CliOutput::out(parser.helpText());
        finish(ExitOk);
    } else {
        usage(parser.error());
    }
    return false;
}

void CliCommand::fail(const Error &error)
{
    if (error.kind == Error::Kind::Validation) {
        usage(error.message);
        return;
    }
    CliOutput::err(tr("Error: %1").arg(error.message));
    finish(exitCodeFor(error));
}

void CliCommand::usage(const QString &message)
{
    CliOutput::err(tr("Usage error: %1").arg(message));
    CliOutput::err(tr("See: contactbridge-cli --help"));
    finish(ExitUsage);
}

Profiles::ProfileStore CliCommand::profileStore(const CliParser &parser)
{
    return Profiles::ProfileStore(parser.value(u"profiles-dir"_s));
}

} // namespace Cli
