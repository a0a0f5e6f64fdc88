// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class TaskDialog;
}

// Asks for a new GHL task: a title (required), a due time and a description.
class TaskDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TaskDialog(const QDateTime &defaultDue, QWidget *parent = nullptr);
    ~TaskDialog() override;

    [[nodiscard]] QString title() const;
    [[nodiscard]] QDateTime due() const;
    [[nodiscard]] QString body() const;

private:
    const std::unique_ptr<Ui::TaskDialog> m_ui;
};
