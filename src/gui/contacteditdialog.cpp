// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacteditdialog.h"

#include "ui_contacteditdialog.h"

#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

ContactEditDialog::ContactEditDialog(const ContactTableModel::Row &contact, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactEditDialog>())
    , m_contact(contact)
{
    m_ui->setupUi(this);
    m_ui->emailLineEdit->setText(contact.email);
    m_ui->firstNameLineEdit->setText(contact.firstName);
    m_ui->lastNameLineEdit->setText(contact.lastName);
    m_ui->phoneLineEdit->setText(contact.phone);
    m_ui->companyLineEdit->setText(contact.companyName);
    connect(m_ui->emailLineEdit, &QLineEdit::textChanged, this, &ContactEditDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

ContactEditDialog::~ContactEditDialog() = default;

bool ContactEditDialog::isValidEmail(const QString &email)
{
    // Deliberately plain: one @, something before it, a dotted domain, no spaces. GHL
    // applies its own rules on save; this only catches typing slips early.
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    return pattern.match(email.trimmed()).hasMatch();
}

QJsonObject ContactEditDialog::changedFields() const
{
    QJsonObject fields;
    const auto put = [&fields](const QString &key, const QString &now, const QString &before) {
        if (now != before) {
            fields.insert(key, now);
        }
    };
    put(u"email"_s, m_ui->emailLineEdit->text().trimmed(), m_contact.email);
    put(u"firstName"_s, m_ui->firstNameLineEdit->text().trimmed(), m_contact.firstName);
    put(u"lastName"_s, m_ui->lastNameLineEdit->text().trimmed(), m_contact.lastName);
    put(u"phone"_s, m_ui->phoneLineEdit->text().trimmed(), m_contact.phone);
    put(u"companyName"_s, m_ui->companyLineEdit->text().trimmed(), m_contact.companyName);
    return fields;
}

void ContactEditDialog::validate()
{
    const QString email = m_ui->emailLineEdit->text().trimmed();
    const bool ok = email.isEmpty() || isValidEmail(email);
    m_ui->problemLabel->setText(ok ? QString()
                                   : tr("\"%1\" is not a valid email address.").arg(email));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(ok);
}
