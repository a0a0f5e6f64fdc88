// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/linkindex.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Session::LinkIndex;
using Session::LinkStatus;

namespace {

Ghl::Contact contact(const QString &id, const QString &email)
{
    Ghl::Contact c;
    c.id = id;
    c.email = email;
    return c;
}

MailerLite::Subscriber subscriber(qint64 id, const QString &email)
{
    MailerLite::Subscriber s;
    s.id = id;
    s.email = email;
    return s;
}

Store::Link link(const QString &contactId, qint64 subscriberId)
{
    Store::Link l;
    l.contactId = contactId;
    l.subscriberId = subscriberId;
    return l;
}

constexpr qint64 bigId = 9007199254740993LL; // beyond a double's precision

} // namespace

class TestLinkIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkedWhenLinkAndEmailAgree()
    {
        LinkIndex index;
        index.setLinks({link(u"c1"_s, bigId)});
        index.addContacts({contact(u"c1"_s, u" Ada@Example.com "_s)});
        index.addSubscribers({subscriber(bigId, u"ada@example.COM"_s)});
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Linked);
        QCOMPARE(index.subscriberStatus(bigId), LinkStatus::Linked);
        QCOMPARE(index.subscriberOf(u"c1"_s), std::optional<qint64>(bigId));
        QCOMPARE(index.contactOf(bigId), std::optional<QString>(u"c1"_s));
        QVERIFY(index.conflictReason(u"c1"_s).isEmpty());
    }

    void emailMatchWithoutLink()
    {
        LinkIndex index;
        index.addSubscribers({subscriber(5, u"Bob@x.test"_s)});
        index.addContacts({contact(u"c2"_s, u"bob@x.test"_s)});
        QCOMPARE(index.contactStatus(u"c2"_s), LinkStatus::EmailMatch);
        QCOMPARE(index.subscriberStatus(5), LinkStatus::EmailMatch);
        QCOMPARE(index.subscriberOf(u"c2"_s), std::optional<qint64>(5));
        QCOMPARE(index.contactOf(5), std::optional<QString>(u"c2"_s));
    }

    void onlyOneSide()
    {
        LinkIndex index;
        index.addContacts({contact(u"c3"_s, u"carol@x.test"_s), contact(u"c4"_s, {})});
        index.addSubscribers({subscriber(6, u"dave@x.test"_s), subscriber(7, {})});
        QCOMPARE(index.contactStatus(u"c3"_s), LinkStatus::GhlOnly);
        QCOMPARE(index.contactStatus(u"c4"_s), LinkStatus::GhlOnly);
        QCOMPARE(index.subscriberStatus(6), LinkStatus::MailerLiteOnly);
        QCOMPARE(index.subscriberStatus(7), LinkStatus::MailerLiteOnly);
        QCOMPARE(index.subscriberOf(u"c3"_s), std::nullopt);
        QCOMPARE(index.subscriberOf(u"c4"_s), std::nullopt);
        QCOMPARE(index.contactOf(6), std::nullopt);
        QCOMPARE(index.contactOf(7), std::nullopt);
        // Unknown ids are answered, not asserted on.
        QCOMPARE(index.subscriberStatus(999), LinkStatus::MailerLiteOnly);
    }

    void conflictWhenLinkedEmailsDiffer()
    {
        LinkIndex index;
        index.setLinks({link(u"c1"_s, 8)});
        index.addContacts({contact(u"c1"_s, u"new@x.test"_s)});
        index.addSubscribers({subscriber(8, u"old@x.test"_s)});
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Conflict);
        QCOMPARE(index.subscriberStatus(8), LinkStatus::Conflict);
        const QString reason = index.conflictReason(u"c1"_s);
        QVERIFY2(reason.contains(u"old@x.test"_s) && reason.contains(u"new@x.test"_s),
                 qPrintable(reason));
    }

    void conflictWhenLinkedSubscriberIsGone()
    {
        LinkIndex index;
        index.setLinks({link(u"c1"_s, 9)});
        index.addContacts({contact(u"c1"_s, u"a@x.test"_s)});
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Conflict);
        QVERIFY(index.conflictReason(u"c1"_s).contains(u"no longer exists"_s));
        // The partner is still the linked record, even though it is not loaded.
        QCOMPARE(index.subscriberOf(u"c1"_s), std::optional<qint64>(9));
        // Once its page arrives the conflict resolves itself.
        index.addSubscribers({subscriber(9, u"A@x.test"_s)});
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Linked);
    }

    void conflictWhenSeveralContactsShareTheEmail()
    {
        LinkIndex index;
        index.addContacts({contact(u"c1"_s, u"twin@x.test"_s)});
        index.addContacts({contact(u"c2"_s, u"TWIN@x.test"_s)});
        index.addSubscribers({subscriber(10, u"twin@x.test"_s)});
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Conflict);
        QCOMPARE(index.contactStatus(u"c2"_s), LinkStatus::Conflict);
        QCOMPARE(index.subscriberStatus(10), LinkStatus::Conflict);
        QCOMPARE(index.contactOf(10), std::optional<QString>(u"c1"_s));
        QVERIFY(index.conflictReason(u"c2"_s).contains(u"2 contact"_s));
        // Without a subscriber the duplicate is still a conflict.
        LinkIndex alone;
        alone.addContacts({contact(u"c1"_s, u"t@x.test"_s), contact(u"c2"_s, u"t@x.test"_s)});
        QCOMPARE(alone.contactStatus(u"c1"_s), LinkStatus::Conflict);
        // Removing one twin clears it.
        alone.removeContact(u"c2"_s);
        QCOMPARE(alone.contactStatus(u"c1"_s), LinkStatus::GhlOnly);
        // Once a sync links one twin, that pair is linked; the other twin is the conflict.
        index.setLinks({link(u"c2"_s, 10)});
        QCOMPARE(index.contactStatus(u"c2"_s), LinkStatus::Linked);
        QCOMPARE(index.subscriberStatus(10), LinkStatus::Linked);
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Conflict);
        QVERIFY(index.conflictReason(u"c1"_s).contains(u"share the email"_s));
    }

    void conflictWhenTheMatchBelongsToAnotherContact()
    {
        LinkIndex index;
        index.setLinks({link(u"owner"_s, 11)});
        index.addContacts(
            {contact(u"owner"_s, u"old@x.test"_s), contact(u"other"_s, u"shared@x.test"_s)});
        index.addSubscribers({subscriber(11, u"shared@x.test"_s)});
        QCOMPARE(index.contactStatus(u"owner"_s), LinkStatus::Conflict);
        QCOMPARE(index.contactStatus(u"other"_s), LinkStatus::Conflict);
        QVERIFY(index.conflictReason(u"other"_s).contains(u"owner"_s));
        QCOMPARE(index.contactOf(11), std::optional<QString>(u"owner"_s));
    }

    void conflictWhenTwoContactsLinkToOneSubscriber()
    {
        LinkIndex index;
        index.setLinks({link(u"c1"_s, 12), link(u"c2"_s, 12)});
        index.addContacts({contact(u"c1"_s, u"a@x.test"_s), contact(u"c2"_s, u"b@x.test"_s)});
        index.addSubscribers({subscriber(12, u"a@x.test"_s)});
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Conflict);
        QCOMPARE(index.subscriberStatus(12), LinkStatus::Conflict);
        QVERIFY(index.conflictReason(u"c1"_s).contains(u"same MailerLite subscriber"_s));
    }

    void linkOfAnUnloadedContactIsIgnoredForTheSubscriber()
    {
        LinkIndex index;
        index.setLinks({link(u"deleted"_s, 13)});
        index.addSubscribers({subscriber(13, u"e@x.test"_s)});
        QCOMPARE(index.subscriberStatus(13), LinkStatus::MailerLiteOnly);
        index.addContacts({contact(u"fresh"_s, u"E@x.test"_s)});
        QCOMPARE(index.subscriberStatus(13), LinkStatus::EmailMatch);
        QCOMPARE(index.contactOf(13), std::optional<QString>(u"fresh"_s));
    }

    void orderOfArrivalDoesNotMatter()
    {
        LinkIndex first;
        first.addSubscribers({subscriber(14, u"f@x.test"_s)});
        first.addContacts({contact(u"c1"_s, u"f@x.test"_s)});
        first.setLinks({link(u"c1"_s, 14)});
        LinkIndex second;
        second.setLinks({link(u"c1"_s, 14)});
        second.addContacts({contact(u"c1"_s, u"f@x.test"_s)});
        second.addSubscribers({subscriber(14, u"f@x.test"_s)});
        QCOMPARE(first.contactStatus(u"c1"_s), LinkStatus::Linked);
        QCOMPARE(second.contactStatus(u"c1"_s), LinkStatus::Linked);
    }

    void updatesReplaceTheRecord()
    {
        LinkIndex index;
        index.setLinks({link(u"c1"_s, 15)});
        index.addContacts({contact(u"c1"_s, u"g@x.test"_s)});
        index.addSubscribers({subscriber(15, u"h@x.test"_s)});
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Conflict);
        index.updateContact(contact(u"c1"_s, u"h@x.test"_s)); // fixed at the source
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Linked);
        index.updateSubscriber(subscriber(15, u"i@x.test"_s));
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Conflict);
        index.updateSubscriber(subscriber(15, u"h@x.test"_s));
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Linked);
        // The old address no longer matches anyone.
        index.addContacts({contact(u"c9"_s, u"i@x.test"_s)});
        QCOMPARE(index.contactStatus(u"c9"_s), LinkStatus::GhlOnly);
        index.removeContact(u"c1"_s);
        QCOMPARE(index.subscriberStatus(15), LinkStatus::MailerLiteOnly);
    }

    void setLinksReplacesAndClearEmpties()
    {
        LinkIndex index;
        index.setLinks({link(u"c1"_s, 16)});
        index.addContacts({contact(u"c1"_s, u"j@x.test"_s)});
        index.addSubscribers({subscriber(16, u"j@x.test"_s)});
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::Linked);
        index.setLinks({});
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::EmailMatch);
        index.clear();
        QCOMPARE(index.contactStatus(u"c1"_s), LinkStatus::GhlOnly);
        QCOMPARE(index.subscriberOf(u"c1"_s), std::nullopt);
    }

    void setLinksReportsWhatChanged()
    {
        LinkIndex index;
        Store::Link a = link(u"a"_s, 20);
        a.payloadHash = u"h1"_s;
        a.syncedAt = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
        Store::Link b = link(u"b"_s, 21);
        b.payloadHash = u"h2"_s;
        QCOMPARE(index.setLinks({a, b}).size(), 2); // all new
        // A run that pushed nothing only renews syncedAt: nothing to show again.
        a.syncedAt = a.syncedAt.addSecs(60);
        QVERIFY(index.setLinks({a, b}).isEmpty());
        Store::Link pushed = b;
        pushed.payloadHash = u"h3"_s;
        Store::Link unsubscribed = a;
        unsubscribed.subscriberType = u"unsubscribed"_s;
        Store::Link fresh = link(u"c"_s, 22);
        const QList<Store::Link> changed = index.setLinks({unsubscribed, pushed, fresh});
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.at(1).payloadHash, u"h3"_s);
        Store::Link moved = fresh;
        moved.subscriberId = 23; // an email change made a new subscriber
        QCOMPARE(index.setLinks({unsubscribed, pushed, moved}).size(), 1);
        index.clear();
        QCOMPARE(index.setLinks({unsubscribed}).size(), 1);
    }

    void everyStatusHasAReason()
    {
        LinkIndex index;
        index.setLinks({link(u"linked"_s, 30)});
        index.addContacts({contact(u"linked"_s, u"l@x.test"_s), contact(u"match"_s, u"m@x.test"_s),
                           contact(u"alone"_s, u"a@x.test"_s), contact(u"noemail"_s, {}),
                           contact(u"owner"_s, u"o@x.test"_s)});
        index.addSubscribers({subscriber(30, u"l@x.test"_s), subscriber(31, u"m@x.test"_s),
                              subscriber(32, u"s@x.test"_s)});
        QVERIFY(index.contactStatusReason(u"linked"_s).contains(u"subscriber 30"_s));
        QVERIFY(index.contactStatusReason(u"match"_s).contains(u"Not linked yet"_s));
        QVERIFY(index.contactStatusReason(u"match"_s).contains(u"31"_s));
        QVERIFY(index.contactStatusReason(u"alone"_s).contains(u"No loaded MailerLite"_s));
        QVERIFY(index.contactStatusReason(u"noemail"_s).contains(u"no email"_s));
        QVERIFY(index.subscriberStatusReason(30).contains(u"contact linked"_s));
        QVERIFY(index.subscriberStatusReason(31).contains(u"contact match"_s));
        QVERIFY(index.subscriberStatusReason(32).contains(u"No loaded GHL contact"_s));
        // A subscriber whose address belongs to a contact linked elsewhere says so.
        index.setLinks({link(u"linked"_s, 30), link(u"owner"_s, 33)});
        index.addSubscribers({subscriber(33, u"old-o@x.test"_s), subscriber(34, u"O@x.test"_s)});
        QCOMPARE(index.subscriberStatus(34), LinkStatus::Conflict);
        const QString reason = index.subscriberStatusReason(34);
        QVERIFY2(reason.contains(u"owner"_s) && reason.contains(u"33"_s), qPrintable(reason));
        QCOMPARE(LinkIndex::shortStatusText(LinkStatus::EmailMatch), u"Email match"_s);
    }

    void journalNamesWhatAChangeCanAffect()
    {
        LinkIndex index;
        index.setLinks({link(u"c1"_s, 7)});
        index.addContacts({contact(u"c1"_s, u"a@x.test"_s), contact(u"c2"_s, u"b@x.test"_s)});
        const quint64 cursor = index.changeCursor();
        QVERIFY(index.changesSince(cursor));
        QVERIFY(index.changesSince(cursor)->empty());

        // A subscriber with c2's address names itself and c2, not c1.
        index.addSubscribers({subscriber(8, u"B@x.test"_s)});
        const auto changes = index.changesSince(cursor);
        QVERIFY(changes);
        QSet<QString> contacts;
        QSet<qint64> subscribers;
        for (const LinkIndex::Touched &touched : *changes) {
            if (touched.contactId.isEmpty()) {
                subscribers.insert(touched.subscriberId);
            } else {
                contacts.insert(touched.contactId);
            }
        }
        QCOMPARE(contacts, QSet<QString>({u"c2"_s}));
        QCOMPARE(subscribers, QSet<qint64>({8}));

        // The linked subscriber arriving names its linker.
        const quint64 before = index.changeCursor();
        index.addSubscribers({subscriber(7, u"a@x.test"_s)});
        bool namesLinker = false;
        const auto linkerChanges = index.changesSince(before);
        QVERIFY(linkerChanges);
        for (const LinkIndex::Touched &touched : *linkerChanges) {
            namesLinker = namesLinker || touched.contactId == u"c1"_s;
        }
        QVERIFY(namesLinker);

        // New links can change any row: readers must re-read everything.
        index.setLinks({});
        QVERIFY(!index.changesSince(cursor));
        QVERIFY(index.changesSince(index.changeCursor()));
        index.clear();
        QVERIFY(!index.changesSince(before));
    }

    void statusTextsAreDistinct()
    {
        const QStringList texts {LinkIndex::statusText(LinkStatus::Linked),
                                 LinkIndex::statusText(LinkStatus::EmailMatch),
                                 LinkIndex::statusText(LinkStatus::GhlOnly),
                                 LinkIndex::statusText(LinkStatus::MailerLiteOnly),
                                 LinkIndex::statusText(LinkStatus::Conflict)};
        QCOMPARE(texts.at(1), u"Email match only"_s);
        QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()).size(), 5);
    }

    // 100,000 contacts and subscribers: indexing and answering every status stays cheap,
    // because the Contacts page re-reads all statuses after each page.
    // Ids and addresses are interned in LinkIndexSlots: many of them, grown page by page or
    // reserved up front, must each keep their own handle and answer like the first one.
    void internsManyIdsGrownOrReserved_data()
    {
        QTest::addColumn<bool>("reserve");
        QTest::newRow("grown") << false;
        QTest::newRow("reserved") << true;
    }

    void internsManyIdsGrownOrReserved()
    {
        QFETCH(bool, reserve);
        constexpr int n = 30000;
        LinkIndex index;
        if (reserve) {
            index.reserveContacts(n);
            index.reserveSubscribers(n / 2);
        }
        for (int first = 0; first < n; first += 500) {
            QList<Ghl::Contact> page;
            for (int i = first; i < first + 500; ++i) {
                // Ids of one length, addresses shared in pairs and differing only in case.
                page.append(contact(u"c%1"_s.arg(i, 6, 10, QLatin1Char('0')),
                                    (i % 2 ? u"USER%1@x.test"_s : u"user%1@x.test"_s).arg(i / 2)));
            }
            index.addContacts(page);
        }
        QSet<int> handles;
        for (int i = 0; i < n; ++i) {
            const int handle = index.contactHandle(u"c%1"_s.arg(i, 6, 10, QLatin1Char('0')));
            QVERIFY(handle >= 0);
            handles.insert(handle);
        }
        QCOMPARE(handles.size(), n);
        QCOMPARE(index.contactHandle(u"c%1"_s.arg(n, 6, 10, QLatin1Char('0'))), -1);
        QCOMPARE(index.contactHandle(QString()), -1);
        // Each address was filed once, whatever its case: the pairs conflict.
        QCOMPARE(index.contactStatus(u"c000042"_s), LinkStatus::Conflict);
        index.addSubscribers({subscriber(7, u"user20@X.TEST"_s)});
        QCOMPARE(index.subscriberStatus(7), LinkStatus::Conflict);
        index.clear();
        QCOMPARE(index.contactHandle(u"c000042"_s), -1);
        index.addContacts({contact(u"c000042"_s, u"solo@x.test"_s)});
        index.addSubscribers({subscriber(8, u"Solo@x.test"_s)});
        QCOMPARE(index.contactStatus(u"c000042"_s), LinkStatus::EmailMatch);
        QCOMPARE(index.contactHandle(u"c000042"_s), 0);
    }

    void scalesToHundredThousand()
    {
        constexpr int n = 100000;
        QList<Ghl::Contact> contacts;
        QList<MailerLite::Subscriber> subscribers;
        QList<Store::Link> links;
        for (int i = 0; i < n; ++i) {
            const QString email = u"user%1@x.test"_s.arg(i);
            contacts.append(contact(u"c%1"_s.arg(i), email));
            subscribers.append(subscriber(i + 1, email));
            if (i % 2 == 0) {
                links.append(link(u"c%1"_s.arg(i), i + 1));
            }
        }
        QElapsedTimer timer;
        timer.start();
        LinkIndex index;
        index.setLinks(links);
        index.addContacts(contacts);
        index.addSubscribers(subscribers);
        const qint64 buildMs = timer.restart();
        int linked = 0;
        for (const Ghl::Contact &c : std::as_const(contacts)) {
            linked += index.contactStatus(c.id) == LinkStatus::Linked ? 1 : 0;
        }
        for (const MailerLite::Subscriber &s : std::as_const(subscribers)) {
            linked += index.subscriberStatus(s.id) == LinkStatus::Linked ? 1 : 0;
        }
        const qint64 queryMs = timer.elapsed();
        qInfo("100,000 + 100,000 records: index built in %lld ms, all statuses in %lld ms", buildMs,
              queryMs);
        QCOMPARE(linked, n); // half of each side
        QVERIFY2(queryMs < 2000, "answering every status must stay well under a second");
    }
};

QTEST_GUILESS_MAIN(TestLinkIndex)
#include "tst_linkindex.moc"
