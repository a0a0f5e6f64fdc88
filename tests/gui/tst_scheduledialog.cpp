// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledialog.h"

#include "schedule/schedulegenerator.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using Sync::Schedule;

Q_DECLARE_METATYPE(Sync::Schedule)

namespace {

const QString Cli = u"/opt/cb/bin/contactbridge-cli"_s;

// Monday 2026-01-05, 10:02 UTC.
ManualClock mondayMorning()
{
    return ManualClock(QDateTime(QDate(2026, 1, 5), QTime(10, 2), Qt::UTC));
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    auto *w = parent.findChild<T *>(QString::fromLatin1(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

} // namespace

class TestScheduleDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::newRow("off") << Schedule::off();
        QTest::newRow("every 15") << Schedule::every(15);
        QTest::newRow("every 32, not offered") << Schedule::every(32);
        QTest::newRow("daily") << Schedule::dailyAt(QTime(7, 45));
        QTest::newRow("weekdays") << Schedule::weekdaysAt({2, 4, 7}, QTime(23, 5));
    }

    void roundTrip()
    {
        QFETCH(Schedule, schedule);
        const ManualClock clock = mondayMorning();
        ScheduleDialog dialog(u"acme"_s, schedule, clock);
        QVERIFY2(dialog.schedule() == schedule,
                 qPrintable(dialog.schedule().describe() + u" != "_s + schedule.describe()));
        // And back again through setSchedule() on a dialog showing something else.
        ScheduleDialog other(u"acme"_s, Schedule::every(60), clock);
        other.setSchedule(schedule);
        QVERIFY(other.schedule() == schedule);
    }

    void widgetsMakeTheSchedule()
    {
        const ManualClock clock = mondayMorning();
        ScheduleDialog dialog(u"acme"_s, Schedule::off(), clock);
        auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        child<QComboBox>(dialog, "kindComboBox")->setCurrentIndex(3);
        child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(7, 30));
        for (int day = 1; day <= 7; ++day) {
            child<QCheckBox>(dialog, qPrintable(u"dayCheckBox%1"_s.arg(day)))
                ->setChecked(day == 1 || day == 5);
        }
        QVERIFY(dialog.schedule() == Schedule::weekdaysAt({1, 5}, QTime(7, 30)));
        QVERIFY(ok->isEnabled());
        dialog.setTimeZone(QTimeZone::utc());
        QCOMPARE(dialog.nextRuns().first(), QDateTime(QDate(2026, 1, 9), QTime(7, 30), Qt::UTC));

        // No day chosen: explained, and OK is off.
        child<QCheckBox>(dialog, "dayCheckBox1")->setChecked(false);
        child<QCheckBox>(dialog, "dayCheckBox5")->setChecked(false);
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(u"weekday"_s));

        child<QComboBox>(dialog, "kindComboBox")->setCurrentIndex(1);
        auto *interval = child<QComboBox>(dialog, "intervalComboBox");
        interval->setCurrentIndex(interval->findData(45));
        QVERIFY(dialog.schedule() == Schedule::every(45));
        QVERIFY(ok->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        ok->click();
        QCOMPARE(accepted.count(), 1);
    }

    void listsTheNextThreeRuns()
    {
        const ManualClock clock = mondayMorning();
        ScheduleDialog dialog(u"acme"_s, Schedule::every(15), clock);
        dialog.setTimeZone(QTimeZone("Europe/Berlin"));
        const QDateTime first(QDate(2026, 1, 5), QTime(10, 15), Qt::UTC);
        QCOMPARE(dialog.nextRuns(),
                 (QList<QDateTime> {first, first.addSecs(900), first.addSecs(1800)}));
        // Shown in the chosen zone: 11:15 CET.
        const QString text = child<QLabel>(dialog, "nextRunsLabel")->text();
        QCOMPARE(text.count(u'\n'), 2);
        QVERIFY2(text.contains(u"11:15"_s) && text.contains(u"11:30"_s)
                     && text.contains(u"11:45"_s),
                 qPrintable(text));

        dialog.setSchedule(Schedule::dailyAt(QTime(6, 0)));
        QCOMPARE(dialog.nextRuns().size(), 3);
        QCOMPARE(dialog.nextRuns().first(), QDateTime(QDate(2026, 1, 6), QTime(5, 0), Qt::UTC));

        dialog.setSchedule(Schedule::off());
        QVERIFY(dialog.nextRuns().isEmpty());
        QVERIFY(child<QLabel>(dialog, "nextRunsLabel")->text().contains(u"off"_s));
    }

    void generatesUnitsAndCron()
    {
        const ManualClock clock = mondayMorning();
        ScheduleDialog dialog(u"acme"_s, Schedule::every(15), clock);
        dialog.setCliPath(Cli);
        const auto units
            = Sync::ScheduleGenerator::systemdUnits(Schedule::every(15), u"acme"_s, Cli);
        QVERIFY(units.ok());
        QCOMPARE(child<QPlainTextEdit>(dialog, "serviceTextEdit")->toPlainText(),
                 units.value().service);
        QCOMPARE(child<QPlainTextEdit>(dialog, "timerTextEdit")->toPlainText(),
                 units.value().timer);
        QVERIFY(units.value().timer.contains(u"OnCalendar=*-*-* *:00/15:00\nPersistent=true"_s));
        const QString cron = child<QPlainTextEdit>(dialog, "cronTextEdit")->toPlainText();
        QVERIFY2(cron.contains(u"*/15 * * * * "_s + Cli + u" sync --profile 'acme'"_s),
                 qPrintable(cron));
        QVERIFY(child<QLabel>(dialog, "serviceFileLabel")
                    ->text()
                    .contains(u"~/.config/systemd/user/contactbridge-sync-acme.service"_s));

        child<QPushButton>(dialog, "copyTimerButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), units.value().timer);
        child<QPushButton>(dialog, "copyCronButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), cron);
        child<QPushButton>(dialog, "copyEnableButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"systemctl --user daemon-reload && systemctl --user enable --now "
                 "contactbridge-sync-acme.timer"_s);

        // Changing the schedule regenerates; off leaves nothing to copy.
        child<QComboBox>(dialog, "kindComboBox")->setCurrentIndex(2);
        QVERIFY(child<QPlainTextEdit>(dialog, "timerTextEdit")
                    ->toPlainText()
                    .contains(u"OnCalendar=*-*-* 06:00:00\n"_s));
        child<QComboBox>(dialog, "kindComboBox")->setCurrentIndex(0);
        QVERIFY(child<QPlainTextEdit>(dialog, "serviceTextEdit")->toPlainText().isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "copyServiceButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "copyCronButton")->isEnabled());
    }

    void estimatesRequestsPerHour()
    {
        const ManualClock clock = mondayMorning();
        ScheduleDialog dialog(u"acme"_s, Schedule::every(15), clock);
        auto *label = child<QLabel>(dialog, "requestsLabel");
        QVERIFY2(label->text().contains(u"Unknown"_s), qPrintable(label->text()));

        Sync::RunSummary last;
        last.requestsGhl = 12;
        last.requestsMailerLite = 30;
        last.durationMs = 40'000;
        dialog.setLastRun(last);
        // 4 runs an hour.
        QVERIFY2(label->text().contains(u"About 48 GoHighLevel and 120 MailerLite"_s),
                 qPrintable(label->text()));
        QVERIFY(!label->text().contains(u"200,000"_s));

        last.requestsGhl = 3000; // 288,000 a day at 4 runs an hour
        last.durationMs = 20 * 60'000; // longer than 15 minutes
        dialog.setLastRun(last);
        QVERIFY(label->text().contains(u"200,000"_s));
        QVERIFY(label->text().contains(u"longer than the interval"_s));

        dialog.setSchedule(Schedule::dailyAt(QTime(6, 0)));
        QVERIFY2(label->text().contains(u"About 125 GoHighLevel"_s), qPrintable(label->text()));
    }

    void fastPollingShowsItsRequestsPerHour()
    {
        const ManualClock clock = mondayMorning();
        ScheduleDialog dialog(u"acme"_s, Schedule::every(15), clock);
        auto *label = child<QLabel>(dialog, "requestsLabel");
        QVERIFY(!label->text().contains(u"Fast polling"_s));
        dialog.setFastPolling(true);
        // One GHL search a minute when nothing changed, nothing in MailerLite.
        QVERIFY2(label->text().contains(u"Fast polling is on"_s), qPrintable(label->text()));
        QVERIFY2(label->text().contains(u"about 60 and 0 per hour, 1,440 GoHighLevel requests a "
                                        "day"_s),
                 qPrintable(label->text()));
        dialog.setFastPolling(false);
        QVERIFY(!label->text().contains(u"Fast polling"_s));
    }
};

QTEST_MAIN(TestScheduleDialog)
#include "tst_scheduledialog.moc"
