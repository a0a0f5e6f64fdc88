// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A large plan is made in slices on the thread pool; it must equal the plan one thread makes,
// item for item and in order, whatever falls on a slice boundary: duplicates far apart, a
// group to create spelt differently in two slices, linked and opted-out contacts, email
// changes and departures.
#include "sync/payloadhash.h"
#include "sync/planner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Mapping::DesiredSubscriber;
using Sync::Planner;
using Action = Sync::PlanItem::Action;

namespace {

constexpr int Contacts = 3 * Planner::ParallelThreshold;
constexpr qint64 NewsletterGroup = 5001;

QString id(int i)
{
    return u"c%1"_s.arg(i, 5, 10, QChar(u'0'));
}

DesiredSubscriber contact(int i)
{
    DesiredSubscriber d;
    d.contactId = id(i);
    // Every 97th contact repeats the email of one 4,000 places earlier: another slice.
    const int emailOf = i % 97 == 0 && i >= 4000 ? i - 4000 : i;
    d.email = u"Person%1@Example.com"_s.arg(emailOf);
    if (i % 31 == 0) {
        d.errors.append({u"phone"_s, u"phone-invalid"_s, u"not a phone number"_s}); // skipped
    }
    d.emailKey = d.email.toLower();
    d.name = u"Person %1"_s.arg(i);
    d.fields = {{u"company"_s, u"Company %1"_s.arg(i % 50)}};
    d.optedOut = i % 23 == 0;
    d.inSyncedSet = i % 41 != 0;
    d.groups = {{NewsletterGroup, u"Newsletter"_s, false}};
    if (i % 17 == 0) {
        // A group to create, spelt one way in the first slices and another in the last.
        d.groups.append({0, i > 5000 ? u"Autumn Fair"_s : u"autumn fair"_s, true});
    }
    return d;
}

Store::Link linkFor(const DesiredSubscriber &d, qint64 subscriberId, bool stale)
{
    Store::Link link;
    link.contactId = d.contactId;
    link.subscriberId = subscriberId;
    link.email = d.email;
    link.name = d.name;
    link.fields = {{u"company"_s, stale ? u"Old Co"_s : d.fields.value(u"company"_s)}};
    link.subscriberType = subscriberId % 5 == 0 ? u"unsubscribed"_s : u"active"_s;
    link.groups = {NewsletterGroup};
    link.payloadHash = Sync::payloadHash(d.emailKey, d.name, d.fields, link.groups, {},
                                         link.subscriberType != u"active");
    return link;
}

Planner::Input input(bool fullReconcile)
{
    Planner::Input in;
    in.profile = u"p"_s;
    in.now = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
    in.fullReconcile = fullReconcile;
    in.policy.mode = Sync::SyncPolicy::Mode::Mirror;
    in.policy.onLeaveSet = Sync::SyncPolicy::Departure::RemoveFromGroups;
    in.policy.maxDestructiveCount = Contacts;
    in.policy.maxDestructivePercent = 100;
    in.groupsByName = {{u"newsletter"_s, NewsletterGroup}};
    in.managedGroups = {NewsletterGroup};
    for (int i = 0; i < Contacts; ++i) {
        DesiredSubscriber d = contact(i);
        if (i % 3 == 0) {
            Store::Link link = linkFor(d, 100000 + i, i % 9 == 0);
            if (i % 43 == 0) {
                link.email = u"old.%1@example.com"_s.arg(i); // the email changed since
            }
            in.links.insert(d.contactId, link);
        }
        in.desired.append(std::move(d));
    }
    // Linked contacts that no longer come from GHL: departures on a full run.
    for (int i = Contacts; i < Contacts + 50; ++i) {
        in.links.insert(id(i), linkFor(contact(i), 100000 + i, false));
    }
    return in;
}

} // namespace

class TestPlannerParallel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slicesPlanAsOneThreadDoes_data()
    {
        QTest::addColumn<bool>("fullReconcile");
        QTest::newRow("incremental") << false;
        QTest::newRow("full reconcile") << true;
    }

    void slicesPlanAsOneThreadDoes()
    {
        QFETCH(bool, fullReconcile);
        Planner::Input in = input(fullReconcile);
        in.parallel = false;
        const Sync::Plan alone = Planner::plan(in);
        in.parallel = true;
        const Sync::Plan sliced = Planner::plan(in);

        // The scenario reaches what could differ between slices.
        QVERIFY(alone.count(Action::Duplicate) > 10);
        QVERIFY(alone.count(Action::SkipInvalid) > 10);
        QVERIFY(alone.count(Action::Unsubscribe) > 10);
        QVERIFY(alone.count(Action::Create) > 1000);
        QVERIFY(alone.count(Action::SkipUnchanged) > 100);
        QCOMPARE(alone.groupsToCreate, QStringList {u"autumn fair"_s});
        if (fullReconcile) {
            QVERIFY(alone.count(Action::RemoveFromGroups) >= 50);
        }

        QCOMPARE(sliced.items.size(), alone.items.size());
        for (qsizetype i = 0; i < alone.items.size(); ++i) {
            QVERIFY2(sliced.items.at(i).contactId == alone.items.at(i).contactId,
                     qPrintable(u"item %1"_s.arg(i)));
        }
        QCOMPARE(sliced.groupsToCreate, alone.groupsToCreate);
        QCOMPARE(sliced.toJson(), alone.toJson());
    }
};

QTEST_GUILESS_MAIN(TestPlannerParallel)
#include "tst_plannerparallel.moc"
