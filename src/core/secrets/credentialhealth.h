// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

class QSettings;

namespace Secrets {

// What the app knows about each keychain entry without reading it: when it was stored and when
// it last worked against its service, so Settings can remind the user to rotate old keys.
// Holds metadata only, never a value: it lives in QSettings next to the key index, keyed by the
// keychain key. The reminder age is a user setting (default 90 days).
// Not thread-safe: used from the GUI thread.
class CredentialHealth final
{
public:
    static constexpr int DefaultReminderDays = 90;

    // What is recorded for one key; invalid dates when unknown (e.g. a key stored before the
    // app tracked it, or one that was never tested). A plain value.
    struct Record
    {
        QDateTime storedAt;
        QDateTime lastWorked;

        // Whether the key is older than `maxAge` at `now`. An unknown age never asks for a
        // rotation: the app cannot tell, and a false alarm would teach users to ignore it.
        [[nodiscard]] bool needsRotation(const QDateTime &now, std::chrono::days maxAge) const;
        [[nodiscard]] bool isKnown() const { return storedAt.isValid() || lastWorked.isValid(); }
    };

    explicit CredentialHealth(std::unique_ptr<QSettings> settings);
    ~CredentialHealth();
    CredentialHealth(const CredentialHealth &) = delete;
    CredentialHealth &operator=(const CredentialHealth &) = delete;

    [[nodiscard]] Record record(const QString &key) const;
    // The keys with a record, sorted.
    [[nodiscard]] QStringList keys() const;

    // A new value was written at `when`, and is not known to work yet.
    void recordStored(const QString &key, const QDateTime &when);
    // The stored value was used successfully at `when`.
    void recordWorked(const QString &key, const QDateTime &when);
    void forget(const QString &key);
    // Forgets every key of `profile` (see SecretStore::profileOf()).
    void forgetProfile(const QString &profile);

    [[nodiscard]] int reminderDays() const;
    // Clamped to at least one day.
    void setReminderDays(int days);
    // Record::needsRotation() with the configured age.
    [[nodiscard]] bool needsRotation(const QString &key, const QDateTime &now) const;

private:
    [[nodiscard]] static QString groupOf(const QString &key);
    void writeTime(const QString &key, const QString &field, const QDateTime &when);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Secrets
