// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileEditor's Real Time tab: fast polling, the webhook listener and the write-back of
// MailerLite opt-outs.
#include "profileeditor.h"
#include "ui_profileeditor.h"

#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;
using Profiles::RealtimeSettings;

void ProfileEditor::setUpRealtime()
{
    m_ui->fastPollingHintLabel->setText(
        tr("While ContactBridge runs, it then checks GoHighLevel every minute instead of "
           "following the schedule. A check that finds no changed contact costs %n GoHighLevel "
           "request(s) and nothing in MailerLite: about %1 requests an hour.",
           "", RealtimeSettings::NoChangePollGhlRequests)
            .arg(60 / RealtimeSettings::FastPollMinutes
                 * RealtimeSettings::NoChangePollGhlRequests));
    m_ui->writeBackTagLineEdit->setPlaceholderText(RealtimeSettings().writeBackTag);
    connect(m_ui->webhooksCheckBox, &QCheckBox::toggled, this, &ProfileEditor::updateRealtimeView);
    connect(m_ui->writeBackComboBox, &QComboBox::currentIndexChanged, this,
            &ProfileEditor::updateRealtimeView);
    updateRealtimeView();
}

void ProfileEditor::showRealtime(const RealtimeSettings &realtime)
{
    m_ui->fastPollingCheckBox->setChecked(realtime.fastPolling);
    m_ui->webhooksCheckBox->setChecked(realtime.webhooksEnabled);
    m_ui->bindAddressLineEdit->setText(realtime.webhookBindAddress);
    m_ui->webhookPortSpinBox->setValue(realtime.webhookPort);
    m_ui->ghlRsaKeyPlainTextEdit->setPlainText(QString::fromLatin1(realtime.ghlRsaPublicKey));
    m_ui->ghlEd25519KeyPlainTextEdit->setPlainText(
        QString::fromLatin1(realtime.ghlEd25519PublicKey));
    m_ui->writeBackComboBox->setCurrentIndex(static_cast<int>(realtime.writeBack));
    m_ui->writeBackTagLineEdit->setText(realtime.writeBackTag);
    updateRealtimeView();
}

Result<RealtimeSettings> ProfileEditor::realtimeSettings() const
{
    RealtimeSettings s;
    s.fastPolling = m_ui->fastPollingCheckBox->isChecked();
    s.webhooksEnabled = m_ui->webhooksCheckBox->isChecked();
    const QString address = m_ui->bindAddressLineEdit->text().trimmed();
    s.webhookBindAddress = address.isEmpty() ? s.webhookBindAddress : address;
    s.webhookPort = static_cast<quint16>(m_ui->webhookPortSpinBox->value());
    s.ghlRsaPublicKey = m_ui->ghlRsaKeyPlainTextEdit->toPlainText().trimmed().toLatin1();
    s.ghlEd25519PublicKey = m_ui->ghlEd25519KeyPlainTextEdit->toPlainText().trimmed().toLatin1();
    s.writeBack = static_cast<RealtimeSettings::WriteBack>(
        std::max(0, m_ui->writeBackComboBox->currentIndex()));
    const QString tag = m_ui->writeBackTagLineEdit->text().trimmed();
    s.writeBackTag = tag.isEmpty() ? s.writeBackTag : tag;
    // The profile file's own checks: an address that is no IP address, for one.
    return RealtimeSettings::fromJson(s.toJson());
}

void ProfileEditor::updateRealtimeView()
{
    const bool webhooks = m_ui->webhooksCheckBox->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->bindAddressLineEdit),
                       static_cast<QWidget *>(m_ui->webhookPortSpinBox),
                       static_cast<QWidget *>(m_ui->ghlRsaKeyPlainTextEdit),
                       static_cast<QWidget *>(m_ui->ghlEd25519KeyPlainTextEdit),
                       static_cast<QWidget *>(m_ui->writeBackComboBox)}) {
        w->setEnabled(webhooks);
    }
    const auto writeBack
        = static_cast<RealtimeSettings::WriteBack>(m_ui->writeBackComboBox->currentIndex());
    m_ui->writeBackTagLineEdit->setEnabled(webhooks
                                           && writeBack == RealtimeSettings::WriteBack::Tag);

    // A token known to be read-only cannot write back: those choices are disabled (a profile
    // that already has one keeps it visible, so it can be turned off).
    const bool readOnly = m_ghlCanWrite.has_value() && !*m_ghlCanWrite;
    if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->writeBackComboBox->model())) {
        for (int row = 1; row < model->rowCount(); ++row) {
            if (QStandardItem *item = model->item(row)) {
                item->setEnabled(!readOnly);
            }
        }
    }
    QString hint;
    if (readOnly) {
        hint = tr("The GoHighLevel token is read only (it lacks the contacts.write scope), so "
                  "opt-outs cannot be written back. Give the token that scope and test the "
                  "connection again.");
    } else if (!webhooks) {
        hint = tr("MailerLite reports unsubscribes, bounces and spam complaints through its "
                  "webhooks: turn them on to write opt-outs back to GoHighLevel.");
    } else {
        hint = tr("Needs a GoHighLevel token with the contacts.write scope. Each change is "
                  "recorded in the consent history, and ContactBridge recognises it when "
                  "GoHighLevel reports it back, so it never returns to MailerLite as a new "
                  "change.");
    }
    m_ui->writeBackHintLabel->setText(hint);
    m_ui->writeBackHintLabel->setStyleSheet(readOnly ? u"QLabel { color: #8a4b00; }"_s : QString());
}
