// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class ContactsPage;
class FailuresPage;
class HistoryPage;
class MappingPage;
class ProfileSession;
class QComboBox;
class QLabel;
class RealtimeService;
class SyncController;
class SyncPage;
class TrayIcon;

namespace Secrets {
class CredentialHealth;
}
namespace Sync {
class Scheduler;
}
namespace Ui {
class MainWindow;
}

// The admin's main window: one page per task (contacts, mapping, sync, failures, history), a
// profile switcher, and a status bar with the connection state, the webhook listener and the
// last run.
// Lives in the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Contacts, Mapping, Sync, Failures, History };

    struct Services
    {
        ProfileSession &session;
        SyncController &sync;
        Secrets::CredentialHealth &health;
        Sync::Scheduler &scheduler;
        RealtimeService &realtime;
    };

    explicit MainWindow(Services services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    void showAbout();
    void showSettings();
    void showSchedule();
    // A short word saying which services the window works against (the demo sandbox, for
    // example), with the details in its tooltip.
    void setModeText(const QString &text, const QString &details = {});
    // Fills the profile switcher and selects `current` (without opening it).
    void reloadProfiles(const QString &current);

    [[nodiscard]] Secrets::CredentialHealth &credentialHealth() const { return m_services.health; }
    [[nodiscard]] ContactsPage *contactsPage() const { return m_contacts; }
    [[nodiscard]] SyncPage *syncPage() const { return m_syncPage; }
    [[nodiscard]] FailuresPage *failuresPage() const { return m_failures; }
    [[nodiscard]] HistoryPage *historyPage() const { return m_history; }
    [[nodiscard]] MappingPage *mappingPage() const { return m_mapping; }

Q_SIGNALS:
    // The user picked another profile in the switcher.
    void profileChosen(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addPage(QWidget *page, const QString &title, const QString &iconName);
    void updateConnectionStatus();
    void updateLastRun();
    void updateRealtimeStatus();
    [[nodiscard]] QDateTime lastRunTime() const;
    void onProfileOpened();
    void onProfileFailed(const QString &message);
    void setUpTray();
    void onScheduledRunDue(const QString &profile);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Services m_services;
    QComboBox *m_profileBox = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_lastRunLabel = nullptr;
    QLabel *m_realtimeLabel = nullptr;
    ContactsPage *m_contacts = nullptr;
    MappingPage *m_mapping = nullptr;
    SyncPage *m_syncPage = nullptr;
    FailuresPage *m_failures = nullptr;
    HistoryPage *m_history = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_closeAfterSync = false;
};
