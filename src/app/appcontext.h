// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/rotatingfilelog.h"
#include "util/clock.h"

#include <QJsonObject>
#include <QString>

#include <memory>

class ProfileSession;
class Prompter;
class QTemporaryDir;
class RealtimeService;
class SyncController;

namespace Profiles {
class ProfileStore;
}
namespace Sandbox {
class SandboxHost;
}
namespace Secrets {
class CredentialHealth;
class SecretStore;
} // namespace Secrets
namespace Sync {
class Scheduler;
}

// The composition root: builds the long-lived services once, in dependency order, and hands
// them to whoever needs them. In demo mode everything lives in a throw-away directory and an
// in-memory secret store, so a demo never touches the user's real profiles, state or keychain.
// Lives in the GUI thread for the whole run of the program.
class AppContext final
{
public:
    struct Options
    {
        bool demo = false;
        QString dataDirectory; // empty: the platform's app data directory (demo: a temporary one)
    };

    static constexpr auto DemoProfileName = "demo";
    static constexpr auto DemoMailerLiteFaults = "truncate=0.05";

    explicit AppContext(Options options);
    ~AppContext();

    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] QString dataDirectory() const { return m_dataDirectory; }
    [[nodiscard]] Clock &clock() { return m_clock; }
    [[nodiscard]] ProfileSession &session() { return *m_session; }
    [[nodiscard]] SyncController &sync() { return *m_sync; }
    [[nodiscard]] Secrets::CredentialHealth &credentialHealth() { return *m_health; }
    [[nodiscard]] Profiles::ProfileStore &profiles() { return *m_profiles; }
    [[nodiscard]] Sync::Scheduler &scheduler() { return *m_scheduler; }
    [[nodiscard]] RealtimeService &realtime() { return *m_realtime; }

    // Demo mode runs the fake GHL and MailerLite in-process. Their connection info
    // ({"ghl_url", "ml_url", "ghl_token", "location_id", "ml_api_key"}) is empty outside demo
    // mode and when the sandbox could not start; demoError() then says why.
    [[nodiscard]] QJsonObject demoConnection() const;
    [[nodiscard]] QString demoError() const { return m_demoError; }

    // The profile to open at start: the demo profile, else the last one used, else the first.
    [[nodiscard]] QString startProfile() const;
    // Remembers the profile the user works on, for the next start (not in demo mode).
    void rememberProfile(const QString &name);

private:
    void startDemoSandbox();
    void createDemoProfile();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_demoDirectory;
    QString m_dataDirectory;
    SystemClock m_clock;
    std::unique_ptr<RotatingFileLog> m_log;
    std::unique_ptr<Sandbox::SandboxHost> m_demoSandbox;
    QString m_demoError;
    std::unique_ptr<Secrets::SecretStore> m_secrets;
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    std::unique_ptr<Secrets::CredentialHealth> m_health;
    std::unique_ptr<Prompter> m_prompter;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<Sync::Scheduler> m_scheduler;
    std::unique_ptr<RealtimeService> m_realtime;
    quint16 m_demoWebhookPort = 0;
};
