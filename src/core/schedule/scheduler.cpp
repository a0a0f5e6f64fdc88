// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/scheduler.h"

#include "log/logging.h"
#include "schedule/schedulecalculator.h"
#include "util/clock.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sync {

Scheduler::Scheduler(const Clock &clock, QTimeZone zone, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_zone(std::move(zone))
{
    m_timer.setSingleShot(true);
    // One timer, and a late check means a late sync: precision is cheap here.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::check);
}

void Scheduler::setSchedule(const QString &profile, const Schedule &schedule,
                            const QDateTime &lastRun)
{
    if (schedule.isOff() || !schedule.validate().ok()) {
        removeProfile(profile);
        return;
    }
    const QDateTime now = m_clock.now();
    const auto it = m_entries.constFind(profile);
    if (it != m_entries.constEnd() && it->schedule == schedule && !lastRun.isValid()) {
        return; // unchanged: keep the slot already armed
    }
    Entry entry;
    entry.schedule = schedule;
    entry.nextSlot = ScheduleCalculator::nextRun(schedule, now, m_zone).value_or(QDateTime());
    if (lastRun.isValid()) {
        const auto missed = ScheduleCalculator::nextRun(schedule, lastRun, m_zone);
        entry.pending = missed && *missed <= now;
    }
    m_entries.insert(profile, entry);
    qCInfo(lcSchedule) << "schedule" << profile << schedule.toJson().value("kind"_L1).toString()
                       << "next" << entry.nextSlot << (entry.pending ? "catch-up due" : "");
    arm();
}

void Scheduler::removeProfile(const QString &profile)
{
    if (m_entries.remove(profile) > 0) {
        arm();
    }
}

std::optional<QDateTime> Scheduler::nextRun(const QString &profile) const
{
    const auto it = m_entries.constFind(profile);
    if (it == m_entries.constEnd() || !it->nextSlot.isValid()) {
        return std::nullopt;
    }
    return it->nextSlot;
}

void Scheduler::setMaxCheckInterval(std::chrono::milliseconds interval)
{
    m_maxCheck = std::max(interval, std::chrono::milliseconds(1));
    arm();
}

std::optional<std::chrono::milliseconds> Scheduler::timerInterval() const
{
    if (!m_timer.isActive()) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(m_timer.interval());
}

void Scheduler::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy) {
        announcePending();
    }
    arm();
}

void Scheduler::check()
{
    const QDateTime now = m_clock.now();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        Entry &e = it.value();
        if (!e.nextSlot.isValid() || e.nextSlot > now) {
            continue;
        }
        const QDateTime slot = e.nextSlot;
        // Strictly after now: every slot up to now is used up by this one decision.
        e.nextSlot = ScheduleCalculator::nextRun(e.schedule, now, m_zone).value_or(QDateTime());
        if (m_busy) {
            qCInfo(lcSchedule) << "skipping slot" << slot << "of" << it.key()
                               << "because a run is going";
            Q_EMIT slotSkipped(it.key(), slot);
        } else {
            e.pending = true;
        }
    }
    announcePending();
    arm();
}

void Scheduler::announcePending()
{
    // A slot connected to due() may call setBusy() or check(); do not start a second pass.
    if (m_announcing) {
        return;
    }
    m_announcing = true;
    const QStringList names = m_entries.keys();
    for (const QString &name : names) {
        if (m_busy) {
            break; // the rest wait for setBusy(false)
        }
        const auto it = m_entries.find(name);
        if (it == m_entries.end() || !it->pending) {
            continue;
        }
        it->pending = false;
        qCInfo(lcSchedule) << "run due for" << name;
        Q_EMIT due(name);
    }
    m_announcing = false;
}

void Scheduler::arm()
{
    using std::chrono::milliseconds;
    std::optional<QDateTime> earliest;
    bool pendingWaits = false;
    for (const Entry &e : std::as_const(m_entries)) {
        pendingWaits = pendingWaits || (e.pending && !m_busy);
        if (e.nextSlot.isValid() && (!earliest || e.nextSlot < *earliest)) {
            earliest = e.nextSlot;
        }
    }
    if (!earliest && !pendingWaits) {
        m_timer.stop();
        return;
    }
    qint64 wait = pendingWaits ? 0 : m_clock.now().msecsTo(*earliest);
    wait = std::clamp<qint64>(wait, 0, m_maxCheck.count());
    m_timer.start(milliseconds(wait));
}

} // namespace Sync
