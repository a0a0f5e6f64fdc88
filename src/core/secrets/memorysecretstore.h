// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>

#include <optional>

namespace Secrets {

// Secrets held in this process only: for tests of callers and for the "don't remember"
// session mode, where nothing may outlive the session. Results arrive through the event loop,
// like the keychain's. simulateFailure() makes every operation fail as a broken keychain would.
// Lives in the thread that created it.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    // With a persisted key index (tests of "forget all" across restarts).
    explicit MemorySecretStore(std::unique_ptr<QSettings> indexSettings, QObject *parent = nullptr);

    // `status` must be Unavailable or Denied; every following operation fails with it.
    void simulateFailure(SecretResult::Status status);
    void clearSimulatedFailure();

    // How many values are held right now.
    [[nodiscard]] qsizetype size() const { return m_values.size(); }

protected:
    void readSecret(const QString &key, Completion complete) override;
    void writeSecret(const QString &key, const QString &value, Completion complete) override;
    void removeSecret(const QString &key, Completion complete) override;

private:
    [[nodiscard]] std::optional<SecretResult> simulatedFailure() const;

    QHash<QString, QString> m_values;
    std::optional<SecretResult::Status> m_failure;
};

} // namespace Secrets
