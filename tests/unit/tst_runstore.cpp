// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/runstore.h"
#include "store/statedatabase.h"
#include "storetesthelpers.h"
#include "util/clock.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StateDbTest;
using namespace std::chrono_literals;
using Store::LogEntry;
using Store::RunCounts;
using Store::RunItemRecord;
using Store::RunRecord;
using Store::RunStore;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

RunItemRecord item(const QString &contactId, const QString &action, const QDateTime &at)
{
    return RunItemRecord {0,
                          contactId,
                          contactId + u"@example.com"_s,
                          action,
                          u"applied"_s,
                          u"field city changed"_s,
                          u"{\"city\":\"Paris\"}"_s,
                          u"{\"city\":\"Rome\"}"_s,
                          at};
}

LogEntry line(const QString &message, const QDateTime &at = t0)
{
    return LogEntry {at, LogEntry::Severity::Info, QString(), message};
}

} // namespace

class TestRunStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<StateDatabase> m_db;
    ManualClock m_clock {t0};

    qint64 beginRun(RunStore &store, const QDateTime &at, const QString &profile = u"main"_s)
    {
        const Result<qint64> id = store.begin(profile, u"upsert"_s, false, at);
        return id.valueOr(-1);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        ++m_counter;
        m_path = m_dir.filePath(u"runs-%1.db"_s.arg(m_counter));
        DbResult opened = StateDatabase::open(m_path, u"runs-%1"_s.arg(m_counter));
        STORE_VERIFY_OK(opened);
        m_db = std::move(opened).value();
        m_clock.setNow(t0);
    }

    void cleanup() { m_db.reset(); }

    void beginAndFinishRecordEveryColumn()
    {
        RunStore store(*m_db, m_clock);
        const Result<qint64> id = store.begin(u"main"_s, u"mirror"_s, true, t0);
        STORE_VERIFY_OK(id);

        auto running = store.get(id.value());
        STORE_VERIFY_OK(running);
        QCOMPARE(running.value().profile, u"main"_s);
        QCOMPARE(running.value().mode, u"mirror"_s);
        QVERIFY(running.value().dryRun);
        QCOMPARE(running.value().startedAt, t0);
        QVERIFY(running.value().isRunning());
        QVERIFY(!running.value().finishedAt.isValid());
        QVERIFY(!running.value().durationMs.has_value());

        const RunCounts counts {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        m_clock.advance(90s);
        STORE_VERIFY_OK(
            store.finish(id.value(), u"completed"_s, counts, 11, 12, 89999, u"2 items failed"_s));
        const auto done = store.get(id.value());
        STORE_VERIFY_OK(done);
        const RunRecord &run = done.value();
        QCOMPARE(run.outcome, u"completed"_s);
        QCOMPARE(run.counts, counts);
        QCOMPARE(run.requestsGhl, 11);
        QCOMPARE(run.requestsMailerLite, 12);
        QCOMPARE(run.durationMs, std::optional<qint64>(89999));
        QCOMPARE(run.errorMessage, u"2 items failed"_s);
        QCOMPARE(run.finishedAt, t0.addSecs(90));
        QCOMPARE(scalar(*m_db, u"SELECT failed FROM runs"_s).toInt(), 10);
        QCOMPARE(scalar(*m_db, u"SELECT skipped_invalid FROM runs"_s).toInt(), 7);
    }

    void finishIsRefusedWhenTheRunIsNotRunning()
    {
        RunStore store(*m_db, m_clock);
        const qint64 id = beginRun(store, t0);
        STORE_VERIFY_OK(store.finish(id, u"completed"_s, {}, 0, 0, 5));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot finish"_s));
        const Status again = store.finish(id, u"failed"_s, {}, 0, 0, 5);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(store.get(id).value().outcome, u"completed"_s);

        const Status unknown = store.finish(id + 100, u"completed"_s, {}, 0, 0, 5);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);

        const qint64 other = beginRun(store, t0);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"finished with outcome"_s));
        const Status stillRunning = store.finish(other, u"running"_s, {}, 0, 0, 5);
        QCOMPARE(stillRunning.error().kind, Error::Kind::Internal);
        QCOMPARE(store.get(404).error().kind, Error::Kind::NotFound);
    }

    void listIsNewestFirstAndPaged()
    {
        RunStore store(*m_db, m_clock);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            ids.append(beginRun(store, t0.addSecs(qint64(60) * i)));
        }
        beginRun(store, t0.addDays(1), u"other"_s);

        const auto all = store.list(u"main"_s, 100);
        STORE_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 5);
        QCOMPARE(all.value().first().id, ids.last());
        QCOMPARE(all.value().last().id, ids.first());

        const auto page = store.list(u"main"_s, 2, 1);
        STORE_VERIFY_OK(page);
        QCOMPARE(page.value().size(), 2);
        QCOMPARE(page.value().at(0).id, ids.at(3));
        QCOMPARE(page.value().at(1).id, ids.at(2));
        QVERIFY(store.list(u"main"_s, 10, 5).value().isEmpty());
        QCOMPARE(store.list(u"other"_s, 10).value().size(), 1);
    }

    void itemsRoundTrip()
    {
        RunStore store(*m_db, m_clock);
        const qint64 run = beginRun(store, t0);
        const qint64 otherRun = beginRun(store, t0);
        RunItemRecord sparse {0,         QString(), QString(), u"unsubscribe"_s, u"planned"_s,
                              QString(), QString(), QString(), t0.addSecs(2)};
        STORE_VERIFY_OK(store.addItem(run, item(u"c1"_s, u"update"_s, t0.addSecs(1))));
        STORE_VERIFY_OK(store.addItems(run, {sparse, item(u"c3"_s, u"create"_s, t0.addSecs(3))}));
        STORE_VERIFY_OK(store.addItem(otherRun, item(u"x"_s, u"create"_s, t0)));

        const auto items = store.items(run);
        STORE_VERIFY_OK(items);
        QCOMPARE(items.value().size(), 3);
        const RunItemRecord &first = items.value().at(0);
        QVERIFY(first.id > 0);
        QCOMPARE(first.contactId, u"c1"_s);
        QCOMPARE(first.email, u"c1@example.com"_s);
        QCOMPARE(first.action, u"update"_s);
        QCOMPARE(first.outcome, u"applied"_s);
        QCOMPARE(first.reason, u"field city changed"_s);
        QCOMPARE(first.beforeJson, u"{\"city\":\"Paris\"}"_s);
        QCOMPARE(first.afterJson, u"{\"city\":\"Rome\"}"_s);
        QCOMPARE(first.createdAt, t0.addSecs(1));
        QCOMPARE(items.value().at(1).action, u"unsubscribe"_s);
        QVERIFY(items.value().at(1).contactId.isEmpty());
        QCOMPARE(items.value().at(2).contactId, u"c3"_s);
        QCOMPARE(scalar(*m_db,
                        u"SELECT count(*) FROM run_items WHERE contact_id IS NULL AND "
                        "reason IS NULL AND before_json IS NULL"_s)
                     .toInt(),
                 1);
    }

    // A batch is all or nothing, also inside a caller's transaction.
    void addItemsIsAtomic()
    {
        RunStore store(*m_db, m_clock);
        const qint64 run = beginRun(store, t0);
        RunItemRecord broken = item(u"c2"_s, QString(), t0); // action is required
        const Status failed = store.addItems(run, {item(u"c1"_s, u"create"_s, t0), broken});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Storage);
        QVERIFY(store.items(run).value().isEmpty());

        const Status outer = m_db->transaction([&]() -> Status {
            if (Status s = store.addItem(run, item(u"a"_s, u"create"_s, t0)); !s.ok()) {
                return s;
            }
            const Status inner = store.addItems(run, {item(u"b"_s, u"create"_s, t0), broken});
            return inner.ok() ? Status(Error {}) : success(); // keep "a", drop "b"
        });
        STORE_VERIFY_OK(outer);
        const auto kept = store.items(run);
        QCOMPARE(kept.value().size(), 1);
        QCOMPARE(kept.value().first().contactId, u"a"_s);
    }

    void logRoundTrip()
    {
        RunStore store(*m_db, m_clock);
        const qint64 run = beginRun(store, t0);
        const QList<LogEntry> entries {
            {t0, LogEntry::Severity::Info, QString(), u"Run started"_s},
            {t0.addMSecs(5), LogEntry::Severity::Error, u"c1"_s, u"HTTP 422: invalid email"_s},
            {t0.addMSecs(5), LogEntry::Severity::Warning, u"c2"_s, u"blocked by consent"_s},
            {t0.addMSecs(7), LogEntry::Severity::Debug, QString(), u"page 2"_s},
        };
        for (const LogEntry &e : entries) {
            STORE_VERIFY_OK(store.addLog(run, e));
        }
        const auto stored = store.log(run);
        STORE_VERIFY_OK(stored);
        QCOMPARE(stored.value(), entries);
        QVERIFY(store.log(beginRun(store, t0)).value().isEmpty());
    }

    void logIsBoundedWithOneTruncationLine()
    {
        RunStore store(*m_db, m_clock);
        const qint64 run = beginRun(store, t0);
        constexpr int written = RunStore::maxLogEntries + 50;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"truncated"_s));
        const Status status = m_db->transaction([&]() -> Status {
            for (int i = 0; i < written; ++i) {
                if (Status s = store.addLog(run, line(u"line %1"_s.arg(i), t0.addMSecs(i)));
                    !s.ok()) {
                    return s;
                }
            }
            return success();
        });
        STORE_VERIFY_OK(status);
        auto log = store.log(run);
        STORE_VERIFY_OK(log);
        QCOMPARE(log.value().size(), RunStore::maxLogEntries);
        const int lastKept = RunStore::maxLogEntries - 2;
        QCOMPARE(log.value().at(lastKept).message, u"line %1"_s.arg(lastKept));
        const LogEntry marker = log.value().last();
        QCOMPARE(marker.severity, LogEntry::Severity::Warning);
        QVERIFY2(marker.message.contains(u"truncated"_s), qPrintable(marker.message));
        QCOMPARE(marker.time, t0.addMSecs(lastKept + 1));

        // A store that did not write these lines (a new session) still respects the bound
        // and adds no second marker.
        RunStore fresh(*m_db, m_clock);
        STORE_VERIFY_OK(fresh.addLog(run, line(u"after restart"_s)));
        QCOMPARE(fresh.log(run).value().size(), RunStore::maxLogEntries);
        QVERIFY(store.log(beginRun(store, t0)).value().isEmpty());
    }

    // Lines of a rolled-back transaction do not count against the bound.
    void logBoundRecountsAfterRollback()
    {
        RunStore store(*m_db, m_clock);
        const qint64 run = beginRun(store, t0);
        const int committed = RunStore::maxLogEntries - 3;
        STORE_VERIFY_OK(m_db->transaction([&]() -> Status {
            for (int i = 0; i < committed; ++i) {
                if (Status s = store.addLog(run, line(u"kept"_s)); !s.ok()) {
                    return s;
                }
            }
            return success();
        }));
        // The marker is written inside the transaction too, and rolled back with it.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"truncated"_s));
        const Status rolledBack = m_db->transaction([&]() -> Status {
            for (int i = 0; i < 10; ++i) {
                if (Status s = store.addLog(run, line(u"lost"_s)); !s.ok()) {
                    return s;
                }
            }
            return Error {Error::Kind::Cancelled, u"cancelled"_s, {}};
        });
        QVERIFY(!rolledBack.ok());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"truncated"_s));
        for (int i = 0; i < 4; ++i) {
            STORE_VERIFY_OK(store.addLog(run, line(u"after %1"_s.arg(i))));
        }
        const auto log = store.log(run);
        QCOMPARE(log.value().size(), RunStore::maxLogEntries);
        QCOMPARE(log.value().at(committed).message, u"after 0"_s);
        QCOMPARE(log.value().at(committed + 1).message, u"after 1"_s);
        QVERIFY(log.value().last().message.contains(u"truncated"_s));
    }

    // What a crash or kill -9 leaves behind: a run still 'running' in the file.
    void markInterruptedAfterACrash()
    {
        qint64 crashed = 0;
        qint64 finished = 0;
        qint64 otherProfile = 0;
        {
            RunStore store(*m_db, m_clock);
            finished = beginRun(store, t0);
            STORE_VERIFY_OK(store.finish(finished, u"completed"_s, {}, 1, 1, 10));
            crashed = beginRun(store, t0.addSecs(100));
            otherProfile = beginRun(store, t0.addSecs(100), u"other"_s);
            STORE_VERIFY_OK(store.addLog(crashed, line(u"working"_s, t0.addSecs(105))));
            STORE_VERIFY_OK(store.addItem(crashed, item(u"c1"_s, u"create"_s, t0.addSecs(107))));
            STORE_VERIFY_OK(store.addLog(crashed, line(u"still working"_s, t0.addSecs(106))));
        }
        m_db.reset(); // the process dies without finishing the run
        DbResult reopened = StateDatabase::open(m_path, u"runs-reopened-%1"_s.arg(m_counter));
        STORE_VERIFY_OK(reopened);
        m_db = std::move(reopened).value();

        RunStore store(*m_db, m_clock);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"interrupted"_s));
        STORE_VERIFY_OK(store.markInterrupted(u"main"_s));
        const RunRecord run = store.get(crashed).value();
        QCOMPARE(run.outcome, RunRecord::interruptedOutcome());
        QVERIFY(!run.errorMessage.isEmpty());
        QCOMPARE(run.finishedAt, t0.addSecs(107)); // its last trace
        QVERIFY(!run.durationMs.has_value());
        QCOMPARE(store.items(crashed).value().size(), 1);
        QCOMPARE(store.get(finished).value().outcome, u"completed"_s);
        QVERIFY(store.get(finished).value().errorMessage.isEmpty());
        QVERIFY(store.get(otherProfile).value().isRunning());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot finish"_s));
        QCOMPARE(store.finish(crashed, u"completed"_s, {}, 0, 0, 1).error().kind,
                 Error::Kind::Conflict);

        // A run that left no trace ends at its start.
        const qint64 silent = beginRun(store, t0.addSecs(500));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"interrupted"_s));
        STORE_VERIFY_OK(store.markInterrupted(u"main"_s));
        QCOMPARE(store.get(silent).value().finishedAt, t0.addSecs(500));
        QCOMPARE(store.get(crashed).value().finishedAt, t0.addSecs(107));
    }

    void pruneKeepsTheNewestAndRunningRuns()
    {
        RunStore store(*m_db, m_clock);
        const qint64 running = beginRun(store, t0); // oldest, never finished
        QList<qint64> done;
        for (int i = 1; i <= 4; ++i) {
            const qint64 id = beginRun(store, t0.addSecs(qint64(i) * 60));
            STORE_VERIFY_OK(store.addItem(id, item(u"c%1"_s.arg(i), u"create"_s, t0)));
            STORE_VERIFY_OK(store.addLog(id, line(u"run %1"_s.arg(i))));
            STORE_VERIFY_OK(store.finish(id, u"completed"_s, {}, 0, 0, 1));
            done.append(id);
        }
        const qint64 other = beginRun(store, t0, u"other"_s);
        // History that outlives pruning points at the oldest finished run.
        STORE_VERIFY_OK(
            m_db->run(u"INSERT INTO failures (run_id, profile, contact_id, error_kind, "
                      "created_at, updated_at) VALUES (:r, 'main', 'c1', 'http', 1, 1)"_s,
                      {{u":r"_s, done.first()}}));

        STORE_VERIFY_OK(store.prune(u"main"_s, 2));
        const auto remaining = store.list(u"main"_s, 100);
        STORE_VERIFY_OK(remaining);
        QList<qint64> left;
        for (const RunRecord &r : remaining.value()) {
            left.append(r.id);
        }
        QCOMPARE(left, (QList<qint64> {done.at(3), done.at(2), running}));
        QCOMPARE(store.items(done.at(0)).value().size(), 0);
        QCOMPARE(store.log(done.at(1)).value().size(), 0);
        QCOMPARE(store.items(done.at(3)).value().size(), 1);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM failures WHERE run_id IS NULL"_s).toInt(), 1);
        QVERIFY(store.get(other).ok());

        STORE_VERIFY_OK(store.prune(u"main"_s, 0));
        QCOMPARE(store.list(u"main"_s, 100).value().size(), 1); // the running one
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"prune"_s));
        QCOMPARE(store.prune(u"main"_s, -1).error().kind, Error::Kind::Internal);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
