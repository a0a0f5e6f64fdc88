// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/schedule.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sync {

// Writes a schedule as a systemd user service + timer pair, or as crontab lines, both running
// `contactbridge-cli sync --profile <name>`, for machines where the app is not running.
// Pure text generation; any thread.
class ScheduleGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleGenerator)

public:
    struct SystemdUnits
    {
        QString serviceName; // contactbridge-sync-<profile>.service
        QString timerName; // contactbridge-sync-<profile>.timer
        QString service; // file contents
        QString timer;
    };

    // The OnCalendar= values of a schedule (several for intervals such as 90 minutes, whose
    // runs do not fall on the same minutes every hour); empty when off or invalid.
    [[nodiscard]] static QStringList onCalendar(const Schedule &schedule);
    // The five time fields of each crontab line ("*/15 * * * *"); empty when off or invalid.
    [[nodiscard]] static QStringList cronTimes(const Schedule &schedule);

    // `cliPath` is the contactbridge-cli executable, best an absolute path.
    [[nodiscard]] static Result<SystemdUnits>
    systemdUnits(const Schedule &schedule, const QString &profile, const QString &cliPath);
    // One line per cronTimes() entry, after a comment line naming the profile.
    [[nodiscard]] static Result<QString> cronLines(const Schedule &schedule, const QString &profile,
                                                   const QString &cliPath);

    // The command the units and lines run, one argument per entry.
    [[nodiscard]] static QStringList command(const QString &profile, const QString &cliPath);
    // systemd-style unit name fragment: characters outside [A-Za-z0-9:_.-] become \xNN.
    [[nodiscard]] static QString unitNameFragment(const QString &text);
    // One ExecStart= word: quoted when needed; '%' and '$' escaped so systemd expands nothing.
    [[nodiscard]] static QString systemdWord(const QString &word, bool forceQuotes = false);
    // One POSIX shell word for a crontab line: single-quoted when needed, '%' escaped for cron.
    [[nodiscard]] static QString cronWord(const QString &word, bool forceQuotes = false);
};

} // namespace Sync
