// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/payloadhash.h"
#include "sync/planner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Mapping::DesiredSubscriber;
using Sync::PlanItem;
using Sync::Planner;
using Action = Sync::PlanItem::Action;

namespace {

constexpr qint64 NewsletterGroup = 5001;
constexpr qint64 VipGroup = 5002;

DesiredSubscriber desired(const QString &id, const QString &email,
                          const QString &company = u"ACME"_s)
{
    DesiredSubscriber d;
    d.contactId = id;
    d.email = email;
    d.emailKey = email.trimmed().toLower();
    d.name = u"Name "_s + id;
    d.fields = {{u"company"_s, company}};
    d.groups = {{NewsletterGroup, u"Newsletter"_s, false}};
    return d;
}

// A link as the executor stores it after pushing `d`.
Store::Link linkFor(const DesiredSubscriber &d, qint64 subscriberId,
                    const QString &type = u"active"_s)
{
    Store::Link link;
    link.contactId = d.contactId;
    link.subscriberId = subscriberId;
    link.email = d.email;
    link.name = d.name;
    link.fields = d.fields;
    link.subscriberType = type;
    link.groups = {NewsletterGroup};
    link.payloadHash
        = Sync::payloadHash(d.emailKey, d.name, d.fields, link.groups, {}, type != u"active");
    return link;
}

Planner::Input input(const QList<DesiredSubscriber> &contacts)
{
    Planner::Input in;
    in.profile = u"p"_s;
    in.desired = contacts;
    in.groupsByName = {{u"newsletter"_s, NewsletterGroup}, {u"vip"_s, VipGroup}};
    in.managedGroups = {NewsletterGroup, VipGroup};
    return in;
}

const PlanItem *itemFor(const Sync::Plan &plan, const QString &contactId, Action action)
{
    for (const PlanItem &item : plan.items) {
        if (item.contactId == contactId && item.action == action) {
            return &item;
        }
    }
    return nullptr;
}

} // namespace

class TestPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newContactIsCreatedWithItsGroups()
    {
        const auto plan = Planner::plan(input({desired(u"c1"_s, u"New@Example.com"_s)}));
        QCOMPARE(plan.items.size(), 1);
        const PlanItem &item = plan.items.first();
        QCOMPARE(item.action, Action::Create);
        QCOMPARE(item.groupsAdd, QList<qint64> {NewsletterGroup});
        QCOMPARE(item.after.value(u"company"_s), u"ACME"_s);
        QVERIFY(!item.payloadHash.isEmpty());
    }

    void unchangedLinkedContactCostsNothing()
    {
        const DesiredSubscriber d = desired(u"c1"_s, u"a@example.com"_s);
        auto in = input({d});
        in.links.insert(d.contactId, linkFor(d, 77));
        const auto plan = Planner::plan(in);
        QCOMPARE(plan.items.first().action, Action::SkipUnchanged);
        QCOMPARE(plan.writeCount(), 0);
    }

    void changedContactIsUpdatedWithBeforeAndAfter()
    {
        const DesiredSubscriber old = desired(u"c1"_s, u"a@example.com"_s, u"Old Co"_s);
        auto in = input({desired(u"c1"_s, u"a@example.com"_s, u"New Co"_s)});
        in.links.insert(old.contactId, linkFor(old, 77));
        const auto plan = Planner::plan(in);
        const PlanItem &item = plan.items.first();
        QCOMPARE(item.action, Action::Update);
        QCOMPARE(item.subscriberId, 77);
        QCOMPARE(item.before.value(u"company"_s), u"Old Co"_s);
        QCOMPARE(item.after.value(u"company"_s), u"New Co"_s);
        QVERIFY(item.groupsAdd.isEmpty());
    }

    void emailDndUnsubscribesEvenWithInvalidFields()
    {
        DesiredSubscriber d = desired(u"c1"_s, u"a@example.com"_s);
        auto in = input({});
        in.links.insert(d.contactId, linkFor(d, 77));
        d.optedOut = true;
        d.errors.append({u"phone"_s, u"phone-invalid"_s, u"bad phone"_s});
        in.desired = {d};
        const auto plan = Planner::plan(in);
        const PlanItem &item = plan.items.first();
        QCOMPARE(item.action, Action::Unsubscribe);
        QCOMPARE(item.typeAfter, u"unsubscribed"_s);
    }

    void emailDndNeverCreates()
    {
        DesiredSubscriber d = desired(u"c1"_s, u"a@example.com"_s);
        d.optedOut = true;
        const auto plan = Planner::plan(input({d}));
        QCOMPARE(plan.items.first().action, Action::BlockedByConsent);
        QCOMPARE(plan.writeCount(), 0);
    }

    void invalidRecordIsSkippedWithReason()
    {
        DesiredSubscriber d = desired(u"c1"_s, u"a@example.com"_s);
        d.errors.append({u"phone"_s, u"phone-invalid"_s, u"The phone number cannot be read."_s});
        const auto plan = Planner::plan(input({d}));
        QCOMPARE(plan.items.first().action, Action::SkipInvalid);
        QVERIFY(plan.items.first().reason.contains(u"phone number"_s));
    }

    void unsubscribedInMailerLiteStaysUnsubscribed()
    {
        const DesiredSubscriber d = desired(u"c1"_s, u"a@example.com"_s);
        auto in = input({d});
        in.fullReconcile = true;
        in.remote.emplace();
        in.remote->insert(d.emailKey,
                          {88, d.email, u"unsubscribed"_s, d.name, d.fields, {NewsletterGroup}});
        const auto plan = Planner::plan(in);
        QCOMPARE(plan.items.first().action, Action::BlockedByConsent);
        QVERIFY(!plan.items.first().resubscribe);
        QCOMPARE(plan.writeCount(), 0);
    }

    void resubscribeOnlyWithPermissionAndNeverBounced_data()
    {
        QTest::addColumn<QString>("remoteType");
        QTest::addColumn<bool>("allow");
        QTest::addColumn<bool>("expectResubscribe");
        QTest::newRow("unsubscribed, allowed") << u"unsubscribed"_s << true << true;
        QTest::newRow("unsubscribed, not allowed") << u"unsubscribed"_s << false << false;
        QTest::newRow("bounced, allowed") << u"bounced"_s << true << false;
        QTest::newRow("junk, allowed") << u"junk"_s << true << false;
    }

    void resubscribeOnlyWithPermissionAndNeverBounced()
    {
        QFETCH(QString, remoteType);
        QFETCH(bool, allow);
        QFETCH(bool, expectResubscribe);
        const DesiredSubscriber d = desired(u"c1"_s, u"a@example.com"_s, u"Changed Co"_s);
        auto in = input({d});
        in.policy.allowResubscribe = allow;
        in.fullReconcile = true;
        in.remote.emplace();
        in.remote->insert(d.emailKey,
                          {88, d.email, remoteType, d.name, {{u"company"_s, u"Old"_s}}, {}});
        const auto plan = Planner::plan(in);
        const PlanItem &item = plan.items.first();
        QCOMPARE(item.resubscribe, expectResubscribe);
        QCOMPARE(item.typeAfter == u"active"_s, expectResubscribe);
    }

    void duplicateEmailsKeepOneSurvivor()
    {
        const DesiredSubscriber first = desired(u"c1"_s, u"Same@Example.com"_s);
        const DesiredSubscriber second = desired(u"c2"_s, u"same@example.com "_s);
        const auto plan = Planner::plan(input({first, second}));
        QVERIFY(itemFor(plan, u"c1"_s, Action::Create));
        QVERIFY(itemFor(plan, u"c2"_s, Action::Duplicate));
        QVERIFY(itemFor(plan, u"c2"_s, Action::Duplicate)->reason.contains(u"c1"_s));
    }

    void linkedDuplicateWins()
    {
        const DesiredSubscriber first = desired(u"c1"_s, u"same@example.com"_s);
        const DesiredSubscriber second = desired(u"c2"_s, u"same@example.com"_s);
        auto in = input({first, second});
        in.links.insert(second.contactId, linkFor(second, 90));
        const auto plan = Planner::plan(in);
        QVERIFY(itemFor(plan, u"c1"_s, Action::Duplicate));
        QVERIFY(itemFor(plan, u"c2"_s, Action::SkipUnchanged));
    }

    // A duplicate is not synced, so a group only it would join is not created.
    void duplicateCreatesNoGroup()
    {
        const DesiredSubscriber first = desired(u"c1"_s, u"same@example.com"_s);
        DesiredSubscriber second = desired(u"c2"_s, u"same@example.com"_s);
        second.groups.append({0, u"Only The Duplicate"_s, true});
        DesiredSubscriber other = desired(u"c3"_s, u"other@example.com"_s);
        other.groups.append({0, u"Fair"_s, true});
        const auto plan = Planner::plan(input({first, second, other}));
        QVERIFY(itemFor(plan, u"c2"_s, Action::Duplicate));
        QCOMPARE(plan.groupsToCreate, QStringList {u"Fair"_s});
    }

    void everyDuplicateNamesTheContactThatWins()
    {
        // The linked contact comes last: the two before it lose to it, not to each other.
        const DesiredSubscriber first = desired(u"c1"_s, u"same@example.com"_s);
        const DesiredSubscriber other = desired(u"c2"_s, u"other@example.com"_s);
        const DesiredSubscriber second = desired(u"c3"_s, u"Same@example.com"_s);
        const DesiredSubscriber linked = desired(u"c4"_s, u"same@example.com"_s);
        auto in = input({first, other, second, linked});
        in.links.insert(linked.contactId, linkFor(linked, 90));
        const auto plan = Planner::plan(in);
        QCOMPARE(plan.items.size(), 4);
        for (const QString &loser : {u"c1"_s, u"c3"_s}) {
            const PlanItem *item = itemFor(plan, loser, Action::Duplicate);
            QVERIFY2(item, qPrintable(loser));
            QVERIFY2(item->reason.contains(u"(c4)"_s), qPrintable(item->reason));
        }
        QVERIFY(itemFor(plan, u"c2"_s, Action::Create));
        QVERIFY(itemFor(plan, u"c4"_s, Action::SkipUnchanged));
        // Duplicates are listed first, in the order the contacts came.
        QCOMPARE(plan.items.at(0).contactId, u"c1"_s);
        QCOMPARE(plan.items.at(1).contactId, u"c3"_s);
    }

    void changedDuplicateNeverTakesOverTheLinkedSubscriber()
    {
        // Incremental run: only the duplicate changed, the synced owner of the email is absent.
        const DesiredSubscriber owner = desired(u"c1"_s, u"same@example.com"_s);
        const DesiredSubscriber duplicate = desired(u"c2"_s, u"SAME@example.com"_s, u"Other Co"_s);
        auto in = input({duplicate});
        in.links.insert(owner.contactId, linkFor(owner, 90));
        auto plan = Planner::plan(in);
        QCOMPARE(plan.items.size(), 1);
        QCOMPARE(plan.items.first().action, Action::Duplicate);
        QVERIFY(plan.items.first().reason.contains(u"c1"_s));
        QCOMPARE(plan.writeCount(), 0);

        // A full run that no longer finds the owner (deleted in GHL) lets the email move on.
        in.fullReconcile = true;
        in.remote.emplace();
        in.remote->insert(
            owner.emailKey,
            {90, owner.email, u"active"_s, owner.name, owner.fields, {NewsletterGroup}});
        plan = Planner::plan(in);
        QCOMPARE(plan.items.first().action, Action::Update);
        QCOMPARE(plan.items.first().subscriberId, 90);
    }

    void modesRestrictWhatHappens()
    {
        const DesiredSubscriber linked = desired(u"c1"_s, u"a@example.com"_s, u"New"_s);
        const DesiredSubscriber fresh = desired(u"c2"_s, u"b@example.com"_s);
        auto in = input({linked, fresh});
        in.links.insert(linked.contactId,
                        linkFor(desired(u"c1"_s, u"a@example.com"_s, u"Old"_s), 1));
        in.policy.mode = Sync::SyncPolicy::Mode::UpdateOnly;
        auto plan = Planner::plan(in);
        QVERIFY(itemFor(plan, u"c1"_s, Action::Update));
        QVERIFY(itemFor(plan, u"c2"_s, Action::SkipUnchanged));
        in.policy.mode = Sync::SyncPolicy::Mode::CreateOnly;
        plan = Planner::plan(in);
        QVERIFY(itemFor(plan, u"c1"_s, Action::SkipUnchanged));
        QVERIFY(itemFor(plan, u"c2"_s, Action::Create));
    }

    void emailChangeCreatesNewAndAppliesPolicyToOld()
    {
        const DesiredSubscriber old = desired(u"c1"_s, u"old@example.com"_s);
        auto in = input({desired(u"c1"_s, u"new@example.com"_s)});
        in.links.insert(old.contactId, linkFor(old, 70));
        in.policy.onEmailChange = Sync::SyncPolicy::Departure::Unsubscribe;
        const auto plan = Planner::plan(in);
        const PlanItem *unsubscribe = itemFor(plan, u"c1"_s, Action::Unsubscribe);
        QVERIFY(unsubscribe);
        QCOMPARE(unsubscribe->subscriberId, 70);
        QCOMPARE(unsubscribe->email, u"old@example.com"_s);
        QVERIFY(itemFor(plan, u"c1"_s, Action::Create));

        in.policy.onEmailChange = Sync::SyncPolicy::Departure::Leave;
        QVERIFY(!itemFor(Planner::plan(in), u"c1"_s, Action::Unsubscribe));
    }

    void mirrorCleansUpDeletedAndUntaggedContacts()
    {
        const DesiredSubscriber kept = desired(u"c1"_s, u"a@example.com"_s);
        DesiredSubscriber untagged = desired(u"c2"_s, u"b@example.com"_s);
        const DesiredSubscriber deleted = desired(u"c3"_s, u"c@example.com"_s);
        auto in = input({});
        in.links.insert(kept.contactId, linkFor(kept, 1));
        in.links.insert(untagged.contactId, linkFor(untagged, 2));
        in.links.insert(deleted.contactId, linkFor(deleted, 3));
        untagged.inSyncedSet = false;
        in.desired = {kept, untagged};
        in.fullReconcile = true;
        in.policy.mode = Sync::SyncPolicy::Mode::Mirror;
        in.policy.onLeaveSet = Sync::SyncPolicy::Departure::RemoveFromGroups;
        in.policy.maxDestructivePercent = 100;
        const auto plan = Planner::plan(in);
        const PlanItem *removed = itemFor(plan, u"c3"_s, Action::RemoveFromGroups);
        QVERIFY(removed);
        QCOMPARE(removed->groupsRemove, QList<qint64> {NewsletterGroup});
        QVERIFY(itemFor(plan, u"c2"_s, Action::RemoveFromGroups));
        QVERIFY(itemFor(plan, u"c1"_s, Action::SkipUnchanged));

        in.policy.mode = Sync::SyncPolicy::Mode::Upsert; // only mirror cleans up
        QCOMPARE(Planner::plan(in).destructiveCount(), 0);
    }

    void tagRulesAddRemoveAndCreateGroups()
    {
        DesiredSubscriber d = desired(u"c1"_s, u"a@example.com"_s);
        auto in = input({});
        Store::Link link = linkFor(d, 1);
        link.groups = {NewsletterGroup, VipGroup};
        in.links.insert(d.contactId, link);
        d.groups = {{NewsletterGroup, u"Newsletter"_s, false},
                    {0, u"Webinar 2026"_s, true},
                    {0, u"Nope"_s, false}};
        d.groupsToLeave = {{VipGroup, u"VIP"_s, false}};
        in.desired = {d};
        const auto plan = Planner::plan(in);
        const PlanItem &item = plan.items.first();
        QCOMPARE(item.action, Action::Update);
        QCOMPARE(item.groupsRemove, QList<qint64> {VipGroup});
        QCOMPARE(item.groupNamesAdd, QStringList {u"Webinar 2026"_s});
        QCOMPARE(plan.groupsToCreate, QStringList {u"Webinar 2026"_s});
        QVERIFY(item.reason.contains(u"Nope"_s));
    }

    void blastRadiusStopsMassUnsubscribes()
    {
        auto in = input({});
        for (int i = 0; i < 30; ++i) {
            DesiredSubscriber d = desired(u"c%1"_s.arg(i), u"p%1@example.com"_s.arg(i));
            in.links.insert(d.contactId, linkFor(d, 100 + i));
            d.optedOut = i < 12; // 12 of 30 = 40% > 10%
            in.desired.append(d);
        }
        auto plan = Planner::plan(in);
        QVERIFY(plan.blastRadiusExceeded);
        QVERIFY(plan.blastRadiusMessage.contains(u"12"_s));
        in.policy.maxDestructivePercent = 50;
        QVERIFY(!Planner::plan(in).blastRadiusExceeded);
        in.policy.maxDestructiveCount = 5;
        QVERIFY(Planner::plan(in).blastRadiusExceeded);
    }

    void fullReconcileDetectsDriftButIgnoresUnmappedFields()
    {
        const DesiredSubscriber d = desired(u"c1"_s, u"a@example.com"_s);
        auto in = input({d});
        in.links.insert(d.contactId, linkFor(d, 1));
        in.fullReconcile = true;
        in.remote.emplace();
        QMap<QString, QString> remoteFields = d.fields;
        remoteFields.insert(u"city"_s, u"Elsewhere"_s); // not mapped: no drift
        in.remote->insert(d.emailKey,
                          {1, d.email, u"active"_s, d.name, remoteFields, {NewsletterGroup}});
        QCOMPARE(Planner::plan(in).items.first().action, Action::SkipUnchanged);
        remoteFields.insert(u"company"_s, u"Edited in MailerLite"_s);
        in.remote->insert(d.emailKey,
                          {1, d.email, u"active"_s, d.name, remoteFields, {NewsletterGroup}});
        const auto plan = Planner::plan(in);
        QCOMPARE(plan.items.first().action, Action::Update);
        QVERIFY(plan.items.first().reason.contains(u"MailerLite differs"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
