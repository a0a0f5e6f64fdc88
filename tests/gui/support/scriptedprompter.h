// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prompter.h"

#include <QQueue>
#include <QStringList>

// A Prompter for GUI tests: answers from queues filled in advance and records every question,
// so a test can assert what the user was asked. An unexpected question (empty queue) is
// answered "no" / cancelled and recorded, so the test can fail on it.
class ScriptedPrompter final : public Prompter
{
public:
    QQueue<bool> confirmations;
    QQueue<std::optional<QString>> texts;
    QQueue<QString> fileNames;
    QStringList asked; // titles, in order
    QStringList unexpected; // titles of questions nobody prepared an answer for
    QStringList informed; // texts of inform()

    bool confirm(QWidget *, const QString &title, const QString &text, bool) override
    {
        asked.append(title + u": "_qs + text);
        if (confirmations.isEmpty()) {
            unexpected.append(title);
            return false;
        }
        return confirmations.dequeue();
    }
    std::optional<QString> askText(QWidget *, const QString &title, const QString &,
                                   const QString &) override
    {
        asked.append(title);
        if (texts.isEmpty()) {
            unexpected.append(title);
            return std::nullopt;
        }
        return texts.dequeue();
    }
    QString saveFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked.append(title);
        if (fileNames.isEmpty()) {
            unexpected.append(title);
            return {};
        }
        return fileNames.dequeue();
    }
    QString openFileName(QWidget *, const QString &title, const QString &) override
    {
        asked.append(title);
        if (fileNames.isEmpty()) {
            unexpected.append(title);
            return {};
        }
        return fileNames.dequeue();
    }
    void inform(QWidget *, const QString &title, const QString &text) override
    {
        asked.append(title);
        informed.append(text);
    }
};
