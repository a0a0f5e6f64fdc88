// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetprompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

bool WidgetPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                             bool destructive)
{
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text,
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    // Destructive questions default to the safe answer, so a stray Enter loses nothing.
    box.setDefaultButton(destructive ? QMessageBox::Cancel : QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

std::optional<QString> WidgetPrompter::askText(QWidget *parent, const QString &title,
                                               const QString &label, const QString &initial)
{
    bool ok = false;
    const QString text
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return text;
}

QString WidgetPrompter::saveFileName(QWidget *parent, const QString &title,
                                     const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString WidgetPrompter::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

void WidgetPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}
