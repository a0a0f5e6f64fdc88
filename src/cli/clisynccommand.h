// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "clitarget.h"
#include "sync/syncrequest.h"

#include <memory>

namespace Secrets {
class SecretStore;
}

namespace Cli {

class CliCredentials;
class CliParser;
class CliSyncRunner;

// `sync` and `failures retry`: resolves the profile, the options and the credentials, then
// runs one SyncEngine run (a retry only for the contacts with open failures).
// Lives in the main thread.
class CliSyncCommand final : public CliCommand
{
    Q_OBJECT

public:
    enum class Kind { Sync, RetryFailures };

    explicit CliSyncCommand(Kind kind, QObject *parent = nullptr);
    ~CliSyncCommand() override;

    void start(const QStringList &arguments) override;
    void interrupt() override;

private:
    [[nodiscard]] Status prepare(const CliTarget &target);
    [[nodiscard]] Result<QStringList> openFailures(const CliTarget &target) const;
    void run();

    Kind m_kind;
    std::unique_ptr<CliParser> m_parser;
    Sync::SyncRequest m_request;
    Secrets::SecretStore *m_keychain = nullptr;
    CliCredentials *m_credentials = nullptr;
    CliSyncRunner *m_runner = nullptr;
};

} // namespace Cli
