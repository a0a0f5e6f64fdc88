// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisecretscommand.h"

#include "cliexitcodes.h"
#include "clioutput.h"
#include "cliparser.h"
#include "profile/profilestore.h"
#include "secrets/keychainsecretstore.h"

#include <QSettings>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Cli {

CliSecretsCommand::CliSecretsCommand(QObject *parent)
    : CliCommand(parent)
{ }

QString CliSecretsCommand::readSecretLine(const QString &what)
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved = {};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        CliOutput::err(tr("Paste %1 and press Enter (it is not shown):").arg(what));
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
#endif
    return line.trimmed();
}

void CliSecretsCommand::start(const QStringList &arguments)
{
    CliParser parser(u"secrets set|delete ghl-token|mailerlite-key --profile NAME"_s,
                     tr("Stores a profile's credential in the OS keychain, reading it from "
                        "stdin (e.g. \"... < token-file\"), or deletes it."),
                     CliParser::ProfileName);
    if (!parse(parser, arguments)) {
        return;
    }
    const QStringList args = parser.positional();
    const QString action = args.value(0);
    const QString which = args.value(1);
    if (args.size() > 2) {
        // Most likely the secret itself: never accept it, and never echo it back.
        usage(tr("Too many arguments. The secret is read from stdin, never from the command "
                 "line."));
        return;
    }
    if ((action != u"set" && action != u"delete")
        || (which != u"ghl-token" && which != u"mailerlite-key")) {
        usage(tr("Use \"secrets set|delete ghl-token|mailerlite-key --profile NAME\"."));
        return;
    }
    if (!parser.isSet(u"profile"_s)) {
        usage(tr("Say which profile the secret belongs to: --profile NAME."));
        return;
    }
    const auto profile = profileStore(parser).load(parser.value(u"profile"_s));
    if (!profile.ok()) {
        fail(profile.error());
        return;
    }
    const QString key = which == u"ghl-token" ? profile.value().ghlTokenKey()
                                              : profile.value().mailerLiteKeyKey();
    const QString what
        = which == u"ghl-token" ? tr("the GoHighLevel token") : tr("the MailerLite API key");
    m_keychain
        = new Secrets::KeychainSecretStore(std::make_unique<QSettings>(), u"contactbridge"_s, this);
    auto report = [this, what](const Secrets::SecretResult &r) {
        using S = Secrets::SecretResult::Status;
        if (!r.succeeded()) {
            CliOutput::err(tr("Error: %1").arg(r.error.message));
            CliOutput::err(tr("Without a keychain, set the environment variables "
                              "CONTACTBRIDGE_GHL_TOKEN and CONTACTBRIDGE_ML_API_KEY instead."));
            finish(ExitConfig);
            return;
        }
        CliOutput::out(r.status == S::Written       ? tr("Stored %1 in the keychain.").arg(what)
                           : r.status == S::Removed ? tr("Deleted %1 from the keychain.").arg(what)
                                                    : tr("%1 was not stored.").arg(what));
        finish(ExitOk);
    };
    if (action == u"delete") {
        m_keychain->remove(key, this, report);
        return;
    }
    const QString secret = readSecretLine(what);
    if (secret.isEmpty()) {
        usage(tr("Nothing was read from stdin; nothing was stored."));
        return;
    }
    m_keychain->write(key, secret, this, report);
}

} // namespace Cli
