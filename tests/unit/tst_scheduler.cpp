// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/scheduler.h"

#include "util/clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Sync::Schedule;
using Sync::Scheduler;

namespace {

QDateTime at(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, minute, second), Qt::UTC);
}

QStringList names(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy) {
        out.append(args.at(0).toString());
    }
    return out;
}

} // namespace

class TestScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesOncePerSlot()
    {
        ManualClock clock(at(5, 10, 2));
        Scheduler scheduler(clock, QTimeZone::utc());
        QSignalSpy due(&scheduler, &Scheduler::due);
        scheduler.setSchedule(u"acme"_s, Schedule::every(15));
        QCOMPARE(scheduler.nextRun(u"acme"_s), std::optional(at(5, 10, 15)));
        // Armed for the slot: 13 minutes away, capped at the re-check interval.
        QCOMPARE(scheduler.timerInterval(), std::optional(60'000ms));
        scheduler.setMaxCheckInterval(1h);
        QCOMPARE(scheduler.timerInterval(), std::optional(std::chrono::milliseconds(13min)));

        scheduler.check();
        QCOMPARE(due.count(), 0); // not yet
        clock.setNow(at(5, 10, 14, 59));
        scheduler.check();
        QCOMPARE(due.count(), 0);
        clock.setNow(at(5, 10, 15));
        scheduler.check();
        QCOMPARE(names(due), QStringList {u"acme"_s});
        // The same slot, checked again and again: no second run.
        scheduler.check();
        clock.advance(30s);
        scheduler.check();
        QCOMPARE(due.count(), 1);
        QCOMPARE(scheduler.nextRun(u"acme"_s), std::optional(at(5, 10, 30)));
        clock.setNow(at(5, 10, 30, 1));
        scheduler.check();
        QCOMPARE(due.count(), 2);
    }

    void clockSetBackDoesNotRepeatASlot()
    {
        ManualClock clock(at(5, 10, 0));
        Scheduler scheduler(clock, QTimeZone::utc());
        QSignalSpy due(&scheduler, &Scheduler::due);
        scheduler.setSchedule(u"acme"_s, Schedule::every(15));
        clock.setNow(at(5, 10, 15));
        scheduler.check();
        QCOMPARE(due.count(), 1);
        clock.setNow(at(5, 10, 1)); // someone set the clock back
        scheduler.check();
        clock.setNow(at(5, 10, 15));
        scheduler.check();
        QCOMPARE(due.count(), 1);
        clock.setNow(at(5, 10, 30));
        scheduler.check();
        QCOMPARE(due.count(), 2);
    }

    void missedSlotsCollapseAfterSleep()
    {
        ManualClock clock(at(5, 9, 59));
        Scheduler scheduler(clock, QTimeZone::utc());
        QSignalSpy due(&scheduler, &Scheduler::due);
        scheduler.setSchedule(u"acme"_s, Schedule::every(5));
        // The machine sleeps for 3 hours: 36 slots pass.
        clock.advance(3h + 2min);
        scheduler.check();
        QCOMPARE(due.count(), 1);
        scheduler.check();
        QCOMPARE(due.count(), 1);
        QCOMPARE(scheduler.nextRun(u"acme"_s), std::optional(at(5, 13, 5)));
    }

    void timerCatchesUpByItself()
    {
        ManualClock clock(at(5, 9, 59));
        Scheduler scheduler(clock, QTimeZone::utc());
        QSignalSpy due(&scheduler, &Scheduler::due);
        scheduler.setMaxCheckInterval(5ms);
        scheduler.setSchedule(u"acme"_s, Schedule::every(5));
        clock.advance(2h);
        // No explicit check(): the re-check timer notices the jump in wall time.
        QTRY_COMPARE(due.count(), 1);
        QVERIFY(!due.wait(50)); // several more timer rounds must not add a run
        QCOMPARE(due.count(), 1);
    }

    void busySkipsTheSlot()
    {
        ManualClock clock(at(5, 10, 0));
        Scheduler scheduler(clock, QTimeZone::utc());
        QSignalSpy due(&scheduler, &Scheduler::due);
        QSignalSpy skipped(&scheduler, &Scheduler::slotSkipped);
        scheduler.setSchedule(u"acme"_s, Schedule::every(15));
        scheduler.setBusy(true);
        QVERIFY(scheduler.isBusy());
        clock.setNow(at(5, 10, 15));
        scheduler.check();
        QCOMPARE(due.count(), 0);
        QCOMPARE(skipped.count(), 1);
        QCOMPARE(skipped.at(0).at(1).toDateTime(), at(5, 10, 15));
        // Free again before the next slot: the skipped one is not made up.
        clock.setNow(at(5, 10, 20));
        scheduler.setBusy(false);
        scheduler.check();
        QCOMPARE(due.count(), 0);
        clock.setNow(at(5, 10, 30));
        scheduler.check();
        QCOMPARE(due.count(), 1);
    }

    void profilesDueTogetherWaitForTheFirstRun()
    {
        ManualClock clock(at(5, 10, 0));
        Scheduler scheduler(clock, QTimeZone::utc());
        QStringList order;
        // The caller starts a run for each announcement and is busy until it ends.
        connect(&scheduler, &Scheduler::due, this, [&](const QString &profile) {
            order.append(profile);
            scheduler.setBusy(true);
        });
        scheduler.setSchedule(u"a"_s, Schedule::every(30));
        scheduler.setSchedule(u"b"_s, Schedule::every(30));
        clock.setNow(at(5, 10, 30));
        scheduler.check();
        QCOMPARE(order, QStringList {u"a"_s});
        clock.advance(2min);
        scheduler.setBusy(false); // a finished
        QCOMPARE(order, (QStringList {u"a"_s, u"b"_s}));
        scheduler.setBusy(false);
        scheduler.check();
        QCOMPARE(order.size(), 2);
    }

    void catchUpForARunMissedWhileClosed()
    {
        ManualClock clock(at(5, 12, 0));
        Scheduler scheduler(clock, QTimeZone::utc());
        QSignalSpy due(&scheduler, &Scheduler::due);
        // Last ran yesterday at 07:00; today's 07:00 passed while the app was closed.
        scheduler.setSchedule(u"daily"_s, Schedule::dailyAt(QTime(7, 0)), at(4, 7, 0));
        QCOMPARE(scheduler.timerInterval(), std::optional(0ms));
        QVERIFY(due.wait(1000));
        QCOMPARE(due.count(), 1);
        QCOMPARE(scheduler.nextRun(u"daily"_s), std::optional(at(6, 7, 0)));
        // Up to date: no catch-up.
        Scheduler fresh(clock, QTimeZone::utc());
        QSignalSpy freshDue(&fresh, &Scheduler::due);
        fresh.setSchedule(u"daily"_s, Schedule::dailyAt(QTime(7, 0)), at(5, 7, 0));
        fresh.check();
        QCOMPARE(freshDue.count(), 0);
    }

    void offOrRemovedStopsTheTimer()
    {
        ManualClock clock(at(5, 10, 0));
        Scheduler scheduler(clock, QTimeZone::utc());
        QSignalSpy due(&scheduler, &Scheduler::due);
        scheduler.setSchedule(u"a"_s, Schedule::every(15));
        QVERIFY(scheduler.timerInterval().has_value());
        scheduler.setSchedule(u"a"_s, Schedule::off());
        QCOMPARE(scheduler.profiles(), QStringList {});
        QCOMPARE(scheduler.timerInterval(), std::nullopt);
        scheduler.setSchedule(u"b"_s, Schedule::every(15));
        scheduler.removeProfile(u"b"_s);
        QCOMPARE(scheduler.timerInterval(), std::nullopt);
        clock.advance(1h);
        scheduler.check();
        QCOMPARE(due.count(), 0);
        // An invalid schedule is not armed.
        scheduler.setSchedule(u"c"_s, Schedule::every(7));
        QCOMPARE(scheduler.nextRun(u"c"_s), std::nullopt);
    }

    void changingTheScheduleRearms()
    {
        ManualClock clock(at(5, 10, 1));
        Scheduler scheduler(clock, QTimeZone::utc());
        scheduler.setSchedule(u"a"_s, Schedule::every(60));
        QCOMPARE(scheduler.nextRun(u"a"_s), std::optional(at(5, 11, 0)));
        scheduler.setSchedule(u"a"_s, Schedule::every(15));
        QCOMPARE(scheduler.nextRun(u"a"_s), std::optional(at(5, 10, 15)));
        scheduler.setSchedule(u"a"_s, Schedule::dailyAt(QTime(6, 0)));
        QCOMPARE(scheduler.nextRun(u"a"_s), std::optional(at(6, 6, 0)));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
