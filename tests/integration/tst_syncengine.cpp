// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagenerator.h"
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "mapping/mapper.h"
#include "mapping/mapping.h"
#include "store/consentledger.h"
#include "store/statedatabase.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sync::RunSummary;

namespace {

constexpr auto Token = "pit-11111111-2222-3333-4444-555555555555";
constexpr auto MlKey = "engine-test-key";
constexpr auto Location = "engineLocation000001";

QJsonObject call(Sandbox::SandboxServer &server, const QByteArray &method, const QString &path,
                 const QJsonObject &body = {})
{
    Sandbox::HttpRequest r;
    r.method = method;
    r.path = path;
    if (!body.isEmpty()) {
        r.body = QJsonDocument(body).toJson();
    }
    return QJsonDocument::fromJson(server.dispatch(r).body).object();
}

} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::FakeGhl> m_ghl;
    std::unique_ptr<Sandbox::FakeMailerLite> m_ml;
    Sandbox::Dataset m_data;

    Sync::SyncRequest request()
    {
        Sync::SyncRequest r;
        r.profile.name = u"test"_s;
        r.profile.ghlBaseUrl = m_ghl->baseUrl();
        r.profile.locationId = QString::fromLatin1(Location);
        r.profile.mailerLiteBaseUrl = m_ml->baseUrl();
        r.ghlToken = Token;
        r.mailerLiteApiKey = MlKey;
        r.databasePath = m_dir.filePath(u"state.sqlite"_s);
        return r;
    }

    RunSummary run(const Sync::SyncRequest &r, Sync::Plan *plan = nullptr)
    {
        Sync::SyncEngine engine(m_clock);
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        if (plan) {
            connect(&engine, &Sync::SyncEngine::planned, this,
                    [plan](const Sync::Plan &p) { *plan = p; });
        }
        engine.start(r);
        if (finished.isEmpty() && !finished.wait(60000)) {
            return {};
        }
        return finished.first().first().value<RunSummary>();
    }

    QList<QJsonObject> subscribers()
    {
        QList<QJsonObject> out;
        const QJsonArray all
            = call(*m_ml, "GET", u"/_sandbox/state"_s).value("subscribers"_L1).toArray();
        for (const QJsonValue &v : all) {
            out.append(v.toObject());
        }
        return out;
    }

    int mlWrites() { return call(*m_ml, "GET", u"/_sandbox/stats"_s).value("writes"_L1).toInt(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"state.sqlite"_s));
        Sandbox::DataGenerator::Options gen;
        gen.contacts = 400;
        gen.seed = 11;
        gen.locationId = QString::fromLatin1(Location);
        m_data = Sandbox::DataGenerator::generate(gen);
        Sandbox::FakeGhl::Options ghlOptions;
        ghlOptions.locationId = QString::fromLatin1(Location);
        ghlOptions.tokens = {{QString::fromLatin1(Token), Sandbox::FakeGhl::allScopes(), {}}};
        ghlOptions.rateLimitMode = Sandbox::RateLimitMode::Off;
        m_ghl = std::make_unique<Sandbox::FakeGhl>(ghlOptions);
        m_ghl->load(m_data);
        QVERIFY(m_ghl->listenLocal() != 0);
        Sandbox::FakeMailerLite::Options mlOptions;
        mlOptions.apiKey = QString::fromLatin1(MlKey);
        mlOptions.rateLimit = Sandbox::RateLimitMode::Off;
        m_ml = std::make_unique<Sandbox::FakeMailerLite>(mlOptions);
        m_ml->load(m_data);
        QVERIFY(m_ml->listenLocal() != 0);
    }

    void cleanup()
    {
        m_ghl.reset();
        m_ml.reset();
    }

    void firstRunThenNoOpRun()
    {
        Sync::Plan plan;
        const RunSummary first = run(request(), &plan);
        QVERIFY2(first.outcome == RunSummary::Outcome::Succeeded,
                 QJsonDocument(first.toJson()).toJson().constData());
        QVERIFY(first.counts.created > 300);
        QVERIFY(first.counts.skippedInvalid > 0);
        QVERIFY(first.counts.blockedConsent > 0); // DND contacts are never added
        QCOMPARE(first.counts.failed, 0);

        // Every created subscriber exists once, with the mapped company.
        QHash<QString, QJsonObject> byEmail;
        for (const QJsonObject &s : subscribers()) {
            const QString key = s.value("email"_L1).toString().toLower();
            QVERIFY2(!byEmail.contains(key), qPrintable(key));
            byEmail.insert(key, s);
        }
        int checked = 0;
        for (const Sync::PlanItem &item : std::as_const(plan.items)) {
            if (item.action != Sync::PlanItem::Action::Create) {
                continue;
            }
            const QJsonObject s = byEmail.value(item.email.trimmed().toLower());
            QVERIFY2(!s.isEmpty(), qPrintable(item.email));
            for (const QJsonValue &f : s.value("fields"_L1).toArray()) {
                const QString key = f.toObject().value("key"_L1).toString();
                if (item.after.contains(key)) {
                    QCOMPARE(f.toObject().value("value"_L1).toString(), item.after.value(key));
                }
            }
            ++checked;
        }
        QVERIFY(checked > 300);

        const int writes = mlWrites();
        const RunSummary second = run(request());
        QCOMPARE(second.outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(second.counts.created, 0);
        QCOMPARE(second.counts.updated, 0);
        QCOMPARE(mlWrites(), writes);
        QVERIFY2(second.requestsGhl <= 5, qPrintable(QString::number(second.requestsGhl)));
    }

    void changedContactsAreUpdatedAndDndUnsubscribes()
    {
        QCOMPARE(run(request()).outcome, RunSummary::Outcome::Succeeded);
        const QJsonObject mutated = call(*m_ghl, "POST", u"/_sandbox/mutate"_s,
                                         {{u"random_updates"_s, 20}, {u"seed"_s, 3}});
        QCOMPARE(mutated.value("mutated"_L1).toArray().size(), 20);
        // One synced contact asks not to be emailed any more.
        QString dndId;
        QString dndEmail;
        for (const QJsonValue &v : m_data.ghlContacts) {
            const QJsonObject c = v.toObject();
            const QString email = c.value("email"_L1).toString();
            if (!c.value("dnd"_L1).toBool() && email.contains(u'@') && email == email.trimmed()
                && !mutated.value("mutated"_L1).toArray().contains(c.value("id"_L1))) {
                dndId = c.value("id"_L1).toString();
                dndEmail = email;
                break;
            }
        }
        QJsonObject dnd {{u"id"_s, dndId},
                         {u"dnd"_s, true},
                         {u"dndSettings"_s,
                          QJsonObject {{u"Email"_s, QJsonObject {{u"status"_s, u"active"_s}}}}}};
        call(*m_ghl, "POST", u"/_sandbox/mutate"_s, {{u"contacts"_s, QJsonArray {dnd}}});

        const RunSummary summary = run(request());
        QVERIFY2(summary.outcome == RunSummary::Outcome::Succeeded,
                 QJsonDocument(summary.toJson()).toJson().constData());
        QVERIFY(summary.counts.updated > 0);
        // A mutation can also mend a record that was invalid before (a phone that now parses):
        // such a contact is created now. Nothing beyond the 20 mutated contacts is touched.
        QVERIFY(summary.counts.updated + summary.counts.created <= 20);
        QCOMPARE(summary.counts.unsubscribed, 1);
        bool found = false;
        for (const QJsonObject &s : subscribers()) {
            if (s.value("email"_L1).toString().compare(dndEmail, Qt::CaseInsensitive) == 0) {
                QCOMPARE(s.value("type"_L1).toString(), u"unsubscribed"_s);
                found = true;
            }
        }
        QVERIFY(found);
        auto db = Store::StateDatabase::open(request().databasePath, u"ledger-check"_s);
        QVERIFY(db.ok());
        const auto ledger = Store::ConsentLedger(*db.value()).list(u"test"_s, dndId);
        QVERIFY(ledger.ok());
        QCOMPARE(ledger.value().size(), 1);
        QCOMPARE(ledger.value().first().newStatus, u"unsubscribed"_s);
    }

    void dryRunWritesNothingAndItsPlanIsWhatRunsAfterwards()
    {
        auto r = request();
        r.dryRun = true;
        r.planOutPath = m_dir.filePath(u"plan.json"_s);
        const RunSummary preview = run(r);
        QCOMPARE(preview.outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(mlWrites(), 0);
        const auto plan = Sync::Plan::load(r.planOutPath);
        QVERIFY(plan.ok());

        auto apply = request();
        apply.planToApply = plan.value();
        const RunSummary applied = run(apply);
        QCOMPARE(applied.outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(applied.counts.created, preview.counts.created);
        QCOMPARE(applied.counts.unchanged, preview.counts.unchanged);
        QCOMPARE(applied.counts.skippedInvalid, preview.counts.skippedInvalid);
    }

    void wrongKeyStopsWithAuthError()
    {
        auto r = request();
        r.mailerLiteApiKey = "wrong";
        const RunSummary summary = run(r);
        QCOMPARE(summary.outcome, RunSummary::Outcome::Stopped);
        QVERIFY(summary.error.has_value());
        QCOMPARE(summary.error->kind, Error::Kind::Auth);
        QCOMPARE(mlWrites(), 0);
    }

    void notesAndTasksDigestsReachMailerLite()
    {
        Mapping::Mapping mapping = Mapping::defaultMapping();
        mapping.fields.append({Mapping::FieldRef::notesDigest(2, 80), {}, u"notes_digest"_s});
        mapping.fields.append({Mapping::FieldRef::openTaskCount(), {}, u"open_tasks"_s});
        auto r = request();
        r.profile.mapping = mapping.toJson();
        const RunSummary first = run(r);
        QVERIFY2(first.outcome == RunSummary::Outcome::Succeeded,
                 QJsonDocument(first.toJson()).toJson().constData());
        // Notes and tasks are read per contact: two requests for each one.
        QVERIFY2(first.requestsGhl >= 2 * 350, qPrintable(QString::number(first.requestsGhl)));

        // Compare with what the mapper makes of the same records.
        Mapping::Mapper mapper(mapping);
        QHash<QString, QJsonObject> byEmail;
        for (const QJsonObject &s : subscribers()) {
            byEmail.insert(s.value("email"_L1).toString().toLower(), s);
        }
        int withNotes = 0;
        for (const QJsonValue &v : m_data.ghlContacts) {
            const auto contact = Ghl::Contact::fromJson(v.toObject());
            QVERIFY(contact.ok());
            QList<Ghl::Note> notes;
            for (const QJsonValue &n : m_data.ghlNotes.value(contact.value().id)) {
                notes.append(Ghl::Note::fromJson(n.toObject()).value());
            }
            QList<Ghl::Task> tasks;
            for (const QJsonValue &t : m_data.ghlTasks.value(contact.value().id)) {
                tasks.append(Ghl::Task::fromJson(t.toObject()).value());
            }
            const auto desired = mapper.map(contact.value(), notes, tasks);
            const QJsonObject s = byEmail.value(desired.emailKey);
            if (s.isEmpty() || notes.isEmpty() || desired.contactId.isEmpty()) {
                continue;
            }
            QString digest;
            for (const QJsonValue &f : s.value("fields"_L1).toArray()) {
                if (f.toObject().value("key"_L1).toString() == u"notes_digest") {
                    digest = f.toObject().value("value"_L1).toString();
                }
            }
            if (digest == desired.fields.value(u"notes_digest"_s) && !digest.isEmpty()) {
                ++withNotes;
            }
        }
        QVERIFY2(withNotes > 20, qPrintable(QString::number(withNotes)));

        // Unchanged contacts cost no notes or tasks requests the next time.
        const RunSummary second = run(r);
        QCOMPARE(second.counts.created + second.counts.updated, 0);
        QVERIFY2(second.requestsGhl <= 5, qPrintable(QString::number(second.requestsGhl)));
    }

    void blastRadiusStopsBeforeApplying()
    {
        QCOMPARE(run(request()).outcome, RunSummary::Outcome::Succeeded);
        QJsonArray dnd;
        int n = 0;
        for (const QJsonValue &v : m_data.ghlContacts) {
            const QJsonObject c = v.toObject();
            if (!c.value("dnd"_L1).toBool() && c.value("email"_L1).toString().contains(u'@')
                && n < 5) {
                dnd.append(QJsonObject {{u"id"_s, c.value("id"_L1)}, {u"dnd"_s, true}});
                ++n;
            }
        }
        call(*m_ghl, "POST", u"/_sandbox/mutate"_s, {{u"contacts"_s, dnd}});
        const int writes = mlWrites();
        auto r = request();
        r.profile.policy.maxDestructiveCount = 2;
        const RunSummary summary = run(r);
        QCOMPARE(summary.outcome, RunSummary::Outcome::BlastRadius);
        QCOMPARE(mlWrites(), writes);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
