// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacttablemodel.h"
#include "recordfilterproxy.h"
#include "subscribertablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
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
