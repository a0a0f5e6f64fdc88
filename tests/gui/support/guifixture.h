// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profilestore.h"
#include "profilesession.h"
#include "sandboxhost.h"
#include "scriptedprompter.h"
#include "secrets/memorysecretstore.h"
#include "util/clock.h"

#include <QTemporaryDir>

#include <memory>

// Everything a GUI test needs to drive real pages against the sandbox: a running SandboxHost
// (rate limits off by default), a temporary directory with a profile "test" pointing at it,
// the sandbox's credentials in a MemorySecretStore, a ScriptedPrompter and a ProfileSession.
// Construct it in the test's thread, then call start() and QVERIFY its result.
class GuiFixture final
{
public:
    static Sandbox::SandboxHost::Options defaultOptions();

    explicit GuiFixture(Sandbox::SandboxHost::Options options = defaultOptions());
    ~GuiFixture();

    // Starts the sandbox, saves the profile and its secrets, and opens the session (waits for
    // ProfileSession::opened, up to 10 s). An empty string on success, else what went wrong.
    [[nodiscard]] QString start();

    [[nodiscard]] Sandbox::SandboxHost &sandbox() { return *m_sandbox; }
    [[nodiscard]] Secrets::MemorySecretStore &secrets() { return m_secrets; }
    [[nodiscard]] Profiles::ProfileStore &profiles() { return *m_profiles; }
    [[nodiscard]] ScriptedPrompter &prompter() { return m_prompter; }
    [[nodiscard]] ProfileSession &session() { return *m_session; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QString databasePath() const
    {
        return m_dir.filePath(QStringLiteral("state.db"));
    }
    static QString profileName() { return QStringLiteral("test"); }

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    Secrets::MemorySecretStore m_secrets;
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ProfileSession> m_session;
};
