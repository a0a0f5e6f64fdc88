// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keychainsecretstore.h"

#include "log/logging.h"

#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Secrets {

namespace {

const char *operationName(KeychainSecretStore::Operation operation)
{
    switch (operation) {
    case KeychainSecretStore::Operation::Read:
        return "read";
    case KeychainSecretStore::Operation::Write:
        return "write";
    case KeychainSecretStore::Operation::Remove:
        return "remove";
    }
    return "?";
}

QKeychain::Job *createJob(KeychainSecretStore::Operation operation, const QString &service,
                          const QString &value)
{
    switch (operation) {
    case KeychainSecretStore::Operation::Read:
        return new QKeychain::ReadPasswordJob(service);
    case KeychainSecretStore::Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setTextData(value);
        return job;
    }
    case KeychainSecretStore::Operation::Remove:
        return new QKeychain::DeletePasswordJob(service);
    }
    return nullptr;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(std::unique_ptr<QSettings> indexSettings,
                                         const QString &service, QObject *parent)
    : SecretStore(std::move(indexSettings), service, parent)
    , m_service(service)
{
    Q_ASSERT(!m_service.isEmpty());
}

bool KeychainSecretStore::isTransient(int keychainError)
{
    // The libsecret backend reports every "no Secret Service" case as OtherError, and so does
    // KWallet when its daemon is not up yet; NoBackendAvailable comes from the other backends.
    return keychainError == QKeychain::NoBackendAvailable || keychainError == QKeychain::OtherError;
}

SecretResult KeychainSecretStore::classify(Operation operation, int keychainError,
                                           const QString &errorString)
{
    using Status = SecretResult::Status;
    switch (keychainError) {
    case QKeychain::NoError:
        switch (operation) {
        case Operation::Read:
            return SecretResult::of(Status::Found);
        case Operation::Write:
            return SecretResult::of(Status::Written);
        case Operation::Remove:
            return SecretResult::of(Status::Removed);
        }
        break;
    case QKeychain::EntryNotFound:
        // Also what a read of a locked Secret Service collection reports (see the class comment).
        return SecretResult::of(Status::NotFound);
    case QKeychain::AccessDenied:
        // libsecret's "is locked" error (e.g. "Cannot create an item in a locked collection").
        return SecretResult::failed(Status::Denied, lockedError(errorString));
    case QKeychain::AccessDeniedByUser:
        return SecretResult::failed(Status::Denied, deniedError(errorString));
    default:
        // NoBackendAvailable, OtherError, NotImplemented, CouldNotDeleteEntry, unknown codes:
        // the keychain cannot do this for us now.
        break;
    }
    return SecretResult::failed(Status::Unavailable, unavailableError(errorString));
}

void KeychainSecretStore::readSecret(const QString &key, Completion complete)
{
    run(Operation::Read, key, QString(), std::move(complete), true);
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &value, Completion complete)
{
    run(Operation::Write, key, value, std::move(complete), true);
}

void KeychainSecretStore::removeSecret(const QString &key, Completion complete)
{
    run(Operation::Remove, key, QString(), std::move(complete), true);
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QString &value,
                              Completion complete, bool mayRetry)
{
    QKeychain::Job *job = createJob(operation, m_service, value);
    job->setAutoDelete(true); // deleted after finished(); never parented, see below
    job->setInsecureFallback(false); // never plaintext on disk, whatever the backend
    job->setKey(key);
    // The job has no parent: deleting a libsecret job while its D-Bus call is in flight would
    // leave the backend a dangling pointer. If the store dies first, the connection just drops.
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, value, complete = std::move(complete),
             mayRetry](QKeychain::Job *finished) {
                const int error = finished->error();
                if (mayRetry && isTransient(error)) {
                    qCInfo(lcSecrets).nospace().noquote()
                        << operationName(operation) << ' ' << key << ": keychain not ready ("
                        << finished->errorString() << "), retrying in " << m_retryDelay.count()
                        << " ms";
                    QTimer::singleShot(m_retryDelay, this,
                                       [=, this] { run(operation, key, value, complete, false); });
                    return;
                }
                SecretResult result = classify(operation, error, finished->errorString());
                if (result.status == SecretResult::Status::Found) {
                    result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                }
                complete(std::move(result));
            });
    job->start();
}

} // namespace Secrets
