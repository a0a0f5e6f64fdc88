// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Secrets {

// The names of the secrets a store has written, because keychains cannot be enumerated and
// "forget all" must still find every entry. Holds key names only, never values.
// Persisted in QSettings when given one, otherwise kept in memory ("don't remember" mode).
// Not thread-safe: used from the thread of its SecretStore.
class KeyIndex final
{
public:
    // `settings` may be nullptr; `name` separates the indexes of different keychain services.
    KeyIndex(std::unique_ptr<QSettings> settings, const QString &name);
    ~KeyIndex();
    KeyIndex(const KeyIndex &) = delete;
    KeyIndex &operator=(const KeyIndex &) = delete;

    [[nodiscard]] QStringList keys() const; // sorted
    [[nodiscard]] bool contains(const QString &key) const;
    [[nodiscard]] bool isPersistent() const { return m_settings != nullptr; }
    void add(const QString &key);
    void remove(const QString &key);

private:
    void store(const QStringList &keys);

    std::unique_ptr<QSettings> m_settings;
    QString m_settingsKey;
    QStringList m_memory;
};

} // namespace Secrets
