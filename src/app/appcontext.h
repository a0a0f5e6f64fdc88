// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/rotatingfilelog.h"
#include "util/clock.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace Sandbox {
class SandboxHost;
}

// The composition root: builds the long-lived services once, in dependency order, and hands
// them to whoever needs them. Lives in the GUI thread for the whole run of the program.
class AppContext final
{
public:
    struct Options
    {
        bool demo = false;
        QString dataDirectory; // empty: the platform's app data directory
    };

    explicit AppContext(Options options);
    ~AppContext();

    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] QString dataDirectory() const { return m_dataDirectory; }
    [[nodiscard]] Clock &clock() { return m_clock; }

    // Demo mode runs the fake GHL and MailerLite in-process. Their connection info
    // ({"ghl_url", "ml_url", "ghl_token", "location_id", "ml_api_key"}) is empty outside demo
    // mode and when the sandbox could not start; demoError() then says why.
    [[nodiscard]] QJsonObject demoConnection() const;
    [[nodiscard]] QString demoError() const { return m_demoError; }

private:
    Options m_options;
    QString m_dataDirectory;
    SystemClock m_clock;
    std::unique_ptr<RotatingFileLog> m_log;
    std::unique_ptr<Sandbox::SandboxHost> m_demoSandbox;
    QString m_demoError;

    void startDemoSandbox();
};
