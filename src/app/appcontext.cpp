// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "log/logging.h"

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
}

AppContext::~AppContext()
{
    qCInfo(lcApp) << "ContactBridge stopping";
    RotatingFileLog::uninstall();
}
