// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/schedule.h"
#include "sync/runsummary.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

#include <memory>
#include <optional>

class Clock;
class QCheckBox;

namespace Ui {
class ScheduleDialog;
}

// Chooses a profile's schedule, shows its next runs and the requests it will spend, and writes
// the same schedule as a systemd user timer or a cron line for machines where the app is not
// running. Edits a value; the caller saves it into the profile.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT

public:
    ScheduleDialog(const QString &profile, const Sync::Schedule &schedule, const Clock &clock,
                   QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    [[nodiscard]] Sync::Schedule schedule() const;
    void setSchedule(const Sync::Schedule &schedule);
    // The profile's last run, for the requests-per-hour estimate; without it the estimate is
    // unknown.
    void setLastRun(const Sync::RunSummary &summary);
    // Whether the profile polls every minute (Profile::inAppSchedule()): the requests estimate
    // then shows what fast polling costs.
    void setFastPolling(bool on);
    // The zone the times are meant in; the system's by default.
    void setTimeZone(const QTimeZone &zone);
    // contactbridge-cli as the generated units call it; found next to the app by default.
    void setCliPath(const QString &path);
    [[nodiscard]] QString cliPath() const { return m_cliPath; }
    // The runs the dialog lists (UTC).
    [[nodiscard]] QList<QDateTime> nextRuns() const { return m_nextRuns; }

private:
    void addDayBoxes();
    void updateView();
    void updateNextRuns(const Sync::Schedule &s);
    void updateRequests(const Sync::Schedule &s);
    [[nodiscard]] QString scheduledRequests(const Sync::Schedule &s) const;
    [[nodiscard]] QString fastPollingRequests() const;
    void updateGenerated(const Sync::Schedule &s);
    void copy(const QString &text);
    [[nodiscard]] static QString defaultCliPath();

    const std::unique_ptr<Ui::ScheduleDialog> m_ui;
    const Clock &m_clock;
    QString m_profile;
    QString m_cliPath;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::optional<Sync::RunSummary> m_lastRun;
    bool m_fastPolling = false;
    QList<QCheckBox *> m_dayBoxes; // Monday first
    QList<QDateTime> m_nextRuns;
    QString m_enableCommand;
};
