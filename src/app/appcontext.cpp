// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "log/logging.h"
#include "sandboxhost.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

AppContext::AppContext(Options options)
    : m_options(std::move(options))
    , m_dataDirectory(m_options.dataDirectory.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                          : m_options.dataDirectory)
{
    m_log = std::make_unique<RotatingFileLog>(
        RotatingFileLog::Options {m_dataDirectory + u"/logs"_s});
    RotatingFileLog::install(m_log.get());
    if (!m_log->isOpen()) {
        qCWarning(lcApp) << "cannot write the log file" << m_log->filePath()
                         << "- logging to stderr only";
    }
    qCInfo(lcApp) << "ContactBridge" << CB_VERSION << "starting"
                  << (m_options.demo ? "in demo mode" : "");
    if (m_options.demo) {
        startDemoSandbox();
    }
}

AppContext::~AppContext()
{
    m_demoSandbox.reset();
    qCInfo(lcApp) << "ContactBridge stopping";
    RotatingFileLog::uninstall();
}

void AppContext::startDemoSandbox()
{
    // Enough data to feel real, generated in well under a second. Fast rate limits keep the
    // real ratios but shorten the windows, so a demo sync is paced without long waits.
    Sandbox::SandboxHost::Options options;
    options.contacts = 2000;
    options.seed = 42;
    options.mlSubscribers = 800;
    options.rateLimitMode = Sandbox::RateLimitMode::Fast;
    m_demoSandbox = std::make_unique<Sandbox::SandboxHost>(options);
    if (const Status started = m_demoSandbox->start(); !started) {
        qCWarning(lcApp) << "the demo sandbox did not start:" << started.error().toLogString();
        m_demoError = started.error().message;
        m_demoSandbox.reset();
    }
}

QJsonObject AppContext::demoConnection() const
{
    return m_demoSandbox ? m_demoSandbox->connectionInfo() : QJsonObject();
}
