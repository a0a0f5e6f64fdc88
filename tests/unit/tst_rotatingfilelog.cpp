// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logging.h"
#include "log/rotatingfilelog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRotatingFileLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndRotates()
    {
        QTemporaryDir dir;
        RotatingFileLog log({dir.path(), u"t"_s, 1000, 3});
        QVERIFY(log.isOpen());
        const QString line = QString(99, u'x'); // 100 bytes with the newline
        for (int i = 0; i < 35; ++i) {
            log.write(line);
        }
        QVERIFY(QFile::exists(dir.filePath(u"t.log"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"t.log.1"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"t.log.3"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"t.log.4"_s))); // only keptFiles old files
        QVERIFY(QFileInfo(dir.filePath(u"t.log"_s)).size() <= 1000);
        QVERIFY(QFileInfo(dir.filePath(u"t.log.1"_s)).size() <= 1000);
    }

    void fileIsPrivate()
    {
        QTemporaryDir dir;
        RotatingFileLog log({dir.path()});
        log.write(u"hello"_s);
        const auto perms = QFileInfo(log.filePath()).permissions();
        QVERIFY(!(perms & QFileDevice::ReadOther));
        QVERIFY(!(perms & QFileDevice::ReadGroup));
    }

    void installedHandlerWritesRedactedLines()
    {
        QTemporaryDir dir;
        RotatingFileLog log({dir.path()});
        RotatingFileLog::install(&log);
        qCWarning(lcHttp) << "sending"
                          << "X-MailerLite-ApiKey: key-that-must-not-leak";
        qCInfo(lcSync) << "run 7 finished";
        RotatingFileLog::uninstall();
        const QByteArray content = readAll(log.filePath());
        QVERIFY(content.contains("cb.http"));
        QVERIFY(content.contains("warning"));
        QVERIFY(content.contains("run 7 finished"));
        QVERIFY(!content.contains("key-that-must-not-leak"));
    }

    void unwritableDirectoryDegradesGracefully()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"file"_s);
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        // A directory path below a regular file can never be created.
        RotatingFileLog log({blocker + u"/logs"_s});
        QVERIFY(!log.isOpen());
        log.write(u"goes nowhere, and does not crash"_s);
    }
};

QTEST_GUILESS_MAIN(TestRotatingFileLog)
#include "tst_rotatingfilelog.moc"
