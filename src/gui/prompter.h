// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

// Every modal question the GUI asks goes through here, so tests can answer them in advance
// (ScriptedPrompter) instead of driving message boxes.
class Prompter
{
public:
    virtual ~Prompter() = default;

    // A yes/no question; true for yes. `destructive` marks actions that lose data.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         bool destructive = false)
        = 0;
    // A line of text (e.g. the reason for ignoring a failure); nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title,
                                           const QString &label, const QString &initial = {})
        = 0;
    // A file to save to; empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter)
        = 0;
    // A file to open; empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
};
