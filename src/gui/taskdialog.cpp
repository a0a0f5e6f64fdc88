// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskdialog.h"

#include "ui_taskdialog.h"

#include <QPushButton>

TaskDialog::TaskDialog(const QDateTime &defaultDue, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TaskDialog>())
{
    m_ui->setupUi(this);
    m_ui->dueDateTimeEdit->setDateTime(defaultDue.toLocalTime());
    const auto validate = [this] {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_ui->titleLineEdit->text().trimmed().isEmpty());
    };
    connect(m_ui->titleLineEdit, &QLineEdit::textChanged, this, validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

TaskDialog::~TaskDialog() = default;

QString TaskDialog::title() const
{
    return m_ui->titleLineEdit->text().trimmed();
}

QDateTime TaskDialog::due() const
{
    return m_ui->dueDateTimeEdit->dateTime().toUTC();
}

QString TaskDialog::body() const
{
    return m_ui->bodyPlainTextEdit->toPlainText();
}
