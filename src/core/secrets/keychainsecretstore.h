// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <chrono>

namespace Secrets {

// Secrets in the OS keychain through QtKeychain (Secret Service via libsecret on Linux,
// KWallet in KDE sessions, Keychain on macOS, Credential Manager on Windows).
// Entries are (service, key); the service is the application id. The insecure plaintext
// fallback of QtKeychain is always switched off: with no usable keychain an operation reports
// Unavailable and nothing is written anywhere else.
//
// A missing backend (QtKeychain NoBackendAvailable or OtherError) is retried once after
// retryDelay(), because the keyring may start after the desktop session does.
// Caveat: with a *locked* Secret Service collection, a read reports EntryNotFound (we say
// NotFound) while a write reports AccessDenied (we say Denied) - the read cannot tell "locked"
// from "not configured", so callers should offer to store the secret again.
//
// Lives in the thread that created it (normally the GUI thread), which must run an event loop.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };

    // `indexSettings` persists the key index (nullptr: memory only).
    explicit KeychainSecretStore(std::unique_ptr<QSettings> indexSettings,
                                 const QString &service = QStringLiteral("contactbridge"),
                                 QObject *parent = nullptr);

    [[nodiscard]] QString service() const { return m_service; }
    [[nodiscard]] std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // Whether a QtKeychain error code (QKeychain::Error as int) deserves the one retry.
    [[nodiscard]] static bool isTransient(int keychainError);
    // Maps a finished QtKeychain job's error code and text to our result (value left empty).
    [[nodiscard]] static SecretResult classify(Operation operation, int keychainError,
                                               const QString &errorString);

protected:
    void readSecret(const QString &key, Completion complete) override;
    void writeSecret(const QString &key, const QString &value, Completion complete) override;
    void removeSecret(const QString &key, Completion complete) override;

private:
    void run(Operation operation, const QString &key, const QString &value, Completion complete,
             bool mayRetry);

    QString m_service;
    std::chrono::milliseconds m_retryDelay = std::chrono::seconds(5);
};

} // namespace Secrets
