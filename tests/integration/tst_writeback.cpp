// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "realtimefixture.h"
#include "store/consentledger.h"
#include "store/linkstore.h"
#include "store/statedatabase.h"
#include "sync/writeback.h"
#include "util/clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = Sync::WriteBack::Outcome::Kind;
using Profiles::RealtimeSettings;
using Webhooks::WebhookEvent;

namespace {

const QString Tag = u"ml-opted-out"_s;

} // namespace

// MailerLite opt-outs written back to GoHighLevel: the fake GHL contact gets the email DND or
// the tag, the ledger and the link record it, and neither the GHL echo nor the next sync turns
// it into a MailerLite write.
class TestWriteBack final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RealtimeFixture::Services> m_services;
    std::unique_ptr<Store::StateDatabase> m_db;
    std::unique_ptr<Api::GhlClient> m_ghl;
    ManualClock m_clock;

    Api::GhlClient &client(const QByteArray &token)
    {
        Api::GhlClient::Config config;
        config.baseUrl = m_services->ghl->baseUrl();
        config.locationId = GhlFixture::Location;
        config.token = [token] {
            return token;
        };
        config.retry = GhlFixture::quickRetries(1);
        m_ghl = std::make_unique<Api::GhlClient>(config, m_clock);
        return *m_ghl;
    }

    Profiles::Profile profile(RealtimeSettings::WriteBack writeBack) const
    {
        Profiles::Profile p = m_services->profile();
        p.realtime.writeBack = writeBack;
        p.realtime.writeBackTag = Tag;
        return p;
    }

    Store::Link link(const QString &contactId) const
    {
        return Store::LinkStore(*m_db)
            .find(u"realtime"_s, contactId)
            .value()
            .value_or(Store::Link {});
    }

    // A MailerLite event about the subscriber the sync made of `contactId`; also applied to the
    // fake MailerLite, as the service would have done before sending it.
    WebhookEvent optOut(const QString &type, const QString &contactId)
    {
        const Store::Link l = link(contactId);
        WebhookEvent e;
        e.source = WebhookEvent::Source::MailerLite;
        e.id = type + u'-' + contactId;
        e.type = type;
        e.timestamp = m_clock.now();
        e.subscriberId = QString::number(l.subscriberId);
        e.email = l.email;
        const QString mlType = type == u"subscriber.bounced" ? u"bounced"_s
            : type == u"subscriber.complaint"                ? u"junk"_s
                                                             : u"unsubscribed"_s;
        m_services->mlCall("PUT", u"/subscribers/"_s + e.subscriberId, {{u"type"_s, mlType}});
        return e;
    }

    QList<Sync::WriteBack::Outcome> apply(Sync::WriteBack &writeBack,
                                          const QList<WebhookEvent> &events)
    {
        std::optional<QList<Sync::WriteBack::Outcome>> out;
        int calls = 0;
        writeBack.apply(events, [&](const QList<Sync::WriteBack::Outcome> &o) {
            ++calls;
            out = o;
        });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15000) || calls != 1) {
            return {};
        }
        return *out;
    }

    // The GHL echo of a change: the contact as the webhook carries it.
    WebhookEvent ghlEvent(const QString &type, const QString &contactId)
    {
        QJsonObject payload = m_services->ghlContact(contactId);
        payload.insert(u"type"_s, type);
        WebhookEvent e;
        e.source = WebhookEvent::Source::Ghl;
        e.id = u"wh-"_s + type + contactId;
        e.type = type;
        e.timestamp = m_clock.now();
        e.contactId = contactId;
        e.locationId = GhlFixture::Location;
        e.payload = payload;
        return e;
    }

    int ledgerEntries(const QString &contactId) const
    {
        return int(Store::ConsentLedger(*m_db).list(u"realtime"_s, contactId).value().size());
    }

private Q_SLOTS:
    void init()
    {
        m_clock.setNow(QDateTime::currentDateTimeUtc());
        m_services = std::make_unique<RealtimeFixture::Services>();
        QVERIFY(m_services->listen());
        // A first sync links the three contacts to new subscribers.
        const Sync::RunSummary first = m_services->run(m_services->request());
        QCOMPARE(first.outcome, Sync::RunSummary::Outcome::Succeeded);
        QCOMPARE(first.counts.created, 3);
        auto db = Store::StateDatabase::open(m_services->databasePath(), u"writeback-test"_s);
        QVERIFY2(db.ok(), qPrintable(GhlFixture::why(db)));
        m_db = std::move(db).value();
        QCOMPARE(link(GhlFixture::Ann).subscriberType, u"active"_s);
    }

    void cleanup()
    {
        m_ghl.reset();
        m_db.reset();
        m_services.reset();
    }

    void unsubscribeSetsEmailDnd()
    {
        Sync::WriteBack writeBack(client("pit-rw"), *m_db, m_clock,
                                  profile(RealtimeSettings::WriteBack::EmailDnd));
        const WebhookEvent event = optOut(u"subscriber.unsubscribe"_s, GhlFixture::Ann);
        QVERIFY(!writeBack.isEcho(ghlEvent(u"ContactDndUpdate"_s, GhlFixture::Ann)));

        const auto outcomes = apply(writeBack, {event});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, Kind::Written);
        QCOMPARE(outcomes.first().eventId, event.id);
        QCOMPARE(outcomes.first().contactId, GhlFixture::Ann);

        // Only the Email channel: the global flag, which blocks calls and texts too, stays off.
        const QJsonObject contact = m_services->ghlContact(GhlFixture::Ann);
        const QJsonObject email
            = contact.value("dndSettings"_L1).toObject().value("Email"_L1).toObject();
        QCOMPARE(email.value("status"_L1).toString(), u"active"_s);
        QVERIFY(email.value("message"_L1).toString().contains(u"MailerLite"_s));
        QVERIFY(email.value("message"_L1).toString().contains(u"subscriber.unsubscribe"_s));
        QVERIFY(!contact.value("dnd"_L1).toBool());

        const auto ledger = Store::ConsentLedger(*m_db).list(u"realtime"_s, GhlFixture::Ann);
        QCOMPARE(ledger.value().size(), 1);
        const Store::ConsentEntry &entry = ledger.value().first();
        QCOMPARE(entry.source, Store::ConsentEntry::Source::Writeback);
        QCOMPARE(entry.newStatus, u"unsubscribed"_s);
        QCOMPARE(entry.oldStatus, u"active"_s);
        QVERIFY(entry.reason.contains(u"subscriber.unsubscribe"_s));
        QCOMPARE(link(GhlFixture::Ann).subscriberType, u"unsubscribed"_s);

        // GHL's report of the change is the echo; other contacts' changes are not.
        QVERIFY(writeBack.isEcho(ghlEvent(u"ContactDndUpdate"_s, GhlFixture::Ann)));
        QVERIFY(writeBack.isEcho(ghlEvent(u"ContactUpdate"_s, GhlFixture::Ann)));
        QVERIFY(!writeBack.isEcho(ghlEvent(u"ContactDndUpdate"_s, GhlFixture::Bob)));
        QVERIFY(!writeBack.isEcho(ghlEvent(u"ContactDelete"_s, GhlFixture::Ann)));

        // The same event again: the contact has it already, so nothing is sent or recorded.
        const qint64 ghlBefore = m_services->ghlRequests();
        const auto again = apply(writeBack, {event});
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().kind, Kind::AlreadySet);
        QCOMPARE(m_services->ghlRequests() - ghlBefore, qint64(1)); // the GET only
        QCOMPARE(GhlFixture::requestsTo(*m_services->ghl, u"PUT /contacts/:contactId"_s),
                 qint64(1));
        QCOMPARE(ledgerEntries(GhlFixture::Ann), 1);

        // The sync that picks the changed contact up writes nothing to MailerLite.
        const qint64 mlWritesBefore = m_services->mlWrites();
        Sync::Plan plan;
        const Sync::RunSummary echo = m_services->run(m_services->request(), &plan);
        QCOMPARE(echo.outcome, Sync::RunSummary::Outcome::Succeeded);
        QCOMPARE(m_services->mlWrites() - mlWritesBefore, 0);
        QCOMPARE(plan.writeCount(), 0);
        const auto ann
            = std::find_if(plan.items.cbegin(), plan.items.cend(),
                           [](const Sync::PlanItem &i) { return i.contactId == GhlFixture::Ann; });
        QVERIFY2(ann != plan.items.cend(), "the changed contact is in the plan");
        QCOMPARE(ann->action, Sync::PlanItem::Action::SkipUnchanged);
        // MailerLite still has the subscriber unsubscribed.
        const QJsonObject subscriber
            = m_services->mlCall("GET", u"/subscribers/"_s + event.subscriberId).toObject();
        QCOMPARE(subscriber.value("type"_L1).toString(), u"unsubscribed"_s);

        // Past the echo window the same state is no longer taken for the write-back's echo.
        m_clock.setNow(m_clock.now().addSecs(11 * 60));
        QVERIFY(!writeBack.isEcho(ghlEvent(u"ContactDndUpdate"_s, GhlFixture::Ann)));
    }

    void bounceAndComplaintAddTheTag()
    {
        Sync::WriteBack writeBack(client("pit-rw"), *m_db, m_clock,
                                  profile(RealtimeSettings::WriteBack::Tag));
        const QList<WebhookEvent> events = {optOut(u"subscriber.bounced"_s, GhlFixture::Bob),
                                            optOut(u"subscriber.complaint"_s, GhlFixture::Ann)};
        const QJsonObject echoBefore = ghlEvent(u"ContactTagUpdate"_s, GhlFixture::Bob).payload;
        const auto outcomes = apply(writeBack, events);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0).kind, Kind::Written);
        QCOMPARE(outcomes.at(1).kind, Kind::Written);
        QCOMPARE(outcomes.at(1).eventId, events.at(1).id);

        for (const QString &id : {GhlFixture::Bob, GhlFixture::Ann}) {
            const QJsonObject contact = m_services->ghlContact(id);
            QVERIFY(contact.value("tags"_L1).toArray().contains(Tag));
            QVERIFY(contact.value("tags"_L1).toArray().contains(u"vip"_s)); // kept
            QVERIFY(!contact.value("dndSettings"_L1).toObject().contains("Email"_L1));
            QCOMPARE(ledgerEntries(id), 1);
        }
        QCOMPARE(Store::ConsentLedger(*m_db)
                     .list(u"realtime"_s, GhlFixture::Bob)
                     .value()
                     .first()
                     .newStatus,
                 u"bounced"_s);
        QCOMPARE(Store::ConsentLedger(*m_db)
                     .list(u"realtime"_s, GhlFixture::Ann)
                     .value()
                     .first()
                     .newStatus,
                 u"junk"_s);
        QCOMPARE(link(GhlFixture::Bob).subscriberType, u"bounced"_s);
        QCOMPARE(link(GhlFixture::Ann).subscriberType, u"junk"_s);

        QVERIFY(writeBack.isEcho(ghlEvent(u"ContactTagUpdate"_s, GhlFixture::Bob)));
        // The state before the write is not its echo, even for the same contact.
        WebhookEvent stale = ghlEvent(u"ContactTagUpdate"_s, GhlFixture::Bob);
        stale.payload = echoBefore;
        QVERIFY(!writeBack.isEcho(stale));

        const auto again = apply(writeBack, {events.at(0)});
        QCOMPARE(again.first().kind, Kind::AlreadySet);
        QCOMPARE(GhlFixture::requestsTo(*m_services->ghl, u"POST /contacts/:contactId/tags"_s),
                 qint64(2));

        const qint64 mlWritesBefore = m_services->mlWrites();
        Sync::Plan plan;
        const Sync::RunSummary sync = m_services->run(m_services->request(), &plan);
        QCOMPARE(sync.outcome, Sync::RunSummary::Outcome::Succeeded);
        QCOMPARE(plan.writeCount(), 0);
        QCOMPARE(m_services->mlWrites() - mlWritesBefore, 0);
    }

    void unknownSubscriberHasNoContact()
    {
        Sync::WriteBack writeBack(client("pit-rw"), *m_db, m_clock,
                                  profile(RealtimeSettings::WriteBack::EmailDnd));
        WebhookEvent e;
        e.source = WebhookEvent::Source::MailerLite;
        e.id = u"unknown"_s;
        e.type = u"subscriber.unsubscribe"_s;
        e.timestamp = m_clock.now();
        e.subscriberId = u"123456789"_s;
        e.email = u"nobody@example.com"_s;
        const qint64 before = m_services->ghlRequests();
        const auto outcomes = apply(writeBack, {e});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, Kind::NoContact);
        QVERIFY(!outcomes.first().message.isEmpty());
        QCOMPARE(m_services->ghlRequests() - before, qint64(1)); // one search by email

        // Not linked, but a GHL contact has the address: found by that one search.
        e.id = u"unlinked"_s;
        e.email = u"CY@example.com"_s;
        const auto found = apply(writeBack, {e});
        QCOMPARE(found.first().kind, Kind::Written);
        QCOMPARE(found.first().contactId, u"c000000000000000003"_s);
    }

    void offSendsNothing()
    {
        Sync::WriteBack writeBack(client("pit-rw"), *m_db, m_clock,
                                  profile(RealtimeSettings::WriteBack::Off));
        const qint64 before = m_services->ghlRequests();
        const auto outcomes
            = apply(writeBack, {optOut(u"subscriber.unsubscribe"_s, GhlFixture::Ann)});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, Kind::Off);
        QCOMPARE(m_services->ghlRequests(), before);
        QCOMPARE(ledgerEntries(GhlFixture::Ann), 0);
    }

    void readOnlyTokenFails()
    {
        Sync::WriteBack writeBack(client("pit-ro"), *m_db, m_clock,
                                  profile(RealtimeSettings::WriteBack::EmailDnd));
        const auto outcomes
            = apply(writeBack, {optOut(u"subscriber.unsubscribe"_s, GhlFixture::Ann)});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, Kind::Failed);
        QVERIFY2(outcomes.first().message.contains(u"contacts.write"_s),
                 qPrintable(outcomes.first().message));
        QVERIFY(!m_services->ghlContact(GhlFixture::Ann)
                     .value("dndSettings"_L1)
                     .toObject()
                     .contains("Email"_L1));
        QCOMPARE(ledgerEntries(GhlFixture::Ann), 0);
        QCOMPARE(link(GhlFixture::Ann).subscriberType, u"active"_s);
        // Nothing was written, so nothing can echo.
        QJsonObject payload = m_services->ghlContact(GhlFixture::Ann);
        payload.insert(u"dndSettings"_s,
                       QJsonObject {{u"Email"_s, QJsonObject {{u"status"_s, u"active"_s}}}});
        WebhookEvent e = ghlEvent(u"ContactDndUpdate"_s, GhlFixture::Ann);
        e.payload = payload;
        QVERIFY(!writeBack.isEcho(e));
    }
};

QTEST_GUILESS_MAIN(TestWriteBack)
#include "tst_writeback.moc"
