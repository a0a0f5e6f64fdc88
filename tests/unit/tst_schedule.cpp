// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/profile.h"
#include "schedule/schedule.h"
#include "schedule/schedulecalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Sync::Schedule;
using Sync::ScheduleCalculator;

namespace {

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QStringList isoList(const QList<QDateTime> &times)
{
    QStringList out;
    for (const QDateTime &t : times) {
        out.append(t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s));
    }
    return out;
}

} // namespace

class TestSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("off") << u"{\"kind\":\"off\"}"_s;
        QTest::newRow("every 15") << u"{\"kind\":\"interval\",\"minutes\":15}"_s;
        QTest::newRow("every 90") << u"{\"kind\":\"interval\",\"minutes\":90}"_s;
        QTest::newRow("daily") << u"{\"kind\":\"daily\",\"time\":\"07:05\"}"_s;
        QTest::newRow("weekdays")
            << u"{\"days\":[\"mon\",\"wed\",\"sun\"],\"kind\":\"weekdays\",\"time\":\"23:59\"}"_s;
    }

    void jsonRoundTrip()
    {
        QFETCH(QString, json);
        const auto s = Schedule::fromJson(parse(json));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(QJsonDocument(s.value().toJson()).toJson(QJsonDocument::Compact),
                 QJsonDocument(parse(json)).toJson(QJsonDocument::Compact));
        const auto again = Schedule::fromJson(s.value().toJson());
        QVERIFY(again.ok());
        QVERIFY(again.value() == s.value());
    }

    void valuesAreNormalised()
    {
        const Schedule s = Schedule::weekdaysAt({7, 1, 3, 1}, QTime(6, 30));
        QCOMPARE(s.weekdays, QList<int>({1, 3, 7}));
        QCOMPARE(s.toJson().value("days"_L1).toArray(), QJsonArray({u"mon"_s, u"wed"_s, u"sun"_s}));
        QVERIFY(Schedule::every(15) == Schedule::every(15));
        QVERIFY(!(Schedule::every(15) == Schedule::every(30)));
        QVERIFY(!(Schedule::dailyAt(QTime(6, 0)) == Schedule::every(60)));
        QVERIFY(Schedule::off() == Schedule());
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no kind") << u"{}"_s << u"kind"_s;
        QTest::newRow("kind not a string") << u"{\"kind\":3}"_s << u"kind"_s;
        QTest::newRow("unknown kind") << u"{\"kind\":\"hourly\"}"_s << u"hourly"_s;
        QTest::newRow("no minutes") << u"{\"kind\":\"interval\"}"_s << u"minutes"_s;
        QTest::newRow("minutes as text")
            << u"{\"kind\":\"interval\",\"minutes\":\"15\"}"_s << u"minutes"_s;
        QTest::newRow("fractional minutes")
            << u"{\"kind\":\"interval\",\"minutes\":7.5}"_s << u"minutes"_s;
        QTest::newRow("zero minutes") << u"{\"kind\":\"interval\",\"minutes\":0}"_s << u"0"_s;
        QTest::newRow("7 does not divide a day")
            << u"{\"kind\":\"interval\",\"minutes\":7}"_s << u"7"_s;
        QTest::newRow("a whole day") << u"{\"kind\":\"interval\",\"minutes\":1440}"_s << u"1440"_s;
        QTest::newRow("negative") << u"{\"kind\":\"interval\",\"minutes\":-15}"_s << u"-15"_s;
        QTest::newRow("bad time") << u"{\"kind\":\"daily\",\"time\":\"24:00\"}"_s << u"24:00"_s;
        QTest::newRow("time with seconds")
            << u"{\"kind\":\"daily\",\"time\":\"07:00:30\"}"_s << u"07:00:30"_s;
        QTest::newRow("no time") << u"{\"kind\":\"daily\"}"_s << u"time"_s;
        QTest::newRow("no days") << u"{\"kind\":\"weekdays\",\"time\":\"07:00\"}"_s << u"days"_s;
        QTest::newRow("empty days")
            << u"{\"kind\":\"weekdays\",\"days\":[],\"time\":\"07:00\"}"_s << u"weekday"_s;
        QTest::newRow("unknown day")
            << u"{\"kind\":\"weekdays\",\"days\":[\"mon\",\"funday\"],\"time\":\"07:00\"}"_s
            << u"funday"_s;
        QTest::newRow("day as number")
            << u"{\"kind\":\"weekdays\",\"days\":[1],\"time\":\"07:00\"}"_s << u"\"1\""_s;
    }

    void invalidInput()
    {
        QFETCH(QString, json);
        QFETCH(QString, mentions);
        const auto s = Schedule::fromJson(parse(json));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Validation);
        QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
        QVERIFY(s.error().message.startsWith(u"The schedule is invalid"_s));
    }

    void validIntervalsDivideADay()
    {
        const QList<int> all = Schedule::validIntervals();
        QCOMPARE(all.first(), 1);
        QCOMPARE(all.last(), 720);
        QVERIFY(all.contains(45));
        QVERIFY(all.contains(90));
        QVERIFY(!all.contains(7));
        QVERIFY(!all.contains(50));
        for (int m : all) {
            QCOMPARE(1440 % m, 0);
        }
        QVERIFY(!Schedule::weekdaysAt({8}, QTime(1, 0)).validate().ok());
        QVERIFY(!Schedule::dailyAt(QTime()).validate().ok());
    }

    void runsPerHourAndDescription()
    {
        QCOMPARE(Schedule::off().runsPerHour(), 0.0);
        QCOMPARE(Schedule::every(15).runsPerHour(), 4.0);
        QCOMPARE(Schedule::every(120).runsPerHour(), 0.5);
        QCOMPARE(Schedule::dailyAt(QTime(6, 0)).runsPerHour(), 1.0 / 24);
        QCOMPARE(Schedule::weekdaysAt({1, 2, 3, 4, 5}, QTime(6, 0)).runsPerHour(), 5.0 / 168);
        QCOMPARE(Schedule::every(15).describe(), u"Every 15 minutes"_s);
        QCOMPARE(Schedule::every(60).describe(), u"Every hour"_s);
        QCOMPARE(Schedule::every(180).describe(), u"Every 3 hours"_s);
        QCOMPARE(Schedule::dailyAt(QTime(7, 5)).describe(), u"Daily at 07:05"_s);
        QVERIFY(Schedule::weekdaysAt({1}, QTime(7, 5)).describe().endsWith(u" at 07:05"_s));
    }

    void nextRun_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");

        const QString every15 = u"{\"kind\":\"interval\",\"minutes\":15}"_s;
        const QString every30 = u"{\"kind\":\"interval\",\"minutes\":30}"_s;
        const QString daily0230 = u"{\"kind\":\"daily\",\"time\":\"02:30\"}"_s;

        QTest::newRow("strictly after a slot")
            << every15 << "UTC"_ba << u"2026-01-01T10:15:00"_s
            << QStringList {u"2026-01-01T10:30:00Z"_s, u"2026-01-01T10:45:00Z"_s};
        QTest::newRow("just before a slot")
            << every15 << "UTC"_ba << u"2026-01-01T10:14:59.500"_s
            << QStringList {u"2026-01-01T10:15:00Z"_s, u"2026-01-01T10:30:00Z"_s};
        QTest::newRow("every 45 across midnight")
            << u"{\"kind\":\"interval\",\"minutes\":45}"_s << "UTC"_ba << u"2026-01-01T23:00:00"_s
            << QStringList {u"2026-01-01T23:15:00Z"_s, u"2026-01-02T00:00:00Z"_s,
                            u"2026-01-02T00:45:00Z"_s};
        QTest::newRow("every 90 across midnight, local")
            << u"{\"kind\":\"interval\",\"minutes\":90}"_s << "Europe/Berlin"_ba
            << u"2026-01-14T21:10:00"_s // 22:10 CET
            << QStringList {u"2026-01-14T21:30:00Z"_s, u"2026-01-14T23:00:00Z"_s,
                            u"2026-01-15T00:30:00Z"_s};
        QTest::newRow("every 720")
            << u"{\"kind\":\"interval\",\"minutes\":720}"_s << "UTC"_ba << u"2026-02-28T13:00:00"_s
            << QStringList {u"2026-03-01T00:00:00Z"_s, u"2026-03-01T12:00:00Z"_s};

        // Europe/Berlin: 2026-03-29 02:00 CET -> 03:00 CEST (01:00 UTC);
        // 2026-10-25 03:00 CEST -> 02:00 CET (01:00 UTC).
        QTest::newRow("Berlin spring: interval skips the missing hour")
            << every30 << "Europe/Berlin"_ba << u"2026-03-29T00:40:00"_s // 01:40 CET
            << QStringList {u"2026-03-29T01:00:00Z"_s, u"2026-03-29T01:30:00Z"_s,
                            u"2026-03-29T02:00:00Z"_s};
        QTest::newRow("Berlin autumn: interval runs the repeated hour twice")
            << every30 << "Europe/Berlin"_ba << u"2026-10-25T00:10:00"_s // 02:10 CEST
            << QStringList {u"2026-10-25T00:30:00Z"_s, u"2026-10-25T01:00:00Z"_s,
                            u"2026-10-25T01:30:00Z"_s, u"2026-10-25T02:00:00Z"_s};
        QTest::newRow("Berlin spring: daily time in the gap shifts")
            << daily0230 << "Europe/Berlin"_ba << u"2026-03-28T12:00:00"_s
            << QStringList {u"2026-03-29T01:30:00Z"_s, u"2026-03-30T00:30:00Z"_s,
                            u"2026-03-31T00:30:00Z"_s};
        QTest::newRow("Berlin autumn: daily time in the repeated hour runs once")
            << daily0230 << "Europe/Berlin"_ba << u"2026-10-24T12:00:00"_s
            << QStringList {u"2026-10-25T00:30:00Z"_s, u"2026-10-26T01:30:00Z"_s,
                            u"2026-10-27T01:30:00Z"_s};
        QTest::newRow("Berlin autumn: after the first 02:30, not again that day")
            << daily0230 << "Europe/Berlin"_ba << u"2026-10-25T00:45:00"_s
            << QStringList {u"2026-10-26T01:30:00Z"_s};
        QTest::newRow("Berlin weekday in the gap")
            << u"{\"kind\":\"weekdays\",\"days\":[\"sun\"],\"time\":\"02:30\"}"_s
            << "Europe/Berlin"_ba << u"2026-03-28T12:00:00"_s
            << QStringList {u"2026-03-29T01:30:00Z"_s, u"2026-04-05T00:30:00Z"_s};

        // America/New_York: 2026-03-08 02:00 EST -> 03:00 EDT (07:00 UTC);
        // 2026-11-01 02:00 EDT -> 01:00 EST (06:00 UTC).
        QTest::newRow("New York spring: daily time in the gap shifts")
            << daily0230 << "America/New_York"_ba << u"2026-03-07T12:00:00"_s
            << QStringList {u"2026-03-08T07:30:00Z"_s, u"2026-03-09T06:30:00Z"_s,
                            u"2026-03-10T06:30:00Z"_s};
        QTest::newRow("New York spring: hourly")
            << u"{\"kind\":\"interval\",\"minutes\":60}"_s << "America/New_York"_ba
            << u"2026-03-08T06:10:00"_s // 01:10 EST
            << QStringList {u"2026-03-08T07:00:00Z"_s, u"2026-03-08T08:00:00Z"_s};
        QTest::newRow("New York autumn: hourly keeps its cadence")
            << u"{\"kind\":\"interval\",\"minutes\":60}"_s << "America/New_York"_ba
            << u"2026-11-01T04:30:00"_s // 00:30 EDT
            << QStringList {u"2026-11-01T05:00:00Z"_s, u"2026-11-01T06:00:00Z"_s,
                            u"2026-11-01T07:00:00Z"_s};
        QTest::newRow("New York autumn: daily 01:30 once")
            << u"{\"kind\":\"daily\",\"time\":\"01:30\"}"_s << "America/New_York"_ba
            << u"2026-10-31T12:00:00"_s
            << QStringList {u"2026-11-01T05:30:00Z"_s, u"2026-11-02T06:30:00Z"_s};

        QTest::newRow("weekdays Mon Wed Fri")
            << u"{\"kind\":\"weekdays\",\"days\":[\"mon\",\"wed\",\"fri\"],\"time\":\"07:30\"}"_s
            << "UTC"_ba << u"2026-01-02T08:00:00"_s // a Friday, after its run
            << QStringList {u"2026-01-05T07:30:00Z"_s, u"2026-01-07T07:30:00Z"_s,
                            u"2026-01-09T07:30:00Z"_s};
        QTest::newRow("weekday later the same day")
            << u"{\"kind\":\"weekdays\",\"days\":[\"fri\"],\"time\":\"07:30\"}"_s << "UTC"_ba
            << u"2026-01-02T07:29:00"_s
            << QStringList {u"2026-01-02T07:30:00Z"_s, u"2026-01-09T07:30:00Z"_s};
        QTest::newRow("year end in Berlin")
            << u"{\"kind\":\"daily\",\"time\":\"00:00\"}"_s << "Europe/Berlin"_ba
            << u"2026-12-31T22:30:00"_s
            << QStringList {u"2026-12-31T23:00:00Z"_s, u"2027-01-01T23:00:00Z"_s};
        QTest::newRow("leap day month end")
            << u"{\"kind\":\"daily\",\"time\":\"23:59\"}"_s << "UTC"_ba << u"2028-02-28T23:59:00"_s
            << QStringList {u"2028-02-29T23:59:00Z"_s, u"2028-03-01T23:59:00Z"_s};
        QTest::newRow("30-day month end")
            << u"{\"kind\":\"weekdays\",\"days\":[\"thu\"],\"time\":\"12:00\"}"_s
            << "America/New_York"_ba << u"2026-04-29T12:00:00"_s
            << QStringList {u"2026-04-30T16:00:00Z"_s, u"2026-05-07T16:00:00Z"_s};
        QTest::newRow("off") << u"{\"kind\":\"off\"}"_s << "UTC"_ba << u"2026-01-01T00:00:00"_s
                             << QStringList {};
    }

    void nextRun()
    {
        QFETCH(QString, schedule);
        QFETCH(QByteArray, zone);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        const auto s = Schedule::fromJson(parse(schedule));
        QVERIFY(s.ok());
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const QList<QDateTime> runs
            = ScheduleCalculator::nextRuns(s.value(), utc(after), tz, int(expected.size()));
        QCOMPARE(isoList(runs), expected);
        if (expected.isEmpty()) {
            QCOMPARE(ScheduleCalculator::nextRun(s.value(), utc(after), tz), std::nullopt);
        } else {
            // The same instant given in another zone gives the same answer.
            const auto first
                = ScheduleCalculator::nextRun(s.value(), utc(after).toTimeZone(tz), tz);
            QVERIFY(first.has_value());
            QCOMPARE(*first, runs.first());
            QCOMPARE(first->timeSpec(), Qt::UTC);
        }
    }

    // Whole-hour DST shifts keep an interval that divides an hour perfectly regular.
    void quarterHoursStayRegularAcrossTransitions_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("from");
        QTest::newRow("Berlin spring") << "Europe/Berlin"_ba << u"2026-03-28T12:00:00"_s;
        QTest::newRow("Berlin autumn") << "Europe/Berlin"_ba << u"2026-10-24T12:00:00"_s;
        QTest::newRow("New York spring") << "America/New_York"_ba << u"2026-03-07T12:00:00"_s;
        QTest::newRow("New York autumn") << "America/New_York"_ba << u"2026-10-31T12:00:00"_s;
    }

    void quarterHoursStayRegularAcrossTransitions()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, from);
        const QList<QDateTime> runs
            = ScheduleCalculator::nextRuns(Schedule::every(15), utc(from), QTimeZone(zone), 48 * 4);
        QCOMPARE(runs.size(), 48 * 4);
        for (qsizetype i = 1; i < runs.size(); ++i) {
            QCOMPARE(runs.at(i - 1).secsTo(runs.at(i)), 15 * 60);
        }
    }

    void profileKeepsItsSchedule()
    {
        Profiles::Profile p;
        p.name = u"acme"_s;
        p.schedule = Schedule::weekdaysAt({1, 5}, QTime(8, 15));
        const auto back = Profiles::Profile::fromJson(p.toJson());
        QVERIFY(back.ok());
        QVERIFY(back.value().schedule == p.schedule);
        QCOMPARE(p.toJson().value("schedule"_L1).toObject().value("kind"_L1).toString(),
                 u"weekdays"_s);
    }

    void oldProfileFilesLoadWithScheduleOff()
    {
        QJsonObject old = Profiles::Profile {}.toJson();
        old.insert("name"_L1, u"old"_s);
        old.remove("schedule"_L1);
        const auto p = Profiles::Profile::fromJson(old);
        QVERIFY(p.ok());
        QVERIFY(p.value().schedule.isOff());
    }

    void profileWithBrokenScheduleIsRejected()
    {
        QJsonObject o = Profiles::Profile {}.toJson();
        o.insert("name"_L1, u"broken"_s);
        o.insert("schedule"_L1, QJsonObject {{"kind"_L1, u"interval"_s}, {"minutes"_L1, 7}});
        const auto p = Profiles::Profile::fromJson(o);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, Error::Kind::Config);
        QVERIFY2(p.error().message.contains(u"schedule"_s), qPrintable(p.error().message));
        QVERIFY(p.error().message.contains(u"7"_s));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
