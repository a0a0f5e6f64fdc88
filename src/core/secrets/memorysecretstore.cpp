// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Secrets {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : MemorySecretStore(nullptr, parent)
{ }

MemorySecretStore::MemorySecretStore(std::unique_ptr<QSettings> indexSettings, QObject *parent)
    : SecretStore(std::move(indexSettings), u"memory"_s, parent)
{ }

void MemorySecretStore::simulateFailure(SecretResult::Status status)
{
    Q_ASSERT(status == SecretResult::Status::Unavailable || status == SecretResult::Status::Denied);
    m_failure = status;
}

void MemorySecretStore::clearSimulatedFailure()
{
    m_failure.reset();
}

std::optional<SecretResult> MemorySecretStore::simulatedFailure() const
{
    if (!m_failure) {
        return std::nullopt;
    }
    const QString detail = u"simulated by MemorySecretStore"_s;
    if (*m_failure == SecretResult::Status::Denied) {
        return SecretResult::failed(SecretResult::Status::Denied, lockedError(detail));
    }
    return SecretResult::failed(SecretResult::Status::Unavailable, unavailableError(detail));
}

void MemorySecretStore::readSecret(const QString &key, Completion complete)
{
    if (auto failure = simulatedFailure()) {
        complete(std::move(*failure));
        return;
    }
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        complete(SecretResult::of(SecretResult::Status::NotFound));
        return;
    }
    complete(SecretResult::found(it.value()));
}

void MemorySecretStore::writeSecret(const QString &key, const QString &value, Completion complete)
{
    if (auto failure = simulatedFailure()) {
        complete(std::move(*failure));
        return;
    }
    m_values.insert(key, value);
    complete(SecretResult::of(SecretResult::Status::Written));
}

void MemorySecretStore::removeSecret(const QString &key, Completion complete)
{
    if (auto failure = simulatedFailure()) {
        complete(std::move(*failure));
        return;
    }
    const bool existed = m_values.remove(key);
    complete(
        SecretResult::of(existed ? SecretResult::Status::Removed : SecretResult::Status::NotFound));
}

} // namespace Secrets
