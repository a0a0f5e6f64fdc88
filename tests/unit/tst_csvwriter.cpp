// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A device that accepts only the first `capacity` bytes, like a disk that fills up.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        if (m_used >= m_capacity) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        const qint64 taken = qMin(length, m_capacity - m_used);
        m_used += taken;
        return taken;
    }

private:
    qint64 m_capacity;
    qint64 m_used = 0;
};

} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << u"alice"_s << u"alice"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"line1\nline2"_s << u"\"line1\nline2\""_s;
        QTest::newRow("crlf inside") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("plus") << u"+49 30 1234"_s << u"'+49 30 1234"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=cmd"_s << u"'\t=cmd"_s;
        QTest::newRow("carriage return") << u"\r=cmd"_s << u"\"'\r=cmd\""_s;
        QTest::newRow("formula with comma") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                            << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("equals later is fine") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("unicode") << u"Zoë 北京 🙂"_s << u"Zoë 北京 🙂"_s;
    }

    void encodesCells()
    {
        QFETCH(QString, cell);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encodeCell(cell), encoded);
    }

    void neutralisingCanBeTurnedOff()
    {
        QCOMPARE(CsvWriter::encodeCell(u"=1+1"_s, false), u"=1+1"_s);
        CsvWriter writer(CsvWriter::Options {false, false});
        writer.addRow({u"-5"_s});
        QCOMPARE(writer.toBytes(), "-5\r\n"_ba);
    }

    void buildsDocumentWithCrlfRows()
    {
        CsvWriter writer;
        writer.addRow({u"id"_s, u"message"_s});
        writer.addRow({u"c1"_s, u"bad, \"very\" bad"_s});
        writer.addRow({u"c2"_s, QString()});
        QCOMPARE(writer.rowCount(), 3);
        QCOMPARE(writer.toBytes(), "id,message\r\nc1,\"bad, \"\"very\"\" bad\"\r\nc2,\r\n"_ba);
    }

    void writesUtf8WithOptionalBom()
    {
        CsvWriter plain;
        plain.addRow({u"Ärger"_s});
        QCOMPARE(plain.toBytes(), "\xC3\x84rger\r\n"_ba);

        CsvWriter withBom(CsvWriter::Options {true, true});
        withBom.addRow({u"Ärger"_s});
        QCOMPARE(withBom.toBytes(), "\xEF\xBB\xBF\xC3\x84rger\r\n"_ba);
    }

    void savesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"out.csv"_s);
        CsvWriter first;
        first.addRow({u"old"_s});
        QVERIFY(first.save(path).ok());
        QCOMPARE(readAll(path), "old\r\n"_ba);

        CsvWriter second(CsvWriter::Options {true, true});
        second.addRow({u"new"_s, u"@x"_s});
        QVERIFY(second.save(path).ok());
        QCOMPARE(readAll(path), "\xEF\xBB\xBFnew,'@x\r\n"_ba);
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"out.csv"_s});
    }

    void reportsUnwritablePlaces_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing folder") << u"%1/no/such/folder/out.csv"_s;
        QTest::newRow("a folder") << u"%1"_s;
        // procfs refuses new files even for root: a genuinely read-only place.
        QTest::newRow("read-only file system") << u"/proc/cb-export-test.csv"_s;
        QTest::newRow("no name") << QString();
    }

    void reportsUnwritablePlaces()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (path.contains(u"%1"_s)) {
            path = path.arg(dir.path());
        }
        CsvWriter writer;
        writer.addRow({u"x"_s});
        const Status saved = writer.save(path);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Storage);
        QVERIFY2(saved.error().message.startsWith(u"Cannot write the file"_s),
                 qPrintable(saved.error().message));
        QVERIFY(!QFile::exists(path) || QFileInfo(path).isDir());
    }

    void fullDiskLeavesPreviousFileUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"out.csv"_s);
        CsvWriter previous;
        previous.addRow({u"previous"_s});
        QVERIFY(previous.save(path).ok());

        CsvWriter big;
        for (int i = 0; i < 2000; ++i) {
            big.addRow({u"contact-%1"_s.arg(i), u"some longer message text"_s});
        }
        // A file size limit makes the kernel refuse writes past it (EFBIG), as a full disk
        // would (ENOSPC); SIGXFSZ is ignored so the write fails instead of killing the test.
        rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = old;
        limited.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const Status saved = big.save(path);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Storage);
        QCOMPARE(readAll(path), "previous\r\n"_ba);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"out.csv"_s});
    }

    void shortDeviceWriteIsAnError()
    {
        CsvWriter writer;
        writer.addRow({u"0123456789"_s});
        FullDevice device(4);
        QVERIFY(device.open(QIODevice::WriteOnly));
        const Status written = writer.write(device);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Storage);

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writer.write(buffer).ok());
        QCOMPARE(buffer.data(), "0123456789\r\n"_ba);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
