// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// R5: no credential ever reaches a file the app writes or its output. Sentinel credentials go
// through contactbridge-cli (profile, secrets, preview with plan export, sync, history) and,
// in this process, through the sync engine with every diagnostic category on and the rotating
// file log installed, the OAuth code exchange and the failures CSV export. Then every file
// under the test's HOME and XDG folders and every byte of output is scanned for each sentinel
// in raw, base64, URL-encoded and UTF-16 form. The fakes see the secrets; they write no files.
#include "datagenerator.h"
#include "ghl/ghloauth.h"
#include "ghlfixture.h"
#include "log/rotatingfilelog.h"
#include "loopbackfakes.h"
#include "secrets/memorysecretstore.h"
#include "store/failurestore.h"
#include "store/statedatabase.h"
#include "sync/syncengine.h"
#include "util/csvwriter.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr auto Location = "secretScanLocation01";
const QByteArray GhlToken = "SENTINEL-GHL-7f3a91c4e2b84d0f";
const QByteArray MlKey = "SENTINELML5c1d8e2a9b7f40c3aa17";
const QByteArray WrongMlKey = "SENTINELBADML09e4c7a1d3f5b28e";
const QByteArray ClientSecret = "SENTINEL-OAUTH-CS-3e9b1f7a2c6d";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Every form in which a leaked secret could show up in a file or a stream.
QList<QByteArray> formsOf(const QByteArray &secret)
{
    QList<QByteArray> forms
        = {secret, secret.toBase64(),
           secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
           QUrl::toPercentEncoding(QString::fromLatin1(secret)), secret.toHex(),
           // The random tail alone catches a secret cut or masked in half.
           secret.right(16)};
    QByteArray utf16;
    for (const char c : secret) {
        utf16.append(c).append('\0');
    }
    forms.append(utf16);
    return forms;
}

} // namespace

class TestSecretScan final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    SystemClock m_clock;
    std::unique_ptr<Sandbox::FakeGhl> m_ghl;
    std::unique_ptr<Sandbox::FakeMailerLite> m_ml;
    QProcessEnvironment m_env;
    QByteArray m_output; // everything the CLI printed
    QList<QByteArray> m_secrets = {GhlToken, MlKey, WrongMlKey, ClientSecret};

    CliRun cli(const QStringList &args, const QProcessEnvironment &env,
               const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy done(&process, &QProcess::finished);
        process.start(QStringLiteral(CB_CLI_BIN), args);
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        CliRun r;
        const bool finished = done.wait(120'000);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        m_output += r.out + r.err;
        if (finished && process.exitStatus() == QProcess::NormalExit) {
            r.exitCode = process.exitCode();
        }
        return r;
    }

    QStringList adHoc() const
    {
        return {u"--ghl-url"_s,     m_ghl->baseUrl().toString(),
                u"--location-id"_s, QString::fromLatin1(Location),
                u"--ml-url"_s,      m_ml->baseUrl().toString()};
    }

    QString stateDir() const { return m_root.filePath(u"data/ContactBridge"_s); }

    // A description of every place `secret` appears in `bytes`, or an empty string.
    static QString findIn(const QByteArray &bytes, const QByteArray &secret, const QString &where)
    {
        QStringList hits;
        for (const QByteArray &form : formsOf(secret)) {
            const qsizetype at = bytes.indexOf(form);
            if (at >= 0) {
                hits.append(
                    u"%1 at byte %2 of %3"_s.arg(QString::fromLatin1(form)).arg(at).arg(where));
            }
        }
        return hits.join(u"; "_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        for (const char *dir : {"home", "config", "data", "cache", "state", "exports"}) {
            QVERIFY(QDir(m_root.path()).mkpath(QString::fromLatin1(dir)));
        }
        // This process and the CLI both keep everything under the temporary root.
        const QList<std::pair<const char *, QString>> vars
            = {{"HOME", m_root.filePath(u"home"_s)},
               {"XDG_CONFIG_HOME", m_root.filePath(u"config"_s)},
               {"XDG_DATA_HOME", m_root.filePath(u"data"_s)},
               {"XDG_CACHE_HOME", m_root.filePath(u"cache"_s)},
               {"XDG_STATE_HOME", m_root.filePath(u"state"_s)}};
        m_env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : vars) {
            qputenv(name, value.toLocal8Bit());
            m_env.insert(QString::fromLatin1(name), value);
        }
        m_env.remove(u"CONTACTBRIDGE_GHL_TOKEN"_s);
        m_env.remove(u"CONTACTBRIDGE_ML_API_KEY"_s);
        // Every diagnostic the CLI has, so a secret in any debug line would show.
        m_env.insert(u"QT_LOGGING_RULES"_s, u"cb.*=true"_s);
        QCoreApplication::setApplicationName(u"ContactBridge"_s);
        QCoreApplication::setOrganizationName(u"ContactBridge"_s);

        Sandbox::DataGenerator::Options gen;
        gen.contacts = 120;
        gen.seed = 5;
        gen.locationId = QString::fromLatin1(Location);
        const Sandbox::Dataset data = Sandbox::DataGenerator::generate(gen);
        Sandbox::FakeGhl::Options ghlOptions = LoopbackFakes::ghlOptions(
            QString::fromLatin1(Location), QString::fromLatin1(GhlToken));
        ghlOptions.oauthClientId = u"scan-client"_s;
        ghlOptions.oauthClientSecret = QString::fromLatin1(ClientSecret);
        QVERIFY(LoopbackFakes::start(
            data, ghlOptions, LoopbackFakes::mlOptions(QString::fromLatin1(MlKey)), m_ghl, m_ml));
        m_ghl->setTrafficLog({}); // the fake's own file would hold the token, rightly
    }

    void cliProfileSecretsPreviewSyncHistory()
    {
        const CliRun add = cli(QStringList {u"profiles"_s, u"add"_s, u"scan"_s} + adHoc(), m_env);
        QVERIFY2(add.exitCode == 0, add.err.constData());

        // The keychain: required where the suite provides one (./dev test), optional by hand.
        const bool keychainRequired = qEnvironmentVariableIsSet("CB_REQUIRE_SERVICES");
        const CliRun setGhl
            = cli({u"secrets"_s, u"set"_s, u"ghl-token"_s, u"--profile"_s, u"scan"_s}, m_env,
                  GhlToken + '\n');
        const CliRun setMl
            = cli({u"secrets"_s, u"set"_s, u"mailerlite-key"_s, u"--profile"_s, u"scan"_s}, m_env,
                  MlKey + '\n');
        const bool keychain = setGhl.exitCode == 0 && setMl.exitCode == 0;
        if (keychainRequired) {
            QVERIFY2(keychain, setGhl.err.constData());
        } else if (!keychain) {
            // Without a Secret Service the command must say so plainly (exit 3).
            QCOMPARE(setGhl.exitCode, 3);
            QVERIFY2(setGhl.err.contains("CONTACTBRIDGE_GHL_TOKEN"), setGhl.err.constData());
        }
        QProcessEnvironment env = m_env;
        if (!keychain) {
            env.insert(u"CONTACTBRIDGE_GHL_TOKEN"_s, QString::fromLatin1(GhlToken));
            env.insert(u"CONTACTBRIDGE_ML_API_KEY"_s, QString::fromLatin1(MlKey));
        }
        const QStringList profile = {u"--profile"_s, u"scan"_s};
        const QString plan = m_root.filePath(u"exports/plan.json"_s);
        const CliRun preview = cli(
            QStringList {u"sync"_s, u"--dry-run"_s, u"--plan-out"_s, plan, u"--json"_s} + profile,
            env);
        QVERIFY2(preview.exitCode == 0, preview.err.right(2000).constData());
        QVERIFY(QFileInfo(plan).size() > 0);
        const CliRun sync = cli(QStringList {u"sync"_s, u"--json"_s} + profile, env);
        QVERIFY2(sync.exitCode == 0 || sync.exitCode == 1, sync.err.right(2000).constData());
        QVERIFY(m_ml->store().subscriberCount() > 50);
        QCOMPARE(cli(QStringList {u"runs"_s, u"--json"_s} + profile, env).exitCode, 0);
        QCOMPARE(cli(QStringList {u"failures"_s, u"list"_s, u"--json"_s} + profile, env).exitCode,
                 0);

        // A key MailerLite refuses: the error names the service, never the key. A full
        // reconcile, because an incremental run with no changed contact asks MailerLite only
        // every few hours.
        QProcessEnvironment wrong = env;
        wrong.insert(u"CONTACTBRIDGE_ML_API_KEY"_s, QString::fromLatin1(WrongMlKey));
        const CliRun refused = cli(QStringList {u"sync"_s, u"--full"_s} + profile, wrong);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("MailerLite"), refused.err.constData());
    }

    void inProcessLogOAuthAndExport()
    {
        RotatingFileLog log(
            RotatingFileLog::Options {m_root.filePath(u"data/ContactBridge/logs"_s)});
        QVERIFY(log.isOpen());
        RotatingFileLog::install(&log);
        QLoggingCategory::setFilterRules(u"cb.*=true\ncb.sandbox*=false"_s);

        Sync::SyncRequest request;
        request.profile.name = u"engine"_s;
        request.profile.ghlBaseUrl = m_ghl->baseUrl();
        request.profile.locationId = QString::fromLatin1(Location);
        request.profile.mailerLiteBaseUrl = m_ml->baseUrl();
        request.ghlToken = GhlToken;
        request.mailerLiteApiKey = MlKey;
        request.databasePath = m_root.filePath(u"data/ContactBridge/engine.sqlite"_s);
        request.fullReconcile = true;
        {
            Sync::SyncEngine engine(m_clock);
            QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
            engine.start(request);
            QVERIFY(finished.wait(60'000));
        }
        // The same run with a refused key, so the error paths log too.
        request.mailerLiteApiKey = WrongMlKey;
        {
            Sync::SyncEngine engine(m_clock);
            QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
            engine.start(request);
            QVERIFY(finished.wait(60'000));
        }

        // OAuth: the client secret goes out in the token request; the tokens come back.
        Secrets::MemorySecretStore store;
        Api::GhlOAuth::Config config;
        config.profile = u"oauth"_s;
        config.baseUrl = m_ghl->baseUrl();
        config.clientId = u"scan-client"_s;
        config.clientSecret = QString::fromLatin1(ClientSecret);
        config.scopes = Sandbox::FakeGhl::allScopes();
        Api::GhlOAuth oauth(config, store, m_clock);
        const QString code = m_ghl->issueAuthorizationCode(Sandbox::FakeGhl::allScopes());
        const Status signedIn = GhlFixture::await<std::monostate>(
            [&](auto done) { oauth.exchangeCode(code, this, done); });
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().detail));
        QVERIFY(!oauth.accessToken().isEmpty());
        m_secrets.append(oauth.accessToken());
        // A code used twice is refused: that error path must not print the secret either.
        const Status again = GhlFixture::await<std::monostate>(
            [&](auto done) { oauth.exchangeCode(code, this, done); });
        QVERIFY(!again.ok());

        // The failures export, as the Failures page writes it.
        QList<Store::FailureRecord> failures;
        {
            auto db = Store::StateDatabase::open(request.databasePath, u"scan"_s);
            QVERIFY(db.ok());
            auto list = Store::FailureStore(*db.value(), m_clock).list(u"engine"_s);
            QVERIFY(list.ok());
            failures = list.value();
        }
        QVERIFY(!failures.isEmpty());
        CsvWriter csv(CsvWriter::Options {true, true});
        for (const Store::FailureRecord &f : std::as_const(failures)) {
            csv.addRow({f.contactId, f.email, f.errorKind, QString::number(f.httpStatus),
                        f.serverMessage, f.payload, QString::number(f.attempts)});
        }
        QVERIFY(csv.save(m_root.filePath(u"exports/failures.csv"_s)).ok());

        QLoggingCategory::setFilterRules({});
        RotatingFileLog::uninstall();
        QVERIFY(QFileInfo(log.filePath()).size() > 1000); // the debug lines did arrive
    }

    void scannerFindsAPlantedSecret()
    {
        // The scan below must be able to fail: each encoded form is found inside other bytes.
        for (const QByteArray &form : formsOf(ClientSecret)) {
            QVERIFY(!findIn("prefix " + form + " suffix", ClientSecret, u"planted"_s).isEmpty());
        }
        QVERIFY(findIn("nothing to see", ClientSecret, u"clean"_s).isEmpty());
    }

    void nothingAnywhereHoldsASecret()
    {
        QStringList leaks;
        int files = 0;
        qint64 bytes = 0;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = file.readAll();
            ++files;
            qInfo("scanning %s", qPrintable(QDir(m_root.path()).relativeFilePath(path)));
            bytes += content.size();
            for (const QByteArray &secret : std::as_const(m_secrets)) {
                const QString hit = findIn(content, secret, path);
                if (!hit.isEmpty()) {
                    leaks.append(hit);
                }
            }
        }
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            const QString hit = findIn(m_output, secret, u"the CLI's stdout/stderr"_s);
            if (!hit.isEmpty()) {
                leaks.append(hit);
            }
        }
        qInfo("scanned %d files (%lld bytes) and %lld bytes of output for %lld secrets", files,
              bytes, qint64(m_output.size()), qint64(m_secrets.size()));
        // What must have been scanned: profile, state database, plan, log, export.
        QVERIFY(files >= 5);
        QVERIFY(m_output.size() > 1000);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
