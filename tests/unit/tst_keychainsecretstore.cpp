// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against the real Secret Service (./dev test starts a private, unlocked gnome-keyring).
// Without one it fails under CB_REQUIRE_SERVICES=1 and skips otherwise. The same binary, started
// with CB_TST_KEYCHAIN_CHILD=1, is the child process of the "no keychain at all" tests.
#include "secrets/keychainsecretstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Secrets::KeychainSecretStore;
using Secrets::SecretResult;
using Secrets::SecretStore;
using Status = SecretResult::Status;
using Operation = KeychainSecretStore::Operation;

namespace {

constexpr auto ChildVariable = "CB_TST_KEYCHAIN_CHILD";

// Every log line of the test run, so the last test can prove no secret was ever logged.
QStringList s_messages;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_messages.append(message);
    s_previousHandler(type, context, message);
}

// Collects callback results and waits for them without fixed sleeps.
class Recorder : public QObject
{
public:
    Secrets::SecretCallback callback()
    {
        return [this](const SecretResult &r) {
            results.append(r);
        };
    }
    std::optional<SecretResult> next()
    {
        const qsizetype wanted = m_taken + 1;
        if (!QTest::qWaitFor([&] { return results.size() >= wanted; }, 30000)) {
            return std::nullopt;
        }
        return results.at(m_taken++);
    }

    QList<SecretResult> results;

private:
    qsizetype m_taken = 0;
};

std::unique_ptr<QSettings> indexAt(const QString &file)
{
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

struct ToolOutput
{
    int exitCode = -1;
    QByteArray out;
};

ToolOutput secretTool(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.start(u"secret-tool"_s, arguments);
    if (!p.waitForStarted(10000)) {
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
}

// The child: one write with no reachable keychain, then it prints what came back.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString configDir = qEnvironmentVariable("XDG_CONFIG_HOME");
    KeychainSecretStore store(indexAt(configDir + u"/secret-index.ini"_s),
                              qEnvironmentVariable("CB_TST_SERVICE"));
    store.setRetryDelay(50ms);
    int exitCode = 2;
    QObject context;
    store.write(u"ghl/child/token"_s, qEnvironmentVariable("CB_TST_SENTINEL"), &context,
                [&](const SecretResult &r) {
                    QTextStream(stdout) << "status=" << SecretResult::statusName(r.status)
                                        << " kind=" << Error::kindName(r.error.kind)
                                        << " indexed=" << store.knownKeys().size()
                                        << " detail=" << r.error.detail << Qt::endl;
                    exitCode = 0;
                    app.quit();
                });
    app.exec();
    return exitCode;
}

} // namespace

// Fails the calling test slot when the keychain is unusable; only when there is no Secret
// Service at all and a developer runs the binary by hand (not ./dev test) does it skip.
#define REQUIRE_SECRET_SERVICE() \
    do { \
        if (!m_problem.isEmpty()) { \
            if (m_problemIsFatal) { \
                QFAIL(qPrintable(m_problem)); \
            } \
            QSKIP(qPrintable(m_problem)); \
        } \
    } while (false)

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_problem; // why the real keychain cannot be tested; empty when it can
    bool m_problemIsFatal = false;
    QStringList m_values; // every secret written, for the log check

    std::unique_ptr<KeychainSecretStore> makeStore(const QString &indexFile)
    {
        auto store = std::make_unique<KeychainSecretStore>(indexAt(indexFile), m_service);
        store->setRetryDelay(100ms);
        return store;
    }
    std::optional<SecretResult> write(SecretStore &store, const QString &key, const QString &value)
    {
        m_values.append(value);
        Recorder r;
        store.write(key, value, &r, r.callback());
        return r.next();
    }
    std::optional<SecretResult> read(SecretStore &store, const QString &key)
    {
        Recorder r;
        store.read(key, &r, r.callback());
        return r.next();
    }
    std::optional<SecretResult> remove(SecretStore &store, const QString &key)
    {
        Recorder r;
        store.remove(key, &r, r.callback());
        return r.next();
    }
    // What the Secret Service itself holds for the key, bypassing QtKeychain.
    std::optional<QString> lookup(const QString &key)
    {
        const ToolOutput o = secretTool(
            {u"lookup"_s, u"server"_s, m_service, u"user"_s, key, u"type"_s, u"plaintext"_s});
        if (o.exitCode != 0) {
            return std::nullopt;
        }
        return QString::fromUtf8(o.out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        s_previousHandler = qInstallMessageHandler(captureMessage);
        QVERIFY(m_dir.isValid());
        // Unique per run, so parallel or aborted runs never see each other's entries.
        m_service = u"cb-test-%1-%2"_s.arg(QCoreApplication::applicationPid())
                        .arg(QString::number(QRandomGenerator::global()->generate(), 16));
        m_store = makeStore(m_dir.filePath(u"index.ini"_s));
        auto probe = write(*m_store, u"probe/probe/probe"_s, u"probe value"_s);
        QVERIFY(probe);
        if (probe->status == Status::Unavailable) {
            m_problemIsFatal = TestSupport::servicesRequired();
            m_problem = (m_problemIsFatal ? u"No Secret Service, although CB_REQUIRE_SERVICES=1: "_s
                                          : u"No Secret Service (run through ./dev test): "_s)
                + probe->error.detail;
        } else if (probe->status != Status::Written) {
            m_problemIsFatal = true;
            m_problem = u"The keychain probe write gave "_s
                + QString::fromLatin1(SecretResult::statusName(probe->status)) + u": "_s
                + probe->error.toLogString();
        } else {
            QVERIFY(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty());
            QCOMPARE(remove(*m_store, u"probe/probe/probe"_s)->status, Status::Removed);
        }
    }

    void cleanupTestCase()
    {
        if (m_problem.isEmpty()) {
            Recorder r;
            m_store->removeAll(QString(), &r, r.callback());
            QCOMPARE(r.next()->status, Status::Removed);
            // The index named every entry the tests made: nothing is left behind.
            const ToolOutput left = secretTool({u"search"_s, u"--all"_s, u"server"_s, m_service});
            QCOMPARE(left.exitCode, 0);
            QVERIFY2(left.out.isEmpty(), left.out.constData());
        }
        m_store.reset();
        qInstallMessageHandler(s_previousHandler);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("ascii") << u"pit-0f3a9c2e-77b1-4c1e-9d0a-5e8f6a1b2c3d"_s;
        QTest::newRow("non-ascii") << u"Grüße ✓ 密钥 🔑 ключ"_s;
        QString big;
        for (int i = 0; big.size() < 4096; ++i) {
            big += QString::number(i % 10);
        }
        QTest::newRow("4 KB") << big;
    }

    void roundTrip()
    {
        REQUIRE_SECRET_SERVICE();
        QFETCH(QString, value);
        const QString key = SecretStore::makeKey(
            u"ghl"_s, QString::fromLatin1(QTest::currentDataTag()), u"token"_s);
        auto w = write(*m_store, key, value);
        QVERIFY(w);
        QCOMPARE(w->status, Status::Written);
        auto r = read(*m_store, key);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Found);
        QCOMPARE(r->value, value);
        QCOMPARE(lookup(key), std::optional<QString>(value)); // really in the Secret Service
        QVERIFY(m_store->knownKeys().contains(key));
    }

    void overwriteReplacesValue()
    {
        REQUIRE_SECRET_SERVICE();
        const QString key = u"mailerlite/overwrite/api-key"_s;
        QCOMPARE(write(*m_store, key, u"first value"_s)->status, Status::Written);
        QCOMPARE(write(*m_store, key, u"second value"_s)->status, Status::Written);
        QCOMPARE(read(*m_store, key)->value, u"second value"_s);
        QCOMPARE(lookup(key), std::optional<QString>(u"second value"_s));
    }

    void removeThenReadIsNotFound()
    {
        REQUIRE_SECRET_SERVICE();
        const QString key = u"ghl/remove/token"_s;
        QCOMPARE(read(*m_store, key)->status, Status::NotFound); // never written: not an error
        QCOMPARE(write(*m_store, key, u"to be removed"_s)->status, Status::Written);
        QCOMPARE(remove(*m_store, key)->status, Status::Removed);
        auto r = read(*m_store, key);
        QCOMPARE(r->status, Status::NotFound);
        QVERIFY(r->value.isEmpty());
        QCOMPARE(lookup(key), std::nullopt);
        QVERIFY(!m_store->knownKeys().contains(key));
        auto again = remove(*m_store, key); // removing twice is harmless
        QVERIFY(again->succeeded());
    }

    void readsWhatAnotherClientStored()
    {
        REQUIRE_SECRET_SERVICE();
        const QString key = u"ghl/external/token"_s;
        const QString value = u"stored by secret-tool ✓"_s;
        m_values.append(value);
        const ToolOutput o = secretTool({u"store"_s, u"--label=cb test"_s, u"server"_s, m_service,
                                         u"user"_s, key, u"type"_s, u"plaintext"_s},
                                        value.toUtf8());
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(read(*m_store, key)->value, value);
        QCOMPARE(remove(*m_store, key)->status, Status::Removed);
    }

    void writeGoesOnWhenCallerIsGone()
    {
        REQUIRE_SECRET_SERVICE();
        const QString key = u"ghl/orphan/token"_s;
        int calls = 0;
        auto context = std::make_unique<QObject>();
        m_values.append(u"orphan value"_s);
        m_store->write(key, u"orphan value"_s, context.get(),
                       [&](const SecretResult &) { ++calls; });
        context.reset();
        QTRY_COMPARE_WITH_TIMEOUT(lookup(key), std::optional<QString>(u"orphan value"_s), 30000);
        QCOMPARE(read(*m_store, key)->value, u"orphan value"_s);
        QCOMPARE(calls, 0);
    }

    void removeAllForgetsAProfileAcrossRestarts()
    {
        REQUIRE_SECRET_SERVICE();
        const QString indexFile = m_dir.filePath(u"restart.ini"_s);
        const QString a1 = SecretStore::makeKey(u"ghl"_s, u"alpha"_s, u"token"_s);
        const QString a2 = SecretStore::makeKey(u"mailerlite"_s, u"alpha"_s, u"api-key"_s);
        const QString b1 = SecretStore::makeKey(u"ghl"_s, u"beta"_s, u"token"_s);
        {
            auto first = makeStore(indexFile);
            for (const QString &key : {a1, a2, b1}) {
                QCOMPARE(write(*first, key, u"value of "_s + key)->status, Status::Written);
            }
        }
        QFile index(indexFile);
        QVERIFY(index.open(QIODevice::ReadOnly));
        QVERIFY(!index.readAll().contains("value of"));

        auto second = makeStore(indexFile);
        QCOMPARE(second->knownKeys(), (QStringList {a1, b1, a2})); // sorted
        Recorder r;
        second->removeAll(u"alpha"_s, &r, r.callback());
        QCOMPARE(r.next()->status, Status::Removed);
        QCOMPARE(lookup(a1), std::nullopt);
        QCOMPARE(lookup(a2), std::nullopt);
        QCOMPARE(lookup(b1), std::optional<QString>(u"value of "_s + b1));

        second->removeAll(QString(), &r, r.callback());
        QCOMPARE(r.next()->status, Status::Removed);
        QCOMPARE(lookup(b1), std::nullopt);
        QVERIFY(second->knownKeys().isEmpty());
    }

    void classify_data()
    {
        // Codes are QKeychain::Error: 0 NoError, 1 EntryNotFound, 2 CouldNotDeleteEntry,
        // 3 AccessDeniedByUser, 4 AccessDenied, 5 NoBackendAvailable, 6 NotImplemented,
        // 7 OtherError.
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<int>("code");
        QTest::addColumn<Status>("status");
        QTest::addColumn<bool>("transient");
        QTest::newRow("read ok") << Operation::Read << 0 << Status::Found << false;
        QTest::newRow("write ok") << Operation::Write << 0 << Status::Written << false;
        QTest::newRow("remove ok") << Operation::Remove << 0 << Status::Removed << false;
        QTest::newRow("read missing") << Operation::Read << 1 << Status::NotFound << false;
        QTest::newRow("remove missing") << Operation::Remove << 1 << Status::NotFound << false;
        QTest::newRow("delete failed") << Operation::Remove << 2 << Status::Unavailable << false;
        QTest::newRow("user denied") << Operation::Read << 3 << Status::Denied << false;
        QTest::newRow("locked") << Operation::Write << 4 << Status::Denied << false;
        QTest::newRow("no backend") << Operation::Write << 5 << Status::Unavailable << true;
        QTest::newRow("not implemented") << Operation::Read << 6 << Status::Unavailable << false;
        QTest::newRow("other") << Operation::Read << 7 << Status::Unavailable << true;
    }

    void classify()
    {
        QFETCH(Operation, operation);
        QFETCH(int, code);
        QFETCH(Status, status);
        QFETCH(bool, transient);
        const SecretResult r = KeychainSecretStore::classify(operation, code, u"backend text"_s);
        QCOMPARE(r.status, status);
        QCOMPARE(KeychainSecretStore::isTransient(code), transient);
        QVERIFY(r.value.isEmpty());
        if (!r.succeeded()) {
            QCOMPARE(r.error.kind, Error::Kind::Keychain);
            QCOMPARE(r.error.detail, u"backend text"_s);
            QVERIFY(!r.error.message.isEmpty());
        }
        if (code == 4) {
            QVERIFY(r.error.message.contains(u"locked"_s));
        }
    }

    void noKeychainIsUnavailableAndWritesNothing_data()
    {
        QTest::addColumn<bool>("kde");
        QTest::newRow("no session bus") << false;
        // The KWallet code path is where QtKeychain's plaintext fallback would write a file.
        QTest::newRow("kde session without wallet") << true;
    }

    void noKeychainIsUnavailableAndWritesNothing()
    {
        QFETCH(bool, kde);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        for (const char *sub : {"config", "data", "cache", "run"}) {
            QVERIFY(QDir(root.path()).mkpath(QString::fromLatin1(sub)));
        }
        const QString sentinel = u"SENTINEL-%1"_s.arg(QRandomGenerator::global()->generate64());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"XDG_CURRENT_DESKTOP"_s,
                                    u"KDE_SESSION_VERSION"_s, u"DESKTOP_SESSION"_s}) {
            env.remove(name);
        }
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        env.insert(u"HOME"_s, root.path());
        env.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"run"_s));
        if (kde) {
            env.insert(u"XDG_CURRENT_DESKTOP"_s, u"KDE"_s);
            // KDE 4 makes QtKeychain pick KWallet without probing for it first.
            env.insert(u"KDE_SESSION_VERSION"_s, u"4"_s);
        }
        env.insert(QString::fromLatin1(ChildVariable), u"1"_s);
        env.insert(u"CB_TST_SERVICE"_s, u"cb-child-test"_s);
        env.insert(u"CB_TST_SENTINEL"_s, sentinel);

        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(out.contains(u"status=unavailable kind=keychain indexed=0"_s), qPrintable(out));
        QVERIFY2(err.contains(u"retrying"_s), qPrintable(err)); // the one retry happened
        if (kde) {
            QVERIFY2(out.contains(u"wallet"_s), qPrintable(out)); // the KWallet path was taken
        }
        QVERIFY(!out.contains(sentinel));
        QVERIFY(!err.contains(sentinel)); // not even in the log

        QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(sentinel.toUtf8()), qPrintable(f.fileName()));
            ++files;
        }
        qInfo() << "checked" << files << "file(s) below the child's home";
    }

    // Last on purpose: it checks every log line the tests above produced.
    void logsNeverContainSecrets()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(!m_values.isEmpty());
        const QString joined = s_messages.join(u'\n');
        QVERIFY2(joined.contains(u"ghl/alpha/token"_s), "log capture saw no key names");
        for (const QString &value : std::as_const(m_values)) {
            QVERIFY2(!joined.contains(value), qPrintable(u"logged a secret: "_s + value.left(8)));
        }
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ChildVariable)) {
        return runChild(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
