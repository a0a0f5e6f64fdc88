// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"
#include "session/connectioncheck.h"
#include "session/serviceconfig.h"
#include "util/error.h"

#include <QObject>

#include <memory>
#include <optional>

class Clock;
class Prompter;
class WorkerThread;

namespace Profiles {
class ProfileStore;
}
namespace Secrets {
class SecretStore;
}
namespace Session {
class ConnectionTester;
class ContactEditor;
class DetailLoader;
class RecordMirror;
} // namespace Session
namespace Store {
class StateDatabase;
}

// The profile the window works on: its settings, its credentials (read from the SecretStore,
// held in memory only), the GUI's connection to the state database, the background services
// (record loading, detail reads, edits at the source, on one worker thread) and the outcome of
// the last connection test. Pages take everything they need from here.
// Lives in the GUI thread.
class ProfileSession final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        Secrets::SecretStore &secrets;
        Profiles::ProfileStore &profiles;
        const Clock &clock;
        QString databasePath;
        Prompter &prompter;
    };

    explicit ProfileSession(Services services, QObject *parent = nullptr);
    ~ProfileSession() override;

    // Loads the profile and reads its credentials: opened(), or openFailed() with what to do.
    // The open profile (if any) is closed first. Then tests both connections in the
    // background: connectionChecked().
    void open(const QString &name);
    // Opens the current profile again, after its settings or credentials changed.
    void reopen();
    void close();
    // Takes over settings of the open profile that its services do not depend on (its
    // schedule, say) without reopening it.
    void updateProfile(const Profiles::Profile &profile);

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const Profiles::Profile &profile() const { return m_config.profile; }
    // The profile with its credentials, for a sync run or a service; no credentials when closed.
    [[nodiscard]] Session::ServiceConfig serviceConfig() const;

    // The GUI's own connection to the state database (history, failures); nullptr when it
    // could not be opened (databaseError() says why).
    [[nodiscard]] Store::StateDatabase *database() const { return m_database.get(); }
    [[nodiscard]] std::optional<Error> databaseError() const { return m_databaseError; }

    // The background services of the open profile, living in the worker thread: call them only
    // through WorkerThread::post(); connect to their signals (queued). nullptr when closed.
    [[nodiscard]] Session::RecordMirror *mirror() const { return m_mirror; }
    [[nodiscard]] Session::DetailLoader *details() const { return m_details; }
    [[nodiscard]] Session::ContactEditor *editor() const { return m_editor; }

    // The last connection test; nullopt until it answered.
    [[nodiscard]] std::optional<Session::GhlCheck> ghlCheck() const { return m_ghlCheck; }
    [[nodiscard]] std::optional<Session::MailerLiteCheck> mailerLiteCheck() const
    {
        return m_mailerLiteCheck;
    }
    // Whether edits at the source are possible, and if not, why (translated).
    [[nodiscard]] bool canWriteGhl() const;
    [[nodiscard]] QString writeDisabledReason() const;
    // Runs the connection test again.
    void checkConnection();

    [[nodiscard]] Secrets::SecretStore &secrets() const { return m_services.secrets; }
    [[nodiscard]] Profiles::ProfileStore &profiles() const { return m_services.profiles; }
    [[nodiscard]] const Clock &clock() const { return m_services.clock; }
    [[nodiscard]] Prompter &prompter() const { return m_services.prompter; }
    [[nodiscard]] QString databasePath() const { return m_services.databasePath; }

Q_SIGNALS:
    void opened();
    void openFailed(const Error &error);
    // Emitted before the services are destroyed: drop every pointer to them.
    void closing();
    void connectionChecked();

private:
    void readCredentials();
    void finishOpen();

    Services m_services;
    Session::ServiceConfig m_config;
    bool m_open = false;
    quint64 m_generation = 0; // answers for an earlier open() are ignored
    std::unique_ptr<Store::StateDatabase> m_database;
    std::optional<Error> m_databaseError;
    std::unique_ptr<WorkerThread> m_worker;
    Session::RecordMirror *m_mirror = nullptr;
    Session::DetailLoader *m_details = nullptr;
    Session::ContactEditor *m_editor = nullptr;
    Session::ConnectionTester *m_tester = nullptr;
    std::optional<Session::GhlCheck> m_ghlCheck;
    std::optional<Session::MailerLiteCheck> m_mailerLiteCheck;
};
