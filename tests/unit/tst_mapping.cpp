// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/mapper.h"
#include "mapping/mapping.h"
#include "mapping/notesdigest.h"
#include "mapping/tasksdigest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Mapping::FieldMapping;
using Mapping::FieldRef;
using Mapping::Transform;

namespace {

// A realistic GHL contact (GHL-API.md §11 shapes) with messy input values.
const char contactJson[] = R"({
  "id": "c1", "locationId": "loc", "firstName": "  Zoë ", "lastName": "Ölçer",
  "email": "  Zoe+News@Example.COM ", "phone": "+1 415 555 2671", "companyName": "ACME GmbH ",
  "city": "Köln", "state": "NRW", "country": "DE", "postalCode": "50667",
  "tags": ["VIP", "newsletter"], "dnd": false,
  "dndSettings": {"Email": {"status": "active"}},
  "customFields": [{"id": "cf1", "value": 42}, {"id": "cf2", "value": 1767225600000},
                   {"id": "cf3", "value": ["red", "green"]}],
  "dateAdded": "2025-11-24T16:58:56.678Z"
})";

Ghl::Contact contact(const char *json = contactJson)
{
    return Ghl::Contact::fromJson(QJsonDocument::fromJson(QByteArray(json)).object()).value();
}

Ghl::Note note(const QString &id, const QString &date, const QString &body)
{
    Ghl::Note n;
    n.id = id;
    n.body = body;
    n.dateAdded = QDateTime::fromString(date, Qt::ISODate);
    return n;
}

Ghl::Task task(const QString &id, const QString &title, const QString &due, bool completed)
{
    Ghl::Task t;
    t.id = id;
    t.title = title;
    t.dueDate = due.isEmpty() ? QDateTime() : QDateTime::fromString(due, Qt::ISODate);
    t.completed = completed;
    return t;
}

Mapping::Mapping richMapping()
{
    Mapping::Mapping m = Mapping::defaultMapping();
    m.fields.append({FieldRef::custom(u"cf1"_s, u"contact.company_size"_s, u"Company Size"_s),
                     {},
                     u"company_size"_s});
    m.fields.append({FieldRef::custom({}, u"contact.renewal"_s), {}, u"renewal"_s});
    m.fields.append(
        {FieldRef::tag(u"vip"_s), {Transform::tagPresent({}, u"yes"_s, u"no"_s)}, u"is_vip"_s});
    m.fields.append({FieldRef::notesDigest(2, 80), {}, u"notes_digest"_s});
    m.fields.append({FieldRef::openTaskCount(), {}, u"open_tasks"_s});
    m.fields.append({FieldRef::nextDueTask(), {}, u"next_task"_s});
    m.groupRules.append({u"vip"_s, 11, u"VIP"_s, true, false});
    m.groupRules.append({u"gold"_s, 0, u"Gold"_s, true, true});
    m.groupRules.append({u"webinar"_s, 0, u"Webinar"_s, false, false});
    m.options.syncedTag = u"newsletter"_s;
    m.options.defaultPhoneRegion = u"DE"_s;
    return m;
}

} // namespace

class TestMapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTripIsExact()
    {
        const Mapping::Mapping m = richMapping();
        const QByteArray saved = m.toJsonBytes();
        const Result<Mapping::Mapping> loaded = Mapping::Mapping::fromJsonBytes(saved);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QVERIFY(loaded.value() == m);
        QCOMPARE(loaded.value().toJsonBytes(), saved);
        QCOMPARE(QJsonDocument::fromJson(saved).object().value("version"_L1).toInt(), 1);
    }

    void defaultMappingRoundTrips()
    {
        const Mapping::Mapping m = Mapping::defaultMapping();
        QCOMPARE(m.fields.size(), 9);
        QVERIFY(m.fieldFor(u"phone"_s)->transforms.contains(Transform::Kind::PhoneE164));
        QCOMPARE(m.fieldFor(u"zip"_s)->source, FieldRef::standard(FieldRef::Standard::PostalCode));
        const auto loaded = Mapping::Mapping::fromJson(m.toJson());
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value() == m);
    }

    void malformedFilesNameThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"version\": 1,") << u"not valid JSON"_s;
        QTest::newRow("array root") << QByteArray("[]") << u"$"_s;
        QTest::newRow("no version") << QByteArray("{}") << u"$.version"_s;
        QTest::newRow("text version") << QByteArray(R"({"version":"1"})") << u"$.version"_s;
        QTest::newRow("future version") << QByteArray(R"({"version":2})") << u"newer version"_s;
        QTest::newRow("unknown key") << QByteArray(R"({"version":1,"feilds":[]})") << u"$.feilds"_s;
        QTest::newRow("fields not list")
            << QByteArray(R"({"version":1,"fields":{}})") << u"$.fields"_s;
        QTest::newRow("bad source kind")
            << QByteArray(R"({"version":1,"fields":[{"source":{"kind":"x"},"target":"a"}]})")
            << u"$.fields[0].source.kind"_s;
        QTest::newRow("bad standard field")
            << QByteArray(R"({"version":1,"fields":[{"source":{"kind":"standard",
               "field":"shoeSize"},"target":"a"}]})")
            << u"$.fields[0].source.field"_s;
        QTest::newRow("custom without id")
            << QByteArray(R"({"version":1,"fields":[{"source":{"kind":"custom"},"target":"a"}]})")
            << u"$.fields[0].source"_s;
        QTest::newRow("bad transform")
            << QByteArray(R"({"version":1,"fields":[{"source":{"kind":"standard","field":"city"},
               "transforms":[{"op":"trim"},{"op":"truncate","limit":-1}],"target":"city"}]})")
            << u"$.fields[0].transforms[1].limit"_s;
        QTest::newRow("bad target")
            << QByteArray(R"({"version":1,"fields":[{"source":{"kind":"standard","field":"city"},
               "target":"City Name"}]})")
            << u"$.fields[0].target"_s;
        QTest::newRow("duplicate target") << QByteArray(R"({"version":1,"fields":[
               {"source":{"kind":"standard","field":"city"},"target":"city"},
               {"source":{"kind":"standard","field":"state"},"target":"city"}]})")
                                          << u"$.fields[1].target"_s;
        QTest::newRow("group without group")
            << QByteArray(R"({"version":1,"groupRules":[{"tag":"vip"}]})") << u"$.groupRules[0]"_s;
        QTest::newRow("group flag type")
            << QByteArray(R"({"version":1,"groupRules":[{"tag":"vip","groupId":3,
               "removeWhenTagRemoved":"yes"}]})")
            << u"$.groupRules[0].removeWhenTagRemoved"_s;
        QTest::newRow("bad region")
            << QByteArray(R"({"version":1,"options":{"defaultPhoneRegion":"ZZ"}})")
            << u"$.options.defaultPhoneRegion"_s;
    }

    void malformedFilesNameThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto loaded = Mapping::Mapping::fromJsonBytes(json);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, Error::Kind::Config);
        QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
    }

    void defaultMappingOnRealisticContact()
    {
        Mapping::Mapper mapper(Mapping::defaultMapping());
        const Mapping::DesiredSubscriber s = mapper.map(contact());
        QCOMPARE(s.contactId, u"c1"_s);
        QCOMPARE(s.email, u"Zoe+News@Example.COM"_s);
        QCOMPARE(s.emailKey, u"zoe+news@example.com"_s);
        QCOMPARE(s.name, u"Zoë"_s);
        QCOMPARE(s.fields.value(u"last_name"_s), u"Ölçer"_s);
        QCOMPARE(s.fields.value(u"phone"_s), u"+14155552671"_s);
        QCOMPARE(s.fields.value(u"company"_s), u"ACME GmbH"_s);
        QCOMPARE(s.fields.value(u"city"_s), u"Köln"_s);
        QCOMPARE(s.fields.value(u"zip"_s), u"50667"_s);
        QVERIFY(s.fields.contains(u"state"_s));
        QVERIFY(!s.fields.contains(u"email"_s));
        QVERIFY(s.optedOut); // Email DND is active
        QVERIFY(s.errors.isEmpty());
        QVERIFY(s.inSyncedSet);
        QVERIFY(!mapper.usesNotes());
    }

    void badPhoneIsAFieldError()
    {
        Mapping::Mapper mapper(Mapping::defaultMapping());
        Ghl::Contact c = contact();
        c.phone = u"call me!"_s;
        const Mapping::DesiredSubscriber s = mapper.map(c);
        QCOMPARE(s.errors.size(), 1);
        QCOMPARE(s.errors.first().field, u"phone"_s);
        QCOMPARE(s.errors.first().code, u"phone-invalid"_s);
        QVERIFY(!s.fields.contains(u"phone"_s));
        QCOMPARE(s.fields.value(u"city"_s), u"Köln"_s); // the other fields still map
    }

    void customTagsGroupsAndDigests()
    {
        Ghl::CustomFieldDef size {u"cf1"_s,
                                  u"Company Size"_s,
                                  u"contact.company_size"_s,
                                  u"NUMERICAL"_s,
                                  u"contact"_s,
                                  {},
                                  {}};
        Ghl::CustomFieldDef renewal {
            u"cf2"_s, u"Renewal"_s, u"contact.renewal"_s, u"DATE"_s, u"contact"_s, {}, {}};
        Mapping::Mapper mapper(richMapping(), {size, renewal});
        QVERIFY(mapper.usesNotes());
        QVERIFY(mapper.usesTasks());
        const QList<Ghl::Note> notes {
            note(u"n1"_s, u"2026-01-01T10:00:00Z"_s, u"old one"_s),
            note(u"n2"_s, u"2026-03-02T10:00:00Z"_s,
                 u"<p>Called   <b>him</b></p><p>back&amp;forth</p>"_s),
            note(u"n3"_s, u"2026-02-01T10:00:00Z"_s, u"<script>alert(1)</script>middle\n\nnote"_s),
        };
        const QList<Ghl::Task> tasks {
            task(u"t1"_s, u"Done"_s, u"2026-01-01T00:00:00Z"_s, true),
            task(u"t2"_s, u"Later"_s, u"2026-05-01T00:00:00Z"_s, false),
            task(u"t3"_s, u"Call <i>back</i>"_s, u"2026-04-01T09:00:00Z"_s, false),
            task(u"t4"_s, u"Someday"_s, {}, false),
        };
        const Mapping::DesiredSubscriber s = mapper.map(contact(), notes, tasks);
        QCOMPARE(s.fields.value(u"company_size"_s), u"42"_s);
        QCOMPARE(s.fields.value(u"renewal"_s), u"2026-01-01"_s); // epoch ms, found by key
        QCOMPARE(s.fields.value(u"is_vip"_s), u"yes"_s);
        QCOMPARE(s.fields.value(u"notes_digest"_s),
                 u"2026-03-02: Called him back&forth\n2026-02-01: middle note"_s);
        QCOMPARE(s.fields.value(u"open_tasks"_s), u"3"_s);
        QCOMPARE(s.fields.value(u"next_task"_s), u"Call back (2026-04-01)"_s);
        QCOMPARE(s.groups.size(), 1);
        QCOMPARE(s.groups.first().id, 11);
        QCOMPARE(s.groupsToLeave.size(), 1); // gold removes, webinar keeps
        QCOMPARE(s.groupsToLeave.first().name, u"Gold"_s);
        QVERIFY(s.groupsToLeave.first().createIfMissing);
        QVERIFY(s.inSyncedSet);

        Ghl::Contact outside = contact();
        outside.tags = {u"gold"_s};
        const Mapping::DesiredSubscriber o = mapper.map(outside);
        QVERIFY(!o.inSyncedSet);
        QCOMPARE(o.fields.value(u"is_vip"_s), u"no"_s);
        QCOMPARE(o.groups.first().name, u"Gold"_s);
        QCOMPARE(o.groupsToLeave.first().id, 11);
        QCOMPARE(o.fields.value(u"notes_digest"_s), u""_s);
        QCOMPARE(o.fields.value(u"open_tasks"_s), u"0"_s);
    }

    void notesDigestIsBounded()
    {
        QList<Ghl::Note> notes;
        for (int i = 0; i < 10; ++i) {
            notes.append(note(u"n%1"_s.arg(i), u"2026-01-%1T00:00:00Z"_s.arg(10 + i),
                              QString(3000, u'x') + u"😀"_s));
        }
        const QString digest = Mapping::NotesDigest::build(notes, 5, 255);
        QVERIFY(digest.size() <= 255);
        QVERIFY(digest.startsWith(u"2026-01-19: xxx"_s));
        QVERIFY(!digest.back().isHighSurrogate());
        QCOMPARE(Mapping::NotesDigest::plainText(u"a &lt;b&gt; &#233;&#x41; &bogus; 1 < 2"_s),
                 u"a <b> éA &bogus; 1 < 2"_s);
        QCOMPARE(Mapping::NotesDigest::plainText(u"<style>p{}</style><div>x</div>y<br>z"_s),
                 u"x y z"_s);
        QCOMPARE(Mapping::TasksDigest::nextDue({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
