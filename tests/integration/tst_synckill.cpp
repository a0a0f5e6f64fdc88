// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// contactbridge-cli killed with SIGKILL at random points of a sync, ten times, and restarted:
// the final run must leave MailerLite exactly as the mapping says (every valid, non-DND,
// non-duplicate contact once, with its mapped fields), and the run history must show each
// killed run as interrupted. The fakes run in this process (with added latency, so a run lasts
// long enough to be cut in the middle of its writes); this thread's event loop serves them
// while the child runs.
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "ghl/contact.h"
#include "mailerlite/field.h"
#include "mapping/mapper.h"
#include "mapping/mapping.h"
#include "mapping/preflightvalidator.h"
#include "sandboxhost.h"
#include "sandboxserver.h"
#include "store/runstore.h"
#include "store/statedatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Contacts = 3000;
constexpr quint32 Seed = 424242;
constexpr int Kills = 10;
constexpr int MaxChildren = 40; // kills that come after a run finished do not count
constexpr int MutatedPerRound = 300;
constexpr int ChildTimeoutMs = 120'000;
constexpr auto Profile = "cli"; // the CLI's profile name for --ghl-url ... runs

QJsonObject inspect(Sandbox::SandboxServer *server, const QString &what)
{
    Sandbox::HttpRequest request;
    request.method = "GET";
    request.path = u"/_sandbox/"_s + what;
    return QJsonDocument::fromJson(server->dispatch(request).body).object();
}

// Renames `count` of `ids` (picked by `random`) in GHL, so the next run has updates to make.
// Only first names change: every renamed contact stays valid and keeps its email.
QJsonObject rename(Sandbox::SandboxServer *ghl, const QStringList &ids, int round,
                   QRandomGenerator &random)
{
    QJsonArray contacts;
    for (int n = 0; n < MutatedPerRound; ++n) {
        const QString id = ids.at(int(random.bounded(quint32(ids.size()))));
        contacts.append(
            QJsonObject {{u"id"_s, id}, {u"firstName"_s, u"Round%1 N%2"_s.arg(round).arg(n)}});
    }
    Sandbox::HttpRequest request;
    request.method = "POST";
    request.path = u"/_sandbox/mutate"_s;
    request.body
        = QJsonDocument(QJsonObject {{u"contacts"_s, contacts}}).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(ghl->dispatch(request).body).object();
}

struct Child
{
    bool killed = false; // ended by our SIGKILL
    bool finished = false; // ended at all, in time
    int exitCode = -1;
    qint64 ms = 0;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSyncKill final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    SystemClock m_clock;
    QProcessEnvironment m_env;
    int m_connections = 0;

    static std::unique_ptr<Sandbox::SandboxHost> startHost()
    {
        Sandbox::SandboxHost::Options options;
        options.contacts = Contacts;
        options.seed = Seed;
        options.rateLimitMode = Sandbox::RateLimitMode::Off;
        options.ghlFaults = u"latency_ms=5"_s;
        options.mlFaults = u"latency_ms=20"_s;
        auto host = std::make_unique<Sandbox::SandboxHost>(options);
        return host->start().ok() ? std::move(host) : nullptr;
    }

    static QStringList syncArgs(const Sandbox::SandboxHost &host, const QString &stateDir)
    {
        const QJsonObject info = host.connectionInfo();
        return {u"sync"_s,          u"--json"_s,
                u"--ghl-url"_s,     info[u"ghl_url"_s].toString(),
                u"--location-id"_s, info[u"location_id"_s].toString(),
                u"--ml-url"_s,      info[u"ml_url"_s].toString(),
                u"--state-dir"_s,   stateDir};
    }

    // Runs the CLI; with `killAfterMs` >= 0 it gets SIGKILL then, unless it ended before.
    Child runCli(const QStringList &args, int killAfterMs = -1)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        QSignalSpy done(&process, &QProcess::finished);
        Child child;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(CB_CLI_BIN), args);
        if (killAfterMs >= 0) {
            QTimer::singleShot(killAfterMs, &process, [&process, &child] {
                if (process.state() == QProcess::Running) {
                    child.killed = true;
                    process.kill(); // SIGKILL: no handler, no clean-up
                }
            });
        }
        // QSignalSpy::wait keeps this thread's event loop, and so the fakes, running.
        if (!done.wait(ChildTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            return child;
        }
        child.finished = true;
        child.ms = timer.elapsed();
        child.out = process.readAllStandardOutput();
        child.err = process.readAllStandardError();
        child.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return child;
    }

    // The runs of the profile, newest first; opened only while no child runs.
    QList<Store::RunRecord> runs(const QString &stateDir)
    {
        const QString path = QDir(stateDir).filePath(u"state.sqlite"_s);
        if (!QFileInfo::exists(path)) {
            return {};
        }
        auto db = Store::StateDatabase::open(path, u"kill-check-%1"_s.arg(++m_connections),
                                             Store::StateDatabase::OpenMode::ReadOnly);
        if (!db.ok()) {
            qWarning() << "cannot open the state:" << db.error().toLogString();
            return {};
        }
        auto list = Store::RunStore(*db.value(), m_clock).list(QString::fromLatin1(Profile), 1000);
        return list.ok() ? list.value() : QList<Store::RunRecord>();
    }

    // What MailerLite must hold: the default mapping of every contact, in dateAdded order, the
    // first of each email winning; DND contacts and those the validator rejects are left out.
    static QHash<QString, Mapping::DesiredSubscriber> expected(Sandbox::SandboxHost &host)
    {
        QList<MailerLite::Field> fields;
        for (const QJsonValue &f : inspect(host.mailerLite(), u"state"_s)[u"fields"_s].toArray()) {
            fields.append(MailerLite::Field::fromJson(f.toObject()).value());
        }
        const Mapping::PreflightValidator validator(fields);
        Mapping::Mapper mapper(Mapping::defaultMapping());
        QHash<QString, Mapping::DesiredSubscriber> byEmail;
        QSet<QString> seen;
        for (const QJsonValue &v : inspect(host.ghl(), u"state"_s)[u"contacts"_s].toArray()) {
            const auto contact = Ghl::Contact::fromJson(v.toObject());
            if (!contact.ok()) {
                continue;
            }
            const Mapping::DesiredSubscriber d = mapper.map(contact.value());
            if (d.emailKey.isEmpty() || seen.contains(d.emailKey)) {
                continue;
            }
            seen.insert(d.emailKey);
            if (!d.optedOut && d.errors.isEmpty() && validator.validate(d).isEmpty()) {
                byEmail.insert(d.emailKey, d);
            }
        }
        return byEmail;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_tmp.filePath(u"config"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_tmp.filePath(u"data"_s));
    }

    void killedTenTimesThenFinishedIsExact()
    {
        // Calibration: an uninterrupted run against a twin sandbox tells how long a run lasts
        // and when its MailerLite writes start, so the kills can be spread over it.
        qint64 runMs = 0;
        {
            auto twin = startHost();
            QVERIFY(twin);
            m_env.insert(u"CONTACTBRIDGE_GHL_TOKEN"_s, twin->ghlToken());
            m_env.insert(u"CONTACTBRIDGE_ML_API_KEY"_s, twin->mlApiKey());
            const Child full = runCli(syncArgs(*twin, m_tmp.filePath(u"calibration"_s)));
            QVERIFY2(full.finished && full.exitCode == 0, full.err.right(2000).constData());
            runMs = full.ms;
        }
        qInfo("an uninterrupted run takes %lld ms", runMs);

        auto host = startHost();
        QVERIFY(host);
        // The credentials derive from the seed: the same for both hosts.
        QCOMPARE(m_env.value(u"CONTACTBRIDGE_GHL_TOKEN"_s), host->ghlToken());
        const QString stateDir = m_tmp.filePath(u"state"_s);
        const QStringList args = syncArgs(*host, stateDir);
        auto mlWrites = [&host] {
            return inspect(host->mailerLite(), u"stats"_s)[u"writes"_s].toInteger();
        };

        QStringList renamable;
        for (const Mapping::DesiredSubscriber &d : expected(*host)) {
            renamable.append(d.contactId);
        }
        renamable.sort();
        QRandomGenerator random(Seed);
        QList<qint64> killedRuns; // run ids of killed children that got as far as a run
        int killed = 0;
        int killedWhileWriting = 0;
        int completed = 0;
        qint64 bound = runMs; // kills fall in [0, bound): the expected length of the next run
        for (int i = 0; killed < Kills && i < MaxChildren; ++i) {
            const qint64 lastRun = runs(stateDir).value(0).id;
            const qint64 writesBefore = mlWrites();
            const int delay = int(random.bounded(quint32(bound)));
            const Child child = runCli(args, delay);
            QVERIFY2(child.finished, "a child did not end");
            const qint64 newRun = runs(stateDir).value(0).id;
            const qint64 writes = mlWrites() - writesBefore;
            qInfo("child %d: kill after %d ms: %s, %lld MailerLite writes, run %lld", i, delay,
                  child.killed ? "killed" : "completed", writes, newRun);
            if (!child.killed) {
                // It finished before the kill: then it finished well. Contacts change in GHL,
                // so the next run has writes to be interrupted in.
                QVERIFY2(child.exitCode == 0, child.err.right(2000).constData());
                ++completed;
                bound = std::max<qint64>(child.ms, 50);
                const QJsonObject answer = rename(host->ghl(), renamable, i, random);
                QVERIFY2(!answer.contains(u"error"_s),
                         QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
                continue;
            }
            ++killed;
            killedWhileWriting += writes > 0 ? 1 : 0;
            if (newRun != lastRun) {
                killedRuns.append(newRun);
            }
        }
        qInfo("%d killed (%d while writing to MailerLite), %d completed", killed,
              killedWhileWriting, completed);
        QCOMPARE(killed, Kills);
        QVERIFY(killedWhileWriting >= Kills / 4);

        const Child last = runCli(args);
        QVERIFY2(last.finished && last.exitCode == 0, last.err.right(2000).constData());
        const QJsonObject summary = QJsonDocument::fromJson(last.out.trimmed()).object();
        QCOMPARE(summary[u"failed"_s].toInt(), 0);

        // MailerLite is exact: every expected subscriber once, with its mapped values.
        const QHash<QString, Mapping::DesiredSubscriber> want = expected(*host);
        QVERIFY(want.size() > Contacts / 2);
        QHash<QString, QJsonObject> have;
        for (const QJsonValue &s :
             inspect(host->mailerLite(), u"state"_s)[u"subscribers"_s].toArray()) {
            const QString key = s[u"email"_s].toString().toLower();
            QVERIFY2(!have.contains(key), qPrintable(u"duplicate subscriber "_s + key));
            have.insert(key, s.toObject());
        }
        QStringList missing;
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (!have.contains(it.key())) {
                missing.append(it.key() + u" ("_s + it->contactId + u')');
            }
        }
        QStringList extra;
        for (auto it = have.begin(); it != have.end(); ++it) {
            if (!want.contains(it.key())) {
                extra.append(it.key());
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"lost: "_s + missing.join(u", "_s)));
        QVERIFY2(extra.isEmpty(), qPrintable(u"not expected: "_s + extra.join(u", "_s)));
        for (auto it = want.begin(); it != want.end(); ++it) {
            const QJsonObject s = have.value(it.key());
            QHash<QString, QString> values;
            for (const QJsonValue &f : s[u"fields"_s].toArray()) {
                values.insert(f[u"key"_s].toString(), f[u"value"_s].toString());
            }
            for (auto f = it->fields.begin(); f != it->fields.end(); ++f) {
                QVERIFY2(values.value(f.key()) == f.value(),
                         qPrintable(u"%1: %2"_s.arg(it.key(), f.key())));
            }
            QCOMPARE(s[u"type"_s].toString(), u"active"_s);
        }

        // The history: each killed run is interrupted, nothing is left running, the last run
        // succeeded, and every run is one of the children.
        const QList<Store::RunRecord> history = runs(stateDir);
        QCOMPARE(history.size(), killedRuns.size() + completed + 1);
        QCOMPARE(history.first().outcome, u"succeeded"_s);
        int interrupted = 0;
        for (const Store::RunRecord &run : history) {
            QVERIFY(!run.isRunning());
            if (killedRuns.contains(run.id)) {
                QCOMPARE(run.outcome, Store::RunRecord::interruptedOutcome());
                ++interrupted;
            } else {
                QCOMPARE(run.outcome, u"succeeded"_s);
            }
        }
        QCOMPARE(interrupted, int(killedRuns.size()));

        // Resumed without leftovers: one more run writes nothing.
        const qint64 writes = mlWrites();
        const Child quiet = runCli(args);
        QVERIFY(quiet.finished && quiet.exitCode == 0);
        const QJsonObject quietSummary = QJsonDocument::fromJson(quiet.out.trimmed()).object();
        QCOMPARE(quietSummary[u"created"_s].toInt(), 0);
        QCOMPARE(quietSummary[u"updated"_s].toInt(), 0);
        QCOMPARE(mlWrites(), writes);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
