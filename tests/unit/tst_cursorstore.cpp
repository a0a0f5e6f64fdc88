// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/cursorstore.h"
#include "store/statedatabase.h"
#include "storetesthelpers.h"
#include "util/clock.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StateDbTest;
using namespace std::chrono_literals;
using Store::CursorStore;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

} // namespace

class TestCursorStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<StateDatabase> m_db;
    ManualClock m_clock {t0};

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        ++m_counter;
        DbResult opened = StateDatabase::open(m_dir.filePath(u"cursor-%1.db"_s.arg(m_counter)),
                                              u"cursor-%1"_s.arg(m_counter));
        STORE_VERIFY_OK(opened);
        m_db = std::move(opened).value();
    }

    void cleanup() { m_db.reset(); }

    void setGetClear()
    {
        CursorStore store(*m_db, m_clock);
        const auto unset = store.get(u"main"_s);
        STORE_VERIFY_OK(unset);
        QVERIFY(!unset.value().has_value());

        // A time in another zone comes back as the same instant, in UTC, to the millisecond.
        const QDateTime cursor(QDate(2026, 2, 27), QTime(23, 59, 58, 999), Qt::OffsetFromUTC, 3600);
        STORE_VERIFY_OK(store.set(u"main"_s, cursor));
        const auto read = store.get(u"main"_s);
        STORE_VERIFY_OK(read);
        QCOMPARE(read.value().value(), cursor);
        QCOMPARE(read.value()->timeSpec(), Qt::UTC);
        QCOMPARE(scalar(*m_db, u"SELECT updated_at FROM sync_cursors"_s).toLongLong(),
                 t0.toMSecsSinceEpoch());

        m_clock.advance(1h);
        STORE_VERIFY_OK(store.set(u"main"_s, t0));
        QCOMPARE(store.get(u"main"_s).value().value(), t0);
        QCOMPARE(scalar(*m_db, u"SELECT updated_at FROM sync_cursors"_s).toLongLong(),
                 t0.addSecs(3600).toMSecsSinceEpoch());
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM sync_cursors"_s).toInt(), 1);

        STORE_VERIFY_OK(store.set(u"other"_s, cursor));
        STORE_VERIFY_OK(store.clear(u"main"_s));
        QVERIFY(!store.get(u"main"_s).value().has_value());
        QCOMPARE(store.get(u"other"_s).value().value(), cursor);
        STORE_VERIFY_OK(store.clear(u"never-set"_s));
    }

    void invalidCursorIsRefused()
    {
        CursorStore store(*m_db, m_clock);
        STORE_VERIFY_OK(store.set(u"main"_s, t0));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"invalid sync cursor"_s));
        QCOMPARE(store.set(u"main"_s, QDateTime()).error().kind, Error::Kind::Internal);
        QCOMPARE(store.get(u"main"_s).value().value(), t0);
    }

    void setJoinsTheCallersTransaction()
    {
        CursorStore store(*m_db, m_clock);
        const Status rolledBack = m_db->transaction([&]() -> Status {
            if (Status s = store.set(u"main"_s, t0); !s.ok()) {
                return s;
            }
            return Error {Error::Kind::Cancelled, u"cancelled"_s, {}};
        });
        QVERIFY(!rolledBack.ok());
        QVERIFY(!store.get(u"main"_s).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestCursorStore)
#include "tst_cursorstore.moc"
