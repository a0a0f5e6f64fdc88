// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "clitarget.h"
#include "util/clock.h"

#include <memory>

namespace Secrets {
class SecretStore;
}
namespace Store {
class StateDatabase;
}
namespace Webhooks {
class WebhookPipeline;
}

namespace Cli {

class CliCredentials;
class CliParser;

// `listen`: receives both services' webhooks for one profile on its bind address and port
// (or --bind, --port) and applies them through the sync engine until SIGINT/SIGTERM. Logs each
// delivery it accepts or refuses and each run's summary to stderr. Lives in the main thread.
class CliListenCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit CliListenCommand(QObject *parent = nullptr);
    ~CliListenCommand() override;

    void start(const QStringList &arguments) override;
    // Stops listening; a run under way ends first, events still pending wait in the state
    // database for the next start.
    void interrupt() override;

private:
    [[nodiscard]] Status listen();
    void onDelivered(const QString &source, int httpStatus, int queued, int duplicates, int ignored,
                     const QString &message);

    SystemClock m_clock;
    std::unique_ptr<CliParser> m_parser;
    CliTarget m_target;
    QString m_bind;
    quint16 m_port = 0;
    Secrets::SecretStore *m_keychain = nullptr;
    CliCredentials *m_credentials = nullptr;
    QByteArray m_ghlToken;
    QByteArray m_mailerLiteKey;
    bool m_stopping = false;
    // Declared in dependency order: the pipeline is destroyed before the database it uses.
    std::unique_ptr<Store::StateDatabase> m_db;
    std::unique_ptr<Webhooks::WebhookPipeline> m_pipeline;
};

} // namespace Cli
