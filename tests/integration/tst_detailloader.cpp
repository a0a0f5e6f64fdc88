// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfixture.h"

#include "session/detailloader.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Session::DetailLoader;

class TestDetailLoader final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxHost> m_host;
    Sandbox::Dataset m_data;
    SystemClock m_clock;

    Session::ServiceConfig config() const { return SessionFixture::config(*m_host, QString()); }

    // A contact that has notes and tasks in the generated data.
    QString busyContact() const
    {
        for (auto it = m_data.ghlNotes.begin(); it != m_data.ghlNotes.end(); ++it) {
            if (m_data.ghlTasks.contains(it.key())) {
                return it.key();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = std::make_unique<Sandbox::SandboxHost>(SessionFixture::options(300, 120));
        QVERIFY(m_host->start());
        m_data = SessionFixture::datasetOf(*m_host);
        QVERIFY(!busyContact().isEmpty());
    }

    void loadsNotesTasksAndAppointments()
    {
        DetailLoader loader(config(), m_clock);
        QSignalSpy loaded(&loader, &DetailLoader::contactLoaded);
        const QString id = busyContact();
        loader.loadContact(id);
        QVERIFY(loaded.wait(10000));
        const auto details = loaded.first().first().value<Session::ContactDetails>();
        QCOMPARE(details.contactId, id);
        QVERIFY2(details.problems.isEmpty(), qPrintable(details.problems.join(u'\n')));
        QCOMPARE(details.notes.size(), m_data.ghlNotes.value(id).size());
        QCOMPARE(details.tasks.size(), m_data.ghlTasks.value(id).size());
        QCOMPARE(details.appointments.size(), m_data.ghlAppointments.value(id).size());
        QVERIFY(!details.notes.first().body.isEmpty());
        QCOMPARE(details.notes.first().contactId, id);
        QVERIFY(!details.tasks.isEmpty());
    }

    void loadsAppointments()
    {
        QVERIFY(!m_data.ghlAppointments.isEmpty());
        const QString id = m_data.ghlAppointments.begin().key();
        DetailLoader loader(config(), m_clock);
        QSignalSpy loaded(&loader, &DetailLoader::contactLoaded);
        loader.loadContact(id);
        QVERIFY(loaded.wait(10000));
        const auto details = loaded.first().first().value<Session::ContactDetails>();
        QVERIFY(details.problems.isEmpty());
        QCOMPARE(details.appointments.size(), m_data.ghlAppointments.value(id).size());
        QVERIFY(!details.appointments.isEmpty());
        QVERIFY(details.appointments.first().startTime.isValid());
    }

    void onlyTheLatestContactIsAnswered()
    {
        DetailLoader loader(config(), m_clock);
        QSignalSpy loaded(&loader, &DetailLoader::contactLoaded);
        const QString first = m_data.ghlContacts.at(0).toObject().value(u"id"_s).toString();
        const QString latest = busyContact();
        loader.loadContact(first);
        loader.loadContact(latest);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.wait(500)); // the first contact's answers never come
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().value<Session::ContactDetails>().contactId, latest);
    }

    void failedPartsBecomeProblems()
    {
        DetailLoader loader(config(), m_clock);
        QSignalSpy loaded(&loader, &DetailLoader::contactLoaded);
        loader.loadContact(u"noSuchContact0000000"_s);
        QVERIFY(loaded.wait(10000));
        const auto details = loaded.first().first().value<Session::ContactDetails>();
        QCOMPARE(details.problems.size(), 3);
        for (const QString &problem : details.problems) {
            QVERIFY2(problem.contains(u"could not be read"_s), qPrintable(problem));
        }
        QVERIFY(details.notes.isEmpty());
    }

    void loadsSubscriberWithGroups()
    {
        qsizetype index = -1;
        for (qsizetype i = 0; i < m_data.mlSubscribers.size(); ++i) {
            if (!m_data.mlSubscribers.at(i).toObject().value(u"groups"_s).toArray().isEmpty()) {
                index = i;
                break;
            }
        }
        QVERIFY(index >= 0);
        const QJsonObject expected = m_data.mlSubscribers.at(index).toObject();
        const QString email = expected.value(u"email"_s).toString();

        DetailLoader loader(config(), m_clock);
        QSignalSpy loaded(&loader, &DetailLoader::subscriberLoaded);
        loader.loadSubscriber(email);
        QVERIFY(loaded.wait(10000));
        const auto details = loaded.first().first().value<Session::SubscriberDetails>();
        QCOMPARE(details.idOrEmail, email);
        QCOMPARE(details.subscriber.email.toLower(), email.toLower());
        QCOMPARE(details.groups.size(), expected.value(u"groups"_s).toArray().size());
        QVERIFY(details.problems.isEmpty());
    }

    void unknownSubscriberFails()
    {
        DetailLoader loader(config(), m_clock);
        QSignalSpy failed(&loader, &DetailLoader::subscriberFailed);
        QSignalSpy loaded(&loader, &DetailLoader::subscriberLoaded);
        loader.loadSubscriber(u"nobody@example.invalid"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toString(), u"nobody@example.invalid"_s);
        QCOMPARE(failed.first().at(1).value<Error>().kind, Error::Kind::NotFound);
        QCOMPARE(loaded.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDetailLoader)
#include "tst_detailloader.moc"
