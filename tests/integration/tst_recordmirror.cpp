// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfixture.h"

#include "session/recordmirror.h"
#include "session/subscriberwalker.h"
#include "store/linkstore.h"
#include "store/statedatabase.h"

#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Session::RecordMirror;

namespace {

// Everything a mirror emitted since its last cleared().
struct Collected
{
    int cleared = 0;
    QList<Ghl::Contact> contacts;
    QList<MailerLite::Subscriber> subscribers;
    QList<Store::Link> links;
    qint64 contactTotal = 0;
    qint64 subscriberTotal = 0;
    QList<RecordMirror::Source> finished;
    QList<std::pair<RecordMirror::Source, Error>> failed;
    int contactPages = 0;
};

void collect(RecordMirror &mirror, Collected &c, QObject *context)
{
    QObject::connect(&mirror, &RecordMirror::cleared, context, [&c] {
        c = Collected {};
        c.cleared = 1;
    });
    QObject::connect(&mirror, &RecordMirror::contactsPageLoaded, context,
                     [&c](const QList<Ghl::Contact> &page, qint64 total) {
                         c.contacts += page;
                         c.contactTotal = total;
                         ++c.contactPages;
                     });
    QObject::connect(&mirror, &RecordMirror::subscribersPageLoaded, context,
                     [&c](const QList<MailerLite::Subscriber> &page, qint64 total) {
                         c.subscribers += page;
                         c.subscriberTotal = total;
                     });
    QObject::connect(&mirror, &RecordMirror::linksLoaded, context,
                     [&c](const QList<Store::Link> &links) { c.links = links; });
    QObject::connect(&mirror, &RecordMirror::sourceFinished, context,
                     [&c](RecordMirror::Source s) { c.finished.append(s); });
    QObject::connect(&mirror, &RecordMirror::sourceFailed, context,
                     [&c](RecordMirror::Source s, const Error &e) {
                         c.failed.append({s, e});
                     });
}

template<typename T>
QSet<QString> contactIds(const QList<T> &contacts)
{
    QSet<QString> ids;
    for (const T &c : contacts) {
        ids.insert(c.id);
    }
    return ids;
}

} // namespace

class TestRecordMirror final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::SandboxHost> m_host;
    SystemClock m_clock;

    QString databasePath() const { return m_dir.filePath(u"state.sqlite"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Enough to cross page boundaries on both sides (500 contacts, 1000 subscribers a
        // page) while staying fast: the walkers are the same for 100,000 records.
        m_host = std::make_unique<Sandbox::SandboxHost>(SessionFixture::options(1200, 1500));
        QVERIFY(m_host->start());
        const qsizetype active = m_host->mailerLite()->store().subscriberCount(u"active"_s);
        QVERIFY2(active > Session::SubscriberWalker::PageSize, qPrintable(QString::number(active)));

        auto db = Store::StateDatabase::open(databasePath(), u"writer"_s);
        QVERIFY(db.ok());
        Store::LinkStore links(*db.value());
        for (int i = 0; i < 3; ++i) {
            Store::Link link;
            link.contactId = u"contact%1"_s.arg(i);
            link.subscriberId = 1000 + i;
            link.email = u"person%1@example.com"_s.arg(i);
            link.syncedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(links.upsert(u"test"_s, link).ok());
        }
        Store::Link foreign;
        foreign.contactId = u"x"_s;
        foreign.subscriberId = 1;
        foreign.email = u"x@example.com"_s;
        foreign.syncedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(links.upsert(u"other-profile"_s, foreign).ok());
    }

    void loadsAllRecordsAndLinks()
    {
        RecordMirror mirror(SessionFixture::config(*m_host, databasePath()), m_clock);
        Collected c;
        collect(mirror, c, this);
        mirror.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(c.finished.size() + c.failed.size(), 3, 30000);
        QVERIFY2(c.failed.isEmpty(), qPrintable(c.failed.value(0).second.toLogString()));
        QCOMPARE(c.cleared, 1);

        const qsizetype contacts = m_host->ghl()->contacts().size();
        QCOMPARE(c.contacts.size(), contacts);
        QCOMPARE(contactIds(c.contacts).size(), contacts); // no page twice
        QCOMPARE(c.contactTotal, qint64(contacts));
        QCOMPARE(c.contactPages, 3); // 500 + 500 + 200

        const qsizetype subscribers = m_host->mailerLite()->store().subscriberCount();
        QCOMPARE(c.subscribers.size(), subscribers);
        QCOMPARE(c.subscriberTotal, qint64(subscribers));
        QSet<qint64> ids;
        QSet<QString> types;
        for (const MailerLite::Subscriber &s : std::as_const(c.subscribers)) {
            ids.insert(s.id);
            types.insert(s.type);
        }
        QCOMPARE(ids.size(), subscribers);
        QVERIFY2(types.size() > 1, "every type is listed, not only active subscribers");

        // Only this profile's links.
        QCOMPARE(c.links.size(), 3);
        for (const Store::Link &link : std::as_const(c.links)) {
            QVERIFY(link.contactId.startsWith(u"contact"_s));
        }
    }

    void refreshDuringLoadDropsTheOldLoad()
    {
        RecordMirror mirror(SessionFixture::config(*m_host, databasePath()), m_clock);
        Collected c;
        int clearedCount = 0;
        connect(&mirror, &RecordMirror::cleared, this, [&clearedCount] { ++clearedCount; });
        collect(mirror, c, this);
        QSignalSpy firstPage(&mirror, &RecordMirror::contactsPageLoaded);
        mirror.refresh();
        QVERIFY(firstPage.wait(30000));
        QVERIFY(c.contacts.size() < m_host->ghl()->contacts().size()); // still loading

        mirror.refresh(); // the first load's remaining pages must never arrive
        QTRY_COMPARE_WITH_TIMEOUT(c.finished.size() + c.failed.size(), 3, 30000);
        QVERIFY(c.failed.isEmpty());
        QCOMPARE(clearedCount, 2);
        QCOMPARE(c.contacts.size(), m_host->ghl()->contacts().size());
        QCOMPARE(contactIds(c.contacts).size(), m_host->ghl()->contacts().size());
        QCOMPARE(c.subscribers.size(), m_host->mailerLite()->store().subscriberCount());
        QCOMPARE(c.finished.count(RecordMirror::Source::Ghl), 1);
        QCOMPARE(c.finished.count(RecordMirror::Source::Links), 1);
    }

    void cancelStopsLoading()
    {
        RecordMirror mirror(SessionFixture::config(*m_host, databasePath()), m_clock);
        QSignalSpy pages(&mirror, &RecordMirror::contactsPageLoaded);
        QSignalSpy finished(&mirror, &RecordMirror::sourceFinished);
        QSignalSpy failed(&mirror, &RecordMirror::sourceFailed);
        mirror.refresh();
        QVERIFY(pages.wait(30000));
        mirror.cancel();
        // The remaining two GHL pages take milliseconds when loading goes on; none may come.
        QVERIFY(!pages.wait(1000));
        for (const QVariantList &args : std::as_const(finished)) {
            QCOMPARE(args.first().value<RecordMirror::Source>(), RecordMirror::Source::Links);
        }
        QCOMPARE(failed.size(), 0); // cancelling is not a failure
    }

    void noStateFileMeansNoLinks()
    {
        const QString missing = m_dir.filePath(u"none/state.sqlite"_s);
        RecordMirror mirror(SessionFixture::config(*m_host, missing), m_clock);
        Collected c;
        collect(mirror, c, this);
        c.links.append(Store::Link {});
        QSignalSpy links(&mirror, &RecordMirror::linksLoaded);
        mirror.refresh();
        QVERIFY(links.wait(30000));
        QVERIFY(c.links.isEmpty());
        QVERIFY(!QFileInfo::exists(missing)); // a reader never creates the state file
        mirror.cancel();
    }

    void wrongMailerLiteKeyFailsThatSourceOnly()
    {
        Session::ServiceConfig config = SessionFixture::config(*m_host, databasePath());
        config.mailerLiteKey = "0123456789abcdef0123456789abcdef";
        RecordMirror mirror(config, m_clock);
        Collected c;
        collect(mirror, c, this);
        mirror.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(c.finished.size() + c.failed.size(), 3, 30000);
        QCOMPARE(c.failed.size(), 1);
        QCOMPARE(c.failed.first().first, RecordMirror::Source::MailerLite);
        QCOMPARE(c.failed.first().second.kind, Error::Kind::Auth);
        QVERIFY(c.failed.first().second.message.contains(u"API key"_s));
        QCOMPARE(c.contacts.size(), m_host->ghl()->contacts().size());
    }

    void rereadsSingleRecords()
    {
        RecordMirror mirror(SessionFixture::config(*m_host, databasePath()), m_clock);
        const Sandbox::Dataset data = SessionFixture::datasetOf(*m_host);
        const QString contactId = data.ghlContacts.at(7).toObject().value(u"id"_s).toString();

        QSignalSpy changed(&mirror, &RecordMirror::contactChanged);
        mirror.refreshContact(contactId);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().first().value<Ghl::Contact>().id, contactId);

        QSignalSpy removed(&mirror, &RecordMirror::contactRemoved);
        mirror.refreshContact(u"noSuchContact0000000"_s);
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.first().first().toString(), u"noSuchContact0000000"_s);

        const QString email = data.mlSubscribers.at(3).toObject().value(u"email"_s).toString();
        QSignalSpy subscriber(&mirror, &RecordMirror::subscriberChanged);
        mirror.refreshSubscriber(email);
        QVERIFY(subscriber.wait(10000));
        QCOMPARE(subscriber.first().first().value<MailerLite::Subscriber>().email.toLower(),
                 email.toLower());

        QSignalSpy links(&mirror, &RecordMirror::linksLoaded);
        mirror.reloadLinks();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().first().value<QList<Store::Link>>().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRecordMirror)
#include "tst_recordmirror.moc"
