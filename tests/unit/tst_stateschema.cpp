// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedbtesthelpers.h"
#include "store/statedatabase.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>

using namespace Qt::StringLiterals;
using namespace StateDbTest;

// The 001 schema (keys, cascades, checks, indexes) and the query/transaction helpers.
class TestStateSchema final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<StateDatabase> m_db;

    QString freshPath() { return m_dir.filePath(u"schema-%1.db"_s.arg(++m_counter)); }

    int count(const QString &table) const
    {
        return scalar(*m_db, u"SELECT count(*) FROM "_s + table).toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        DbResult opened = StateDatabase::open(freshPath(), u"schema"_s);
        CB_VERIFY_OK(opened);
        m_db = std::move(opened).value();
    }

    void cleanup() { m_db.reset(); }

    void runItemsNeedAnExistingRun()
    {
        const auto orphan
            = m_db->run(u"INSERT INTO run_items (run_id, action, outcome, created_at) "
                        "VALUES (42, 'create', 'applied', 1)"_s);
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.error().kind, Error::Kind::Storage);
        QVERIFY2(orphan.error().detail.contains(u"FOREIGN KEY"_s),
                 qPrintable(orphan.error().detail));
        QCOMPARE(count(u"run_items"_s), 0);
    }

    // Per-run detail goes with its run; history that must outlive run pruning stays.
    void deletingARunCascadesItemsAndKeepsHistory()
    {
        QVERIFY(insertRun(*m_db));
        const QStringList inserts {
            u"INSERT INTO run_items (run_id, action, outcome, created_at) "
            "VALUES (1, 'create', 'applied', 1)"_s,
            u"INSERT INTO run_items (run_id, action, outcome, created_at) "
            "VALUES (1, 'update', 'failed', 2)"_s,
            u"INSERT INTO log_entries (run_id, time, severity, message) "
            "VALUES (1, 3, 'info', 'hello')"_s,
            u"INSERT INTO failures (run_id, profile, contact_id, "
            "error_kind, created_at, updated_at) VALUES (1, 'main', "
            "'c1', 'http', 4, 4)"_s,
            u"INSERT INTO consent_ledger (profile, new_status, reason, "
            "source, run_id, created_at) VALUES ('main', 'unsubscribed', "
            "'dnd', 'ghl', 1, 5)"_s,
        };
        for (const QString &sql : inserts) {
            const auto inserted = m_db->run(sql);
            CB_VERIFY_OK(inserted);
        }
        const auto deleted = m_db->run(u"DELETE FROM runs WHERE id = 1"_s);
        CB_VERIFY_OK(deleted);
        QCOMPARE(count(u"run_items"_s), 0);
        QCOMPARE(count(u"log_entries"_s), 0);
        QCOMPARE(count(u"failures"_s), 1);
        QCOMPARE(count(u"consent_ledger"_s), 1);
        QVERIFY(scalar(*m_db, u"SELECT run_id FROM failures"_s).isNull());
        QVERIFY(scalar(*m_db, u"SELECT run_id FROM consent_ledger"_s).isNull());
    }

    void checks_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        const QString failure = u"INSERT INTO failures (profile, contact_id, error_kind, "
                                "status, http_status, created_at, updated_at) VALUES "_s;
        QTest::newRow("valid failure")
            << failure + u"('main', 'c1', 'http', 'open', 422, 1, 1)"_s << true;
        QTest::newRow("unknown failure status")
            << failure + u"('main', 'c1', 'http', 'closed', 422, 1, 1)"_s << false;
        QTest::newRow("http status out of range")
            << failure + u"('main', 'c1', 'http', 'open', 42, 1, 1)"_s << false;
        QTest::newRow("second open failure of a contact") << failure
                + u"('main', 'c1', 'http', 'open', 500, 1, 1), ('main', 'c1', "
                  "'network', 'open', NULL, 2, 2)"_s << false;
        QTest::newRow("open and ignored failure of a contact") << failure
                + u"('main', 'c1', 'http', 'ignored', 500, 1, 1), ('main', "
                  "'c1', 'network', 'open', NULL, 2, 2)"_s << true;
        QTest::newRow("timestamp bound as text")
            << u"INSERT INTO runs (profile, mode, started_at) VALUES "
               "('main', 'upsert', '2024-01-01T00:00:00Z')"_s
            << false;
        QTest::newRow("negative counter")
            << u"INSERT INTO runs (profile, mode, started_at, created) "
               "VALUES ('main', 'upsert', 1, -1)"_s
            << false;
        QTest::newRow("dry_run not a boolean")
            << u"INSERT INTO runs (profile, mode, started_at, dry_run) "
               "VALUES ('main', 'upsert', 1, 2)"_s
            << false;
        QTest::newRow("empty profile")
            << u"INSERT INTO runs (profile, mode, started_at) VALUES ('', 'upsert', 1)"_s << false;
        QTest::newRow("duplicate link")
            << u"INSERT INTO links (profile, ghl_contact_id, "
               "ml_subscriber_id, email, payload_hash, synced_at) VALUES "
               "('main', 'c1', '9', 'a@x', 'h', 1), ('main', 'c1', '10', "
               "'b@x', 'h', 2)"_s
            << false;
        QTest::newRow("same contact, two profiles")
            << u"INSERT INTO links (profile, ghl_contact_id, "
               "ml_subscriber_id, email, payload_hash, synced_at) VALUES "
               "('main', 'c1', '9', 'a@x', 'h', 1), ('other', 'c1', '10', "
               "'b@x', 'h', 2)"_s
            << true;
        QTest::newRow("ledger row rewritten")
            << u"UPDATE consent_ledger SET reason = 'edited'"_s << false;
        QTest::newRow("ledger run detached")
            << u"UPDATE consent_ledger SET run_id = NULL"_s << true;
        QTest::newRow("ledger row deleted") << u"DELETE FROM consent_ledger"_s << true;
    }

    void checks()
    {
        QFETCH(QString, sql);
        QFETCH(bool, accepted);
        QVERIFY(insertRun(*m_db));
        const auto ledger = m_db->run(u"INSERT INTO consent_ledger (profile, new_status, reason, "
                                      "source, run_id, created_at) VALUES ('main', 'active', "
                                      "'sync', 'ghl', 1, 1)"_s);
        CB_VERIFY_OK(ledger);
        const auto result = m_db->run(sql);
        QVERIFY2(result.ok() == accepted, qPrintable(describe(result)));
    }

    // MailerLite ids are 64-bit; they are stored as text even when bound as a number.
    void subscriberIdsKeepEveryDigit()
    {
        const qint64 id = (qint64(1) << 53) + 1;
        const auto inserted = m_db->run(u"INSERT INTO links (profile, ghl_contact_id, "
                                        "ml_subscriber_id, email, payload_hash, synced_at) VALUES "
                                        "('main', 'c1', :id, 'Ada@Example.com', 'h', 1)"_s,
                                        {{u":id"_s, id}});
        CB_VERIFY_OK(inserted);
        QCOMPARE(scalar(*m_db, u"SELECT typeof(ml_subscriber_id) FROM links"_s).toString(),
                 u"text"_s);
        QCOMPARE(scalar(*m_db, u"SELECT ml_subscriber_id FROM links"_s).toString(),
                 QString::number(id));
    }

    void emailLookupUsesTheIndex()
    {
        const QVariantMap binds {{u":p"_s, u"main"_s}, {u":e"_s, u"ADA@example.com"_s}};
        const QString lookup = u"SELECT ml_subscriber_id FROM links WHERE profile = :p AND "
                               "lower(email) = lower(:e)"_s;
        const auto inserted = m_db->run(u"INSERT INTO links (profile, ghl_contact_id, "
                                        "ml_subscriber_id, email, payload_hash, synced_at) VALUES "
                                        "('main', 'c1', '77', 'Ada@Example.com', 'h', 1)"_s);
        CB_VERIFY_OK(inserted);
        QCOMPARE(scalar(*m_db, lookup, binds).toString(), u"77"_s);
        auto plan = m_db->run(u"EXPLAIN QUERY PLAN "_s + lookup, binds);
        CB_VERIFY_OK(plan);
        QString details;
        while (plan.value().next()) {
            details += plan.value().value(3).toString();
        }
        QVERIFY2(details.contains(u"links_profile_email"_s), qPrintable(details));
    }

    void runBindsAndReportsErrors()
    {
        QCOMPARE(scalar(*m_db, u"SELECT :a + :b"_s, {{u":a"_s, 2}, {u":b"_s, 3}}).toInt(), 5);
        const auto broken = m_db->run(u"SELEC 1"_s);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().kind, Error::Kind::Storage);
        QVERIFY(broken.error().detail.contains(u"SELEC 1"_s));
        QVERIFY(broken.error().message.contains(m_db->path()));

        auto prepared = m_db->prepare(
            u"INSERT INTO runs (profile, mode, started_at) VALUES (:p, 'upsert', :t)"_s);
        CB_VERIFY_OK(prepared);
        prepared.value().bindValue(u":p"_s, u"main"_s);
        prepared.value().bindValue(u":t"_s, u"not a time"_s);
        const Status failed = m_db->exec(prepared.value());
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().detail.contains(u"CHECK constraint"_s));
        prepared.value().bindValue(u":t"_s, 5);
        const Status done = m_db->exec(prepared.value());
        CB_VERIFY_OK(done);
        QCOMPARE(count(u"runs"_s), 1);
    }

    void transactionCommitsOrRollsBack()
    {
        const Status committed = m_db->transaction(
            [&] { return insertRun(*m_db) && insertRun(*m_db) ? success() : Status(Error {}); });
        CB_VERIFY_OK(committed);
        QCOMPARE(count(u"runs"_s), 2);

        const Status failed = m_db->transaction([&]() -> Status {
            if (!insertRun(*m_db)) {
                return Error {};
            }
            return Error {Error::Kind::Validation, u"stop"_s, u"planned failure"_s};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().detail, u"planned failure"_s);
        QCOMPARE(count(u"runs"_s), 2);
        QVERIFY(insertRun(*m_db)); // the connection is usable again: no transaction left open
        QCOMPARE(count(u"runs"_s), 3);
    }

    void nestedTransactionsUseSavepoints()
    {
        const Status outer = m_db->transaction([&]() -> Status {
            insertRun(*m_db, u"a"_s);
            const Status inner = m_db->transaction([&]() -> Status {
                insertRun(*m_db, u"b"_s);
                return Error {Error::Kind::Conflict, u"inner"_s, u"inner failed"_s};
            });
            if (inner.ok()) {
                return Error {};
            }
            const Status kept = m_db->transaction(
                [&] { return insertRun(*m_db, u"c"_s) ? success() : Status(Error {}); });
            return kept;
        });
        CB_VERIFY_OK(outer);
        QCOMPARE(
            scalar(
                *m_db,
                u"SELECT group_concat(profile, '') FROM (SELECT profile FROM runs ORDER BY id)"_s)
                .toString(),
            u"ac"_s);

        const Status rolledBack = m_db->transaction([&]() -> Status {
            const Status inner = m_db->transaction(
                [&] { return insertRun(*m_db, u"d"_s) ? success() : Status(Error {}); });
            return inner.ok() ? Status(Error {Error::Kind::Internal, u"outer"_s, u"outer failed"_s})
                              : inner;
        });
        QVERIFY(!rolledBack.ok());
        QCOMPARE(count(u"runs"_s), 2);
    }

    void readOnlyConnectionReadsButNeverWrites()
    {
        QVERIFY(insertRun(*m_db));
        const QString path = m_db->path();
        const DbResult reader
            = StateDatabase::open(path, u"reader"_s, StateDatabase::OpenMode::ReadOnly);
        CB_VERIFY_OK(reader);
        QVERIFY(reader.value()->isReadOnly());
        QCOMPARE(scalar(*reader.value(), u"SELECT count(*) FROM runs"_s).toInt(), 1);
        QVERIFY(!insertRun(*reader.value()));

        const DbResult missing
            = StateDatabase::open(freshPath(), u"missing"_s, StateDatabase::OpenMode::ReadOnly);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Storage);

        const QString empty = freshPath();
        QVERIFY(createRawDatabase(empty, {u"CREATE TABLE x (y)"_s}));
        const DbResult old
            = StateDatabase::open(empty, u"old"_s, StateDatabase::OpenMode::ReadOnly);
        QVERIFY(!old.ok());
        QVERIFY(old.error().message.contains(u"not been upgraded"_s));
        QCOMPARE(scalar(*m_db, u"SELECT 1"_s).toInt(), 1);
    }

    void connectionNamesAreOwned()
    {
        QVERIFY(QSqlDatabase::contains(u"schema"_s));
        const DbResult twice = StateDatabase::open(m_db->path(), u"schema"_s);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().kind, Error::Kind::Internal);
        QVERIFY(insertRun(*m_db)); // the first owner is unharmed
        m_db.reset();
        QVERIFY(!QSqlDatabase::contains(u"schema"_s));
    }

    // WAL: two reader threads keep their snapshot open while the writer commits.
    void readersKeepReadingWhileTheWriterCommits()
    {
        QVERIFY(insertRun(*m_db));
        const QString path = m_db->path();
        struct Seen
        {
            QString error;
            int before = -1;
            int duringCommit = -1;
            int after = -1;
        };
        std::array<Seen, 2> seen;
        QSemaphore snapshotsHeld;
        QSemaphore writerDone;
        std::array<std::unique_ptr<QThread>, 2> threads;
        for (std::size_t i = 0; i < threads.size(); ++i) {
            threads[i].reset(QThread::create([&, i] {
                Seen &mine = seen[i];
                DbResult reader = StateDatabase::open(path, u"reader-%1"_s.arg(i),
                                                      StateDatabase::OpenMode::ReadOnly);
                if (!reader.ok()) {
                    mine.error = reader.error().toLogString();
                    snapshotsHeld.release();
                    return;
                }
                StateDatabase &db = *reader.value();
                const Status read = db.transaction([&] {
                    mine.before = scalar(db, u"SELECT count(*) FROM runs"_s).toInt();
                    snapshotsHeld.release();
                    writerDone.acquire();
                    mine.duringCommit = scalar(db, u"SELECT count(*) FROM runs"_s).toInt();
                    return success();
                });
                if (!read.ok()) {
                    mine.error = read.error().toLogString();
                }
                mine.after = scalar(db, u"SELECT count(*) FROM runs"_s).toInt();
            }));
            threads[i]->start();
        }
        snapshotsHeld.acquire(2);
        const Status written = m_db->transaction(
            [&] { return insertRun(*m_db) && insertRun(*m_db) ? success() : Status(Error {}); });
        writerDone.release(2);
        for (const auto &thread : threads) {
            QVERIFY(thread->wait(30000));
        }
        CB_VERIFY_OK(written);
        for (const Seen &s : seen) {
            QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
            QCOMPARE(s.before, 1);
            QCOMPARE(s.duringCommit, 1); // still its snapshot
            QCOMPARE(s.after, 3);
        }
        QVERIFY(!QSqlDatabase::contains(u"reader-0"_s));
    }
};

QTEST_GUILESS_MAIN(TestStateSchema)
#include "tst_stateschema.moc"
