// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(CB_VERSION)));
    m_ui->buildLabel->setText(
        tr("Built with Qt %1, running on Qt %2")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

AboutDialog::~AboutDialog() = default;
