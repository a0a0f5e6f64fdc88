// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/schedule.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <chrono>
#include <optional>

class Clock;

namespace Sync {

// Announces when a profile's scheduled run is due while the app runs. Lives in the GUI thread.
//
// - Each slot is announced at most once: after a slot the next one is computed strictly after
//   the current time, and a clock set back never brings a slot back.
// - After the machine slept (or the app was busy for long), all the slots missed collapse into
//   a single run, announced once.
// - A slot that comes due while a run is going (setBusy(true)) is skipped, not queued.
// - Profiles that fall due together while idle are announced one after the other; if the first
//   one makes the caller busy, the rest wait and are announced when it calls setBusy(false).
//
// The timer never sleeps longer than maxCheckInterval(): timers do not count the time the
// machine was suspended, and the wall clock may be changed, so it re-checks the clock often.
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    explicit Scheduler(const Clock &clock, QTimeZone zone = QTimeZone::systemTimeZone(),
                       QObject *parent = nullptr);

    // Starts (or changes) a profile's schedule; Off removes it. `lastRun` is when the profile
    // last ran, if known: when a slot was missed since then (the app was not running), one
    // catch-up run is announced right away, like systemd's Persistent=true.
    void setSchedule(const QString &profile, const Schedule &schedule,
                     const QDateTime &lastRun = {});
    void removeProfile(const QString &profile);
    [[nodiscard]] QStringList profiles() const { return m_entries.keys(); }
    // The next slot of a profile (UTC), nullopt when it has no schedule.
    [[nodiscard]] std::optional<QDateTime> nextRun(const QString &profile) const;

    [[nodiscard]] bool isBusy() const { return m_busy; }
    void setMaxCheckInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds maxCheckInterval() const { return m_maxCheck; }
    // How long the armed timer waits, or nullopt when nothing is scheduled.
    [[nodiscard]] std::optional<std::chrono::milliseconds> timerInterval() const;

public Q_SLOTS:
    // The caller says whether a run is going (any profile).
    void setBusy(bool busy);
    // Compares the clock with the slots now; the timer calls it, tests may too.
    void check();

Q_SIGNALS:
    void due(const QString &profile);
    // A slot passed while busy and will not run.
    void slotSkipped(const QString &profile, const QDateTime &slot);

private:
    struct Entry
    {
        Schedule schedule;
        QDateTime nextSlot; // UTC; invalid when the schedule has no further run
        bool pending = false; // due, waiting for the caller to be free
    };

    void announcePending();
    void arm();

    const Clock &m_clock;
    QTimeZone m_zone;
    QMap<QString, Entry> m_entries;
    QTimer m_timer;
    std::chrono::milliseconds m_maxCheck {60'000};
    bool m_busy = false;
    bool m_announcing = false;
};

} // namespace Sync
