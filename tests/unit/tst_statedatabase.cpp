// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedbtesthelpers.h"
#include "store/statedatabase.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

#include <array>

using namespace Qt::StringLiterals;
using Store::Migration;
using Store::StateDatabase;
using namespace StateDbTest;

namespace {

// Root ignores file permissions; the permission tests run their open() as "nobody" then.
class Unprivileged
{
public:
    Unprivileged()
    {
        if (::geteuid() == 0) {
            m_switched = ::seteuid(65534) == 0;
            m_ok = m_switched;
        }
    }
    ~Unprivileged()
    {
        if (m_switched) {
            m_ok = ::seteuid(0) == 0;
        }
    }
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    bool m_switched = false;
    bool m_ok = true;
};

} // namespace

class TestStateDatabase final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"state-%1.db"_s.arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshDatabaseIsFullyMigrated()
    {
        const QString path = freshPath();
        const DbResult opened = StateDatabase::open(path, u"fresh"_s);
        CB_VERIFY_OK(opened);
        const StateDatabase &db = *opened.value();
        QVERIFY(StateDatabase::latestVersion() >= 1);
        QCOMPARE(db.schemaVersion().valueOr(-1), StateDatabase::latestVersion());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
        QCOMPARE(scalar(db, u"PRAGMA busy_timeout"_s).toInt(), StateDatabase::busyTimeoutMs);
        const QStringList tables {u"runs"_s,       u"run_items"_s,      u"links"_s,
                                  u"failures"_s,   u"consent_ledger"_s, u"sync_cursors"_s,
                                  u"log_entries"_s};
        for (const QString &table : tables) {
            QVERIFY2(
                scalar(db,
                       u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = :n"_s,
                       {{u":n"_s, table}})
                        .toInt()
                    == 1,
                qPrintable(table));
        }
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
    }

    void reopenAppliesNothing()
    {
        const QString path = freshPath();
        // Re-running this migration would fail: CREATE TABLE without IF NOT EXISTS.
        const QList<Migration> list {
            migration(1, u"CREATE TABLE t (x); INSERT INTO t VALUES (7);"_s)};
        for (int round = 0; round < 3; ++round) {
            const DbResult opened = StateDatabase::openWithMigrations(path, u"reopen"_s, list);
            CB_VERIFY_OK(opened);
            QCOMPARE(opened.value()->schemaVersion().valueOr(-1), 1);
            QCOMPARE(scalar(*opened.value(), u"SELECT count(*) FROM t"_s).toInt(), 1);
        }
        DbResult bundled = StateDatabase::open(freshPath(), u"bundled"_s);
        CB_VERIFY_OK(bundled);
        QVERIFY(insertRun(*bundled.value()));
        const QString bundledPath = bundled.value()->path();
        bundled.value().reset();
        const DbResult again = StateDatabase::open(bundledPath, u"bundled"_s);
        CB_VERIFY_OK(again);
        QCOMPARE(scalar(*again.value(), u"SELECT count(*) FROM runs"_s).toInt(), 1);
    }

    void olderDatabaseMigratesForward()
    {
        const QString path = freshPath();
        const Migration first = migration(1,
                                          u"CREATE TABLE people (name TEXT);"
                                          "INSERT INTO people VALUES ('ada'), ('grace');"_s);
        {
            const DbResult v1 = StateDatabase::openWithMigrations(path, u"old"_s, {first});
            CB_VERIFY_OK(v1);
        }
        const Migration second = migration(2,
                                           u"ALTER TABLE people ADD COLUMN upper_name TEXT; UPDATE "
                                           "people SET upper_name = upper(name);"_s);
        const Migration third = migration(3, u"CREATE INDEX people_name ON people (name);"_s);
        const DbResult v3
            = StateDatabase::openWithMigrations(path, u"old"_s, {first, second, third});
        CB_VERIFY_OK(v3);
        QCOMPARE(v3.value()->schemaVersion().valueOr(-1), 3);
        QCOMPARE(
            scalar(*v3.value(), u"SELECT group_concat(upper_name, ',') FROM people"_s).toString(),
            u"ADA,GRACE"_s);
    }

    // A version 0 file that already holds unrelated data gets the bundled schema added.
    void versionZeroFileMigrates()
    {
        const QString path = freshPath();
        QVERIFY(createRawDatabase(
            path, {u"CREATE TABLE notes (x)"_s, u"INSERT INTO notes VALUES (1)"_s}));
        const DbResult opened = StateDatabase::open(path, u"zero"_s);
        CB_VERIFY_OK(opened);
        QCOMPARE(opened.value()->schemaVersion().valueOr(-1), StateDatabase::latestVersion());
        QCOMPARE(scalar(*opened.value(), u"SELECT count(*) FROM notes"_s).toInt(), 1);
        QVERIFY(insertRun(*opened.value()));
    }

    void newerVersionIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("rollback journal") << u"DELETE"_s;
        QTest::newRow("wal") << u"WAL"_s;
    }

    void newerVersionIsRefusedUntouched()
    {
        QFETCH(QString, journalMode);
        const QString path = freshPath();
        const int newer = StateDatabase::latestVersion() + 5;
        QVERIFY(createRawDatabase(path,
                                  {u"PRAGMA journal_mode = %1"_s.arg(journalMode),
                                   u"CREATE TABLE future (x)"_s,
                                   u"PRAGMA user_version = %1"_s.arg(newer)}));
        QVERIFY(ageFile(path));
        const Fingerprint before = fingerprint(path);
        QVERIFY(!before.bytes.isEmpty());

        const DbResult opened = StateDatabase::open(path, u"newer"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Storage);
        QVERIFY2(opened.error().message.contains(u"newer version of ContactBridge"_s),
                 qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(opened.error().message.contains(QString::number(newer)));
        QVERIFY(!QSqlDatabase::contains(u"newer"_s));
        QVERIFY(fingerprint(path) == before);
    }

    void damagedFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray random(64 * 1024, '\0');
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QTest::newRow("random bytes") << random;
        QTest::newRow("text file") << QByteArray("name,email\nada,ada@example.com\n");
        QTest::newRow("sqlite magic, then garbage")
            << QByteArray("SQLite format 3", 16) + random.left(8192);
        QTest::newRow("truncated state file") << QByteArray(); // built in the test
    }

    void damagedFileIsRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        const QString path = freshPath();
        if (content.isEmpty()) {
            {
                const DbResult full = StateDatabase::open(path, u"full"_s);
                CB_VERIFY_OK(full);
                for (int i = 0; i < 200; ++i) {
                    QVERIFY(
                        full.value()
                            ->run(u"INSERT INTO runs (profile, mode, started_at, error_message) "
                                  "VALUES ('p', 'upsert', 1, :m)"_s,
                                  {{u":m"_s, QString(500, u'x')}})
                            .ok());
                }
            }
            QFile file(path);
            QVERIFY(file.size() > 64 * 1024);
            QVERIFY(file.resize(file.size() / 2));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
        }
        QVERIFY(ageFile(path));
        const Fingerprint before = fingerprint(path);

        const DbResult opened = StateDatabase::open(path, u"damaged"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Storage);
        QVERIFY2(opened.error().message.contains(u"damaged"_s), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QSqlDatabase::contains(u"damaged"_s));
        QVERIFY(fingerprint(path) == before);
    }

    void unwritableLocationIsRefused_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::newRow("read-only folder, new file") << u"ro-dir-new"_s;
        QTest::newRow("read-only folder, existing file") << u"ro-dir-existing"_s;
        QTest::newRow("read-only file") << u"ro-file"_s;
        QTest::newRow("parent is a file") << u"parent-file"_s;
    }

    void unwritableLocationIsRefused()
    {
        QFETCH(QString, layout);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        // Group bits equal the "other" bits: the unprivileged open keeps root's groups.
        const auto rw = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        const auto exec = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        const auto read = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto open = rw | exec;
        const auto readOnly = read | exec;
        QVERIFY(QFile::setPermissions(root.path(), open));
        const QString folder = root.filePath(u"folder"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, open));
        QString path = folder + u"/state.db"_s;
        const auto restore = qScopeGuard([&] { QFile::setPermissions(folder, open); });

        if (layout != u"ro-dir-new"_s && layout != u"parent-file"_s) {
            const DbResult created = StateDatabase::open(path, u"setup"_s);
            CB_VERIFY_OK(created);
        }
        if (layout == u"ro-dir-existing"_s) {
            QVERIFY(QFile::setPermissions(path, rw));
        }
        if (layout.startsWith(u"ro-dir"_s)) {
            QVERIFY(QFile::setPermissions(folder, readOnly));
        } else if (layout == u"ro-file"_s) {
            QVERIFY(QFile::setPermissions(path, read));
        } else {
            QFile blocker(folder + u"/plain-file"_s);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            path = blocker.fileName() + u"/state.db"_s;
        }
        const Fingerprint before = fingerprint(path);

        DbResult opened = Error {};
        {
            const Unprivileged unprivileged;
            QVERIFY(unprivileged.ok());
            opened = StateDatabase::open(path, u"unwritable"_s);
        }
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Storage);
        QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path))
                     || opened.error().message.contains(QDir::toNativeSeparators(folder)),
                 qPrintable(opened.error().message));
        QVERIFY(!QSqlDatabase::contains(u"unwritable"_s));
        QVERIFY(fingerprint(path) == before);
    }

    void failedMigrationRollsBack_data()
    {
        QTest::addColumn<QString>("badScript");
        QTest::newRow("syntax error")
            << u"CREATE TABLE u (x); INSERT INTO t VALUES (99); SELEC broken;"_s;
        QTest::newRow("constraint violation")
            << u"CREATE TABLE u (x); INSERT INTO t VALUES (99); INSERT INTO t VALUES (1);"_s;
        QTest::newRow("unterminated comment") << u"CREATE TABLE u (x); /* never closed"_s;
    }

    void failedMigrationRollsBack()
    {
        QFETCH(QString, badScript);
        const QString path = freshPath();
        const Migration good
            = migration(1, u"CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);"_s);
        {
            const DbResult v1 = StateDatabase::openWithMigrations(path, u"mig"_s, {good});
            CB_VERIFY_OK(v1);
        }
        const DbResult bad
            = StateDatabase::openWithMigrations(path, u"mig"_s, {good, migration(2, badScript)});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Storage);
        QVERIFY2(bad.error().message.contains(u"version 2"_s), qPrintable(bad.error().message));
        QVERIFY(bad.error().detail.contains(u"002_test"_s));
        QVERIFY(!QSqlDatabase::contains(u"mig"_s));

        const DbResult after = StateDatabase::openWithMigrations(path, u"mig"_s, {good});
        CB_VERIFY_OK(after);
        QCOMPARE(after.value()->schemaVersion().valueOr(-1), 1);
        QCOMPARE(scalar(*after.value(), u"SELECT group_concat(id) FROM t"_s).toString(), u"1"_s);
        QCOMPARE(scalar(*after.value(), u"SELECT count(*) FROM sqlite_schema WHERE name = 'u'"_s)
                     .toInt(),
                 0);
    }

    // Each migration commits on its own: a failure keeps the steps before it.
    void migrationsBeforeAFailureStayApplied()
    {
        const QString path = freshPath();
        const QList<Migration> list {migration(1, u"CREATE TABLE a (x);"_s),
                                     migration(2, u"CREATE TABLE b (x);"_s),
                                     migration(3, u"CREATE TABLE c (x); CREATE TABLE a (y);"_s)};
        QVERIFY(!StateDatabase::openWithMigrations(path, u"steps"_s, list).ok());
        const DbResult after = StateDatabase::openWithMigrations(path, u"steps"_s, list.mid(0, 2));
        CB_VERIFY_OK(after);
        QCOMPARE(after.value()->schemaVersion().valueOr(-1), 2);
        QCOMPARE(
            scalar(*after.value(), u"SELECT count(*) FROM sqlite_schema WHERE name IN ('b', 'c')"_s)
                .toInt(),
            1);
    }

    void inconsistentMigrationListIsRefused()
    {
        const QString path = freshPath();
        const DbResult opened = StateDatabase::openWithMigrations(
            path, u"gap"_s, {migration(1, u"SELECT 1;"_s), migration(3, u"SELECT 1;"_s)});
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Internal);
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestStateDatabase)
#include "tst_statedatabase.moc"
