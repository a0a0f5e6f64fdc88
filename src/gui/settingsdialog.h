// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>

class Clock;
class CredentialChecker;
class ProfileEditor;
class Prompter;

namespace Profiles {
class ProfileStore;
}
namespace Secrets {
class CredentialHealth;
class SecretStore;
} // namespace Secrets
namespace Ui {
class SettingsDialog;
}

// Settings: the saved profiles (add, remove, edit), their credentials and credential health.
// Secrets are written to the SecretStore only, and only when the user typed a new value; they
// are never shown back. A keychain failure shows its message in a banner and keeps everything
// the user typed. Lives in the GUI thread.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Secrets::SecretStore &secrets, Profiles::ProfileStore &profiles,
                   Secrets::CredentialHealth &health, const Clock &clock, Prompter &prompter,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Shows `name` in the editor (asks first when the current one has unsaved changes).
    void selectProfile(const QString &name);
    // How an authorization URL reaches the browser; QDesktopServices::openUrl by default.
    void setUrlOpener(std::function<void(const QUrl &)> opener);

    void addProfile();
    void removeProfile();
    void save();

    void reject() override;

Q_SIGNALS:
    // A profile's settings or credentials were written.
    void profileSaved(const QString &name);
    void profileRemoved(const QString &name);

private:
    void reloadList(const QString &select);
    void onCurrentRowChanged(int row);
    void loadProfile(const QString &name);
    void refreshStored();
    void writeSecrets(QList<std::pair<QString, QString>> pending, const Profiles::Profile &profile,
                      QStringList written);
    void finishSave(const Profiles::Profile &profile, const QStringList &written);
    void setBusy(bool busy);
    void showError(const QString &message);
    void clearError();

    void testGhl();
    void testMailerLite();
    void connectOAuth();
    void rotate(const QString &key);

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    Secrets::SecretStore &m_secrets;
    Profiles::ProfileStore &m_profiles;
    Secrets::CredentialHealth &m_health;
    const Clock &m_clock;
    Prompter &m_prompter;
    CredentialChecker *m_checker;
    ProfileEditor *m_editor;
    std::function<void(const QUrl &)> m_openUrl;
    bool m_busy = false;
};
