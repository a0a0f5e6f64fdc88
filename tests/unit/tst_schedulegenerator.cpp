// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedulecalculator.h"
#include "schedule/schedulegenerator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Sync::Schedule;
using Sync::ScheduleGenerator;

Q_DECLARE_METATYPE(Sync::Schedule)

namespace {

const QString Cli = u"/usr/bin/contactbridge-cli"_s;

// The next `count` elapses of OnCalendar expressions after `base`, by systemd's own parser.
// Times are read in UTC: from the "(in UTC)" lines, or from the lines themselves in zone UTC.
QList<QDateTime> systemdElapses(const QStringList &expressions, const QDateTime &base,
                                const QByteArray &zone, int count)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_s, QString::fromLatin1(zone));
    p.setProcessEnvironment(env);
    p.start(u"systemd-analyze"_s,
            QStringList {u"calendar"_s, u"--iterations=%1"_s.arg(count),
                         u"--base-time=@%1"_s.arg(base.toSecsSinceEpoch())}
                + expressions);
    if (!p.waitForFinished(20'000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    static const QRegularExpression line(u"(?:\\(in UTC\\)|Next elapse|Iter\\. #\\d+): \\w+ "
                                         "(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) UTC$"_s,
                                         QRegularExpression::MultilineOption);
    QList<QDateTime> all;
    for (auto it = line.globalMatch(QString::fromUtf8(p.readAllStandardOutput())); it.hasNext();) {
        QDateTime t = QDateTime::fromString(it.next().captured(1), u"yyyy-MM-dd HH:mm:ss"_s);
        t.setTimeSpec(Qt::UTC);
        all.append(t);
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all.mid(0, count);
}

} // namespace

class TestScheduleGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expressions_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<QStringList>("onCalendar");
        QTest::addColumn<QStringList>("cron");
        QTest::newRow("every minute") << Schedule::every(1) << QStringList {u"*-*-* *:*:00"_s}
                                      << QStringList {u"* * * * *"_s};
        QTest::newRow("every 5") << Schedule::every(5) << QStringList {u"*-*-* *:00/5:00"_s}
                                 << QStringList {u"*/5 * * * *"_s};
        QTest::newRow("every 15") << Schedule::every(15) << QStringList {u"*-*-* *:00/15:00"_s}
                                  << QStringList {u"*/15 * * * *"_s};
        QTest::newRow("hourly") << Schedule::every(60) << QStringList {u"*-*-* *:00:00"_s}
                                << QStringList {u"0 * * * *"_s};
        QTest::newRow("every 2 hours")
            << Schedule::every(120) << QStringList {u"*-*-* 00/2:00:00"_s}
            << QStringList {u"0 */2 * * *"_s};
        QTest::newRow("every 12 hours")
            << Schedule::every(720) << QStringList {u"*-*-* 00/12:00:00"_s}
            << QStringList {u"0 */12 * * *"_s};
        QTest::newRow("every 45") << Schedule::every(45)
                                  << QStringList {u"*-*-* 00/3:00/45:00"_s, u"*-*-* 01/3:30:00"_s,
                                                  u"*-*-* 02/3:15:00"_s}
                                  << QStringList {u"*/45 */3 * * *"_s, u"30 1-22/3 * * *"_s,
                                                  u"15 2-23/3 * * *"_s};
        QTest::newRow("every 90") << Schedule::every(90)
                                  << QStringList {u"*-*-* 00/3:00:00"_s, u"*-*-* 01/3:30:00"_s}
                                  << QStringList {u"0 */3 * * *"_s, u"30 1-22/3 * * *"_s};
        QTest::newRow("daily") << Schedule::dailyAt(QTime(7, 5))
                               << QStringList {u"*-*-* 07:05:00"_s} << QStringList {u"5 7 * * *"_s};
        QTest::newRow("working days")
            << Schedule::weekdaysAt({1, 2, 3, 4, 5}, QTime(7, 30))
            << QStringList {u"Mon..Fri *-*-* 07:30:00"_s} << QStringList {u"30 7 * * 1-5"_s};
        QTest::newRow("mon wed sun")
            << Schedule::weekdaysAt({7, 1, 3}, QTime(23, 0))
            << QStringList {u"Mon,Wed,Sun *-*-* 23:00:00"_s} << QStringList {u"0 23 * * 0,1,3"_s};
        QTest::newRow("weekend") << Schedule::weekdaysAt({6, 7}, QTime(0, 0))
                                 << QStringList {u"Sat,Sun *-*-* 00:00:00"_s}
                                 << QStringList {u"0 0 * * 0,6"_s};
        QTest::newRow("off") << Schedule::off() << QStringList {} << QStringList {};
    }

    void expressions()
    {
        QFETCH(Schedule, schedule);
        QFETCH(QStringList, onCalendar);
        QFETCH(QStringList, cron);
        QCOMPARE(ScheduleGenerator::onCalendar(schedule), onCalendar);
        QCOMPARE(ScheduleGenerator::cronTimes(schedule), cron);
    }

    // systemd's calendar parser agrees with ScheduleCalculator (outside DST transition hours).
    void systemdAgreesWithTheCalculator_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<QByteArray>("zone");
        const QList<Schedule> schedules {Schedule::every(15),
                                         Schedule::every(32),
                                         Schedule::every(45),
                                         Schedule::every(90),
                                         Schedule::every(480),
                                         Schedule::dailyAt(QTime(7, 5)),
                                         Schedule::weekdaysAt({1, 2, 3, 4, 5}, QTime(7, 30)),
                                         Schedule::weekdaysAt({6, 7}, QTime(23, 45))};
        for (const QByteArray &zone : {"UTC"_ba, "Europe/Berlin"_ba, "America/New_York"_ba}) {
            for (const Schedule &s : schedules) {
                QTest::addRow("%s %s", zone.constData(), qPrintable(s.describe())) << s << zone;
            }
        }
    }

    void systemdAgreesWithTheCalculator()
    {
        QFETCH(Schedule, schedule);
        QFETCH(QByteArray, zone);
        if (QStandardPaths::findExecutable(u"systemd-analyze"_s).isEmpty()) {
            qWarning("systemd-analyze is not installed; only the calculator is checked");
        }
        const QDateTime base(QDate(2026, 1, 14), QTime(21, 17, 31), Qt::UTC);
        const QList<QDateTime> ours
            = Sync::ScheduleCalculator::nextRuns(schedule, base, QTimeZone(zone), 12);
        QCOMPARE(ours.size(), 12);
        if (QStandardPaths::findExecutable(u"systemd-analyze"_s).isEmpty()) {
            return;
        }
        QCOMPARE(systemdElapses(ScheduleGenerator::onCalendar(schedule), base, zone, 12), ours);
    }

    void words()
    {
        QCOMPARE(ScheduleGenerator::systemdWord(Cli), Cli);
        QCOMPARE(ScheduleGenerator::systemdWord(u"acme"_s, true), u"\"acme\""_s);
        QCOMPARE(ScheduleGenerator::systemdWord(u"/opt/My Apps/cb"_s), u"\"/opt/My Apps/cb\""_s);
        QCOMPARE(ScheduleGenerator::systemdWord(u"a%b$c\"d\\e"_s), u"\"a%%b$$c\\\"d\\\\e\""_s);
        QCOMPARE(ScheduleGenerator::cronWord(Cli), Cli);
        QCOMPARE(ScheduleGenerator::cronWord(u"acme"_s, true), u"'acme'"_s);
        QCOMPARE(ScheduleGenerator::cronWord(u"it's 100%"_s), u"'it'\\''s 100\\%'"_s);
        QCOMPARE(ScheduleGenerator::unitNameFragment(u"acme-main.v2_x"_s), u"acme-main.v2_x"_s);
        QCOMPARE(ScheduleGenerator::unitNameFragment(u"a b/\u00fc"_s), u"a\\x20b\\x2f\\xc3\\xbc"_s);
    }

    // What cron hands to /bin/sh gives back every word unchanged.
    void cronWordsSurviveTheShell_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << u"acme"_s;
        QTest::newRow("dash") << u"-x"_s;
        QTest::newRow("quote") << u"it's"_s;
        QTest::newRow("space") << u"a b"_s;
        QTest::newRow("substitution") << u"$(touch /nonexistent/x)"_s;
        QTest::newRow("backticks") << u"`id`"_s;
        QTest::newRow("percent") << u"100%"_s;
        QTest::newRow("double quotes and backslash") << u"\"q\"\\n"_s;
        QTest::newRow("glob") << u"*"_s;
    }

    void cronWordsSurviveTheShell()
    {
        QFETCH(QString, word);
        // cron removes the backslash of "\%" before running the line with /bin/sh -c.
        const QString line
            = u"printf '%s' "_s + ScheduleGenerator::cronWord(word, true).replace(u"\\%"_s, u"%"_s);
        QProcess sh;
        sh.start(u"/bin/sh"_s, {u"-c"_s, line});
        QVERIFY(sh.waitForFinished(10'000));
        QCOMPARE(sh.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), word);
    }

    void systemdUnits()
    {
        const auto units = ScheduleGenerator::systemdUnits(Schedule::every(90), u"acme"_s, Cli);
        QVERIFY(units.ok());
        QCOMPARE(units.value().serviceName, u"contactbridge-sync-acme.service"_s);
        QCOMPARE(units.value().timerName, u"contactbridge-sync-acme.timer"_s);
        QCOMPARE(units.value().service,
                 u"[Unit]\n"
                 "Description=ContactBridge sync of profile \"acme\"\n"
                 "\n"
                 "[Service]\n"
                 "Type=oneshot\n"
                 "ExecStart=/usr/bin/contactbridge-cli sync --profile \"acme\"\n"_s);
        QCOMPARE(units.value().timer,
                 u"[Unit]\n"
                 "Description=Scheduled ContactBridge sync of profile \"acme\"\n"
                 "\n"
                 "[Timer]\n"
                 "OnCalendar=*-*-* 00/3:00:00\n"
                 "OnCalendar=*-*-* 01/3:30:00\n"
                 "Persistent=true\n"
                 "Unit=contactbridge-sync-acme.service\n"
                 "\n"
                 "[Install]\n"
                 "WantedBy=timers.target\n"_s);
    }

    void systemdUnitsEscapeOddNames()
    {
        const auto units = ScheduleGenerator::systemdUnits(Schedule::dailyAt(QTime(6, 0)),
                                                           u"50% $HOME"_s, u"/opt/c b/cli"_s);
        QVERIFY(units.ok());
        QCOMPARE(units.value().serviceName, u"contactbridge-sync-50\\x25\\x20\\x24HOME.service"_s);
        QVERIFY(units.value().service.contains(
            u"ExecStart=\"/opt/c b/cli\" sync --profile \"50%% $$HOME\"\n"_s));
        QVERIFY(units.value().service.contains(u"Description=ContactBridge sync of profile "
                                               "\"50%% $HOME\"\n"_s));
    }

    void cronLines()
    {
        const auto text = ScheduleGenerator::cronLines(Schedule::every(45), u"acme"_s, Cli);
        QVERIFY(text.ok());
        QCOMPARE(text.value(),
                 u"# ContactBridge sync of profile \"acme\"\n"
                 "*/45 */3 * * * /usr/bin/contactbridge-cli sync --profile 'acme'\n"
                 "30 1-22/3 * * * /usr/bin/contactbridge-cli sync --profile 'acme'\n"
                 "15 2-23/3 * * * /usr/bin/contactbridge-cli sync --profile 'acme'\n"_s);
        const auto odd = ScheduleGenerator::cronLines(Schedule::dailyAt(QTime(6, 0)),
                                                      u"o'neil 5%"_s, u"/opt/c b/cli"_s);
        QVERIFY(odd.ok());
        QVERIFY(
            odd.value().endsWith(u"0 6 * * * '/opt/c b/cli' sync --profile 'o'\\''neil 5\\%'\n"_s));
    }

    void refusesWhatCannotBeWritten()
    {
        const auto off = ScheduleGenerator::systemdUnits(Schedule::off(), u"acme"_s, Cli);
        QVERIFY(!off.ok());
        QCOMPARE(off.error().kind, Error::Kind::Validation);
        QVERIFY(!ScheduleGenerator::cronLines(Schedule::off(), u"acme"_s, Cli).ok());
        QVERIFY(!ScheduleGenerator::cronLines(Schedule::every(7), u"acme"_s, Cli).ok());
        QVERIFY(!ScheduleGenerator::cronLines(Schedule::every(15), u"a\nb"_s, Cli).ok());
        QVERIFY(!ScheduleGenerator::systemdUnits(Schedule::every(15), u"acme"_s, {}).ok());
        QVERIFY(!ScheduleGenerator::systemdUnits(Schedule::every(15), {}, Cli).ok());
    }
};

QTEST_GUILESS_MAIN(TestScheduleGenerator)
#include "tst_schedulegenerator.moc"
