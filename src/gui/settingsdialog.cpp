// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "credentialchecker.h"
#include "languagesetting.h"
#include "log/logging.h"
#include "profile/profilestore.h"
#include "profileeditor.h"
#include "prompter.h"
#include "rotatekeydialog.h"
#include "secrets/credentialhealth.h"
#include "secrets/secretstore.h"
#include "session/connectioncheck.h"
#include "util/clock.h"

#include <QDesktopServices>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;
using Profiles::Profile;

SettingsDialog::SettingsDialog(Secrets::SecretStore &secrets, Profiles::ProfileStore &profiles,
                               Secrets::CredentialHealth &health, const Clock &clock,
                               Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_health(health)
    , m_clock(clock)
    , m_prompter(prompter)
    , m_checker(new CredentialChecker(secrets, health, clock, this))
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_editor = m_ui->profileEditor;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_ui->profileListWidget, &QListWidget::currentRowChanged, this,
            &SettingsDialog::onCurrentRowChanged);

    connect(m_editor, &ProfileEditor::testGhlRequested, this, &SettingsDialog::testGhl);
    connect(m_editor, &ProfileEditor::testMailerLiteRequested, this,
            &SettingsDialog::testMailerLite);
    connect(m_editor, &ProfileEditor::connectRequested, this, &SettingsDialog::connectOAuth);
    connect(m_editor, &ProfileEditor::rotateRequested, this, &SettingsDialog::rotate);
    connect(m_editor, &ProfileEditor::reminderDaysChanged, this, [this](int days) {
        m_health.setReminderDays(days);
        refreshStored();
    });
    // A test that worked with a stored key changed its "last worked" date.
    connect(m_checker, &CredentialChecker::ghlTested, this, [this](const Session::GhlCheck &check) {
        m_editor->showGhlCheck(check);
        refreshStored();
    });
    connect(m_checker, &CredentialChecker::mailerLiteTested, this,
            [this](const Session::MailerLiteCheck &check) {
                m_editor->showMailerLiteCheck(check);
                refreshStored();
            });
    connect(m_checker, &CredentialChecker::authorizationUrlReady, this, [this](const QUrl &url) {
        m_editor->showSignInWaiting();
        m_openUrl(url);
    });
    connect(m_checker, &CredentialChecker::signedIn, this, [this](const QString &location) {
        m_editor->showSignedIn(location);
        refreshStored();
    });
    connect(m_checker, &CredentialChecker::signInFailed, m_editor,
            &ProfileEditor::showSignInFailed);
    // Stored at once for the whole installation (not per profile), applied at the next start.
    LanguageSetting::attach(*m_ui->languageComboBox);
    reloadList(QString());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    m_openUrl = std::move(opener);
}

void SettingsDialog::reloadList(const QString &select)
{
    const Result<QStringList> names = m_profiles.list();
    if (!names.ok()) {
        showError(names.error().message);
    }
    {
        const QSignalBlocker blocker(m_ui->profileListWidget);
        m_ui->profileListWidget->clear();
        if (names.ok()) {
            m_ui->profileListWidget->addItems(names.value());
        }
    }
    const bool any = m_ui->profileListWidget->count() > 0;
    m_ui->editorStack->setCurrentWidget(any ? static_cast<QWidget *>(m_editor) : m_ui->emptyPage);
    m_ui->removeProfileButton->setEnabled(any);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(any);
    if (!any) {
        m_editor->setProfile(Profile {});
        return;
    }
    const auto found = m_ui->profileListWidget->findItems(select, Qt::MatchExactly);
    const int row = found.isEmpty() ? 0 : m_ui->profileListWidget->row(found.first());
    {
        const QSignalBlocker blocker(m_ui->profileListWidget);
        m_ui->profileListWidget->setCurrentRow(row);
    }
    loadProfile(m_ui->profileListWidget->item(row)->text());
}

void SettingsDialog::selectProfile(const QString &name)
{
    const auto found = m_ui->profileListWidget->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_ui->profileListWidget->setCurrentItem(found.first());
    }
}

void SettingsDialog::onCurrentRowChanged(int row)
{
    auto *item = m_ui->profileListWidget->item(row);
    const QString name = item ? item->text() : QString();
    if (name.isEmpty() || name == m_editor->profileName()) {
        return;
    }
    if (m_editor->isModified()
        && !m_prompter.confirm(
            this, tr("Discard Changes"),
            tr("Profile \"%1\" has unsaved changes. Discard them?").arg(m_editor->profileName()))) {
        const auto current
            = m_ui->profileListWidget->findItems(m_editor->profileName(), Qt::MatchExactly);
        const QSignalBlocker blocker(m_ui->profileListWidget);
        m_ui->profileListWidget->setCurrentItem(current.isEmpty() ? nullptr : current.first());
        return;
    }
    loadProfile(name);
}

void SettingsDialog::loadProfile(const QString &name)
{
    clearError();
    m_checker->cancelOAuth();
    m_editor->setConnecting(false);
    const Result<Profile> profile = m_profiles.load(name);
    if (!profile.ok()) {
        showError(profile.error().message);
        return;
    }
    m_editor->setProfile(profile.value());
    refreshStored();
}

void SettingsDialog::refreshStored()
{
    m_editor->showStoredSecrets(m_secrets.knownKeys(), m_health, m_clock.now());
}

void SettingsDialog::addProfile()
{
    const std::optional<QString> typed = m_prompter.askText(
        this, tr("Add Profile"),
        tr("Name of the new profile (letters, digits, \"-\", \"_\" and \".\"):"));
    if (!typed) {
        return;
    }
    const QString name = typed->trimmed();
    if (!Profile::isValidName(name)) {
        showError(tr("\"%1\" cannot be a profile name: use 1 to 64 letters, digits, \"-\", \"_\" "
                     "or \".\".")
                      .arg(name));
        return;
    }
    if (m_profiles.contains(name)) {
        showError(tr("A profile named \"%1\" already exists.").arg(name));
        return;
    }
    Profile profile;
    profile.name = name;
    if (const Status saved = m_profiles.save(profile); !saved.ok()) {
        showError(saved.error().message);
        return;
    }
    clearError();
    Q_EMIT profileSaved(name);
    const QSignalBlocker blocker(m_ui->profileListWidget);
    m_ui->profileListWidget->addItem(name);
    m_ui->profileListWidget->sortItems();
    m_ui->editorStack->setCurrentWidget(m_editor);
    m_ui->removeProfileButton->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    selectProfile(name);
    onCurrentRowChanged(m_ui->profileListWidget->currentRow());
}

void SettingsDialog::removeProfile()
{
    const QString name = m_editor->profileName();
    if (name.isEmpty() || m_busy) {
        return;
    }
    if (!m_prompter.confirm(this, tr("Remove Profile"),
                            tr("Remove profile \"%1\" and delete its keys from the keychain? The "
                               "data in GoHighLevel and MailerLite is not touched.")
                                .arg(name),
                            true)) {
        return;
    }
    setBusy(true);
    // Secrets first: a profile whose keys could not be deleted stays listed, so the user can
    // try again once the keychain is available.
    m_secrets.removeAll(name, this, [this, name](const Secrets::SecretResult &r) {
        setBusy(false);
        if (!r.succeeded()) {
            showError(tr("Profile \"%1\" was not removed: %2").arg(name, r.error.message));
            return;
        }
        m_health.forgetProfile(name);
        if (const Status removed = m_profiles.remove(name); !removed.ok()) {
            showError(removed.error().message);
            return;
        }
        qCInfo(lcGui) << "profile" << name << "removed";
        m_editor->setModified(false);
        Q_EMIT profileRemoved(name);
        reloadList(QString());
    });
}

void SettingsDialog::save()
{
    if (m_busy || m_editor->profileName().isEmpty()) {
        return;
    }
    clearError();
    const Result<Profile> edited = m_editor->profile();
    if (!edited.ok()) {
        showError(edited.error().message);
        return;
    }
    const Profile &profile = edited.value();
    const ProfileEditor::TypedSecrets typed = m_editor->typedSecrets();
    // Only what the user typed is written: an unchanged field keeps the stored value.
    QList<std::pair<QString, QString>> writes;
    if (!typed.ghlToken.isEmpty()) {
        writes.append({profile.ghlTokenKey(), typed.ghlToken});
    }
    if (!typed.clientSecret.isEmpty()) {
        writes.append({profile.oauthClientSecretKey(), typed.clientSecret});
    }
    if (!typed.mailerLiteKey.isEmpty()) {
        writes.append({profile.mailerLiteKeyKey(), typed.mailerLiteKey});
    }
    setBusy(true);
    writeSecrets(std::move(writes), profile, {});
}

void SettingsDialog::writeSecrets(QList<std::pair<QString, QString>> pending,
                                  const Profile &profile, QStringList written)
{
    if (pending.isEmpty()) {
        finishSave(profile, written);
        return;
    }
    const auto [key, value] = pending.takeFirst();
    m_secrets.write(key, value, this,
                    [this, key, pending, profile, written](const Secrets::SecretResult &r) {
                        QStringList done = written;
                        if (!r.succeeded()) {
                            // The typed values stay in their fields for another try.
                            for (const QString &stored : std::as_const(done)) {
                                m_health.recordStored(stored, m_clock.now());
                            }
                            setBusy(false);
                            refreshStored();
                            showError(tr("The settings were not saved: %1").arg(r.error.message));
                            return;
                        }
                        done.append(key);
                        writeSecrets(pending, profile, done);
                    });
}

void SettingsDialog::finishSave(const Profile &profile, const QStringList &written)
{
    setBusy(false);
    for (const QString &key : written) {
        m_health.recordStored(key, m_clock.now());
    }
    if (const Status saved = m_profiles.save(profile); !saved.ok()) {
        refreshStored();
        showError(saved.error().message);
        return;
    }
    qCInfo(lcGui) << "profile" << profile.name << "saved;" << written.size() << "secret(s) stored";
    m_editor->clearTypedSecrets();
    m_editor->setModified(false);
    refreshStored();
    Q_EMIT profileSaved(profile.name);
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->removeProfileButton->setEnabled(!busy);
    m_ui->addProfileButton->setEnabled(!busy);
}

void SettingsDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
}

void SettingsDialog::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->setVisible(false);
}

void SettingsDialog::reject()
{
    if (m_editor->isModified()
        && !m_prompter.confirm(this, tr("Discard Changes"),
                               tr("Profile \"%1\" has unsaved changes. Close without saving?")
                                   .arg(m_editor->profileName()))) {
        return;
    }
    m_checker->cancelOAuth();
    QDialog::reject();
}

void SettingsDialog::testGhl()
{
    const Result<Profile> profile = m_editor->profile();
    if (!profile.ok()) {
        m_editor->setGhlStatus(profile.error().message, false);
        return;
    }
    const ProfileEditor::TypedSecrets typed = m_editor->typedSecrets();
    m_editor->setGhlTesting(true);
    m_checker->testGhl(profile.value(), typed.ghlToken, typed.clientSecret);
}

void SettingsDialog::testMailerLite()
{
    const Result<Profile> profile = m_editor->profile();
    if (!profile.ok()) {
        m_editor->setMailerLiteStatus(profile.error().message, false);
        return;
    }
    m_editor->setMailerLiteTesting(true);
    m_checker->testMailerLite(profile.value(), m_editor->typedSecrets().mailerLiteKey);
}

void SettingsDialog::connectOAuth()
{
    const Result<Profile> profile = m_editor->profile();
    if (!profile.ok()) {
        m_editor->setOAuthStatus(profile.error().message, false);
        return;
    }
    m_editor->showSignInStarted();
    m_checker->connectOAuth(profile.value(), m_editor->typedSecrets().clientSecret);
}

void SettingsDialog::rotate(const QString &key)
{
    const Result<Profile> profile = m_editor->profile();
    if (!profile.ok()) {
        showError(profile.error().message);
        return;
    }
    const auto service = key == profile.value().ghlTokenKey()
        ? RotateKeyDialog::Service::Ghl
        : RotateKeyDialog::Service::MailerLite;
    auto *dialog
        = new RotateKeyDialog(service, profile.value(), m_secrets, m_health, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = profile.value().name;
    connect(dialog, &QDialog::accepted, this, [this, name] {
        refreshStored();
        // The profile's credentials changed: an open session must read them again.
        Q_EMIT profileSaved(name);
    });
    dialog->open();
}
