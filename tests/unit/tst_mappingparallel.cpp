// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mapper::mapAll() on the thread pool must give exactly what map() gives one contact at a time,
// in the same order, so the plan is byte-identical; and FieldValues must behave like the
// QMap<QString, QString> it replaced.
#include "datagenerator.h"
#include "ghl/contact.h"
#include "ghl/customfielddef.h"
#include "ghl/note.h"
#include "ghl/task.h"
#include "mailerlite/field.h"
#include "mapping/fieldvalues.h"
#include "mapping/mapper.h"
#include "mapping/mapping.h"
#include "mapping/preflightvalidator.h"
#include "sync/planner.h"

#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using Mapping::DesiredSubscriber;
using Mapping::FieldValues;

namespace {

constexpr int Contacts = 5000;

struct Fixture
{
    QList<Ghl::Contact> contacts;
    QHash<QString, QList<Ghl::Note>> notes;
    QHash<QString, QList<Ghl::Task>> tasks;
    QList<Ghl::CustomFieldDef> customFields;
    QList<MailerLite::Field> mlFields;
};

Fixture generate()
{
    Sandbox::DataGenerator::Options options;
    options.contacts = Contacts;
    options.seed = 8;
    const Sandbox::Dataset data = Sandbox::DataGenerator::generate(options);
    Fixture out;
    for (const QJsonValue &v : data.ghlContacts) {
        out.contacts.append(Ghl::Contact::fromJson(v.toObject()).value());
    }
    for (auto it = data.ghlNotes.begin(); it != data.ghlNotes.end(); ++it) {
        for (const QJsonValue &v : it.value()) {
            out.notes[it.key()].append(Ghl::Note::fromJson(v.toObject()).value());
        }
    }
    for (auto it = data.ghlTasks.begin(); it != data.ghlTasks.end(); ++it) {
        for (const QJsonValue &v : it.value()) {
            out.tasks[it.key()].append(Ghl::Task::fromJson(v.toObject()).value());
        }
    }
    for (const QJsonValue &v : data.ghlCustomFields) {
        out.customFields.append(Ghl::CustomFieldDef::fromJson(v.toObject()).value());
    }
    for (const QJsonValue &v : data.mlFields) {
        out.mlFields.append(MailerLite::Field::fromJson(v.toObject()).value());
    }
    return out;
}

// The default mapping plus rules that read custom fields, notes and tasks, a second rule for
// one target (the later success wins) and tag groups, so every kind of step runs in parallel.
Mapping::Mapping richMapping(const QList<Ghl::CustomFieldDef> &customFields)
{
    Mapping::Mapping m = Mapping::defaultMapping();
    for (const Ghl::CustomFieldDef &def : customFields) {
        m.fields.append({Mapping::FieldRef::custom(def.id), {}, u"cf_"_s + def.id.toLower()});
    }
    m.fields.append({Mapping::FieldRef::notesDigest(), {}, u"notes_digest"_s});
    m.fields.append({Mapping::FieldRef::openTaskCount(), {}, u"open_tasks"_s});
    m.fields.append({Mapping::FieldRef::nextDueTask(), {}, u"next_task"_s});
    m.fields.append({Mapping::FieldRef::standard(Mapping::FieldRef::Standard::Phone),
                     {Mapping::Transform::phoneE164()},
                     u"city"_s});
    m.groupRules.append({u"newsletter"_s, 0, u"Newsletter"_s, true, true});
    m.groupRules.append({u"vip"_s, 77, u"VIP"_s, false, false});
    return m;
}

Sync::Plan planOf(QList<DesiredSubscriber> desired, const QList<MailerLite::Field> &mlFields)
{
    const Mapping::PreflightValidator validator(mlFields);
    Sync::Planner::Input input;
    input.profile = u"parallel"_s;
    input.now = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
    input.validator = &validator;
    input.desired = std::move(desired);
    return Sync::Planner::plan(input);
}

void compareSubscribers(const QList<DesiredSubscriber> &actual,
                        const QList<DesiredSubscriber> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const DesiredSubscriber &a = actual.at(i);
        const DesiredSubscriber &e = expected.at(i);
        QCOMPARE(a.contactId, e.contactId);
        QCOMPARE(a.email, e.email);
        QCOMPARE(a.emailKey, e.emailKey);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.fields.toMap(), e.fields.toMap());
        QVERIFY(a.groups == e.groups);
        QVERIFY(a.groupsToLeave == e.groupsToLeave);
        QCOMPARE(a.optedOut, e.optedOut);
        QCOMPARE(a.inSyncedSet, e.inSyncedSet);
        QVERIFY(a.errors == e.errors);
    }
}

} // namespace

class TestMappingParallel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_data = generate();
        QCOMPARE(m_data.contacts.size(), Contacts);
        QVERIFY(Contacts >= Mapping::Mapper::ParallelThreshold);
        Mapping::Mapper sequential(richMapping(m_data.customFields), m_data.customFields);
        for (const Ghl::Contact &contact : std::as_const(m_data.contacts)) {
            m_expected.append(sequential.map(contact, m_data.notes.value(contact.id),
                                             m_data.tasks.value(contact.id)));
        }
        // The data must exercise the paths: failed phones, digests, custom values, groups.
        const auto count = [this](auto predicate) {
            return std::count_if(m_expected.cbegin(), m_expected.cend(), predicate);
        };
        QVERIFY(count([](const DesiredSubscriber &d) { return d.hasErrors(); }) > 50);
        QVERIFY(count([](const DesiredSubscriber &d) {
                    return !d.fields.value(u"notes_digest"_s).isEmpty();
                })
                > 500);
        QVERIFY(count([](const DesiredSubscriber &d) { return !d.groups.isEmpty(); }) > 500);
        QVERIFY(count([](const DesiredSubscriber &d) { return d.fields.size() > 12; }) > 500);
    }

    void parallelMatchesSequential()
    {
        Mapping::Mapper mapper(richMapping(m_data.customFields), m_data.customFields);
        mapper.setParallel(true); // whatever this machine's cores
        const QList<DesiredSubscriber> parallel
            = mapper.mapAll(m_data.contacts, m_data.notes, m_data.tasks);
        compareSubscribers(parallel, m_expected);
        QCOMPARE(planOf(parallel, m_data.mlFields).toJson(),
                 planOf(m_expected, m_data.mlFields).toJson());
    }

    void defaultMappingPlanIsByteIdentical()
    {
        Mapping::Mapper sequential(Mapping::defaultMapping(), m_data.customFields);
        QList<DesiredSubscriber> one;
        for (const Ghl::Contact &contact : std::as_const(m_data.contacts)) {
            one.append(sequential.map(contact));
        }
        Mapping::Mapper parallel(Mapping::defaultMapping(), m_data.customFields);
        parallel.setParallel(true); // whatever this machine's cores
        const QByteArray expected = planOf(one, m_data.mlFields).toJson();
        QCOMPARE(planOf(parallel.mapAll(m_data.contacts), m_data.mlFields).toJson(), expected);
    }

    void releasingMatchesAndEmptiesTheList()
    {
        QList<Ghl::Contact> own = generate().contacts; // not shared with m_data
        QVERIFY(own.isDetached());
        Mapping::Mapper mapper(richMapping(m_data.customFields), m_data.customFields);
        mapper.setParallel(true); // whatever this machine's cores
        const QList<DesiredSubscriber> mapped
            = mapper.mapAll(std::move(own), m_data.notes, m_data.tasks);
        QVERIFY(own.isEmpty()); // NOLINT(bugprone-use-after-move): the documented state
        compareSubscribers(mapped, m_expected);
    }

    void sharedListIsLeftAlone()
    {
        QList<Ghl::Contact> shared = m_data.contacts;
        Mapping::Mapper mapper(richMapping(m_data.customFields), m_data.customFields);
        mapper.setParallel(true); // whatever this machine's cores
        const QList<DesiredSubscriber> mapped
            = mapper.mapAll(std::move(shared), m_data.notes, m_data.tasks);
        compareSubscribers(mapped, m_expected);
        // The other owner's contacts are intact.
        QCOMPARE(m_data.contacts.size(), Contacts);
        for (qsizetype i = 0; i < m_data.contacts.size(); ++i) {
            QCOMPARE(m_data.contacts.at(i).id, m_expected.at(i).contactId);
        }
    }

    // On fewer cores the contacts are mapped in this thread while the thread pool converts
    // their phone numbers ahead (PhoneAhead): the same subscribers as one by one, including
    // failed numbers, a phone rule read in another region, one with transforms after the
    // conversion (applied here, after the pool's step), and the contacts released.
    void phonesConvertedAheadMatchOneByOne()
    {
        Mapping::Mapping mapping = richMapping(m_data.customFields);
        mapping.fields.append(
            {Mapping::FieldRef::standard(Mapping::FieldRef::Standard::Phone),
             {Mapping::Transform::phoneE164(u"DE"_s), Mapping::Transform::truncate(9),
              Mapping::Transform::defaultIfEmpty(u"none"_s)},
             u"phone_de"_s});
        Mapping::Mapper sequential(mapping, m_data.customFields);
        QList<DesiredSubscriber> expected;
        for (const Ghl::Contact &contact : std::as_const(m_data.contacts)) {
            expected.append(sequential.map(contact, m_data.notes.value(contact.id),
                                           m_data.tasks.value(contact.id)));
        }
        QVERIFY(std::count_if(expected.cbegin(), expected.cend(),
                              [](const DesiredSubscriber &d) {
                                  return d.fields.value(u"phone_de"_s).size() == 9;
                              })
                > 500);
        QList<Ghl::Contact> own = generate().contacts;
        Mapping::Mapper mapper(mapping, m_data.customFields);
        mapper.setParallel(false);
        const QList<DesiredSubscriber> mapped
            = mapper.mapAll(std::move(own), m_data.notes, m_data.tasks);
        QVERIFY(own.isEmpty()); // NOLINT(bugprone-use-after-move): the documented state
        compareSubscribers(mapped, expected);
    }

    // A block the pool has not started when the mapping reaches it is converted in this
    // thread: with no pool thread free at all, the batch still maps, and alike.
    void phonesConvertedWithoutAFreePoolThread()
    {
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        QSemaphore release;
        for (int i = 0; i < threads; ++i) {
            pool->start([&release] { release.acquire(); }); // occupy every pool thread
        }
        Mapping::Mapper mapper(richMapping(m_data.customFields), m_data.customFields);
        mapper.setParallel(false);
        const QList<DesiredSubscriber> mapped
            = mapper.mapAll(m_data.contacts, m_data.notes, m_data.tasks);
        release.release(threads);
        pool->waitForDone();
        compareSubscribers(mapped, m_expected);
    }

    void smallBatchMapsInOrder()
    {
        const QList<Ghl::Contact> few = m_data.contacts.first(10);
        Mapping::Mapper mapper(richMapping(m_data.customFields), m_data.customFields);
        mapper.setParallel(true); // whatever this machine's cores
        compareSubscribers(mapper.mapAll(few, m_data.notes, m_data.tasks), m_expected.first(10));
    }

    void fieldValuesBehaveLikeAMap()
    {
        QMap<QString, QString> map;
        FieldValues values;
        const std::pair<QString, QString> steps[] = {
            {u"zip"_s, u"1"_s},     {u"city"_s, u"Oslo"_s}, {u"Äpfel"_s, u"x"_s},
            {u"city"_s, u"Rome"_s}, {u"a"_s, QString()},    {u"Zeta"_s, u"z"_s},
        };
        for (const auto &[key, value] : steps) {
            map.insert(key, value);
            values.insert(key, value);
        }
        QCOMPARE(values.size(), map.size());
        QCOMPARE(values.toMap(), map);
        QCOMPARE(FieldValues(map), values);
        QCOMPARE(values.keys(), map.keys()); // the same (QString) order
        QCOMPARE(values.value(u"city"_s), u"Rome"_s);
        QCOMPARE(values.value(u"missing"_s, u"-"_s), u"-"_s);
        QVERIFY(values.contains(u"a"_s));
        QVERIFY(values.constFind(u"missing"_s) == values.cend());
        QCOMPARE(*values.constFind(u"zip"_s), u"1"_s);

        // Copies share until written; a write leaves the other copy alone.
        FieldValues copy = values;
        copy.insert(u"city"_s, u"Paris"_s);
        copy.insert(u"new"_s, u"n"_s);
        QCOMPARE(values.value(u"city"_s), u"Rome"_s);
        QVERIFY(!values.contains(u"new"_s));
        QVERIFY(copy != values);
        QVERIFY(FieldValues() == FieldValues(QMap<QString, QString>()));
        QVERIFY(FieldValues().begin() == FieldValues().end());
    }

private:
    Fixture m_data;
    QList<DesiredSubscriber> m_expected;
};

QTEST_GUILESS_MAIN(TestMappingParallel)
#include "tst_mappingparallel.moc"
