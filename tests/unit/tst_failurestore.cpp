// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/redaction.h"
#include "store/failurestore.h"
#include "store/statedatabase.h"
#include "storetesthelpers.h"
#include "util/clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StateDbTest;
using namespace std::chrono_literals;
using Store::FailureRecord;
using Store::FailureStore;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

FailureRecord failure(const QString &contactId, const QString &kind, int http, const QDateTime &at)
{
    FailureRecord f;
    f.contactId = contactId;
    f.email = contactId + u"@example.com"_s;
    f.errorKind = kind;
    f.httpStatus = http;
    f.serverMessage = u"%1 from server"_s.arg(http);
    f.payload = u"{\"email\":\"%1@example.com\"}"_s.arg(contactId);
    f.createdAt = at;
    f.updatedAt = at;
    return f;
}

} // namespace

class TestFailureStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<StateDatabase> m_db;
    ManualClock m_clock {t0};
    qint64 m_run1 = 0;
    qint64 m_run2 = 0;

    qint64 insertRunRow()
    {
        auto done = m_db->run(
            u"INSERT INTO runs (profile, mode, started_at) VALUES ('main', 'upsert', 1)"_s);
        return done.ok() ? done.value().lastInsertId().toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        ++m_counter;
        DbResult opened = StateDatabase::open(m_dir.filePath(u"fail-%1.db"_s.arg(m_counter)),
                                              u"fail-%1"_s.arg(m_counter));
        STORE_VERIFY_OK(opened);
        m_db = std::move(opened).value();
        m_clock.setNow(t0);
        m_run1 = insertRunRow();
        m_run2 = insertRunRow();
        QVERIFY(m_run1 > 0 && m_run2 > m_run1);
    }

    void cleanup() { m_db.reset(); }

    void recordRoundTrip()
    {
        FailureStore store(*m_db, m_clock);
        STORE_VERIFY_OK(store.record(u"main"_s, m_run1, failure(u"c1"_s, u"http"_s, 422, t0)));
        const auto all = store.list(u"main"_s);
        STORE_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 1);
        const FailureRecord &f = all.value().first();
        QVERIFY(f.id > 0);
        QCOMPARE(f.runId, std::optional<qint64>(m_run1));
        QCOMPARE(f.profile, u"main"_s);
        QCOMPARE(f.contactId, u"c1"_s);
        QCOMPARE(f.email, u"c1@example.com"_s);
        QCOMPARE(f.errorKind, u"http"_s);
        QCOMPARE(f.httpStatus, 422);
        QCOMPARE(f.serverMessage, u"422 from server"_s);
        QCOMPARE(f.payload, u"{\"email\":\"c1@example.com\"}"_s);
        QCOMPARE(f.attempts, 1);
        QCOMPARE(f.status, FailureRecord::Status::Open);
        QCOMPARE(f.createdAt, t0);
        QCOMPARE(f.updatedAt, t0);
        const auto byId = store.get(f.id);
        STORE_VERIFY_OK(byId);
        QCOMPARE(byId.value().contactId, u"c1"_s);
        QCOMPARE(store.get(f.id + 1000).error().kind, Error::Kind::NotFound);
    }

    // A repeated failure of the same contact bumps the open row (partial unique index upsert).
    void repeatedFailureBumpsAttempts()
    {
        FailureStore store(*m_db, m_clock);
        STORE_VERIFY_OK(store.record(u"main"_s, m_run1, failure(u"c1"_s, u"http"_s, 500, t0)));
        STORE_VERIFY_OK(
            store.record(u"main"_s, m_run2, failure(u"c1"_s, u"network"_s, 0, t0.addSecs(60))));
        STORE_VERIFY_OK(
            store.record(u"main"_s, m_run2, failure(u"c1"_s, u"timeout"_s, 0, t0.addSecs(120))));
        STORE_VERIFY_OK(store.record(u"other"_s, m_run2, failure(u"c1"_s, u"http"_s, 500, t0)));

        const auto open = store.list(u"main"_s, FailureRecord::Status::Open);
        STORE_VERIFY_OK(open);
        QCOMPARE(open.value().size(), 1);
        const FailureRecord &f = open.value().first();
        QCOMPARE(f.attempts, 3);
        QCOMPARE(f.runId, std::optional<qint64>(m_run2));
        QCOMPARE(f.errorKind, u"timeout"_s);
        QCOMPARE(f.httpStatus, 0);
        QCOMPARE(f.createdAt, t0);
        QCOMPARE(f.updatedAt, t0.addSecs(120));
        QCOMPARE(store.list(u"other"_s).value().size(), 1);
    }

    void payloadAndMessageAreRedacted()
    {
        FailureStore store(*m_db, m_clock);
        FailureRecord f = failure(u"c1"_s, u"auth"_s, 401, t0);
        f.payload = u"Authorization: Bearer s3cr3t-token\n{\"access_token\":\"at-123456\"}"_s;
        f.serverMessage = u"rejected X-MailerLite-ApiKey: fc7b8c5b32067bcd47cafb5f475d2fe9"_s;
        STORE_VERIFY_OK(store.record(u"main"_s, m_run1, f));
        const QString stored = scalar(*m_db,
                                      u"SELECT payload_redacted || server_message || "
                                      "email FROM failures"_s)
                                   .toString();
        QVERIFY(!stored.isEmpty());
        for (const QString &secret :
             {u"s3cr3t-token"_s, u"at-123456"_s, u"fc7b8c5b32067bcd47cafb5f475d2fe9"_s}) {
            QVERIFY2(!stored.contains(secret), qPrintable(stored));
        }
        QVERIFY(stored.contains(QLatin1StringView(Redaction::Mask)));
    }

    void fromErrorCarriesKindAndStatus()
    {
        FailureStore store(*m_db, m_clock);
        Error error {Error::Kind::Validation, u"Invalid email"_s, u"422: email invalid"_s, 422};
        STORE_VERIFY_OK(
            store.record(u"main"_s, std::nullopt,
                         FailureRecord::fromError(u"c7"_s, u"bad@"_s, error, u"{}"_s, t0)));
        const FailureRecord f = store.list(u"main"_s).value().first();
        QCOMPARE(f.errorKind, Error::kindName(Error::Kind::Validation));
        QCOMPARE(f.httpStatus, 422);
        QCOMPARE(f.serverMessage, u"422: email invalid"_s);
        QVERIFY(!f.runId.has_value());
    }

    void successClosesTheOpenFailure()
    {
        FailureStore store(*m_db, m_clock);
        STORE_VERIFY_OK(store.record(u"main"_s, m_run1, failure(u"c1"_s, u"http"_s, 500, t0)));
        STORE_VERIFY_OK(store.record(u"main"_s, m_run1, failure(u"c2"_s, u"http"_s, 500, t0)));
        QCOMPARE(store.openContactIds(u"main"_s).value(), (QStringList {u"c1"_s, u"c2"_s}));

        m_clock.advance(5min);
        STORE_VERIFY_OK(store.markRetried(u"main"_s, u"c1"_s));
        STORE_VERIFY_OK(store.markRetried(u"main"_s, u"never-failed"_s));
        QCOMPARE(store.openContactIds(u"main"_s).value(), QStringList {u"c2"_s});
        const auto retried = store.list(u"main"_s, FailureRecord::Status::Retried);
        QCOMPARE(retried.value().size(), 1);
        QCOMPARE(retried.value().first().contactId, u"c1"_s);
        QCOMPARE(retried.value().first().updatedAt, t0.addSecs(300));

        // Failing again after the retry opens a new failure; history keeps the old one.
        STORE_VERIFY_OK(
            store.record(u"main"_s, m_run2, failure(u"c1"_s, u"http"_s, 503, t0.addSecs(600))));
        QCOMPARE(store.list(u"main"_s).value().size(), 3);
        const auto open = store.list(u"main"_s, FailureRecord::Status::Open).value();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.first().contactId, u"c1"_s); // newest first
        QCOMPARE(open.first().attempts, 1);
    }

    void ignoreDismissesAFailure()
    {
        FailureStore store(*m_db, m_clock);
        STORE_VERIFY_OK(store.record(u"main"_s, m_run1, failure(u"c1"_s, u"http"_s, 422, t0)));
        const qint64 id = store.list(u"main"_s).value().first().id;
        m_clock.advance(1h);
        STORE_VERIFY_OK(store.ignore(id, u"test contact"_s));
        FailureRecord f = store.get(id).value();
        QCOMPARE(f.status, FailureRecord::Status::Ignored);
        QCOMPARE(f.ignoreReason, u"test contact"_s);
        QCOMPARE(f.updatedAt, t0.addSecs(3600));
        QVERIFY(store.openContactIds(u"main"_s).value().isEmpty());
        STORE_VERIFY_OK(store.markRetried(u"main"_s, u"c1"_s)); // does not touch ignored rows
        QCOMPARE(store.get(id).value().status, FailureRecord::Status::Ignored);

        // An ignored contact that fails again is open again, in a new row.
        STORE_VERIFY_OK(store.record(u"main"_s, m_run2, failure(u"c1"_s, u"http"_s, 422, t0)));
        QCOMPARE(store.openContactIds(u"main"_s).value(), QStringList {u"c1"_s});

        const qint64 openId = store.list(u"main"_s, FailureRecord::Status::Open).value()[0].id;
        STORE_VERIFY_OK(store.markRetried(u"main"_s, u"c1"_s));
        const Status late = store.ignore(openId, u"too late"_s);
        QCOMPARE(late.error().kind, Error::Kind::Conflict);
        QCOMPARE(store.get(openId).value().status, FailureRecord::Status::Retried);
        QCOMPARE(store.ignore(9999, u"x"_s).error().kind, Error::Kind::NotFound);
    }

    // Failures without a contact (subscriber-only items) never merge.
    void failuresWithoutAContactStaySeparate()
    {
        FailureStore store(*m_db, m_clock);
        STORE_VERIFY_OK(store.record(u"main"_s, m_run1, failure(QString(), u"http"_s, 500, t0)));
        STORE_VERIFY_OK(store.record(u"main"_s, m_run1, failure(QString(), u"http"_s, 500, t0)));
        QCOMPARE(store.list(u"main"_s).value().size(), 2);
        QVERIFY(store.openContactIds(u"main"_s).value().isEmpty());
    }

    void pruningTheRunKeepsTheFailure()
    {
        FailureStore store(*m_db, m_clock);
        STORE_VERIFY_OK(store.record(u"main"_s, m_run1, failure(u"c1"_s, u"http"_s, 500, t0)));
        STORE_VERIFY_OK(m_db->run(u"DELETE FROM runs WHERE id = :id"_s, {{u":id"_s, m_run1}}));
        const auto open = store.list(u"main"_s).value();
        QCOMPARE(open.size(), 1);
        QVERIFY(!open.first().runId.has_value());
    }

    void writesJoinTheCallersTransaction()
    {
        FailureStore store(*m_db, m_clock);
        const Status rolledBack = m_db->transaction([&]() -> Status {
            if (Status s = store.record(u"main"_s, m_run1, failure(u"c1"_s, u"http"_s, 500, t0));
                !s.ok()) {
                return s;
            }
            return Error {Error::Kind::Storage, u"later write failed"_s, {}};
        });
        QVERIFY(!rolledBack.ok());
        QVERIFY(store.list(u"main"_s).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFailureStore)
#include "tst_failurestore.moc"
