// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GhlClient against the real FakeGhl over 127.0.0.1: every operation, both pagination styles
// and the create dedupe.
#include "datagenerator.h"
#include "ghl/ghlcontactwalker.h"
#include "ghl/ghlerrors.h"
#include "ghlfixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace GhlFixture;
using Api::Callback;
using Api::GhlClient;
using Sandbox::FakeGhl;

class TestGhlClient final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<FakeGhl> m_ghl;
    std::unique_ptr<GhlClient> m_client;

    void startFake(FakeGhl::Options options = {})
    {
        options.locationId = Location;
        options.tokens = tokens();
        options.clock = &m_clock;
        m_client.reset();
        m_ghl = std::make_unique<FakeGhl>(options);
        m_ghl->load(smallDataset());
        QVERIFY(m_ghl->listenLocal() != 0);
        m_client = makeClient(u"pit-rw"_s);
    }

    std::unique_ptr<GhlClient> makeClient(const QString &token, GhlClient::Config config = {})
    {
        config.baseUrl = m_ghl->baseUrl();
        config.locationId = Location;
        config.token = [token] {
            return token.toUtf8();
        };
        config.retry = quickRetries(3);
        return std::make_unique<GhlClient>(config, m_clock);
    }

    void loadGenerated(int contacts)
    {
        Sandbox::DataGenerator::Options generate;
        generate.contacts = contacts;
        generate.locationId = Location;
        m_ghl->load(Sandbox::DataGenerator::generate(generate));
    }

    qsizetype contactCount() const { return m_ghl->contacts().size(); }

private Q_SLOTS:
    void initTestCase() { startTrafficLog(); }
    void init() { startFake(); }
    void cleanup()
    {
        m_client.reset();
        m_ghl.reset();
    }

    void getContactKeepsUnknownMembers()
    {
        const auto r = await<Ghl::Contact>(
            [&](Callback<Ghl::Contact> done) { m_client->getContact(Ann, this, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.value().firstName, u"Ann"_s);
        QCOMPARE(r.value().raw().value(u"attributionSource"_s).toObject().value(u"medium"_s),
                 QJsonValue(u"manual"_s));
        // Every request carried the Version header; the fake refuses any request without it.
        QCOMPARE(requestsTo(*m_ghl, u"GET /contacts/:contactId"_s), 1);
    }

    void readsTasksNotesAppointmentsAndFields()
    {
        const auto tasks = await<QList<Ghl::Task>>(
            [&](auto done) { m_client->listContactTasks(Ann, this, done); });
        QVERIFY(tasks.ok());
        QCOMPARE(tasks.value().size(), 1);
        const auto task
            = await<Ghl::Task>([&](auto done) { m_client->getTask(Ann, u"t1"_s, this, done); });
        QVERIFY(task.ok());
        QCOMPARE(task.value().title, u"Call back"_s);
        const auto notes = await<QList<Ghl::Note>>(
            [&](auto done) { m_client->listContactNotes(Ann, this, done); });
        QVERIFY(notes.ok());
        QCOMPARE(notes.value().first().raw.value(u"color"_s).toString(), u"#FFAA00"_s);
        const auto note
            = await<Ghl::Note>([&](auto done) { m_client->getNote(Ann, u"n1"_s, this, done); });
        QVERIFY(note.ok());
        QCOMPARE(note.value().body, u"first call"_s);
        const auto events = await<QList<Ghl::Appointment>>(
            [&](auto done) { m_client->listContactAppointments(Ann, this, done); });
        QVERIFY(events.ok());
        QCOMPARE(events.value().first().calendarId, u"cal1"_s);
        const auto fields = await<QList<Ghl::CustomFieldDef>>(
            [&](auto done) { m_client->listCustomFields(QString(), this, done); });
        QVERIFY(fields.ok());
        QCOMPARE(fields.value().size(), 2);
        QCOMPARE(fields.value().at(1).picklistOptions, QStringList {u"a"_s});
    }

    void searchFiltersAndContinuesWithSearchAfter()
    {
        GhlClient::SearchQuery query;
        query.pageLimit = 1;
        query.addedFrom = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        query.addedTo = QDateTime(QDate(2025, 2, 1), QTime(0, 0), Qt::UTC);
        query.tags = {u"vip"_s};
        query.sortField = u"dateAdded"_s;
        const auto first = await<GhlClient::Page>(
            [&](auto done) { m_client->searchContacts(query, this, done); });
        QVERIFY(first.ok());
        QCOMPARE(first.value().total, 2); // Cy was added in March
        QCOMPARE(first.value().contacts.first().id, Ann);
        QVERIFY(!first.value().nextSearchAfter.isEmpty());
        query.searchAfter = first.value().nextSearchAfter;
        const auto second = await<GhlClient::Page>(
            [&](auto done) { m_client->searchContacts(query, this, done); });
        QVERIFY(second.ok());
        QCOMPARE(second.value().contacts.first().id, Bob);
    }

    void searchWalkReadsPast10000()
    {
        loadGenerated(10'500);
        QList<std::pair<qint64, qint64>> progress;
        Api::GhlContactWalker walker(*m_client,
                                     {nullptr, {}, [&progress](qint64 fetched, qint64 total) {
                                          progress.append({fetched, total});
                                      }});
        QSignalSpy finished(&walker, &Api::GhlContactWalker::finished);
        GhlClient::SearchQuery query;
        query.pageLimit = 500;
        walker.walkSearch(query);
        QVERIFY(finished.wait(60'000));
        QVERIFY2(walker.result().ok(), qPrintable(why(walker.result())));
        QSet<QString> ids;
        for (const Ghl::Contact &c : walker.contacts()) {
            ids.insert(c.id);
        }
        QCOMPARE(walker.contacts().size(), 10'500);
        QCOMPARE(ids.size(), 10'500); // every id exactly once
        QCOMPARE(walker.pages(), 21);
        QCOMPARE(requestsTo(*m_ghl, u"POST /contacts/search"_s), 21);
        QCOMPARE(m_client->http().requestCount(), 21);
        QCOMPARE(progress.size(), 21);
        QCOMPARE(progress.last(), std::make_pair(qint64(10'500), qint64(10'500)));
        QCOMPARE(finished.size(), 1);
    }

    void searchWalkStopsWhenCancelled()
    {
        loadGenerated(50);
        std::atomic<bool> cancel {false};
        Api::GhlContactWalker walker(*m_client, {&cancel, {}, [&cancel](qint64 fetched, qint64) {
                                                     cancel = fetched >= 20;
                                                 }});
        QSignalSpy finished(&walker, &Api::GhlContactWalker::finished);
        GhlClient::SearchQuery query;
        query.pageLimit = 10;
        walker.walkSearch(query);
        QVERIFY(finished.wait());
        QCOMPARE(walker.result().error().kind, Error::Kind::Cancelled);
        QCOMPARE(walker.pages(), 2);
        QCOMPARE(requestsTo(*m_ghl, u"POST /contacts/search"_s), 2);
    }

    void deprecatedListWalksWithBothCursors()
    {
        loadGenerated(250);
        Api::GhlContactWalker walker(*m_client, {});
        QSignalSpy finished(&walker, &Api::GhlContactWalker::finished);
        walker.walkList(100);
        QVERIFY(finished.wait());
        QVERIFY2(walker.result().ok(), qPrintable(why(walker.result())));
        QSet<QString> ids;
        for (const Ghl::Contact &c : walker.contacts()) {
            ids.insert(c.id);
        }
        QCOMPARE(ids.size(), 250);
        QCOMPARE(walker.contacts().size(), 250);
        QCOMPARE(requestsTo(*m_ghl, u"GET /contacts/"_s), 3);
    }

    void repeatedPageIsDetected()
    {
        Ghl::Contact a;
        a.id = u"a"_s;
        Ghl::Contact b;
        b.id = u"b"_s;
        QVERIFY(!Api::GhlContactWalker::repeatsEarlierPage({a, b}, {}));
        QVERIFY(!Api::GhlContactWalker::repeatsEarlierPage({b}, {u"a"_s}));
        QVERIFY(Api::GhlContactWalker::repeatsEarlierPage({a, b}, {u"a"_s, u"b"_s}));
    }

    void businessContactsPage()
    {
        const auto r = await<GhlClient::BusinessPage>(
            [&](auto done) { m_client->businessContacts(u"biz1"_s, 1, 1, this, done); });
        QVERIFY(r.ok());
        QCOMPARE(r.value().count, 2);
        QCOMPARE(r.value().contacts.size(), 1);
    }

    void createUpdateDeleteContact()
    {
        Ghl::Contact draft;
        draft.id = u"ignored"_s;
        draft.firstName = u"Dora"_s;
        draft.email = u"dora@example.com"_s;
        draft.companyName = u"Acme"_s;
        draft.customFields = {{u"cf1"_s, u"12345"_s}};
        QJsonObject fields = draft.toJson();
        fields.insert(u"additionalEmails"_s, QJsonArray()); // not writable: must be dropped
        const auto created
            = await<Ghl::Contact>([&](auto done) { m_client->createContact(fields, this, done); });
        QVERIFY2(created.ok(), qPrintable(why(created)));
        const QString id = created.value().id;
        QVERIFY(id != u"ignored"_s);
        QCOMPARE(created.value().customFieldValue(u"cf1"_s), QJsonValue(u"12345"_s));
        QCOMPARE(created.value().locationId, Location);

        Ghl::Contact changed = created.value();
        changed.lastName = u"Explorer"_s;
        changed.companyName = u"Acme Ltd"_s;
        const auto updated = await<Ghl::Contact>(
            [&](auto done) { m_client->updateContact(id, changed.toJson(), this, done); });
        QVERIFY2(updated.ok(), qPrintable(why(updated)));
        QCOMPARE(updated.value().lastName, u"Explorer"_s);
        QCOMPARE(updated.value().companyName, u"Acme Ltd"_s);

        const auto removed
            = await<std::monostate>([&](auto done) { m_client->deleteContact(id, this, done); });
        QVERIFY(removed.ok());
        const auto gone
            = await<Ghl::Contact>([&](auto done) { m_client->getContact(id, this, done); });
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }

    void updateLeavesCompanyNameOutWhenRefused()
    {
        FakeGhl::Options options;
        options.rejectCompanyNameOnUpdate = true;
        startFake(options);
        const QJsonObject fields {{u"firstName"_s, u"Anna"_s}, {u"companyName"_s, u"Acme"_s}};
        const auto first = await<Ghl::Contact>(
            [&](auto done) { m_client->updateContact(Ann, fields, this, done); });
        QVERIFY2(first.ok(), qPrintable(why(first)));
        QCOMPARE(first.value().firstName, u"Anna"_s);
        QCOMPARE(requestsTo(*m_ghl, u"PUT /contacts/:contactId"_s), 2);
        const auto second = await<Ghl::Contact>(
            [&](auto done) { m_client->updateContact(Bob, fields, this, done); });
        QVERIFY(second.ok());
        QCOMPARE(requestsTo(*m_ghl, u"PUT /contacts/:contactId"_s), 3); // learned: one PUT
    }

    void upsertTellsNewFromExisting()
    {
        const QJsonObject fields {{u"email"_s, u"eve@example.com"_s}, {u"firstName"_s, u"Eve"_s}};
        const auto first = await<GhlClient::Upserted>(
            [&](auto done) { m_client->upsertContact(fields, this, done); });
        QVERIFY(first.ok());
        QVERIFY(first.value().created);
        const auto again = await<GhlClient::Upserted>(
            [&](auto done) { m_client->upsertContact(fields, this, done); });
        QVERIFY(again.ok());
        QVERIFY(!again.value().created);
        QCOMPARE(again.value().contact.id, first.value().contact.id);
    }

    void tagsAreAddedAndRemoved()
    {
        const auto added = await<QStringList>([&](auto done) {
            m_client->addTags(Ann, {u"new"_s, u"trial"_s}, this, done);
        });
        QVERIFY(added.ok());
        QCOMPARE(added.value(), (QStringList {u"vip"_s, u"new"_s, u"trial"_s}));
        const auto removed = await<QStringList>([&](auto done) {
            m_client->removeTags(Ann, {u"vip"_s, u"trial"_s}, this, done);
        });
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), QStringList {u"new"_s});
    }

    void notesAreWritten()
    {
        Ghl::Note note;
        note.body = u"Called, no answer"_s;
        note.title = u"Call"_s;
        const auto created
            = await<Ghl::Note>([&](auto done) { m_client->createNote(Bob, note, this, done); });
        QVERIFY(created.ok());
        note.body = u"Called twice"_s;
        const auto updated = await<Ghl::Note>(
            [&](auto done) { m_client->updateNote(Bob, created.value().id, note, this, done); });
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().body, u"Called twice"_s);
        const auto removed = await<std::monostate>(
            [&](auto done) { m_client->deleteNote(Bob, created.value().id, this, done); });
        QVERIFY(removed.ok());
        const auto left = await<QList<Ghl::Note>>(
            [&](auto done) { m_client->listContactNotes(Bob, this, done); });
        QVERIFY(left.ok());
        QVERIFY(left.value().isEmpty());
    }

    void tasksAreWrittenAndCompleted()
    {
        Ghl::Task task;
        task.title = u"Send offer"_s;
        task.dueDate = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        const auto created
            = await<Ghl::Task>([&](auto done) { m_client->createTask(Bob, task, this, done); });
        QVERIFY2(created.ok(), qPrintable(why(created)));
        const QString id = created.value().id;
        task.body = u"with discount"_s;
        const auto updated
            = await<Ghl::Task>([&](auto done) { m_client->updateTask(Bob, id, task, this, done); });
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().body, u"with discount"_s);
        const auto done1 = await<Ghl::Task>(
            [&](auto done) { m_client->completeTask(Bob, id, true, this, done); });
        QVERIFY(done1.ok());
        QVERIFY(done1.value().completed);
        const auto reopened = await<Ghl::Task>(
            [&](auto done) { m_client->completeTask(Bob, id, false, this, done); });
        QVERIFY(reopened.ok());
        QVERIFY(!reopened.value().completed);
        const auto removed
            = await<std::monostate>([&](auto done) { m_client->deleteTask(Bob, id, this, done); });
        QVERIFY(removed.ok());
    }

    void duplicateCreateNamesTheExistingContact()
    {
        const QJsonObject fields {{u"email"_s, u"ANN@example.com"_s}};
        const auto r
            = await<Ghl::Contact>([&](auto done) { m_client->createContact(fields, this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(Api::GhlErrors::existingContactId(r.error()), Ann);
        QVERIFY(r.error().message.contains(Ann));
    }

    void lostCreateAnswerIsNotResentBlindly()
    {
        GhlClient::Config config;
        config.transferTimeout = 300ms;
        m_client = makeClient(u"pit-rw"_s, config);
        Sandbox::FaultInjector::Rates stall;
        stall.stall = 1.0; // the create happens, its answer comes too late
        stall.stallMs = 3000;
        m_ghl->faults().setRates(stall);
        const qsizetype before = contactCount();
        std::optional<Result<Ghl::Contact>> out;
        m_client->createContact({{u"email"_s, u"fay@example.com"_s}}, this,
                                [&out](Result<Ghl::Contact> r) { out.emplace(std::move(r)); });
        connect(&m_client->http(), &Api::HttpClient::requestSent, this, [this](qint64 sent) {
            if (sent == 2) {
                m_ghl->faults().setRates({}); // the look-up gets a timely answer
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10'000);
        QVERIFY2(out->ok(), qPrintable(why(*out)));
        QCOMPARE(out->value().email, u"fay@example.com"_s);
        QCOMPARE(contactCount(), before + 1);
        QCOMPARE(requestsTo(*m_ghl, u"POST /contacts/"_s), 1);
        QCOMPARE(requestsTo(*m_ghl, u"POST /contacts/search"_s), 1);
    }

    void lostCreateIsResentWhenItDidNotHappen()
    {
        GhlClient::Config config;
        config.transferTimeout = 300ms;
        m_client = makeClient(u"pit-rw"_s, config);
        Sandbox::FaultInjector::Rates broken;
        broken.serverError = 1.0; // answered 5xx before the server did anything
        m_ghl->faults().setRates(broken);
        const qsizetype before = contactCount();
        std::optional<Result<Ghl::Contact>> out;
        m_client->createContact({{u"email"_s, u"gus@example.com"_s}}, this,
                                [&out](Result<Ghl::Contact> r) { out.emplace(std::move(r)); });
        // Only the create fails: faults end when the look-up is put on the wire, which is
        // before the fake reads it (both live in this thread).
        connect(&m_client->http(), &Api::HttpClient::requestSent, this, [this](qint64 sent) {
            if (sent == 2) {
                m_ghl->faults().setRates({});
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10'000);
        QVERIFY2(out->ok(), qPrintable(why(*out)));
        QCOMPARE(contactCount(), before + 1);
        QCOMPARE(requestsTo(*m_ghl, u"POST /contacts/search"_s), 1);
        QCOMPARE(requestsTo(*m_ghl, u"POST /contacts/"_s), 1); // the failed one never routed
    }
};

QTEST_GUILESS_MAIN(TestGhlClient)
#include "tst_ghlclient.moc"
