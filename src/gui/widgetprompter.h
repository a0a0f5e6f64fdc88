// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prompter.h"

// The Prompter of the running application: message boxes, input and file dialogs.
class WidgetPrompter final : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 bool destructive) override;
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &initial) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
};
