// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/appointment.h"
#include "ghl/contact.h"
#include "ghl/customfielddef.h"
#include "ghl/note.h"
#include "ghl/task.h"
#include "mailerlite/field.h"
#include "mailerlite/group.h"
#include "mailerlite/subscriber.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A GET /contacts/:id body in the shape of real responses (GHL-API.md §11.1).
const char ghlContact[] = R"({
  "id": "PBpuWvWICnSR8LLafaaO", "dateAdded": "2026-05-05T15:12:41.809Z",
  "dateUpdated": "2026-05-05T15:20:02.058Z", "tags": ["vip", "newsletter"], "type": "lead",
  "locationId": "20LBRTqdZ9RABw4peezb", "firstName": "Zoë", "lastName": "Ölçer",
  "email": "Zoe+news@Example.com", "phone": "+18887772222", "country": "US",
  "dndSettings": {"Call": {"status": "inactive"}, "Email": {"status": "active", "code": "103"}},
  "customFields": [{"id": "4Y8sW8JKNFAMbuH1jcun", "value": 2}, {"id": "QJ3o", "value": "gate code"}],
  "attributionSource": {"sessionSource": "CRM UI", "medium": "manual"},
  "followers": [], "additionalEmails": [{"email": "test22@example.com"}]
})";

QJsonValue fixture(const QString &relative)
{
    QFile f(TestSupport::specsDir() + u"/mailerlite-classic/fixtures/"_s + relative);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class TestValueTypes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ghlContactReadsStandardFields()
    {
        const auto c = Ghl::Contact::fromJson(QJsonDocument::fromJson(ghlContact).object());
        QVERIFY(c.ok());
        QCOMPARE(c.value().id, u"PBpuWvWICnSR8LLafaaO"_s);
        QCOMPARE(c.value().firstName, u"Zoë"_s);
        QCOMPARE(c.value().fullName(), u"Zoë Ölçer"_s);
        QCOMPARE(c.value().tags, (QStringList {u"vip"_s, u"newsletter"_s}));
        QCOMPARE(c.value().customFieldValue(u"4Y8sW8JKNFAMbuH1jcun"_s).toInt(), 2);
        QVERIFY(c.value().customFieldValue(u"missing"_s).isUndefined());
        QCOMPARE(c.value().dateUpdated,
                 QDateTime(QDate(2026, 5, 5), QTime(15, 20, 2, 58), Qt::UTC));
    }

    void ghlEmailDndFromChannelOrGlobalFlag()
    {
        auto c = Ghl::Contact::fromJson(QJsonDocument::fromJson(ghlContact).object()).value();
        QVERIFY(!c.dnd);
        QVERIFY(c.emailDndActive()); // Email channel active
        c.dndSettings[u"Email"_s].status = u"inactive"_s;
        QVERIFY(!c.emailDndActive());
        c.dnd = true; // global DND covers every channel
        QVERIFY(c.emailDndActive());
    }

    void ghlUnknownMembersSurviveRoundTrip()
    {
        const QJsonObject in = QJsonDocument::fromJson(ghlContact).object();
        auto c = Ghl::Contact::fromJson(in).value();
        c.lastName = u"Changed"_s;
        const QJsonObject out = c.toJson();
        QCOMPARE(out.value("attributionSource"_L1), in.value("attributionSource"_L1));
        QCOMPARE(out.value("additionalEmails"_L1), in.value("additionalEmails"_L1));
        QCOMPARE(out.value("lastName"_L1).toString(), u"Changed"_s);
        QCOMPARE(out.value("dateAdded"_L1).toString(), u"2026-05-05T15:12:41.809Z"_s);
        const auto again = Ghl::Contact::fromJson(out);
        QVERIFY(again.ok());
        QVERIFY(again.value().emailDndActive());
    }

    void ghlRecordsWithoutIdAreErrors()
    {
        QCOMPARE(Ghl::Contact::fromJson({{u"email"_s, u"a@b.c"_s}}).error().kind,
                 Error::Kind::Parse);
        QVERIFY(!Ghl::Note::fromJson({}).ok());
        QVERIFY(!Ghl::Task::fromJson({}).ok());
        QVERIFY(!Ghl::Appointment::fromJson({}).ok());
        QVERIFY(!Ghl::CustomFieldDef::fromJson({}).ok());
    }

    void ghlNotesTasksAppointmentsFields()
    {
        const auto note = Ghl::Note::fromJson(
            QJsonDocument::fromJson(
                R"({"id":"n1","body":"lorem","userId":"u","dateAdded":"2021-07-08T12:02:11.285Z","contactId":"c1","pinned":true})")
                .object());
        QVERIFY(note.ok());
        QVERIFY(note.value().pinned);
        QCOMPARE(note.value().body, u"lorem"_s);
        const auto task = Ghl::Task::fromJson(
            QJsonDocument::fromJson(
                R"({"id":"t1","title":"Call back","dueDate":"2021-07-08T02:30:00.000Z","completed":true,"contactId":"c1"})")
                .object());
        QVERIFY(task.ok());
        QVERIFY(task.value().completed);
        QCOMPARE(task.value().dueDate.date(), QDate(2021, 7, 8));
        const auto event = Ghl::Appointment::fromJson(
            QJsonDocument::fromJson(
                R"({"id":"e1","calendarId":"cal","title":"Demo","appointmentStatus":"confirmed","startTime":"2026-01-02T10:00:00.000Z"})")
                .object());
        QVERIFY(event.ok());
        QCOMPARE(event.value().appointmentStatus, u"confirmed"_s);
        const auto def = Ghl::CustomFieldDef::fromJson(
            QJsonDocument::fromJson(
                R"({"id":"f1","name":"Pincode","fieldKey":"contact.pincode","dataType":"MONETORY","picklistOptions":["a"]})")
                .object());
        QVERIFY(def.ok());
        QCOMPARE(def.value().dataType, u"MONETORY"_s);
        QCOMPARE(def.value().picklistOptions, QStringList {u"a"_s});
    }

    void mailerLiteSubscriberFromFixture()
    {
        const QJsonValue show = fixture(u"subscribers/show.json"_s);
        QVERIFY2(show.isObject(), "fixture subscribers/show.json not found");
        const auto s = MailerLite::Subscriber::fromJson(show.toObject());
        QVERIFY(s.ok());
        QVERIFY(s.value().id > 0);
        QVERIFY(s.value().fields.contains(u"last_name"_s));
        QCOMPARE(s.value().fieldTypes.value(u"email"_s), u"TEXT"_s);
        const auto updated
            = MailerLite::Subscriber::fromJson(fixture(u"subscribers/update.json"_s).toObject());
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().type, u"unsubscribed"_s);
        QVERIFY(updated.value().hasOptedOut());
        QVERIFY(updated.value().dateUnsubscribe.isValid());
    }

    void mailerLiteIdsBeyondDoublePrecision()
    {
        const auto s = MailerLite::Subscriber::fromJson(
            QJsonDocument::fromJson(
                R"({"id": 9007199254740993, "email": "big@example.com", "type": "active"})")
                .object());
        QVERIFY(s.ok());
        QCOMPARE(s.value().id, Q_INT64_C(9007199254740993));
    }

    void mailerLiteGroupsAndFieldsFromFixtures()
    {
        const QJsonArray groups = fixture(u"groups/list.json"_s).toArray();
        QVERIFY(!groups.isEmpty());
        const auto g = MailerLite::Group::fromJson(groups.first().toObject());
        QVERIFY(g.ok());
        QCOMPARE(g.value().id, Q_INT64_C(3640549));
        QCOMPARE(g.value().total, 1);
        const QJsonArray fields = fixture(u"fields/list.json"_s).toArray();
        QVERIFY(!fields.isEmpty());
        int builtIn = 0;
        for (const QJsonValue &v : fields) {
            const auto f = MailerLite::Field::fromJson(v.toObject());
            QVERIFY(f.ok());
            builtIn += f.value().isBuiltIn();
        }
        QVERIFY(builtIn >= 5);
        QVERIFY(!MailerLite::Group::fromJson({}).ok());
        QVERIFY(!MailerLite::Subscriber::fromJson({{u"id"_s, 5}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestValueTypes)
#include "tst_valuetypes.moc"
