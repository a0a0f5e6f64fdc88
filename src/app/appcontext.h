// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/rotatingfilelog.h"
#include "util/clock.h"

#include <QString>

#include <memory>

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

private:
    Options m_options;
    QString m_dataDirectory;
    SystemClock m_clock;
    std::unique_ptr<RotatingFileLog> m_log;
};
