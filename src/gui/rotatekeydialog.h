// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"

#include <QDialog>

#include <memory>

class Clock;
class QPushButton;

namespace Secrets {
class CredentialHealth;
class SecretStore;
} // namespace Secrets
namespace Session {
class ConnectionTester;
struct GhlCheck;
struct MailerLiteCheck;
} // namespace Session
namespace Ui {
class RotateKeyDialog;
}

// Guided rotation of one key (the GHL Private Integration Token or the MailerLite API key):
// the user pastes the new key, which is tested against the service first; only when it works
// does it replace the old one in the keychain, and the credential health is updated. On any
// failure the old key stays in use and the typed key stays in the field.
// Lives in the GUI thread.
class RotateKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Service { Ghl, MailerLite };

    RotateKeyDialog(Service service, const Profiles::Profile &profile,
                    Secrets::SecretStore &secrets, Secrets::CredentialHealth &health,
                    const Clock &clock, QWidget *parent = nullptr);
    ~RotateKeyDialog() override;

    // Tests the typed key and, when it works, stores it (the "Test and Replace" button).
    void testAndReplace();

private:
    void onGhlTested(const Session::GhlCheck &check);
    void onMailerLiteTested(const Session::MailerLiteCheck &check);
    void replace(const QString &success);
    void fail(const QString &text);
    [[nodiscard]] QString key() const;

    const std::unique_ptr<Ui::RotateKeyDialog> m_ui;
    Service m_service;
    Profiles::Profile m_profile;
    Secrets::SecretStore &m_secrets;
    Secrets::CredentialHealth &m_health;
    const Clock &m_clock;
    Session::ConnectionTester *m_tester;
    QPushButton *m_replaceButton;
    QString m_tested; // the value under test, while a test runs
};
