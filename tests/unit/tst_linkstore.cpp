// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/linkjson.h"
#include "store/linkstore.h"
#include "store/statedatabase.h"
#include "storetesthelpers.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace StateDbTest;
using Store::Link;
using Store::LinkStore;
using FieldMap = QMap<QString, QString>;

Q_DECLARE_METATYPE(Store::Link)

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0, 123), Qt::UTC);

Link sampleLink(const QString &contactId = u"c1"_s)
{
    Link link;
    link.contactId = contactId;
    link.subscriberId = (qint64(1) << 62) + 7; // beyond a double's 53 bits
    link.email = u"Ada@Example.com"_s;
    link.payloadHash = u"hash-1"_s;
    link.name = u"Ada Lovelace"_s;
    link.fields = {{u"city"_s, u"London"_s}, {u"quote"_s, u"\"engines\" & {braces}"_s}};
    link.subscriberType = u"active"_s;
    link.groups = {(qint64(1) << 60) + 3, 42};
    link.syncedAt = t0;
    return link;
}

void compareLinks(const Link &actual, const Link &expected)
{
    QCOMPARE(actual.contactId, expected.contactId);
    QCOMPARE(actual.subscriberId, expected.subscriberId);
    QCOMPARE(actual.email, expected.email);
    QCOMPARE(actual.payloadHash, expected.payloadHash);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.fields, expected.fields);
    QCOMPARE(actual.subscriberType, expected.subscriberType);
    QCOMPARE(actual.groups, expected.groups);
    QCOMPARE(actual.syncedAt, expected.syncedAt);
}

} // namespace

class TestLinkStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<StateDatabase> m_db;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        ++m_counter;
        DbResult opened = StateDatabase::open(m_dir.filePath(u"links-%1.db"_s.arg(m_counter)),
                                              u"links-%1"_s.arg(m_counter));
        STORE_VERIFY_OK(opened);
        m_db = std::move(opened).value();
    }

    void cleanup() { m_db.reset(); }

    void roundTripKeepsEveryMember()
    {
        LinkStore store(*m_db);
        const Link link = sampleLink();
        STORE_VERIFY_OK(store.upsert(u"main"_s, link));

        const auto found = store.find(u"main"_s, u"c1"_s);
        STORE_VERIFY_OK(found);
        QVERIFY(found.value().has_value());
        compareLinks(*found.value(), link);
        QCOMPARE(found.value()->syncedAt.timeSpec(), Qt::UTC);

        const auto all = store.loadAll(u"main"_s);
        STORE_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 1);
        compareLinks(all.value().value(u"c1"_s), link);

        // Ids are text in the file, group ids strings in JSON: no digit is lost anywhere.
        QCOMPARE(scalar(*m_db, u"SELECT typeof(ml_subscriber_id) FROM links"_s).toString(),
                 u"text"_s);
        QCOMPARE(scalar(*m_db, u"SELECT ml_subscriber_id FROM links"_s).toString(),
                 QString::number(link.subscriberId));
        QCOMPARE(scalar(*m_db, u"SELECT group_ids_json FROM links"_s).toString(),
                 u"[\"%1\",\"42\"]"_s.arg((qint64(1) << 60) + 3));
        QCOMPARE(scalar(*m_db, u"SELECT synced_at FROM links"_s).toLongLong(),
                 t0.toMSecsSinceEpoch());
    }

    void upsertReplacesTheLinkOfAContact()
    {
        LinkStore store(*m_db);
        STORE_VERIFY_OK(store.upsert(u"main"_s, sampleLink()));
        Link changed = sampleLink();
        changed.subscriberId = 99;
        changed.email = u"  new@example.com "_s;
        changed.payloadHash = u"hash-2"_s;
        changed.fields.clear();
        changed.groups.clear();
        changed.subscriberType.clear();
        changed.syncedAt = t0.addSecs(60);
        STORE_VERIFY_OK(store.upsert(u"main"_s, changed));

        QCOMPARE(store.count(u"main"_s).valueOr(-1), 1);
        const auto found = store.find(u"main"_s, u"c1"_s);
        STORE_VERIFY_OK(found);
        changed.email = u"new@example.com"_s; // stored trimmed
        compareLinks(found.value().value(), changed);
    }

    void profilesAreSeparate()
    {
        LinkStore store(*m_db);
        STORE_VERIFY_OK(store.upsert(u"main"_s, sampleLink()));
        Link other = sampleLink();
        other.subscriberId = 5;
        STORE_VERIFY_OK(store.upsert(u"other"_s, other));
        QCOMPARE(store.count(u"main"_s).valueOr(-1), 1);
        QCOMPARE(store.count(u"other"_s).valueOr(-1), 1);
        QCOMPARE(store.count(u"none"_s).valueOr(-1), 0);
        QCOMPARE(store.find(u"other"_s, u"c1"_s).value()->subscriberId, qint64(5));
        QVERIFY(store.loadAll(u"none"_s).value().isEmpty());
        QVERIFY(!store.find(u"none"_s, u"c1"_s).value().has_value());
    }

    void findByEmail_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("as stored") << u"Ada@Example.com"_s << true;
        QTest::newRow("upper case") << u"ADA@EXAMPLE.COM"_s << true;
        QTest::newRow("lower case, padded") << u"  ada@example.com\t"_s << true;
        QTest::newRow("other address") << u"ada@example.org"_s << false;
        QTest::newRow("prefix only") << u"ada@example"_s << false;
    }

    void findByEmail()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        LinkStore store(*m_db);
        STORE_VERIFY_OK(store.upsert(u"main"_s, sampleLink()));
        const auto result = store.findByEmail(u"main"_s, query);
        STORE_VERIFY_OK(result);
        QCOMPARE(result.value().has_value(), found);
        if (found) {
            QCOMPARE(result.value()->contactId, u"c1"_s);
        }
        QVERIFY(!store.findByEmail(u"other"_s, query).value().has_value());
    }

    void findByEmailPrefersTheNewestLinkAndUsesTheIndex()
    {
        LinkStore store(*m_db);
        Link older = sampleLink(u"old"_s);
        Link newer = sampleLink(u"new"_s);
        newer.email = u"ADA@example.com"_s;
        newer.syncedAt = t0.addDays(1);
        STORE_VERIFY_OK(store.upsert(u"main"_s, newer));
        STORE_VERIFY_OK(store.upsert(u"main"_s, older));
        QCOMPARE(store.findByEmail(u"main"_s, u"ada@EXAMPLE.com"_s).value()->contactId, u"new"_s);

        auto plan = m_db->run(u"EXPLAIN QUERY PLAN SELECT * FROM links WHERE profile = :p AND "
                              "lower(email) = lower(:e) ORDER BY synced_at DESC LIMIT 1"_s,
                              {{u":p"_s, u"main"_s}, {u":e"_s, u"x"_s}});
        STORE_VERIFY_OK(plan);
        QString details;
        while (plan.value().next()) {
            details += plan.value().value(3).toString();
        }
        QVERIFY2(details.contains(u"links_profile_email"_s), qPrintable(details));
    }

    void removeDeletesOnlyThatLink()
    {
        LinkStore store(*m_db);
        STORE_VERIFY_OK(store.upsert(u"main"_s, sampleLink(u"c1"_s)));
        STORE_VERIFY_OK(store.upsert(u"main"_s, sampleLink(u"c2"_s)));
        STORE_VERIFY_OK(store.remove(u"main"_s, u"c1"_s));
        STORE_VERIFY_OK(store.remove(u"main"_s, u"never-linked"_s));
        QCOMPARE(store.count(u"main"_s).valueOr(-1), 1);
        QVERIFY(!store.find(u"main"_s, u"c1"_s).value().has_value());
        QVERIFY(store.find(u"main"_s, u"c2"_s).value().has_value());
    }

    // A row written with only the identity columns (as before the "last pushed" state was
    // kept) loads with empty state rather than failing.
    void rowWithDefaultStateLoads()
    {
        const auto inserted = m_db->run(
            u"INSERT INTO links (profile, ghl_contact_id, ml_subscriber_id, email, "
            "payload_hash, synced_at) VALUES ('main', 'c9', '123', 'x@y.z', 'h9', 1000)"_s);
        STORE_VERIFY_OK(inserted);
        const auto found = LinkStore(*m_db).find(u"main"_s, u"c9"_s);
        STORE_VERIFY_OK(found);
        const Link &link = found.value().value();
        QCOMPARE(link.subscriberId, qint64(123));
        QCOMPARE(link.payloadHash, u"h9"_s);
        QVERIFY(link.name.isEmpty());
        QVERIFY(link.fields.isEmpty());
        QVERIFY(link.subscriberType.isEmpty());
        QVERIFY(link.groups.isEmpty());
        QCOMPARE(link.syncedAt, QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
    }

    // Damaged JSON must not block a sync: the hash is dropped so the contact is pushed again.
    void damagedStateForgetsTheHash()
    {
        LinkStore store(*m_db);
        STORE_VERIFY_OK(store.upsert(u"main"_s, sampleLink()));
        STORE_VERIFY_OK(m_db->run(u"UPDATE links SET group_ids_json = '[\"12\", \"x\"]'"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"damaged link state"_s));
        const auto all = store.loadAll(u"main"_s);
        STORE_VERIFY_OK(all);
        const Link link = all.value().value(u"c1"_s);
        QCOMPARE(link.subscriberId, sampleLink().subscriberId);
        QVERIFY(link.payloadHash.isEmpty());
        QVERIFY(link.groups.isEmpty());
    }

    void incompleteLinksAreRefused_data()
    {
        QTest::addColumn<Link>("link");
        Link noContact = sampleLink();
        noContact.contactId.clear();
        Link noSubscriber = sampleLink();
        noSubscriber.subscriberId = 0;
        Link noTime = sampleLink();
        noTime.syncedAt = QDateTime();
        QTest::newRow("no contact id") << noContact;
        QTest::newRow("no subscriber id") << noSubscriber;
        QTest::newRow("no sync time") << noTime;
    }

    void incompleteLinksAreRefused()
    {
        QFETCH(Link, link);
        LinkStore store(*m_db);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"refused incomplete link"_s));
        const Status status = store.upsert(u"main"_s, link);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Internal);
        QCOMPARE(store.count(u"main"_s).valueOr(-1), 0);
    }

    // Writes follow the caller's transaction: a failed unit of work leaves no link behind.
    void writesJoinTheCallersTransaction()
    {
        LinkStore store(*m_db);
        const Status rolledBack = m_db->transaction([&]() -> Status {
            if (Status s = store.upsert(u"main"_s, sampleLink(u"c1"_s)); !s.ok()) {
                return s;
            }
            return Error {Error::Kind::Network, u"later step failed"_s, {}};
        });
        QVERIFY(!rolledBack.ok());
        QCOMPARE(store.count(u"main"_s).valueOr(-1), 0);

        const Status committed = m_db->transaction([&]() -> Status {
            if (Status s = store.upsert(u"main"_s, sampleLink(u"c2"_s)); !s.ok()) {
                return s;
            }
            return m_db->transaction([&] { return store.remove(u"main"_s, u"c2"_s); });
        });
        STORE_VERIFY_OK(committed);
        QCOMPARE(store.count(u"main"_s).valueOr(-1), 0);
    }

    // The fast reader and the full JSON parser agree on everything the writer produces.
    void jsonRoundTrip_data()
    {
        QTest::addColumn<FieldMap>("fields");
        QTest::addColumn<QList<qint64>>("groups");
        QTest::newRow("empty") << QMap<QString, QString> {} << QList<qint64> {};
        QTest::newRow("plain") << QMap<QString, QString> {{u"city"_s, u"Rome"_s}}
                               << QList<qint64> {1};
        QTest::newRow("separators inside strings")
            << QMap<QString, QString> {{u"a,b"_s, u"x:y, {z}"_s}, {u"company"_s, u"Acme, Inc."_s}}
            << QList<qint64> {std::numeric_limits<qint64>::max(), 0, -5};
        QTest::newRow("escapes") << QMap<QString, QString> {{u"note"_s, u"say \"hi\"\\n"_s},
                                                            {u"tab"_s, u"a\tb\u0001"_s}}
                                 << QList<qint64> {(qint64(1) << 53) + 1};
        QTest::newRow("unicode and empty values")
            << QMap<QString, QString> {{u"Straße"_s, u"Zoë 😀"_s}, {u"empty"_s, QString()}}
            << QList<qint64> {42, 42};
    }

    void jsonRoundTrip()
    {
        QFETCH(FieldMap, fields);
        QFETCH(QList<qint64>, groups);
        QMap<QString, QString> fieldsBack {{u"stale"_s, u"value"_s}};
        QList<qint64> groupsBack {7};
        QVERIFY(Store::LinkJson::parseFields(Store::LinkJson::fieldsToJson(fields), fieldsBack));
        QVERIFY(Store::LinkJson::parseGroups(Store::LinkJson::groupsToJson(groups), groupsBack));
        QCOMPARE(fieldsBack, fields);
        QCOMPARE(groupsBack, groups);
    }

    void jsonReaderAcceptsOtherValidForms_data()
    {
        QTest::addColumn<QString>("fieldsJson");
        QTest::addColumn<QString>("groupsJson");
        QTest::addColumn<bool>("valid");
        QTest::newRow("spaces") << u" { \"a\" : \"1\" } "_s << u" [ \"5\" , \"6\" ] "_s << true;
        QTest::newRow("numbers") << u"{\"a\":1.5,\"b\":true}"_s << u"[5,6]"_s << true;
        QTest::newRow("escaped quote in id") << u"{}"_s << u"[\"5\\\"\"]"_s << false;
        QTest::newRow("not json") << u"{\"a\":"_s << u"[\"5\""_s << false;
        QTest::newRow("wrong shape") << u"[]"_s << u"{}"_s << false;
        QTest::newRow("trailing text") << u"{\"a\":\"1\"}x"_s << u"[\"5\"]x"_s << false;
        QTest::newRow("id not a number") << u"{}"_s << u"[\"5\",\"abc\"]"_s << false;
    }

    void jsonReaderAcceptsOtherValidForms()
    {
        QFETCH(QString, fieldsJson);
        QFETCH(QString, groupsJson);
        QFETCH(bool, valid);
        QMap<QString, QString> fields;
        QList<qint64> groups;
        const bool fieldsOk = Store::LinkJson::parseFields(fieldsJson, fields);
        const bool groupsOk = Store::LinkJson::parseGroups(groupsJson, groups);
        if (valid) {
            QVERIFY(fieldsOk);
            QVERIFY(groupsOk);
            QCOMPARE(fields.value(u"a"_s), fieldsJson.contains(u"1.5"_s) ? u"1.5"_s : u"1"_s);
            QCOMPARE(groups, (QList<qint64> {5, 6}));
        } else {
            QVERIFY(!(fieldsOk && groupsOk));
        }
    }

    // Prints the load time of a large profile; the figure is reported, never asserted.
    void loadAllOfALargeProfile()
    {
        constexpr int total = 100000;
        LinkStore store(*m_db);
        QElapsedTimer timer;
        timer.start();
        const Status written = m_db->transaction([&]() -> Status {
            // A realistic state: several fields, most of them without characters to escape.
            Link link = sampleLink();
            link.fields = {{u"city"_s, u"London"_s},
                           {u"company"_s, u"Acme, Inc."_s},
                           {u"phone"_s, u"+442071838750"_s},
                           {u"last_note"_s, u"Called: wants the brochure"_s},
                           {u"open_tasks"_s, u"2"_s}};
            for (int i = 0; i < total; ++i) {
                link.contactId = u"contact-%1"_s.arg(i);
                link.subscriberId = (qint64(1) << 55) + i;
                link.email = u"person%1@example.com"_s.arg(i);
                link.groups = {1000 + i % 7, (qint64(1) << 60) + i % 3};
                if (Status s = store.upsert(u"big"_s, link); !s.ok()) {
                    return s;
                }
            }
            return success();
        });
        STORE_VERIFY_OK(written);
        const qint64 writeMs = timer.restart();
        const auto all = store.loadAll(u"big"_s);
        const qint64 loadMs = timer.elapsed();
        STORE_VERIFY_OK(all);
        qInfo("links: %d upserts in one transaction took %lld ms; loadAll took %lld ms", total,
              writeMs, loadMs);
        QCOMPARE(all.value().size(), total);
        const Link probe = all.value().value(u"contact-77777"_s);
        QCOMPARE(probe.subscriberId, (qint64(1) << 55) + 77777);
        QCOMPARE(probe.groups, (QList<qint64> {1000 + 77777 % 7, (qint64(1) << 60) + 77777 % 3}));
        QCOMPARE(probe.fields.size(), 5);
        QCOMPARE(probe.fields.value(u"company"_s), u"Acme, Inc."_s);
        QCOMPARE(store.findByEmail(u"big"_s, u"PERSON4242@example.com"_s).value()->contactId,
                 u"contact-4242"_s);
    }
};

QTEST_GUILESS_MAIN(TestLinkStore)
#include "tst_linkstore.moc"
