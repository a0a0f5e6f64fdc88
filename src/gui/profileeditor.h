// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"
#include "util/result.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

namespace Secrets {
class CredentialHealth;
}
namespace Session {
struct GhlCheck;
struct MailerLiteCheck;
} // namespace Session
namespace Ui {
class ProfileEditor;
}

// The form of one profile in Settings: GoHighLevel sign-in and location, the MailerLite key,
// the sync rules, the service addresses and the credential health of its keys. Secret fields
// are never filled from the keychain: an empty field means "keep the stored value", and its
// placeholder says when that value was stored. The editor does no I/O; SettingsDialog acts on
// its signals. Lives in the GUI thread.
class ProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    // What the user typed into the secret fields; an empty string means "unchanged".
    struct TypedSecrets
    {
        QString ghlToken;
        QString clientSecret;
        QString mailerLiteKey;
    };

    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // Fills the form from `profile` and empties the secret fields.
    void setProfile(const Profiles::Profile &profile);
    // The profile as edited (its mapping kept), or why the form is not valid.
    [[nodiscard]] Result<Profiles::Profile> profile() const;
    [[nodiscard]] QString profileName() const { return m_profile.name; }

    // The typed secrets that the current sign-in method uses.
    [[nodiscard]] TypedSecrets typedSecrets() const;
    void clearTypedSecrets();

    // Placeholders of the secret fields and the credential health tab, from the keys the
    // keychain holds (`storedKeys`) and their recorded health at `now`.
    void showStoredSecrets(const QStringList &storedKeys, const Secrets::CredentialHealth &health,
                           const QDateTime &now);

    // Status lines under the tests and the OAuth sign-in; `ok` picks the colour.
    void setGhlStatus(const QString &text, bool ok);
    void setMailerLiteStatus(const QString &text, bool ok);
    void setOAuthStatus(const QString &text, bool ok);
    // The outcome of a connection test, in the status line under its button.
    void showGhlCheck(const Session::GhlCheck &check);
    void showMailerLiteCheck(const Session::MailerLiteCheck &check);
    void setGhlTesting(bool testing);
    void setMailerLiteTesting(bool testing);
    void setConnecting(bool connecting);
    // The steps of the OAuth sign-in. After it, the form holds the granted location and counts
    // as modified: the typed client secret is stored by Save.
    void showSignInStarted();
    void showSignInWaiting();
    void showSignedIn(const QString &grantedLocationId);
    void showSignInFailed(const Error &error);

    [[nodiscard]] bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

Q_SIGNALS:
    void edited();
    void testGhlRequested();
    void testMailerLiteRequested();
    void connectRequested();
    // `key` is the keychain key to replace (the GHL token or the MailerLite key).
    void rotateRequested(const QString &key);
    void reminderDaysChanged(int days);

private:
    void connectEdits();
    // The Real Time tab (profileeditorrealtime.cpp): fast polling, webhooks and write-back.
    void setUpRealtime();
    void showRealtime(const Profiles::RealtimeSettings &realtime);
    [[nodiscard]] Result<Profiles::RealtimeSettings> realtimeSettings() const;
    void updateRealtimeView();
    void updateAuthPage();
    [[nodiscard]] QString placeholderFor(const QString &key, const QStringList &storedKeys,
                                         const Secrets::CredentialHealth &health) const;
    [[nodiscard]] QString healthText(const QString &key, const QStringList &storedKeys,
                                     const Secrets::CredentialHealth &health, const QDateTime &now,
                                     bool *due) const;

    const std::unique_ptr<Ui::ProfileEditor> m_ui;
    Profiles::Profile m_profile;
    bool m_modified = false;
    bool m_loading = false;
    // Whether the GHL token may write contacts, once a connection test has said so.
    std::optional<bool> m_ghlCanWrite;
};
