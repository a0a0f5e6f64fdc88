// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/runsummary.h"

#include <QIcon>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

// The system tray icon: shows the last run's status, offers "Sync now", "Show ContactBridge"
// and "Quit", and notifies when a run ends with failures. Where the desktop has no system tray
// it creates no icon but keeps its state, menu and signals, so the window can show the same
// (isAvailable() tells the caller not to hide the window into a tray that is not there).
class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    enum class Status { Idle, Running, Succeeded, ItemsFailed, Error, Cancelled };

    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    [[nodiscard]] bool isAvailable() const { return m_tray != nullptr; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString toolTip() const { return m_toolTip; }
    [[nodiscard]] QIcon icon() const { return m_icon; }
    [[nodiscard]] QMenu *menu() const { return m_menu.get(); }
    [[nodiscard]] QAction *syncNowAction() const { return m_syncNow; }
    [[nodiscard]] QAction *showAction() const { return m_show; }
    [[nodiscard]] QAction *quitAction() const { return m_quit; }

    void setVisible(bool visible);

public Q_SLOTS:
    // A run ended.
    void setRunState(const Sync::RunSummary &summary);
    // A run started.
    void setRunning(const QString &profile);

Q_SIGNALS:
    void syncNowRequested();
    void showRequested();
    void quitRequested();
    // A run ended badly; also sent when there is no tray, so the window can show it.
    void notified(const QString &title, const QString &message);

private:
    void apply(Status status, const QString &toolTip);
    [[nodiscard]] static QIcon iconFor(Status status);

    std::unique_ptr<QMenu> m_menu; // QMenu is a widget: no QObject parent here
    QAction *m_syncNow = nullptr;
    QAction *m_show = nullptr;
    QAction *m_quit = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    Status m_status = Status::Idle;
    QString m_toolTip;
    QIcon m_icon;
};
