// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "util/result.h"

namespace Secrets {
class SecretStore;
}

namespace Cli {

// `secrets set|delete ghl-token|mailerlite-key --profile NAME`: stores a profile's credential
// in the OS keychain, reading it from stdin (never from the arguments, which other users can
// see in the process list), or deletes it. Lives in the main thread.
class CliSecretsCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit CliSecretsCommand(QObject *parent = nullptr);

    void start(const QStringList &arguments) override;

private:
    // One line from stdin, without echo when stdin is a terminal.
    [[nodiscard]] static QString readSecretLine(const QString &what);

    Secrets::SecretStore *m_keychain = nullptr;
};

} // namespace Cli
