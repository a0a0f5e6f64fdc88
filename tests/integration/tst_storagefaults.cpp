// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// R7: storage faults. contactbridge-cli against both fakes with a damaged state file (garbage,
// truncated), an unwritable state folder and a full disk (RLIMIT_FSIZE in the child, SIGXFSZ
// ignored, so writes fail with EFBIG as on a full file system); in this process the plan and
// CSV exports and the file log under the same limit. Each ends in a clear error, no crash, and
// the previous state byte for byte. Tests may run as root, where chmod stops nothing: the
// unwritable folder is then a regular file standing where the folder should be.
#include "datagenerator.h"
#include "log/rotatingfilelog.h"
#include "loopbackfakes.h"
#include "sync/plan.h"
#include "util/csvwriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr auto Token = "pit-99999999-2222-3333-4444-555555555555";
constexpr auto MlKey = "storage-faults-key";
constexpr auto Location = "storageLocation00001";

struct CliRun
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// Limits the size of every file this process writes until destroyed (soft limit only, so it
// can be lifted again).
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        m_active = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    [[nodiscard]] bool isActive() const { return m_active; }

private:
    rlimit m_saved {};
    bool m_active = false;
};

} // namespace

class TestStorageFaults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::FakeGhl> m_ghl;
    std::unique_ptr<Sandbox::FakeMailerLite> m_ml;
    QProcessEnvironment m_env;

    CliRun cli(const QStringList &args, qint64 fileSizeLimit = -1)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        if (fileSizeLimit >= 0) {
            process.setChildProcessModifier([fileSizeLimit] {
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit {rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
                ::setrlimit(RLIMIT_FSIZE, &limit);
            });
        }
        QSignalSpy done(&process, &QProcess::finished);
        process.start(QStringLiteral(CB_CLI_BIN), args);
        CliRun r;
        const bool finished = done.wait(120'000);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        if (finished && process.exitStatus() == QProcess::NormalExit) {
            r.exitCode = process.exitCode();
        }
        return r;
    }

    CliRun sync(const QString &stateDir, const QStringList &extra = {}, qint64 limit = -1)
    {
        return cli(QStringList {u"sync"_s, u"--json"_s, u"--ghl-url"_s, m_ghl->baseUrl().toString(),
                                u"--location-id"_s, QString::fromLatin1(Location), u"--ml-url"_s,
                                m_ml->baseUrl().toString(), u"--state-dir"_s, stateDir}
                       + extra,
                   limit);
    }

    qint64 mlWrites() const
    {
        Sandbox::HttpRequest r;
        r.method = "GET";
        r.path = u"/_sandbox/stats"_s;
        return QJsonDocument::fromJson(m_ml->dispatch(r).body)
            .object()
            .value("writes"_L1)
            .toInteger();
    }

    // A state folder after one good sync; its database path.
    QString syncedState(const QString &name)
    {
        const QString dir = m_dir.filePath(name);
        const CliRun first = sync(dir);
        if (first.exitCode != 0 && first.exitCode != 1) {
            qWarning().noquote() << first.err.right(2000);
            return {};
        }
        return dir + u"/state.db"_s;
    }

    // A failed CLI run: an exit code saying so, no crash, a sentence on stderr.
    static void verifyCleanFailure(const CliRun &r, const QByteArray &expectedText)
    {
        QVERIFY2(r.exitCode == 1 || r.exitCode == 3,
                 qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        QVERIFY2(r.err.contains(expectedText), r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ::signal(SIGXFSZ, SIG_IGN); // the in-process limits turn into EFBIG, not a signal
        Sandbox::DataGenerator::Options gen;
        gen.contacts = 150;
        gen.seed = 9;
        gen.locationId = QString::fromLatin1(Location);
        const Sandbox::Dataset data = Sandbox::DataGenerator::generate(gen);
        QVERIFY(LoopbackFakes::start(
            data,
            LoopbackFakes::ghlOptions(QString::fromLatin1(Location), QString::fromLatin1(Token)),
            LoopbackFakes::mlOptions(QString::fromLatin1(MlKey)), m_ghl, m_ml));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        m_env.insert(u"CONTACTBRIDGE_GHL_TOKEN"_s, QString::fromLatin1(Token));
        m_env.insert(u"CONTACTBRIDGE_ML_API_KEY"_s, QString::fromLatin1(MlKey));
        // A good first run so MailerLite holds everything: later runs would write nothing.
        QVERIFY(!syncedState(u"baseline"_s).isEmpty());
    }

    void garbageDatabaseIsRefusedAndKept()
    {
        const QString dir = m_dir.filePath(u"garbage"_s);
        QVERIFY(QDir().mkpath(dir));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i) {
            garbage.append(char((i * 7919 + 13) % 251));
        }
        QVERIFY(writeAll(dir + u"/state.db"_s, garbage));
        const qint64 writes = mlWrites();
        const CliRun r = sync(dir);
        verifyCleanFailure(r, "damaged");
        QCOMPARE(readAll(dir + u"/state.db"_s), garbage);
        QCOMPARE(mlWrites(), writes);
        // The history commands say the same, and leave it alone too.
        const CliRun runs = cli({u"runs"_s, u"--state-dir"_s, dir});
        verifyCleanFailure(runs, "damaged");
        QCOMPARE(readAll(dir + u"/state.db"_s), garbage);
    }

    void truncatedDatabaseIsRefusedAndKept()
    {
        const QString db = syncedState(u"truncated"_s);
        QVERIFY(!db.isEmpty());
        QVERIFY(!QFileInfo::exists(db + u"-wal"_s) || QFileInfo(db + u"-wal"_s).size() == 0);
        const QByteArray full = readAll(db);
        QVERIFY(full.size() > 3 * 4096);
        const QByteArray half = full.left(full.size() / 2);
        QVERIFY(writeAll(db, half));
        const qint64 writes = mlWrites();
        const CliRun r = sync(QFileInfo(db).absolutePath());
        verifyCleanFailure(r, "damaged");
        QCOMPARE(readAll(db), half);
        QCOMPARE(mlWrites(), writes);
    }

    void unwritableStateFolder()
    {
        // A regular file where the state folder should be: no user, root included, can
        // create the folder.
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QVERIFY(writeAll(blocker, "not a folder\n"));
        const CliRun r = sync(blocker + u"/state"_s);
        verifyCleanFailure(r, "folder");
        QCOMPARE(readAll(blocker), QByteArray("not a folder\n"));
        // A folder where the state file should be.
        const QString dir = m_dir.filePath(u"folder-as-file"_s);
        QVERIFY(QDir().mkpath(dir + u"/state.db"_s));
        verifyCleanFailure(sync(dir), "folder");
        QVERIFY(QFileInfo(dir + u"/state.db"_s).isDir());
        if (::geteuid() == 0) {
            return; // permission bits do not bind root; the two cases above did
        }
        const QString db = syncedState(u"readonly"_s);
        QVERIFY(!db.isEmpty());
        const QByteArray before = readAll(db);
        const QString folder = QFileInfo(db).absolutePath();
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner));
        const CliRun denied = sync(folder);
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        verifyCleanFailure(denied, "cannot be written");
        QCOMPARE(readAll(db), before);
    }

    void diskFullDuringASync()
    {
        const QString db = syncedState(u"diskfull"_s);
        QVERIFY(!db.isEmpty());
        const QByteArray before = readAll(db);
        const QString folder = QFileInfo(db).absolutePath();
        // Changes, so this run has something to record.
        Sandbox::HttpRequest mutate;
        mutate.method = "POST";
        mutate.path = u"/_sandbox/mutate"_s;
        mutate.body = R"({"random_updates": 60, "seed": 4})";
        QVERIFY(m_ghl->dispatch(mutate).status == 200);
        // Nothing may grow: the journal cannot even start.
        const CliRun full = sync(folder, {}, 0);
        verifyCleanFailure(full, "the disk may be full");
        QCOMPARE(readAll(db), before);
        // Room for a few pages: the run fails part-way through writing its records.
        const CliRun partial = sync(folder, {}, 40 * 1024);
        QVERIFY2(partial.exitCode != -1, partial.err.right(2000).constData());
        QVERIFY2(partial.exitCode == 0 || partial.err.contains("the disk may be full"),
                 partial.err.right(2000).constData());
        // What was saved before the failures is all there, in a file SQLite calls sound.
        const CliRun history = cli({u"runs"_s, u"--json"_s, u"--state-dir"_s, folder});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray runs
            = QJsonDocument::fromJson(history.out.trimmed()).object().value("runs"_L1).toArray();
        QVERIFY(!runs.isEmpty());
        const QJsonObject first = runs.last().toObject(); // newest first
        QCOMPARE(first.value("outcome"_L1).toString(), u"succeeded"_s);
        QVERIFY(first.value("unchanged"_L1).toInt() + first.value("created"_L1).toInt() > 50);
        // With space again, the next run finishes the job: nothing committed was lost and
        // nothing is done twice.
        const CliRun after = sync(folder);
        QVERIFY2(after.exitCode == 0 || after.exitCode == 1, after.err.right(2000).constData());
        const CliRun again = sync(folder);
        QCOMPARE(again.exitCode == 0 || again.exitCode == 1, true);
        // Nothing the failed runs pushed is pushed again as an update. (A contact the validator
        // rejected in one run can be created by the next even without any fault: that is the
        // planner's behaviour, not storage, so a third run is the convergence check.)
        QCOMPARE(QJsonDocument::fromJson(again.out.trimmed()).object().value("updated"_L1).toInt(),
                 0);
        const CliRun settled = sync(folder);
        const QJsonObject json = QJsonDocument::fromJson(settled.out.trimmed()).object();
        QCOMPARE(json.value("created"_L1).toInt() + json.value("updated"_L1).toInt(), 0);
        // And MailerLite holds each address once.
        Sandbox::HttpRequest state;
        state.method = "GET";
        state.path = u"/_sandbox/state"_s;
        const QJsonArray subscribers = QJsonDocument::fromJson(m_ml->dispatch(state).body)
                                           .object()
                                           .value("subscribers"_L1)
                                           .toArray();
        QSet<QString> emails;
        for (const QJsonValue &v : subscribers) {
            emails.insert(v[u"email"_s].toString().toLower());
        }
        QCOMPARE(qsizetype(emails.size()), subscribers.size());
    }

    void diskFullWhileExporting()
    {
        // The plan: a previous export stays whole when the new one does not fit.
        Sync::Plan big;
        for (int i = 0; i < 400; ++i) {
            Sync::PlanItem item;
            item.action = Sync::PlanItem::Action::Create;
            item.contactId = u"c%1"_s.arg(i);
            item.email = u"person%1@example.com"_s.arg(i);
            item.after.insert(u"company"_s, QString(100, u'x'));
            big.items.append(item);
        }
        Sync::Plan small;
        small.items.append(big.items.first());
        const QString planPath = m_dir.filePath(u"plan.json"_s);
        QVERIFY(small.save(planPath).ok());
        const QByteArray oldPlan = readAll(planPath);
        const QString csvPath = m_dir.filePath(u"failures.csv"_s);
        CsvWriter oldCsv;
        oldCsv.addRow({u"contact"_s, u"email"_s});
        QVERIFY(oldCsv.save(csvPath).ok());
        const QByteArray oldCsvBytes = readAll(csvPath);
        CsvWriter bigCsv;
        for (int i = 0; i < 2000; ++i) {
            bigCsv.addRow({u"c%1"_s.arg(i), u"person%1@example.com"_s.arg(i)});
        }
        {
            FileSizeLimit limit(4096);
            QVERIFY(limit.isActive());
            const Status plan = big.save(planPath);
            QVERIFY(!plan.ok());
            QVERIFY(!plan.error().message.isEmpty());
            const Status csv = bigCsv.save(csvPath);
            QVERIFY(!csv.ok());
            QVERIFY(!csv.error().message.isEmpty());
        }
        QCOMPARE(readAll(planPath), oldPlan);
        QCOMPARE(readAll(csvPath), oldCsvBytes);
        // No half-written temporary files are left next to them.
        const QStringList left
            = QDir(m_dir.path())
                  .entryList({u"plan.json*"_s, u"failures.csv*"_s}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList({u"failures.csv"_s, u"plan.json"_s}));
    }

    void diskFullWhileLogging()
    {
        RotatingFileLog log(RotatingFileLog::Options {m_dir.filePath(u"logs"_s)});
        QVERIFY(log.isOpen());
        for (int i = 0; i < 20; ++i) {
            log.write(u"line %1 before the disk filled up"_s.arg(i));
        }
        const QByteArray before = readAll(log.filePath());
        QVERIFY(before.contains("line 19"));
        {
            FileSizeLimit limit(rlim_t(before.size() + 100));
            QVERIFY(limit.isActive());
            for (int i = 0; i < 200; ++i) {
                log.write(u"line %1 while full %2"_s.arg(i).arg(QString(80, u'z')));
            }
        }
        const QByteArray after = readAll(log.filePath());
        QVERIFY(after.startsWith(before)); // what was logged stays
        QVERIFY(after.size() <= before.size() + 100);
        // Every line in the file is whole: a line that did not fit is not left half written.
        QVERIFY(after.endsWith('\n'));
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
