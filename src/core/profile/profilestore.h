// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Profiles {

// The saved profiles: one JSON file per profile, <directory>/<name>.json, written atomically
// (QSaveFile), so a crash or a full disk never leaves half a profile. The files hold settings
// only: credentials live in the keychain, and save() refuses a profile whose JSON carries a
// credential-like key. Plain file I/O in the caller's thread; not safe against two processes
// saving the same profile at once (the last write wins, whole).
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(Profiles::ProfileStore)

public:
    // `directory` empty: defaultDirectory().
    explicit ProfileStore(QString directory = {});

    // AppConfigLocation/profiles, shared by the desktop app and the CLI.
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString pathOf(const QString &name) const;
    [[nodiscard]] bool contains(const QString &name) const;

    // The names of the saved profiles, sorted. A missing directory means none.
    [[nodiscard]] Result<QStringList> list() const;
    [[nodiscard]] Result<Profile> load(const QString &name) const;
    // Creates or replaces the profile's file.
    [[nodiscard]] Status save(const Profile &profile) const;
    // Removing a profile that does not exist is an error (Kind::NotFound).
    [[nodiscard]] Status remove(const QString &name) const;

    // Whether a JSON object (searched recursively) has a key that names a credential
    // ("token", "api_key", "password", ...): such a document must not be written to disk.
    [[nodiscard]] static bool containsSecretKey(const QJsonObject &object);

private:
    [[nodiscard]] Status checkName(const QString &name) const;

    QString m_directory;
};

} // namespace Profiles
