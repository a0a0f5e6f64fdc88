// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacttablemodel.h"
#include "recordfilterproxy.h"
#include "subscribertablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Session::LinkStatus;

namespace {

QList<Ghl::Contact> makeContacts(int first, int count)
{
    QList<Ghl::Contact> contacts;
    for (int i = first; i < first + count; ++i) {
        Ghl::Contact c;
        c.id = u"c%1"_s.arg(i);
        c.firstName = u"First%1"_s.arg(i);
        c.lastName = u"Last"_s;
        c.email = u"User%1@Example.test"_s.arg(i);
        c.phone = u"+4930%1"_s.arg(i);
        c.tags = {i % 2 ? u"newsletter"_s : u"VIP"_s};
        contacts.append(c);
    }
    return contacts;
}

QList<MailerLite::Subscriber> makeSubscribers(int first, int count)
{
    QList<MailerLite::Subscriber> subscribers;
    for (int i = first; i < first + count; ++i) {
        MailerLite::Subscriber s;
        s.id = 1000000 + i;
        s.email = u"user%1@example.test"_s.arg(i);
        s.name = u"Sub%1"_s.arg(i);
        s.type = i % 3 ? u"active"_s : u"unsubscribed"_s;
        subscribers.append(s);
    }
    return subscribers;
}

} // namespace

class TestContactModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactModelPassesTheTester()
    {
        Session::LinkIndex index;
        ContactTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLinkIndex(&index);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const auto page = makeContacts(0, 50);
        index.addContacts(page);
        model.appendContacts(page);
        QCOMPARE(inserted.size(), 1); // one insert per page
        QCOMPARE(model.rowCount(), 50);
        model.appendContacts(makeContacts(40, 20)); // ten known, ten new
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(0, ContactTableModel::NameColumn).data().toString(), u"First0 Last"_s);
        QCOMPARE(model.index(0, ContactTableModel::StatusColumn).data().toString(), u"GHL only"_s);

        // A subscriber page turns matching contacts into email matches, through the sweep.
        index.addSubscribers(makeSubscribers(0, 5));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshStatuses();
        QSignalSpy settled(&model, &RecordTableModel::statusesSettled);
        QVERIFY(settled.wait());
        QCOMPARE(changed.size(), 1); // rows 0-4 form one run
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 4);
        QCOMPARE(model.index(4, ContactTableModel::StatusColumn).data().toString(),
                 u"Email match"_s);
        QCOMPARE(ContactTableModel::StatusColumn, 0); // first: never clipped

        model.setHighlightedRow(3);
        QVERIFY(model.index(3, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(2, 0).data(Qt::BackgroundRole).isValid());
        model.removeContact(u"c1"_s);
        QCOMPARE(model.rowCount(), 59);
        QCOMPARE(model.highlightedRow(), 2);
        QCOMPARE(model.rowOf(u"c2"_s), 1);
        Ghl::Contact edited = makeContacts(2, 1).first();
        edited.email = u"changed@x.test"_s;
        model.updateContact(edited);
        QCOMPARE(model.rowAt(1).email, u"changed@x.test"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void subscriberModelPassesTheTester()
    {
        Session::LinkIndex index;
        SubscriberTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLinkIndex(&index);
        const auto page = makeSubscribers(0, 30);
        index.addSubscribers(page);
        model.appendSubscribers(page);
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.index(0, SubscriberTableModel::TypeColumn).data().toString(),
                 u"Unsubscribed"_s);
        QCOMPARE(model.index(1, SubscriberTableModel::StatusColumn).data().toString(),
                 u"ML only"_s);
        QVERIFY(model.index(1, SubscriberTableModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"MailerLite only: "_s));
        proxy.setTypeFilter(u"unsubscribed"_s);
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setTypeFilter({});
        proxy.setSearchText(u"  SUB2"_s); // Sub2, Sub20-29
        QCOMPARE(proxy.rowCount(), 11);
        proxy.setSearchText({});

        // Linking a contact to subscriber 0 with a different email: a conflict, with a reason.
        Store::Link link;
        link.contactId = u"c0"_s;
        link.subscriberId = 1000000;
        index.setLinks({link});
        Ghl::Contact contact = makeContacts(0, 1).first();
        contact.email = u"other@x.test"_s;
        index.addContacts({contact});
        model.refreshStatuses();
        model.flushStatuses();
        QCOMPARE(model.statusAt(0), LinkStatus::Conflict);
        QVERIFY(model.index(0, SubscriberTableModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"other@x.test"_s));
        proxy.setStatusFilter(LinkStatus::Conflict);
        QCOMPARE(proxy.rowCount(), 1);
        // A status change reaches the filtering proxy through dataChanged.
        index.updateContact(makeContacts(0, 1).first());
        model.refreshStatuses();
        model.flushStatuses();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void subscribersWrittenBySyncAreMergedAndMarked()
    {
        Session::LinkIndex index;
        SubscriberTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLinkIndex(&index);
        auto loaded = makeSubscribers(0, 3);
        loaded[1].dateCreated = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
        index.addSubscribers(loaded);
        model.appendSubscribers(loaded);

        // One link renames a loaded subscriber (type unknown), two describe new ones.
        Store::Link renamed;
        renamed.contactId = u"c1"_s;
        renamed.subscriberId = loaded[1].id;
        renamed.email = loaded[1].email;
        renamed.name = u"Renamed"_s;
        renamed.fields = {{u"last_name"_s, u"Person"_s}, {u"company"_s, u"Acme"_s}};
        Store::Link created = renamed;
        created.contactId = u"c7"_s;
        created.subscriberId = 2000007;
        created.email = u"new7@example.test"_s;
        created.name = u"New"_s;
        created.subscriberType = u"active"_s;
        Store::Link unknownType = created;
        unknownType.contactId = u"c8"_s;
        unknownType.subscriberId = 2000008;
        unknownType.email = u"new8@example.test"_s;
        unknownType.subscriberType.clear();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addWrittenBySync({SubscriberTableModel::fromLink(renamed),
                                SubscriberTableModel::fromLink(created),
                                SubscriberTableModel::fromLink(unknownType)});
        QCOMPARE(inserted.size(), 1); // one insert for the batch
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        const SubscriberTableModel::Row &row = model.rowAt(1);
        QCOMPARE(row.name, u"Renamed Person"_s);
        QCOMPARE(row.type, loaded[1].type); // the link did not know it
        QCOMPARE(row.dateCreated, loaded[1].dateCreated);
        QVERIFY(row.searchText.contains(u"acme"_s));
        QVERIFY(model.isSecondHand(1) && model.isSecondHand(3) && !model.isSecondHand(0));
        QCOMPARE(model.rowAt(3).type, u"active"_s);
        QCOMPARE(model.index(4, SubscriberTableModel::TypeColumn).data().toString(),
                 u"Not known yet"_s);
        const QModelIndex name = model.index(3, SubscriberTableModel::NameColumn);
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"written by the last sync"_s));

        // MailerLite's own record replaces the second-hand row.
        MailerLite::Subscriber own = SubscriberTableModel::fromLink(created);
        own.type = u"unconfirmed"_s;
        model.updateSubscriber(own);
        QVERIFY(!model.isSecondHand(3));
        QCOMPARE(model.rowAt(3).type, u"unconfirmed"_s);
        QCOMPARE(model.rowCount(), 5);
    }

    void refreshesReReadOnlyWhatChangedYetMatchAFullRead()
    {
        // Random pages, edits and removals over a few shared addresses and links (several
        // contacts to one subscriber, links to absent ones): after each refresh every row must
        // say what the index says, though only the journal's rows were re-read.
        Session::LinkIndex index;
        ContactTableModel contacts;
        SubscriberTableModel subscribers;
        contacts.setLinkIndex(&index);
        subscribers.setLinkIndex(&index);
        QList<Store::Link> links;
        for (int i = 0; i < 40; i += 2) {
            Store::Link link;
            link.contactId = u"c%1"_s.arg(i);
            link.subscriberId = 1000000 + (i % 12);
            links.append(link);
        }
        index.setLinks(links);
        QRandomGenerator rng(4242);
        const auto email = [&rng] {
            return u"Mail%1@x.test "_s.arg(rng.bounded(15));
        };
        for (int step = 0; step < 300; ++step) {
            const int op = rng.bounded(5);
            if (op == 0) {
                QList<Ghl::Contact> page = makeContacts(rng.bounded(40), 1 + rng.bounded(4));
                for (Ghl::Contact &c : page) {
                    c.email = rng.bounded(6) ? email() : QString();
                }
                index.addContacts(page);
                contacts.appendContacts(page);
            } else if (op == 1) {
                QList<MailerLite::Subscriber> page = makeSubscribers(rng.bounded(14), 2);
                for (MailerLite::Subscriber &s : page) {
                    s.email = email();
                }
                index.addSubscribers(page);
                subscribers.appendSubscribers(page);
            } else if (op == 2 && contacts.rowCount() > 0) {
                Ghl::Contact c = makeContacts(0, 1).first();
                c.id = contacts.rowAt(rng.bounded(contacts.rowCount())).id;
                c.email = email();
                index.updateContact(c);
                contacts.updateContact(c);
            } else if (op == 3 && contacts.rowCount() > 0) {
                const QString id = contacts.rowAt(rng.bounded(contacts.rowCount())).id;
                index.removeContact(id);
                contacts.removeContact(id);
            } else if (op == 4 && subscribers.rowCount() > 0) {
                const auto &row = subscribers.rowAt(rng.bounded(subscribers.rowCount()));
                MailerLite::Subscriber s;
                s.id = row.id;
                s.name = row.name;
                s.type = row.type;
                s.email = email();
                index.updateSubscriber(s);
                subscribers.updateSubscriber(s);
            }
            contacts.refreshStatuses();
            subscribers.refreshStatuses();
            contacts.flushStatuses();
            subscribers.flushStatuses();
            for (int row = 0; row < contacts.rowCount(); ++row) {
                QCOMPARE(contacts.statusAt(row), index.contactStatus(contacts.rowAt(row).id));
            }
            for (int row = 0; row < subscribers.rowCount(); ++row) {
                QCOMPARE(subscribers.statusAt(row),
                         index.subscriberStatus(subscribers.rowAt(row).id));
            }
        }
        QVERIFY(contacts.rowCount() > 10);
        QVERIFY(subscribers.rowCount() > 5);

        // Nothing changed: a refresh reports nothing.
        QSignalSpy changed(&contacts, &QAbstractItemModel::dataChanged);
        contacts.refreshStatuses();
        contacts.flushStatuses();
        QCOMPARE(changed.size(), 0);
    }

    void filterChangesKeepTheCurrentRowWhileVisible()
    {
        Session::LinkIndex index;
        ContactTableModel model;
        model.setLinkIndex(&index);
        const auto page = makeContacts(0, 30);
        index.addContacts(page);
        model.appendContacts(page);
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        const int source = model.rowOf(u"c12"_s);
        selection.setCurrentIndex(proxy.mapFromSource(model.index(source, 0)),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        // One layout change per filter, not a removal per gap (the view's header pays per signal).
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        proxy.setSearchText(u"first1"_s); // First1, First10-19
        QCOMPARE(proxy.rowCount(), 11);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(proxy.mapToSource(selection.currentIndex()).row(), source);
        QVERIFY(selection.isRowSelected(selection.currentIndex().row(), {}));

        proxy.setStatusFilter(LinkStatus::GhlOnly);
        QCOMPARE(proxy.mapToSource(selection.currentIndex()).row(), source);
        proxy.setSearchText(u"first2"_s);
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(!selection.hasSelection());
    }

    void proxyFiltersCaseInsensitively_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << QString() << 20;
        QTest::newRow("email, other case") << u"USER1@example"_s << 1;
        QTest::newRow("prefix") << u"user1"_s << 11; // 1, 10-19
        QTest::newRow("phone") << u"+49305"_s << 1;
        QTest::newRow("tag") << u"vip"_s << 10;
        QTest::newRow("none") << u"nobody"_s << 0;
    }

    void proxyFiltersCaseInsensitively()
    {
        QFETCH(QString, search);
        QFETCH(int, expected);
        ContactTableModel model;
        model.appendContacts(makeContacts(0, 20));
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(search);
        QCOMPARE(proxy.rowCount(), expected);
    }

    // The search text is lowered as QString::toLower() does it, non-ASCII letters included
    // (the one two-letter lower case and letters beyond the BMP too).
    void searchTextLowersLikeQString()
    {
        Ghl::Contact c;
        c.id = u"c1"_s;
        c.firstName = u"\u00c4NNE \u03a3\u039f\u03a6\u0399\u0391 \u01c4"_s;
        c.lastName = u"\u0130STANBUL \U00010400"_s;
        c.email = u"\u00c9MILE@Example.TEST"_s;
        c.tags = {u"\u0411\u041e\u041b\u042c\u0428\u041e\u0419"_s};
        Ghl::Contact plain = c;
        plain.id = u"c2"_s;
        plain.lastName = u"\u00deORN"_s; // no special case: lowered letter by letter
        ContactTableModel model;
        model.appendContacts({c, plain});
        for (int row = 0; row < 2; ++row) {
            const ContactTableModel::Row &r = model.rowAt(row);
            const QString expected = (r.name() % u'\n' % r.email % u'\n' % r.phone % u'\n'
                                      % r.companyName % u'\n' % r.tags.join(u' '))
                                         .toLower();
            QCOMPARE(r.searchText, expected);
        }
        QVERIFY(model.rowAt(1).searchText.startsWith(u"\u00e4nne \u03c3\u03bf\u03c6"_s));
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(u"\u00c9mile@"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(u"\u00feorn"_s);
        QCOMPARE(proxy.rowCount(), 1);
    }

    // Rows are found through the index's handle, or by id when the index did not know the
    // contact when it was added; either way rowOf(), re-adding and removing agree.
    void rowsAreFoundWhicheverWayTheyWereFiled()
    {
        Session::LinkIndex index;
        ContactTableModel model;
        model.setLinkIndex(&index);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto early = makeContacts(0, 10); // before the index has them
        model.appendContacts(early);
        const auto later = makeContacts(10, 10);
        index.addContacts(later);
        model.appendContacts(later);
        index.addContacts(early); // now the index knows these too
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(model.rowOf(u"c%1"_s.arg(i)), i);
        }
        // Known ids update in place, whichever way they were filed.
        auto again = makeContacts(5, 10);
        again.first().lastName = u"Changed"_s;
        index.addContacts(again);
        model.appendContacts(again);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.rowAt(5).lastName, u"Changed"_s);
        model.removeContact(u"c3"_s);
        model.removeContact(u"c12"_s);
        QCOMPARE(model.rowCount(), 18);
        QCOMPARE(model.rowOf(u"c3"_s), -1);
        QCOMPARE(model.rowOf(u"c12"_s), -1);
        QCOMPARE(model.rowOf(u"c4"_s), 3);
        QCOMPARE(model.rowOf(u"c13"_s), 11);
        QCOMPARE(model.rowOf(u"c19"_s), 17);
        // The index cleared: its handles mean nothing, the rows are still found.
        index.clear();
        QCOMPARE(model.rowOf(u"c13"_s), 11);
        model.appendContacts(makeContacts(13, 1));
        QCOMPARE(model.rowCount(), 18);
        QCOMPARE(model.rowOf(u"c19"_s), 17);
        // No index at all.
        model.setLinkIndex(nullptr);
        model.appendContacts(makeContacts(20, 2));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.rowOf(u"c21"_s), 19);
        QCOMPARE(model.rowOf(u"c0"_s), 0);
        model.reserve(1000);
        QCOMPARE(model.rowOf(u"c0"_s), 0);
    }

    // Statuses that change all over the table (a subscriber page matching every seventh
    // contact) reach a proxy filtering by status: the changed ranges cover every such row.
    void scatteredStatusChangesReachTheStatusFilter()
    {
        Session::LinkIndex index;
        ContactTableModel model;
        model.setLinkIndex(&index);
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setStatusFilter(LinkStatus::EmailMatch);
        SubscriberTableModel subscribers;
        subscribers.setLinkIndex(&index);
        constexpr int n = 20000;
        index.reserveContacts(n);
        model.reserve(n);
        for (int first = 0; first < n; first += 500) {
            const auto page = makeContacts(first, 500);
            index.addContacts(page);
            model.appendContacts(page);
        }
        model.flushStatuses();
        QCOMPARE(proxy.rowCount(), 0);
        QList<MailerLite::Subscriber> matching;
        for (int i = 0; i < n; i += 7) {
            matching.append(makeSubscribers(i, 1));
        }
        // Duplicates within a page: the later copy wins.
        auto twice = makeSubscribers(n + 1, 1);
        twice.first().name = u"Second"_s;
        matching.append(makeSubscribers(n + 1, 1));
        matching.append(twice);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        index.addSubscribers(matching);
        subscribers.appendSubscribers(matching);
        model.refreshStatuses();
        QTRY_VERIFY(!model.isSweeping());
        QCOMPARE(proxy.rowCount(), (n + 6) / 7);
        QVERIFY(changed.size() <= 80); // ranges, not one signal per row
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const int source = proxy.mapToSource(proxy.index(row, 0)).row();
            QCOMPARE(source % 7, 0);
        }
        QCOMPARE(subscribers.rowCount(), (n + 6) / 7 + 1);
        QCOMPARE(subscribers.rowAt(subscribers.rowOf(1000000 + n + 1)).name, u"Second"_s);
    }

    // The figure behind "smooth with 100,000 rows": pages of 500 into a filtered, sorted-off
    // proxy, then a new search over everything.
    void hundredThousandRowsFilterQuickly()
    {
        Session::LinkIndex index;
        ContactTableModel model;
        model.setLinkIndex(&index);
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QElapsedTimer timer;
        timer.start();
        for (int first = 0; first < 100000; first += 500) {
            const auto page = makeContacts(first, 500);
            index.addContacts(page);
            model.appendContacts(page);
        }
        const qint64 loadMs = timer.restart();
        model.flushStatuses();
        const qint64 sweepMs = timer.restart();
        proxy.setSearchText(u"user4242"_s);
        const qint64 searchMs = timer.restart();
        QCOMPARE(proxy.rowCount(), 11); // 4242 and 42420-42429
        proxy.setSearchText({});
        proxy.setStatusFilter(LinkStatus::GhlOnly);
        const qint64 statusMs = timer.elapsed();
        QCOMPARE(proxy.rowCount(), 100000);
        qInfo("100,000 contacts: loaded in pages of 500 in %lld ms, status sweep %lld ms, "
              "search %lld ms, status filter %lld ms",
              loadMs, sweepMs, searchMs, statusMs);
        QVERIFY2(searchMs < 1000, "a search over 100,000 rows must not freeze the window");
    }
};

QTEST_MAIN(TestContactModels)
#include "tst_contactmodels.moc"
