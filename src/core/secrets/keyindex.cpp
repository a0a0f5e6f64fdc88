// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keyindex.h"

#include "log/logging.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Secrets {

KeyIndex::KeyIndex(std::unique_ptr<QSettings> settings, const QString &name)
    : m_settings(std::move(settings))
    , m_settingsKey(u"secretIndex/"_s + name)
{ }

KeyIndex::~KeyIndex() = default;

QStringList KeyIndex::keys() const
{
    return m_settings ? m_settings->value(m_settingsKey).toStringList() : m_memory;
}

bool KeyIndex::contains(const QString &key) const
{
    return keys().contains(key);
}

void KeyIndex::add(const QString &key)
{
    QStringList all = keys();
    if (all.contains(key)) {
        return;
    }
    all.append(key);
    all.sort();
    store(all);
}

void KeyIndex::remove(const QString &key)
{
    QStringList all = keys();
    if (all.removeAll(key) > 0) {
        store(all);
    }
}

void KeyIndex::store(const QStringList &keys)
{
    if (!m_settings) {
        m_memory = keys;
        return;
    }
    if (keys.isEmpty()) {
        m_settings->remove(m_settingsKey);
    } else {
        m_settings->setValue(m_settingsKey, keys);
    }
    // Written at once: after a crash the index must still name every secret we stored.
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcSecrets) << "could not save the secret key index to" << m_settings->fileName();
    }
}

} // namespace Secrets
