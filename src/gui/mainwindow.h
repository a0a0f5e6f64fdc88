// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

// The admin's main window: one page per task (contacts, mapping, sync, failures, history).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showAbout();
    // The status bar line saying which services the window works against.
    void setConnectionStatus(const QString &text);

private:
    const std::unique_ptr<Ui::MainWindow> m_ui;
};
