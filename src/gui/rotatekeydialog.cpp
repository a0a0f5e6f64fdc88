// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatekeydialog.h"
#include "ui_rotatekeydialog.h"

#include "secrets/credentialhealth.h"
#include "secrets/secretstore.h"
#include "session/connectiontester.h"
#include "util/clock.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

RotateKeyDialog::RotateKeyDialog(Service service, const Profiles::Profile &profile,
                                 Secrets::SecretStore &secrets, Secrets::CredentialHealth &health,
                                 const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RotateKeyDialog>())
    , m_service(service)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_health(health)
    , m_clock(clock)
    , m_tester(new Session::ConnectionTester(clock, this))
{
    m_ui->setupUi(this);
    m_replaceButton
        = m_ui->buttonBox->addButton(tr("Test and Replace"), QDialogButtonBox::ActionRole);
    m_replaceButton->setObjectName(u"replaceButton"_s);
    m_replaceButton->setDefault(true);
    m_replaceButton->setEnabled(false);
    if (service == Service::Ghl) {
        setWindowTitle(tr("Rotate the GoHighLevel Token"));
        m_ui->introLabel->setText(
            tr("Create a new Private Integration Token in GoHighLevel (Settings > Private "
               "Integrations) for location %1 and paste it below. ContactBridge tests it before "
               "it replaces the token of profile \"%2\"; revoke the old token in GoHighLevel "
               "afterwards.")
                .arg(profile.locationId, profile.name));
    } else {
        setWindowTitle(tr("Rotate the MailerLite API Key"));
        m_ui->introLabel->setText(
            tr("Generate a new API key in MailerLite (Integrations > API) and paste it below. "
               "ContactBridge tests it before it replaces the key of profile \"%1\"; delete the "
               "old key in MailerLite afterwards.")
                .arg(profile.name));
    }
    connect(m_ui->newKeyLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_replaceButton->setEnabled(m_tested.isEmpty() && !text.trimmed().isEmpty());
    });
    connect(m_replaceButton, &QPushButton::clicked, this, &RotateKeyDialog::testAndReplace);
    connect(m_tester, &Session::ConnectionTester::ghlTested, this, &RotateKeyDialog::onGhlTested);
    connect(m_tester, &Session::ConnectionTester::mailerLiteTested, this,
            &RotateKeyDialog::onMailerLiteTested);
}

RotateKeyDialog::~RotateKeyDialog() = default;

QString RotateKeyDialog::key() const
{
    return m_service == Service::Ghl ? m_profile.ghlTokenKey() : m_profile.mailerLiteKeyKey();
}

void RotateKeyDialog::testAndReplace()
{
    const QString value = m_ui->newKeyLineEdit->text().trimmed();
    if (value.isEmpty() || !m_tested.isEmpty()) {
        return;
    }
    m_tested = value;
    m_replaceButton->setEnabled(false);
    m_ui->newKeyLineEdit->setReadOnly(true);
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(tr("Testing the new key..."));
    Session::ServiceConfig config;
    config.profile = m_profile;
    if (m_service == Service::Ghl) {
        config.ghlToken = value.toUtf8();
        m_tester->testGhl(config);
    } else {
        config.mailerLiteKey = value.toUtf8();
        m_tester->testMailerLite(config);
    }
}

void RotateKeyDialog::onGhlTested(const Session::GhlCheck &check)
{
    if (!check.ok) {
        fail(check.error.message);
        return;
    }
    const QString where = check.locationName.isEmpty() ? m_profile.locationId : check.locationName;
    replace(tr("The new token works (location %1, %n contact(s)).", "", int(check.contactCount))
                .arg(where));
}

void RotateKeyDialog::onMailerLiteTested(const Session::MailerLiteCheck &check)
{
    if (!check.ok) {
        fail(check.error.message);
        return;
    }
    replace(tr("The new key works (account %1).").arg(check.accountName));
}

void RotateKeyDialog::replace(const QString &success)
{
    m_ui->statusLabel->setText(tr("%1 Storing it in the keychain...").arg(success));
    const QString value = m_tested;
    m_secrets.write(key(), value, this, [this, success](const Secrets::SecretResult &r) {
        if (!r.succeeded()) {
            fail(tr("The new key works but could not be stored: %1").arg(r.error.message));
            return;
        }
        m_health.recordStored(key(), m_clock.now());
        m_health.recordWorked(key(), m_clock.now());
        m_tested.clear();
        accept();
    });
}

void RotateKeyDialog::fail(const QString &text)
{
    m_tested.clear();
    m_ui->newKeyLineEdit->setReadOnly(false);
    m_replaceButton->setEnabled(!m_ui->newKeyLineEdit->text().trimmed().isEmpty());
    m_ui->statusLabel->setStyleSheet(u"QLabel { color: #b00020; }"_s);
    m_ui->statusLabel->setText(tr("%1\nThe old key is still in use.").arg(text));
}
