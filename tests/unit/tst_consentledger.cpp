// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/consentledger.h"
#include "store/statedatabase.h"
#include "storetesthelpers.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StateDbTest;
using Store::ConsentEntry;
using Store::ConsentLedger;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

ConsentEntry entry(const QString &contactId, const QString &newStatus, const QDateTime &at)
{
    ConsentEntry e;
    e.profile = u"main"_s;
    e.contactId = contactId;
    e.email = contactId + u"@example.com"_s;
    e.subscriberId = (qint64(1) << 62) + 11;
    e.oldStatus = u"active"_s;
    e.newStatus = newStatus;
    e.reason = u"GHL email DND is on"_s;
    e.source = ConsentEntry::Source::Sync;
    e.createdAt = at;
    return e;
}

} // namespace

class TestConsentLedger final : public QObject
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
        DbResult opened = StateDatabase::open(m_dir.filePath(u"ledger-%1.db"_s.arg(m_counter)),
                                              u"ledger-%1"_s.arg(m_counter));
        STORE_VERIFY_OK(opened);
        m_db = std::move(opened).value();
    }

    void cleanup() { m_db.reset(); }

    void appendAndListRoundTrip()
    {
        QVERIFY(insertRun(*m_db));
        ConsentLedger ledger(*m_db);
        ConsentEntry first = entry(u"c1"_s, u"unsubscribed"_s, t0);
        first.runId = 1;
        ConsentEntry second = entry(u"c1"_s, u"active"_s, t0.addDays(1));
        second.oldStatus = u"unsubscribed"_s;
        second.source = ConsentEntry::Source::User;
        second.reason = u"resubscribed by the admin"_s;
        ConsentEntry sparse;
        sparse.profile = u"main"_s;
        sparse.newStatus = u"unsubscribed"_s;
        sparse.reason = u"MailerLite unsubscribe written back"_s;
        sparse.source = ConsentEntry::Source::Writeback;
        sparse.createdAt = t0.addSecs(1);
        // Appended out of time order: the list is chronological.
        STORE_VERIFY_OK(ledger.append(second));
        STORE_VERIFY_OK(ledger.append(first));
        STORE_VERIFY_OK(ledger.append(sparse));
        STORE_VERIFY_OK(ledger.append(entry(u"c2"_s, u"bounced"_s, t0)));
        ConsentEntry elsewhere = entry(u"c1"_s, u"junk"_s, t0);
        elsewhere.profile = u"other"_s;
        STORE_VERIFY_OK(ledger.append(elsewhere));

        const auto all = ledger.list(u"main"_s);
        STORE_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 4);
        const auto c1 = ledger.list(u"main"_s, u"c1"_s);
        STORE_VERIFY_OK(c1);
        QCOMPARE(c1.value().size(), 2);
        const ConsentEntry &a = c1.value().at(0);
        QVERIFY(a.id > 0);
        QCOMPARE(a.profile, u"main"_s);
        QCOMPARE(a.contactId, u"c1"_s);
        QCOMPARE(a.email, u"c1@example.com"_s);
        QCOMPARE(a.subscriberId, (qint64(1) << 62) + 11);
        QCOMPARE(a.oldStatus, u"active"_s);
        QCOMPARE(a.newStatus, u"unsubscribed"_s);
        QCOMPARE(a.reason, u"GHL email DND is on"_s);
        QCOMPARE(a.source, ConsentEntry::Source::Sync);
        QCOMPARE(a.runId, std::optional<qint64>(1));
        QCOMPARE(a.createdAt, t0);
        const ConsentEntry &b = c1.value().at(1);
        QCOMPARE(b.source, ConsentEntry::Source::User);
        QCOMPARE(b.oldStatus, u"unsubscribed"_s);
        QVERIFY(!b.runId.has_value());

        const ConsentEntry &s = all.value().at(2); // t0, t0, t0+1s, t0+1d
        QCOMPARE(s.source, ConsentEntry::Source::Writeback);
        QVERIFY(s.contactId.isEmpty());
        QCOMPARE(s.subscriberId, qint64(0));
        QVERIFY(s.oldStatus.isEmpty());
        QCOMPARE(
            scalar(*m_db, u"SELECT source FROM consent_ledger WHERE id = :id"_s, {{u":id"_s, s.id}})
                .toString(),
            u"writeback"_s);
        QCOMPARE(scalar(*m_db,
                        u"SELECT typeof(ml_subscriber_id) FROM consent_ledger WHERE "
                        "ml_subscriber_id IS NOT NULL LIMIT 1"_s)
                     .toString(),
                 u"text"_s);
        QCOMPARE(ledger.list(u"other"_s).value().size(), 1);
    }

    // Recorded history cannot be rewritten; deleting its run only detaches it.
    void recordedRowsCannotBeChanged()
    {
        QVERIFY(insertRun(*m_db));
        ConsentLedger ledger(*m_db);
        ConsentEntry e = entry(u"c1"_s, u"unsubscribed"_s, t0);
        e.runId = 1;
        STORE_VERIFY_OK(ledger.append(e));
        for (const QString &column :
             {u"new_status"_s, u"reason"_s, u"created_at"_s, u"old_status"_s, u"source"_s}) {
            const auto update = m_db->run(u"UPDATE consent_ledger SET %1 = 'x'"_s.arg(column));
            QVERIFY2(!update.ok(), qPrintable(column));
            QVERIFY2(update.error().detail.contains(u"cannot be changed"_s),
                     qPrintable(update.error().detail));
        }
        STORE_VERIFY_OK(m_db->run(u"DELETE FROM runs"_s));
        const auto kept = ledger.list(u"main"_s);
        QCOMPARE(kept.value().size(), 1);
        QCOMPARE(kept.value().first().newStatus, u"unsubscribed"_s);
        QCOMPARE(kept.value().first().reason, u"GHL email DND is on"_s);
        QVERIFY(!kept.value().first().runId.has_value());
    }

    void incompleteEntriesAreRefused_data()
    {
        QTest::addColumn<int>("missing");
        QTest::newRow("profile") << 0;
        QTest::newRow("new status") << 1;
        QTest::newRow("reason") << 2;
        QTest::newRow("time") << 3;
    }

    void incompleteEntriesAreRefused()
    {
        QFETCH(int, missing);
        ConsentEntry e = entry(u"c1"_s, u"unsubscribed"_s, t0);
        switch (missing) {
        case 0:
            e.profile.clear();
            break;
        case 1:
            e.newStatus.clear();
            break;
        case 2:
            e.reason.clear();
            break;
        default:
            e.createdAt = QDateTime();
            break;
        }
        ConsentLedger ledger(*m_db);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"incomplete consent entry"_s));
        QCOMPARE(ledger.append(e).error().kind, Error::Kind::Internal);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM consent_ledger"_s).toInt(), 0);
    }

    void appendJoinsTheCallersTransaction()
    {
        ConsentLedger ledger(*m_db);
        const Status rolledBack = m_db->transaction([&]() -> Status {
            if (Status s = ledger.append(entry(u"c1"_s, u"unsubscribed"_s, t0)); !s.ok()) {
                return s;
            }
            return Error {Error::Kind::Network, u"the MailerLite write failed"_s, {}};
        });
        QVERIFY(!rolledBack.ok());
        QVERIFY(ledger.list(u"main"_s).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsentLedger)
#include "tst_consentledger.moc"
