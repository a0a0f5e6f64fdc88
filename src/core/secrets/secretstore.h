// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/keyindex.h"
#include "secrets/secretresult.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSettings;

namespace Secrets {

// Where credentials live: one interface for the OS keychain (KeychainSecretStore) and an
// in-memory store (MemorySecretStore, for tests and the "don't remember" session mode).
//
// Every operation is asynchronous: the callback runs exactly once, from the event loop (never
// inside the call), and only while both `context` and the store live. Keys look like
// `ghl/<profile>/token` (see makeKey()). The store keeps an index of the keys it wrote (names
// only) so removeAll() can forget a profile's secrets although keychains cannot be enumerated.
// Values are never logged: log lines carry the key and the outcome only.
//
// Lives in the thread that created it; that thread must run an event loop, and `context` must
// live in the same thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    ~SecretStore() override;

    void read(const QString &key, QObject *context, SecretCallback done);
    void write(const QString &key, const QString &value, QObject *context, SecretCallback done);
    // Removing a missing entry succeeds: Removed or NotFound, depending on the backend
    // (the Secret Service reports Removed).
    void remove(const QString &key, QObject *context, SecretCallback done);
    // Removes every indexed key of `profile` (every indexed key when `profile` is empty), one
    // after the other. Reports Removed when all are gone (missing entries count as gone), or the
    // first failure; the keys not removed stay in the index.
    void removeAll(const QString &profile, QObject *context, SecretCallback done);

    // The keys this store (or an earlier one with the same index) wrote and has not removed.
    [[nodiscard]] QStringList knownKeys() const;

    // "<service>/<profile>/<name>", e.g. makeKey(u"mailerlite"_s, profile, u"api-key"_s).
    // '%' and '/' inside a part are percent-encoded so the key always has three parts.
    [[nodiscard]] static QString makeKey(const QString &service, const QString &profile,
                                         const QString &name);
    // The decoded <profile> part of a key made by makeKey(), or an empty string.
    [[nodiscard]] static QString profileOf(const QString &key);

    // The errors every implementation reports, with translated, actionable messages.
    [[nodiscard]] static Error unavailableError(const QString &detail);
    [[nodiscard]] static Error lockedError(const QString &detail);
    [[nodiscard]] static Error deniedError(const QString &detail);

protected:
    // `indexSettings` persists the key index (nullptr: memory only); `indexName` keeps the
    // indexes of different keychain services apart within one settings file.
    SecretStore(std::unique_ptr<QSettings> indexSettings, const QString &indexName,
                QObject *parent);

    // What a backend does. Each must call `complete` exactly once, synchronously or later;
    // the base class delivers the result to the caller through the event loop.
    using Completion = std::function<void(SecretResult)>;
    virtual void readSecret(const QString &key, Completion complete) = 0;
    virtual void writeSecret(const QString &key, const QString &value, Completion complete) = 0;
    virtual void removeSecret(const QString &key, Completion complete) = 0;

private:
    void deliver(const char *operation, const QString &key, const QPointer<QObject> &context,
                 const SecretCallback &done, const SecretResult &result);
    void removeNext(QStringList keys, const QPointer<QObject> &context, SecretCallback done);

    KeyIndex m_index;
};

} // namespace Secrets
