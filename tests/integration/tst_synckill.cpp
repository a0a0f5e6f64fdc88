// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// contactbridge-cli killed with SIGKILL at random points of a sync and restarted (reliability
// R1): 5 times, 50 with CB_SOAK=1. The kills are aimed at every phase, by what the child
// prints on stderr: reading GHL, planning, recording the plan, writing to MailerLite (then
// some land between a batch's arrival and its answer) and recording the end. Afterwards one
// run finishes, and MailerLite must be exactly as the mapping says (every valid, non-DND,
// non-duplicate contact once, with its mapped fields), and the history must tell what
// happened: each killed run interrupted (or finished, when the kill came after it was
// recorded), with what it recorded as applied really in MailerLite. The fakes run in this
// process with added latency; this thread's event loop serves them while a child runs.
// The kill points come from one seed, printed; CB_KILL_SEED=<seed> replays them.
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
#include "synckillrunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Child = SyncKillRunner::Child;

namespace {

constexpr int Contacts = 3000;
constexpr quint32 DataSeed = 424242; // the sandbox's data and credentials
constexpr quint32 DefaultKillSeed = 20'251'126;
constexpr int MutatedPerRound = 300;
constexpr int ChildTimeoutMs = 120'000;
constexpr auto Profile = "cli"; // the CLI's profile name for --ghl-url ... runs

bool soak()
{
    return qEnvironmentVariableIntValue("CB_SOAK") != 0;
}

// What the kills aim at, in turn; writes twice as often as the rest.
constexpr std::array Targets {SyncPhase::Writing,  SyncPhase::Reading,   SyncPhase::RecordingPlan,
                              SyncPhase::Planning, SyncPhase::Finishing, SyncPhase::Writing};
constexpr auto &PhaseNames = SyncKillRunner::PhaseNames;

QJsonObject sandbox(Sandbox::SandboxServer *server, const QByteArray &method, const QString &what,
                    const QJsonObject &body = {})
{
    Sandbox::HttpRequest request;
    request.method = method;
    request.path = u"/_sandbox/"_s + what;
    request.body
        = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(server->dispatch(request).body).object();
}

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
        options.seed = DataSeed;
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

    std::unique_ptr<Store::StateDatabase> state(const QString &stateDir)
    {
        const QString path = QDir(stateDir).filePath(u"state.db"_s);
        if (!QFileInfo::exists(path)) {
            return nullptr;
        }
        auto db = Store::StateDatabase::open(path, u"kill-check-%1"_s.arg(++m_connections),
                                             Store::StateDatabase::OpenMode::ReadOnly);
        return db.ok() ? std::move(db).value() : nullptr;
    }

    // The runs of the profile, newest first; read only while no child runs.
    QList<Store::RunRecord> runs(const QString &stateDir)
    {
        const auto db = state(stateDir);
        auto list = db ? Store::RunStore(*db, m_clock).list(QString::fromLatin1(Profile), 1000)
                       : Result<QList<Store::RunRecord>>(QList<Store::RunRecord>());
        return list.ok() ? list.value() : QList<Store::RunRecord>();
    }

    // The emails a run recorded as applied.
    QStringList appliedBy(const QString &stateDir, qint64 runId)
    {
        const auto db = state(stateDir);
        if (!db) {
            return {};
        }
        QStringList emails;
        const auto items = Store::RunStore(*db, m_clock).items(runId);
        for (const Store::RunItemRecord &item :
             items.ok() ? items.value() : QList<Store::RunItemRecord>()) {
            if (item.outcome == u"applied"_s) {
                emails.append(item.email.toLower());
            }
        }
        return emails;
    }

    static QHash<QString, QJsonObject> subscribers(Sandbox::SandboxHost &host, bool *unique)
    {
        QHash<QString, QJsonObject> byEmail;
        *unique = true;
        for (const QJsonValue &s :
             sandbox(host.mailerLite(), "GET", u"state"_s)[u"subscribers"_s].toArray()) {
            const QString key = s[u"email"_s].toString().toLower();
            *unique = *unique && !byEmail.contains(key);
            byEmail.insert(key, s.toObject());
        }
        return byEmail;
    }

    // What MailerLite must hold: the default mapping of every contact, in dateAdded order, the
    // first of each email winning; DND contacts and those the validator rejects are left out.
    static QHash<QString, Mapping::DesiredSubscriber> expected(Sandbox::SandboxHost &host)
    {
        QList<MailerLite::Field> fields;
        for (const QJsonValue &f :
             sandbox(host.mailerLite(), "GET", u"state"_s)[u"fields"_s].toArray()) {
            fields.append(MailerLite::Field::fromJson(f.toObject()).value());
        }
        const Mapping::PreflightValidator validator(fields);
        Mapping::Mapper mapper(Mapping::defaultMapping());
        QHash<QString, Mapping::DesiredSubscriber> byEmail;
        QSet<QString> seen;
        for (const QJsonValue &v :
             sandbox(host.ghl(), "GET", u"state"_s)[u"contacts"_s].toArray()) {
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

    void killedAtRandomPointsThenFinishedIsExact()
    {
        const int kills = soak() ? 50 : 5;
        bool seedSet = false;
        const quint32 seed = qEnvironmentVariable("CB_KILL_SEED").toUInt(&seedSet);
        const quint32 killSeed = seedSet ? seed
            : soak()                     ? QRandomGenerator::system()->generate()
                                         : DefaultKillSeed;
        qInfo("%d kills, kill seed %u (CB_KILL_SEED=%u replays them)", kills, killSeed, killSeed);

        // Calibration: an uninterrupted run against a twin sandbox tells how long each phase
        // of a first run lasts, so that the first kills can be spread over it.
        std::optional<SyncKillRunner> cli;
        {
            auto twin = startHost();
            QVERIFY(twin);
            m_env.insert(u"CONTACTBRIDGE_GHL_TOKEN"_s, twin->ghlToken());
            m_env.insert(u"CONTACTBRIDGE_ML_API_KEY"_s, twin->mlApiKey());
            cli.emplace(QStringLiteral(CB_CLI_BIN), m_env, ChildTimeoutMs);
            const Child full = cli->run(syncArgs(*twin, m_tmp.filePath(u"calibration"_s)));
            QVERIFY2(full.finished && full.exitCode == 0, full.err.right(2000).constData());
            QCOMPARE(full.reached, SyncPhase::Finishing);
        }
        for (int p = 0; p < SyncKillRunner::PhaseCount; ++p) {
            qInfo("an uninterrupted first run: %s %lld ms", PhaseNames[p],
                  cli->phaseMs(SyncPhase(p)));
        }

        auto host = startHost();
        QVERIFY(host);
        // The credentials derive from the seed: the same for both hosts.
        QCOMPARE(m_env.value(u"CONTACTBRIDGE_GHL_TOKEN"_s), host->ghlToken());
        const QString stateDir = m_tmp.filePath(u"state"_s);
        const QStringList args = syncArgs(*host, stateDir);
        auto mlWrites = [&host] {
            return sandbox(host->mailerLite(), "GET", u"stats"_s)[u"writes"_s].toInteger();
        };
        QStringList renamable;
        for (const Mapping::DesiredSubscriber &d : expected(*host)) {
            renamable.append(d.contactId);
        }
        renamable.sort();

        QRandomGenerator random(killSeed);
        QHash<qint64, QString> expectedOutcome; // by run id: what the history must say
        std::array<int, SyncKillRunner::PhaseCount> killedIn {};
        int killed = 0;
        int midBatch = 0; // kills after MailerLite took writes the child never recorded
        const int maxChildren = kills * 4 + 10; // completed children do not count as kills
        for (int i = 0; killed < kills && i < maxChildren; ++i) {
            const qint64 lastRun = runs(stateDir).value(0).id;
            const qint64 writesBefore = mlWrites();
            const SyncPhase target = Targets[size_t(killed) % Targets.size()];
            const double fraction = random.generateDouble();
            const Child child = cli->run(args, target, fraction);
            QVERIFY2(child.finished, "a child did not end");
            const QList<Store::RunRecord> history = runs(stateDir);
            const qint64 newRun = history.value(0).id;
            QVERIFY(newRun != lastRun); // every child got as far as starting a run
            const qint64 writes = mlWrites() - writesBefore;
            if (!child.killed) {
                // It finished before the kill: then it finished well. Contacts change in GHL,
                // so the next run has writes to be interrupted in.
                QVERIFY2(child.exitCode == 0, child.err.right(2000).constData());
                qInfo("child %d: aimed at %s, completed run %lld", i, PhaseNames[int(target)],
                      newRun);
                expectedOutcome.insert(newRun, u"succeeded"_s);
                QJsonArray renames;
                for (int n = 0; n < MutatedPerRound; ++n) {
                    const QString id = renamable.at(int(random.bounded(quint32(renamable.size()))));
                    renames.append(QJsonObject {{u"id"_s, id},
                                                {u"firstName"_s, u"Round%1 N%2"_s.arg(i).arg(n)}});
                }
                const QJsonObject answer = sandbox(host->ghl(), "POST", u"mutate"_s,
                                                   QJsonObject {{u"contacts"_s, renames}});
                QVERIFY(!answer.contains(u"unknown"_s));
                continue;
            }
            ++killed;
            ++killedIn[int(child.reached)];
            // What the killed run recorded as applied is in MailerLite: the history holds no
            // write that did not happen. Writes it did not record are left for the next run.
            const QStringList applied = appliedBy(stateDir, newRun);
            bool unique = true;
            const QHash<QString, QJsonObject> ml = subscribers(*host, &unique);
            QVERIFY(unique);
            for (const QString &email : applied) {
                QVERIFY2(ml.contains(email), qPrintable(email));
            }
            const bool unrecorded = writes > applied.size();
            midBatch += unrecorded ? 1 : 0;
            // Killed after it recorded its end, a run stays as it finished; otherwise the next
            // start marks it interrupted.
            const QString outcome = history.value(0).outcome;
            expectedOutcome.insert(newRun,
                                   outcome == Store::RunRecord::runningOutcome()
                                       ? Store::RunRecord::interruptedOutcome()
                                       : outcome);
            qInfo("child %d: aimed at %s after %.0f%%, killed while %s: run %lld recorded %lld "
                  "applied, MailerLite took %lld writes%s",
                  i, PhaseNames[int(target)], fraction * 100, PhaseNames[int(child.reached)],
                  newRun, qsizetype(applied.size()), writes,
                  unrecorded ? " (some unrecorded: killed mid-batch)" : "");
        }
        QString spread;
        for (int p = 0; p < SyncKillRunner::PhaseCount; ++p) {
            spread += u" %1: %2;"_s.arg(QString::fromLatin1(PhaseNames[p])).arg(killedIn[p]);
        }
        qInfo("%d kills (%d mid-batch), by phase:%s", killed, midBatch, qPrintable(spread));
        QCOMPARE(killed, kills);
        QVERIFY(midBatch >= 1);
        QVERIFY(killedIn[int(SyncPhase::Writing)] >= 1);
        QVERIFY(killedIn[int(SyncPhase::Reading)] >= 1);
        QVERIFY(killedIn[int(SyncPhase::Planning)] + killedIn[int(SyncPhase::RecordingPlan)] >= 1);
        if (soak()) {
            for (int p = int(SyncPhase::Reading); p < SyncKillRunner::PhaseCount; ++p) {
                QVERIFY2(killedIn[p] >= 1, PhaseNames[p]);
            }
        }

        const Child last = cli->run(args);
        QVERIFY2(last.finished && last.exitCode == 0, last.err.right(2000).constData());
        const QJsonObject summary = QJsonDocument::fromJson(last.out.trimmed()).object();
        QCOMPARE(summary[u"failed"_s].toInt(), 0);
        const qint64 lastRun = runs(stateDir).value(0).id;
        expectedOutcome.insert(lastRun, u"succeeded"_s);

        // MailerLite is exact: every expected subscriber once, with its mapped values.
        const QHash<QString, Mapping::DesiredSubscriber> want = expected(*host);
        QVERIFY(want.size() > Contacts / 2);
        bool unique = true;
        const QHash<QString, QJsonObject> have = subscribers(*host, &unique);
        QVERIFY2(unique, "a duplicate subscriber");
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

        // The history: one run per child, as each ended; an interrupted one says why.
        const QList<Store::RunRecord> history = runs(stateDir);
        QCOMPARE(history.size(), expectedOutcome.size());
        for (const Store::RunRecord &run : history) {
            QVERIFY(!run.isRunning());
            QVERIFY2(run.outcome == expectedOutcome.value(run.id),
                     qPrintable(u"run %1: %2"_s.arg(run.id).arg(run.outcome)));
            QVERIFY(run.finishedAt.isValid());
            if (run.outcome == Store::RunRecord::interruptedOutcome()) {
                QVERIFY(!run.errorMessage.isEmpty());
            }
        }

        // Resumed without leftovers: one more run writes nothing.
        const qint64 writes = mlWrites();
        const Child quiet = cli->run(args);
        QVERIFY(quiet.finished && quiet.exitCode == 0);
        const QJsonObject quietSummary = QJsonDocument::fromJson(quiet.out.trimmed()).object();
        QCOMPARE(quietSummary[u"created"_s].toInt(), 0);
        QCOMPARE(quietSummary[u"updated"_s].toInt(), 0);
        QCOMPARE(mlWrites(), writes);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
