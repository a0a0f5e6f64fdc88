// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guifixture.h"
#include "mainwindow.h"
#include "realtimeservice.h"
#include "schedule/scheduler.h"
#include "secrets/credentialhealth.h"
#include "synccontroller.h"

#include <QSettings>
#include <QTemporaryDir>

// The main window with the services main() gives it, over a GuiFixture's session.
struct WindowRig
{
    explicit WindowRig(GuiFixture &fixture)
        : sync(fixture.session())
        , health(std::make_unique<QSettings>(dir.filePath(QStringLiteral("health.ini")),
                                             QSettings::IniFormat))
        , scheduler(fixture.clock())
        , realtime(fixture.session(), sync)
        , window({fixture.session(), sync, health, scheduler, realtime})
    { }

    SyncController sync;
    QTemporaryDir dir;
    Secrets::CredentialHealth health;
    Sync::Scheduler scheduler;
    RealtimeService realtime;
    MainWindow window;
};
