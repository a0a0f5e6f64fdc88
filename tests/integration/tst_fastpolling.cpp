// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "realtimefixture.h"
#include "store/statedatabase.h"
#include "sync/syncengine.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Profiles::RealtimeSettings;
using Sync::RunSummary;

// Fast polling: the app runs an incremental sync every minute. A contact created or changed
// in GHL reaches MailerLite on the next poll, and a poll that finds no change costs one GHL
// request and nothing in MailerLite, so it can run all day.
class TestFastPolling final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RealtimeFixture::Services> m_services;

    RunSummary poll()
    {
        Sync::SyncRequest r = m_services->request();
        r.profile.realtime.fastPolling = true;
        return m_services->run(r);
    }

    QJsonObject subscriberByEmail(const QString &email)
    {
        const QJsonValue found = m_services->mlCall("GET", u"/subscribers/"_s + email);
        return found.toObject();
    }

    void checkNoOp(const RunSummary &s)
    {
        QCOMPARE(s.outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(s.requestsGhl, qint64(RealtimeSettings::NoChangePollGhlRequests));
        QCOMPARE(s.requestsMailerLite, qint64(RealtimeSettings::NoChangePollMailerLiteRequests));
        QCOMPARE(s.counts.created + s.counts.updated + s.counts.unsubscribed, 0);
    }

private Q_SLOTS:
    void init()
    {
        m_services = std::make_unique<RealtimeFixture::Services>();
        QVERIFY(m_services->listen());
        const RunSummary first = m_services->run(m_services->request());
        QCOMPARE(first.outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(first.counts.created, 3);
    }

    void cleanup() { m_services.reset(); }

    void profileSchedulesEveryMinute()
    {
        Profiles::Profile p = m_services->profile();
        p.schedule = Sync::Schedule::dailyAt(QTime(7, 0));
        QCOMPARE(p.inAppSchedule(), Sync::Schedule::dailyAt(QTime(7, 0)));
        p.realtime.fastPolling = true;
        QCOMPARE(p.inAppSchedule(), Sync::Schedule::every(1));
        QCOMPARE(p.inAppSchedule().runsPerHour(), 60.0);
        // The option survives the profile file.
        const auto back = Profiles::Profile::fromJson(p.toJson());
        QVERIFY(back.ok());
        QVERIFY(back.value().realtime.fastPolling);
    }

    void pollWithoutChangesIsCheap()
    {
        // The contact updated last is in every poll's overlap window: still no MailerLite read.
        const qint64 mlRequests = m_services->ml->stats().value("requests"_L1).toInteger();
        const qint64 ghlRequests = m_services->ghlRequests();
        checkNoOp(poll());
        checkNoOp(poll());
        // As the fakes counted them too.
        QCOMPARE(m_services->ml->stats().value("requests"_L1).toInteger(), mlRequests);
        QCOMPARE(m_services->ghlRequests() - ghlRequests, qint64(2));
        QCOMPARE(GhlFixture::requestsTo(*m_services->ghl, u"POST /contacts/search"_s),
                 qint64(2 + 1));
    }

    void aRevokedKeyShowsWithinTheCheckInterval()
    {
        // A minute after MailerLite's last answer a no-op poll still asks it nothing.
        {
            auto db = Store::StateDatabase::open(m_services->request().databasePath,
                                                 u"age-runs-minute"_s);
            QVERIFY(db.ok());
            QVERIFY(db.value()->run(u"UPDATE runs SET started_at = started_at - 60000"_s).ok());
        }
        checkNoOp(poll());
        // Every run that got MailerLite's answer is older than the interval.
        {
            auto db = Store::StateDatabase::open(m_services->request().databasePath, u"age-runs"_s);
            QVERIFY(db.ok());
            const qint64 age
                = std::chrono::milliseconds(Sync::SyncEngine::MailerLiteCheckInterval).count()
                + 60'000;
            QVERIFY(
                db.value()
                    ->run(u"UPDATE runs SET started_at = started_at - :age"_s, {{u":age"_s, age}})
                    .ok());
        }
        Sync::SyncRequest revoked = m_services->request();
        revoked.profile.realtime.fastPolling = true;
        revoked.mailerLiteApiKey = "revoked-key-0000000000000000000000";
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"run failed: .*MailerLite"_s));
        const RunSummary refused = m_services->run(revoked);
        QCOMPARE(refused.outcome, RunSummary::Outcome::Stopped);
        QVERIFY(refused.error && refused.error->kind == Error::Kind::Auth);
        QVERIFY(refused.requestsMailerLite > 0);

        // With the right key the check succeeds once, and the next polls are free again.
        const RunSummary checked = poll();
        QCOMPARE(checked.outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(checked.requestsMailerLite, qint64(2)); // fields and groups
        QCOMPARE(checked.counts.created + checked.counts.updated, 0);
        checkNoOp(poll());
    }

    void createdContactReachesMailerLite()
    {
        const QJsonObject created = m_services->ghlCall("POST", u"/contacts/"_s,
                                                        {{u"locationId"_s, GhlFixture::Location},
                                                         {u"firstName"_s, u"Dee"_s},
                                                         {u"lastName"_s, u"Poll"_s},
                                                         {u"email"_s, u"dee@example.com"_s}});
        const QString id = created.value("contact"_L1).toObject().value("id"_L1).toString();
        QVERIFY2(!id.isEmpty(), QJsonDocument(created).toJson().constData());
        QVERIFY(subscriberByEmail(u"dee@example.com"_s).value("email"_L1).toString().isEmpty());

        const RunSummary s = poll();
        QCOMPARE(s.outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(s.counts.created, 1);
        QCOMPARE(s.counts.updated, 0);
        // The search, then the custom field list; MailerLite: fields, groups and the create.
        QCOMPARE(s.requestsGhl, qint64(2));
        QCOMPARE(s.requestsMailerLite, qint64(3));
        const QJsonObject subscriber = subscriberByEmail(u"dee@example.com"_s);
        QCOMPARE(subscriber.value("email"_L1).toString(), u"dee@example.com"_s);
        QCOMPARE(subscriber.value("name"_L1).toString(), u"Dee"_s);

        // The new contact now sits in the overlap window, and costs nothing more.
        checkNoOp(poll());

        // A change to it is the next poll's one update.
        m_services->ghlCall("PUT", u"/contacts/"_s + id, {{u"lastName"_s, u"Polled"_s}});
        const RunSummary changed = poll();
        QCOMPARE(changed.outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(changed.counts.updated, 1);
        QCOMPARE(changed.counts.created, 0);
        checkNoOp(poll());
    }
};

QTEST_GUILESS_MAIN(TestFastPolling)
#include "tst_fastpolling.moc"
