// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migration.h"
#include "store/sqlscript.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Store::Migration;

class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The list shipped in the resources is found at run time and numbered 1..N.
    void bundledMigrationsAreContiguous()
    {
        const auto migrations = Store::loadMigrations(Store::bundledMigrationDirectory());
        QVERIFY2(migrations.ok(),
                 qPrintable(migrations.ok() ? QString() : migrations.error().toLogString()));
        QVERIFY(!migrations.value().isEmpty());
        for (qsizetype i = 0; i < migrations.value().size(); ++i) {
            QCOMPARE(migrations.value().at(i).version, static_cast<int>(i) + 1);
            QVERIFY(!migrations.value().at(i).sql.trimmed().isEmpty());
        }
        QCOMPARE(migrations.value().first().name, u"001_initial"_s);
    }

    // Every file in resources/sql is embedded, byte for byte: a migration added to the folder
    // but not to the CMake resource list fails here.
    void bundledMigrationsMatchTheSourceTree()
    {
        const QDir source(TestSupport::sourceDir() + u"/resources/sql"_s);
        QVERIFY2(source.exists(), qPrintable(source.path()));
        const QStringList files = source.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        const QDir bundled(Store::bundledMigrationDirectory());
        QCOMPARE(bundled.entryList(QDir::Files, QDir::Name), files);
        for (const QString &file : files) {
            QFile a(source.filePath(file));
            QFile b(bundled.filePath(file));
            QVERIFY(a.open(QIODevice::ReadOnly));
            QVERIFY(b.open(QIODevice::ReadOnly));
            QCOMPARE(b.readAll(), a.readAll());
        }
    }

    void validate_data()
    {
        QTest::addColumn<QList<int>>("versions");
        QTest::addColumn<bool>("valid");
        QTest::newRow("none") << QList<int> {} << true;
        QTest::newRow("1..3") << QList<int> {1, 2, 3} << true;
        QTest::newRow("gap") << QList<int> {1, 3} << false;
        QTest::newRow("duplicate") << QList<int> {1, 1, 2} << false;
        QTest::newRow("starts at 2") << QList<int> {2, 3} << false;
        QTest::newRow("out of order") << QList<int> {2, 1} << false;
        QTest::newRow("zero") << QList<int> {0, 1} << false;
    }

    void validate()
    {
        QFETCH(QList<int>, versions);
        QFETCH(bool, valid);
        QList<Migration> migrations;
        for (int v : versions) {
            migrations.append(Migration {v, u"%1_m"_s.arg(v), u"SELECT 1;"_s});
        }
        const Status status = Store::validateMigrations(migrations);
        QCOMPARE(status.ok(), valid);
        if (!valid) {
            QCOMPARE(status.error().kind, Error::Kind::Internal);
            QVERIFY(!status.error().detail.isEmpty());
        }
    }

    void emptyScriptIsRejected()
    {
        QVERIFY(!Store::validateMigrations({Migration {1, u"001_a"_s, u" \n"_s}}).ok());
    }

    void loadFromFolder_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("expectedNames");
        QTest::newRow("sorted by number")
            << QStringList {u"002_b.sql"_s, u"010_j.sql"_s, u"001_a.sql"_s, u"003_c.sql"_s,
                            u"004_d.sql"_s, u"005_e.sql"_s, u"006_f.sql"_s, u"007_g.sql"_s,
                            u"008_h.sql"_s, u"009_i.sql"_s}
            << QStringList {u"001_a"_s, u"002_b"_s, u"003_c"_s, u"004_d"_s, u"005_e"_s,
                            u"006_f"_s, u"007_g"_s, u"008_h"_s, u"009_i"_s, u"010_j"_s};
        QTest::newRow("gap") << QStringList {u"001_a.sql"_s, u"003_c.sql"_s} << QStringList {};
        QTest::newRow("duplicate number")
            << QStringList {u"001_a.sql"_s, u"001_b.sql"_s} << QStringList {};
        QTest::newRow("short number") << QStringList {u"1_a.sql"_s} << QStringList {};
        QTest::newRow("stray file")
            << QStringList {u"001_a.sql"_s, u"notes.txt"_s} << QStringList {};
        QTest::newRow("upper case name") << QStringList {u"001_Initial.sql"_s} << QStringList {};
    }

    void loadFromFolder()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, expectedNames);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("CREATE TABLE " + name.left(3).toUtf8() + "x (a);\n");
        }
        const auto loaded = Store::loadMigrations(dir.path());
        QCOMPARE(loaded.ok(), !expectedNames.isEmpty());
        if (loaded.ok()) {
            QStringList names;
            for (const Migration &m : loaded.value()) {
                names.append(m.name);
            }
            QCOMPARE(names, expectedNames);
            QCOMPARE(loaded.value().last().version, 10);
        } else {
            QCOMPARE(loaded.error().kind, Error::Kind::Internal);
        }
    }

    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two") << u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s
                             << QStringList {u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s};
        QTest::newRow("no final semicolon")
            << u"SELECT 1; SELECT 2"_s << QStringList {u"SELECT 1"_s, u"SELECT 2"_s};
        QTest::newRow("semicolon in string")
            << u"INSERT INTO a VALUES ('x;y'); SELECT 1;"_s
            << QStringList {u"INSERT INTO a VALUES ('x;y')"_s, u"SELECT 1"_s};
        QTest::newRow("doubled quote") << u"INSERT INTO a VALUES ('it''s; ok');"_s
                                       << QStringList {u"INSERT INTO a VALUES ('it''s; ok')"_s};
        QTest::newRow("quoted identifiers")
            << u"CREATE TABLE \"a;b\" ([c;d], `e;f`);"_s
            << QStringList {u"CREATE TABLE \"a;b\" ([c;d], `e;f`)"_s};
        QTest::newRow("comments") << u"-- one; two\nSELECT 1; /* three; */ SELECT 2; -- end"_s
                                  << QStringList {u"SELECT 1"_s, u"SELECT 2"_s};
        QTest::newRow("comment marker in string")
            << u"SELECT '--;/*';"_s << QStringList {u"SELECT '--;/*'"_s};
        QTest::newRow("trigger body")
            << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; SELECT 2; END; SELECT 3;"_s
            << QStringList {u"CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; SELECT 2; END"_s,
                            u"SELECT 3"_s};
        QTest::newRow("temp trigger, lower case")
            << u"create temp trigger t before delete on a begin select raise(abort, 'no'); end;"_s
            << QStringList {u"create temp trigger t before delete on a begin select "
                            "raise(abort, 'no'); end"_s};
        QTest::newRow("only separators") << u" ;;\n ; -- nothing\n"_s << QStringList {};
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        const auto split = Store::splitSqlScript(script);
        QVERIFY(split.ok());
        QCOMPARE(split.value(), statements);
    }

    void splitRejectsUnterminated_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("string") << u"SELECT 'abc;"_s;
        QTest::newRow("identifier") << u"SELECT \"abc;"_s;
        QTest::newRow("block comment") << u"SELECT 1; /* never closed"_s;
    }

    void splitRejectsUnterminated()
    {
        QFETCH(QString, script);
        const auto split = Store::splitSqlScript(script);
        QVERIFY(!split.ok());
        QCOMPARE(split.error().kind, Error::Kind::Internal);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
