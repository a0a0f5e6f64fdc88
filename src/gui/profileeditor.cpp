// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"
#include "ui_profileeditor.h"

#include "secrets/credentialhealth.h"
#include "secrets/secretstore.h"
#include "session/connectioncheck.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Profiles::Profile;

namespace {

// The OAuth sign-in's lasting secret: its storage date is when the user signed in.
QString signInKey(const QString &profile)
{
    return Secrets::SecretStore::makeKey(u"ghl"_s, profile, u"refresh-token"_s);
}

QString dateText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), u"d MMM yyyy"_s);
}

void setStatus(QLabel *label, const QString &text, bool ok)
{
    label->setText(text);
    label->setStyleSheet(ok ? u"QLabel { color: #1b5e20; }"_s : u"QLabel { color: #b00020; }"_s);
}

// A service address: http or https with a host.
bool isServiceUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == u"https" || url.scheme() == u"http");
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileEditor>())
{
    m_ui->setupUi(this);
    QFont bold = m_ui->nameLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_ui->nameLabel->setFont(bold);
    connect(m_ui->ghlAuthComboBox, &QComboBox::currentIndexChanged, this,
            &ProfileEditor::updateAuthPage);
    connect(m_ui->testGhlButton, &QPushButton::clicked, this, &ProfileEditor::testGhlRequested);
    connect(m_ui->testMailerLiteButton, &QPushButton::clicked, this,
            &ProfileEditor::testMailerLiteRequested);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ProfileEditor::connectRequested);
    connect(m_ui->rotateGhlButton, &QPushButton::clicked, this,
            [this] { Q_EMIT rotateRequested(m_profile.ghlTokenKey()); });
    connect(m_ui->rotateMailerLiteButton, &QPushButton::clicked, this,
            [this] { Q_EMIT rotateRequested(m_profile.mailerLiteKeyKey()); });
    connect(m_ui->reminderDaysSpinBox, &QSpinBox::valueChanged, this, [this](int days) {
        if (!m_loading) {
            Q_EMIT reminderDaysChanged(days);
        }
    });
    setUpRealtime();
    connectEdits();
    updateAuthPage();
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::connectEdits()
{
    const auto changed = [this] {
        if (!m_loading) {
            m_modified = true;
            Q_EMIT edited();
        }
    };
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        // Spin boxes report through valueChanged below.
        if (!qobject_cast<QAbstractSpinBox *>(edit->parent())) {
            connect(edit, &QLineEdit::textEdited, this, changed);
        }
    }
    for (QComboBox *box : findChildren<QComboBox *>()) {
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    }
    connect(m_ui->allowResubscribeCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->maxCountSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->maxPercentSpinBox, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_ui->redirectPortSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->fastPollingCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->webhooksCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->webhookPortSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->ghlRsaKeyPlainTextEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->ghlEd25519KeyPlainTextEdit, &QPlainTextEdit::textChanged, this, changed);
}

void ProfileEditor::updateAuthPage()
{
    const bool oauth = m_ui->ghlAuthComboBox->currentIndex() == 1;
    m_ui->ghlAuthStack->setCurrentWidget(oauth ? m_ui->oauthPage : m_ui->tokenPage);
    m_ui->ghlHealthTitleLabel->setText(oauth ? tr("GoHighLevel sign-in:")
                                             : tr("GoHighLevel token:"));
    // OAuth tokens renew themselves; only a Private Integration Token is rotated by hand.
    m_ui->rotateGhlButton->setVisible(!oauth);
    m_ui->clientSecretHealthTitleLabel->setVisible(oauth);
    m_ui->clientSecretHealthLabel->setVisible(oauth);
}

void ProfileEditor::setProfile(const Profile &profile)
{
    m_loading = true;
    m_profile = profile;
    m_ui->nameLabel->setText(tr("Profile \"%1\"").arg(profile.name));
    m_ui->ghlAuthComboBox->setCurrentIndex(profile.ghlAuth == Profile::GhlAuth::OAuth ? 1 : 0);
    m_ui->clientIdLineEdit->setText(profile.oauthClientId);
    m_ui->locationIdLineEdit->setText(profile.locationId);
    m_ui->modeComboBox->setCurrentIndex(static_cast<int>(profile.policy.mode));
    m_ui->allowResubscribeCheckBox->setChecked(profile.policy.allowResubscribe);
    m_ui->emailChangeComboBox->setCurrentIndex(static_cast<int>(profile.policy.onEmailChange));
    m_ui->leaveSetComboBox->setCurrentIndex(static_cast<int>(profile.policy.onLeaveSet));
    m_ui->maxCountSpinBox->setValue(profile.policy.maxDestructiveCount);
    m_ui->maxPercentSpinBox->setValue(profile.policy.maxDestructivePercent);
    m_ui->ghlBaseUrlLineEdit->setText(profile.ghlBaseUrl.toString());
    m_ui->mailerLiteBaseUrlLineEdit->setText(profile.mailerLiteBaseUrl.toString());
    m_ui->redirectPortSpinBox->setValue(profile.oauthRedirectPort);
    m_ghlCanWrite.reset(); // another profile, perhaps another token
    showRealtime(profile.realtime);
    clearTypedSecrets();
    m_ui->ghlStatusLabel->clear();
    m_ui->mailerLiteStatusLabel->clear();
    m_ui->oauthStatusLabel->clear();
    updateAuthPage();
    m_modified = false;
    m_loading = false;
}

Result<Profile> ProfileEditor::profile() const
{
    Profile p = m_profile;
    p.ghlAuth = m_ui->ghlAuthComboBox->currentIndex() == 1 ? Profile::GhlAuth::OAuth
                                                           : Profile::GhlAuth::PrivateToken;
    p.oauthClientId = m_ui->clientIdLineEdit->text().trimmed();
    p.locationId = m_ui->locationIdLineEdit->text().trimmed();
    p.policy.mode = static_cast<Sync::SyncPolicy::Mode>(m_ui->modeComboBox->currentIndex());
    p.policy.allowResubscribe = m_ui->allowResubscribeCheckBox->isChecked();
    p.policy.onEmailChange
        = static_cast<Sync::SyncPolicy::Departure>(m_ui->emailChangeComboBox->currentIndex());
    p.policy.onLeaveSet
        = static_cast<Sync::SyncPolicy::Departure>(m_ui->leaveSetComboBox->currentIndex());
    p.policy.maxDestructiveCount = m_ui->maxCountSpinBox->value();
    p.policy.maxDestructivePercent = m_ui->maxPercentSpinBox->value();
    p.oauthRedirectPort = static_cast<quint16>(m_ui->redirectPortSpinBox->value());
    p.ghlBaseUrl = QUrl(m_ui->ghlBaseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
    p.mailerLiteBaseUrl = QUrl(m_ui->mailerLiteBaseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
    if (!isServiceUrl(p.ghlBaseUrl)) {
        return Error {Error::Kind::Validation,
                      tr("The GoHighLevel API address is not a valid http or https address."),
                      {},
                      0};
    }
    if (!isServiceUrl(p.mailerLiteBaseUrl)) {
        return Error {Error::Kind::Validation,
                      tr("The MailerLite API address is not a valid http or https address."),
                      {},
                      0};
    }
    const Result<Profiles::RealtimeSettings> realtime = realtimeSettings();
    if (!realtime.ok()) {
        return realtime.error();
    }
    p.realtime = realtime.value();
    return p;
}

ProfileEditor::TypedSecrets ProfileEditor::typedSecrets() const
{
    const bool oauth = m_ui->ghlAuthComboBox->currentIndex() == 1;
    TypedSecrets typed;
    // Keys are pasted: surrounding whitespace is never part of them.
    typed.ghlToken = oauth ? QString() : m_ui->ghlTokenLineEdit->text().trimmed();
    typed.clientSecret = oauth ? m_ui->clientSecretLineEdit->text().trimmed() : QString();
    typed.mailerLiteKey = m_ui->mailerLiteKeyLineEdit->text().trimmed();
    return typed;
}

void ProfileEditor::clearTypedSecrets()
{
    m_ui->ghlTokenLineEdit->clear();
    m_ui->clientSecretLineEdit->clear();
    m_ui->mailerLiteKeyLineEdit->clear();
}

QString ProfileEditor::placeholderFor(const QString &key, const QStringList &storedKeys,
                                      const Secrets::CredentialHealth &health) const
{
    if (!storedKeys.contains(key)) {
        return tr("Not set");
    }
    const QDateTime stored = health.record(key).storedAt;
    return stored.isValid()
        ? tr("Stored in the keychain on %1 — type to replace").arg(dateText(stored))
        : tr("Stored in the keychain — type to replace");
}

QString ProfileEditor::healthText(const QString &key, const QStringList &storedKeys,
                                  const Secrets::CredentialHealth &health, const QDateTime &now,
                                  bool *due) const
{
    *due = false;
    if (!storedKeys.contains(key)) {
        return tr("Not stored yet.");
    }
    const Secrets::CredentialHealth::Record record = health.record(key);
    const QString stored = record.storedAt.isValid()
        ? tr("Stored on %1.").arg(dateText(record.storedAt))
        : tr("Stored before ContactBridge recorded dates.");
    const QString worked = record.lastWorked.isValid()
        ? tr("Last worked on %1.").arg(dateText(record.lastWorked))
        : tr("Not tested since it was stored.");
    if (health.needsRotation(key, now)) {
        *due = true;
        return tr("%1 %2 It is older than %n day(s): rotate it.", "", health.reminderDays())
            .arg(stored, worked);
    }
    return tr("%1 %2").arg(stored, worked);
}

void ProfileEditor::showStoredSecrets(const QStringList &storedKeys,
                                      const Secrets::CredentialHealth &health, const QDateTime &now)
{
    m_ui->ghlTokenLineEdit->setPlaceholderText(
        placeholderFor(m_profile.ghlTokenKey(), storedKeys, health));
    m_ui->clientSecretLineEdit->setPlaceholderText(
        placeholderFor(m_profile.oauthClientSecretKey(), storedKeys, health));
    m_ui->mailerLiteKeyLineEdit->setPlaceholderText(
        placeholderFor(m_profile.mailerLiteKeyKey(), storedKeys, health));

    const bool oauth = m_ui->ghlAuthComboBox->currentIndex() == 1;
    const auto show = [&](QLabel *label, const QString &key) {
        bool due = false;
        label->setText(healthText(key, storedKeys, health, now, &due));
        label->setStyleSheet(due ? u"QLabel { color: #8a4b00; font-weight: bold; }"_s : QString());
    };
    show(m_ui->ghlHealthLabel, oauth ? signInKey(m_profile.name) : m_profile.ghlTokenKey());
    show(m_ui->clientSecretHealthLabel, m_profile.oauthClientSecretKey());
    show(m_ui->mailerLiteHealthLabel, m_profile.mailerLiteKeyKey());
    m_ui->rotateGhlButton->setEnabled(storedKeys.contains(m_profile.ghlTokenKey()));
    m_ui->rotateMailerLiteButton->setEnabled(storedKeys.contains(m_profile.mailerLiteKeyKey()));
    const bool wasLoading = m_loading;
    m_loading = true;
    m_ui->reminderDaysSpinBox->setValue(health.reminderDays());
    m_loading = wasLoading;
}

void ProfileEditor::setGhlStatus(const QString &text, bool ok)
{
    setStatus(m_ui->ghlStatusLabel, text, ok);
}

void ProfileEditor::setMailerLiteStatus(const QString &text, bool ok)
{
    setStatus(m_ui->mailerLiteStatusLabel, text, ok);
}

void ProfileEditor::setOAuthStatus(const QString &text, bool ok)
{
    setStatus(m_ui->oauthStatusLabel, text, ok);
}

void ProfileEditor::setGhlTesting(bool testing)
{
    m_ui->testGhlButton->setEnabled(!testing);
    if (testing) {
        m_ui->ghlStatusLabel->setStyleSheet(QString());
        m_ui->ghlStatusLabel->setText(tr("Testing..."));
    }
}

void ProfileEditor::setMailerLiteTesting(bool testing)
{
    m_ui->testMailerLiteButton->setEnabled(!testing);
    if (testing) {
        m_ui->mailerLiteStatusLabel->setStyleSheet(QString());
        m_ui->mailerLiteStatusLabel->setText(tr("Testing..."));
    }
}

void ProfileEditor::setConnecting(bool connecting)
{
    m_ui->connectButton->setEnabled(!connecting);
}

void ProfileEditor::showSignInStarted()
{
    setConnecting(true);
    setOAuthStatus(tr("Starting the sign-in..."), true);
}

void ProfileEditor::showSignInWaiting()
{
    setOAuthStatus(tr("Waiting for the browser: sign in to GoHighLevel and allow ContactBridge "
                      "access to the location."),
                   true);
}

void ProfileEditor::showSignedIn(const QString &grantedLocationId)
{
    setConnecting(false);
    if (!grantedLocationId.isEmpty()) {
        m_ui->locationIdLineEdit->setText(grantedLocationId);
    }
    m_modified = true;
    Q_EMIT edited();
    setOAuthStatus(tr("Signed in to GoHighLevel. Press Save to keep these settings."), true);
}

void ProfileEditor::showSignInFailed(const Error &error)
{
    setConnecting(false);
    setOAuthStatus(error.message, false);
}

void ProfileEditor::showGhlCheck(const Session::GhlCheck &check)
{
    setGhlTesting(false);
    if (!check.ok) {
        setGhlStatus(check.error.message, false);
        return;
    }
    m_ghlCanWrite = check.canWrite;
    updateRealtimeView();
    const QString location = check.locationName.isEmpty()
        ? m_ui->locationIdLineEdit->text().trimmed()
        : check.locationName;
    const int contacts = static_cast<int>(check.contactCount);
    setGhlStatus(
        check.canWrite
            ? tr("Connected to location \"%1\": %n contact(s); contacts can be changed.", "",
                 contacts)
                  .arg(location)
            : tr("Connected to location \"%1\": %n contact(s); read only. %2", "", contacts)
                  .arg(location, check.writeNote),
        true);
}

void ProfileEditor::showMailerLiteCheck(const Session::MailerLiteCheck &check)
{
    setMailerLiteTesting(false);
    if (!check.ok) {
        setMailerLiteStatus(check.error.message, false);
        return;
    }
    setMailerLiteStatus(tr("Connected to MailerLite account \"%1\" (%2).")
                            .arg(check.accountName, check.accountEmail),
                        true);
}
