// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeGhl through dispatch(): every endpoint, the auth rules and each error class.
#include "fakeghl.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Sandbox::Dataset;
using Sandbox::FakeGhl;
using Sandbox::HttpRequest;
using Sandbox::HttpResponse;

namespace {

const auto Location = u"loc0000000000000000A"_s;

QJsonObject contact(const QString &id, const QString &first, const QString &email,
                    const QString &added)
{
    return {{u"id"_s, id},
            {u"locationId"_s, Location},
            {u"firstName"_s, first},
            {u"lastName"_s, u"Doe"_s},
            {u"firstNameLowerCase"_s, first.toLower()},
            {u"lastNameLowerCase"_s, u"doe"_s},
            {u"fullNameLowerCase"_s, QString(first.toLower() + u" doe"_s)},
            {u"email"_s, email},
            {u"emailLowerCase"_s, email.toLower()},
            {u"phone"_s, u"+1415555%1"_s.arg(id.right(4))},
            {u"tags"_s, QJsonArray {u"vip"_s}},
            {u"type"_s, u"lead"_s},
            {u"businessId"_s, u"biz1"_s},
            {u"customFields"_s, QJsonArray()},
            {u"dateAdded"_s, added},
            {u"dateUpdated"_s, added}};
}

// One custom field definition per documented dataType.
QJsonArray customFields()
{
    QJsonArray fields;
    const QStringList types {u"TEXT"_s,           u"LARGE_TEXT"_s,       u"NUMERICAL"_s,
                             u"PHONE"_s,          u"MONETORY"_s,         u"CHECKBOX"_s,
                             u"SINGLE_OPTIONS"_s, u"MULTIPLE_OPTIONS"_s, u"DATE"_s,
                             u"TEXTBOX_LIST"_s,   u"FILE_UPLOAD"_s,      u"RADIO"_s,
                             u"EMAIL"_s};
    for (int i = 0; i < types.size(); ++i) {
        QJsonObject field {{u"id"_s, u"cf%1"_s.arg(i, 18, 10, QChar(u'0'))},
                           {u"name"_s, u"Field %1"_s.arg(i)},
                           {u"fieldKey"_s, u"contact.field_%1"_s.arg(i)},
                           {u"placeholder"_s, QString()},
                           {u"dataType"_s, types.at(i)},
                           {u"position"_s, i * 50},
                           {u"locationId"_s, Location},
                           {u"model"_s, u"contact"_s}};
        if (types.at(i).contains(u"OPTIONS") || types.at(i) == u"RADIO"
            || types.at(i) == u"CHECKBOX") {
            field.insert(u"picklistOptions"_s, QJsonArray {u"a"_s, u"b"_s});
        }
        fields.append(field);
    }
    fields.append(QJsonObject {{u"id"_s, u"opp000000000000001"_s},
                               {u"name"_s, u"Deal size"_s},
                               {u"fieldKey"_s, u"opportunity.deal_size"_s},
                               {u"dataType"_s, u"MONETORY"_s},
                               {u"model"_s, u"opportunity"_s}});
    return fields;
}

Dataset dataset()
{
    Dataset data;
    data.ghlContacts = {contact(u"c000000000000000001"_s, u"Ann"_s, u"ann@example.com"_s,
                                u"2025-01-01T10:00:00.000Z"_s),
                        contact(u"c000000000000000002"_s, u"Bob"_s, u"bob@example.com"_s,
                                u"2025-01-02T10:00:00.000Z"_s)};
    data.ghlNotes.insert(u"c000000000000000001"_s,
                         {QJsonObject {{u"id"_s, u"n1"_s},
                                       {u"body"_s, u"first call"_s},
                                       {u"contactId"_s, u"c000000000000000001"_s},
                                       {u"dateAdded"_s, u"2025-01-03T10:00:00.000Z"_s}}});
    data.ghlAppointments.insert(u"c000000000000000001"_s,
                                {QJsonObject {{u"id"_s, u"ev1"_s},
                                              {u"calendarId"_s, u"cal1"_s},
                                              {u"title"_s, u"Demo"_s},
                                              {u"contactId"_s, u"c000000000000000001"_s},
                                              {u"startTime"_s, u"2025-02-01 11:00:00"_s}}});
    data.ghlCustomFields = customFields();
    return data;
}

} // namespace

class TestFakeGhl final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<FakeGhl> m_ghl;

    HttpResponse call(const QByteArray &method, const QString &pathAndQuery,
                      const QJsonObject &body = {}, const QByteArray &token = "pit-rw",
                      const QByteArray &version = "2021-07-28")
    {
        HttpRequest request;
        request.method = method;
        const QUrl url(pathAndQuery);
        request.path = url.path();
        request.query = QUrlQuery(url);
        if (!token.isEmpty()) {
            request.headers.insert("authorization", "Bearer " + token);
        }
        if (!version.isEmpty()) {
            request.headers.insert("version", version);
        }
        if (!body.isEmpty()) {
            request.headers.insert("content-type", "application/json");
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return m_ghl->dispatch(request);
    }

    static QJsonObject json(const HttpResponse &response)
    {
        return QJsonDocument::fromJson(response.body).object();
    }

    static void verifyError(const HttpResponse &response, int status, const QJsonValue &message)
    {
        QCOMPARE(response.status, status);
        const QJsonObject body = json(response);
        QCOMPARE(body.value(u"statusCode"_s).toInt(), status);
        QCOMPARE(body.value(u"message"_s), message);
        QVERIFY(!body.value(u"traceId"_s).toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString log = qEnvironmentVariable("CB_GHL_TRAFFIC_LOG");
        if (!log.isEmpty()) {
            QDir().mkpath(QFileInfo(log).absolutePath());
            QFile::remove(log); // a fresh record of this run for the contract check
        }
    }

    void init()
    {
        m_clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
        FakeGhl::Options options;
        options.locationId = Location;
        options.tokens = {{u"pit-rw"_s, FakeGhl::allScopes(), {}},
                          {u"pit-ro"_s, {u"contacts.readonly"_s}, {}},
                          {u"pit-other"_s, FakeGhl::allScopes(), u"otherLocation0000000"_s}};
        options.clock = &m_clock;
        m_ghl = std::make_unique<FakeGhl>(options);
        m_ghl->load(dataset());
    }

    void getContactHasTraceIdAndRateHeaders()
    {
        const HttpResponse r = call("GET", u"/contacts/c000000000000000001"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject body = json(r);
        QCOMPARE(body.value(u"contact"_s).toObject().value(u"firstName"_s).toString(), u"Ann"_s);
        QCOMPARE(QUuid::fromString(body.value(u"traceId"_s).toString()).isNull(), false);
        QCOMPARE(r.header("X-RateLimit-Limit-Daily"), QByteArray("200000"));
        QCOMPARE(r.header("X-RateLimit-Daily-Remaining"), QByteArray("199999"));
        QCOMPARE(r.header("X-RateLimit-Interval-Milliseconds"), QByteArray("10000"));
        QCOMPARE(r.header("X-RateLimit-Max"), QByteArray("100"));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("99"));
    }

    void createDerivesFieldsAndResolvesCustomFieldKeys()
    {
        const QJsonObject body {
            {u"locationId"_s, Location},
            {u"firstName"_s, u"Zoë"_s},
            {u"lastName"_s, u"Quinn"_s},
            {u"email"_s, u"Zoe.Quinn@Example.com"_s},
            {u"phone"_s, u"(415) 555-0199"_s},
            {u"dateOfBirth"_s, u"1990/09/25"_s},
            {u"tags"_s, QJsonArray {u"new"_s, u"new"_s, u"trial"_s}},
            {u"customFields"_s,
             QJsonArray {
                 QJsonObject {{u"id"_s, u"cf000000000000000000"_s}, {u"field_value"_s, u"x"_s}},
                 QJsonObject {{u"key"_s, u"contact.field_2"_s}, {u"field_value"_s, u"42"_s}},
                 QJsonObject {{u"id"_s, u"cf000000000000000005"_s},
                              {u"value"_s, QJsonArray {u"a"_s}}}}}};
        const HttpResponse r = call("POST", u"/contacts/"_s, body);
        QCOMPARE(r.status, 201);
        const QJsonObject created = json(r).value(u"contact"_s).toObject();
        QCOMPARE(created.value(u"emailLowerCase"_s).toString(), u"zoe.quinn@example.com"_s);
        QCOMPARE(created.value(u"fullNameLowerCase"_s).toString(), u"zoë quinn"_s);
        QCOMPARE(created.value(u"phone"_s).toString(), u"+14155550199"_s);
        QCOMPARE(created.value(u"dateOfBirth"_s).toString(), u"1990-09-25T00:00:00.000Z"_s);
        QCOMPARE(created.value(u"dateAdded"_s).toString(), u"2026-03-01T12:00:00.000Z"_s);
        QCOMPARE(created.value(u"tags"_s).toArray().size(), 2);
        const QJsonArray fields = created.value(u"customFields"_s).toArray();
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(1).toObject().value(u"id"_s).toString(), u"cf000000000000000002"_s);
        QCOMPARE(fields.at(1).toObject().value(u"value"_s).toDouble(), 42.0);
        QCOMPARE(created.value(u"deleted"_s).toBool(true), false);
        const QString id = created.value(u"id"_s).toString();
        QCOMPARE(id.size(), 20);
        const HttpResponse fetched = call("GET", u"/contacts/"_s + id);
        QCOMPARE(json(fetched).value(u"contact"_s).toObject().value(u"email"_s).toString(),
                 u"Zoe.Quinn@Example.com"_s);
        QVERIFY(!json(fetched).value(u"contact"_s).toObject().contains(u"deleted"_s));
    }

    void duplicateCreateIsRefusedWithExistingId()
    {
        const HttpResponse r
            = call("POST", u"/contacts/"_s,
                   {{u"locationId"_s, Location}, {u"email"_s, u"ANN@example.com"_s}});
        verifyError(r, 400, u"This location does not allow duplicated contacts."_s);
        const QJsonObject meta = json(r).value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"contactId"_s).toString(), u"c000000000000000001"_s);
        QCOMPARE(meta.value(u"matchingField"_s).toString(), u"email"_s);
        QCOMPARE(meta.value(u"contactName"_s).toString(), u"Ann Doe"_s);
        const HttpResponse byPhone
            = call("POST", u"/contacts/"_s,
                   {{u"locationId"_s, Location}, {u"phone"_s, u"+1 415 555 0002"_s}});
        QCOMPARE(byPhone.status, 400);
        QCOMPARE(json(byPhone).value(u"meta"_s).toObject().value(u"matchingField"_s).toString(),
                 u"phone"_s);
    }

    void duplicatesAllowedWhenTheLocationSaysSo()
    {
        FakeGhl::Options options;
        options.locationId = Location;
        options.tokens = {{u"pit-rw"_s, FakeGhl::allScopes(), {}}};
        options.clock = &m_clock;
        options.allowDuplicateContact = true;
        m_ghl = std::make_unique<FakeGhl>(options);
        m_ghl->load(dataset());
        QCOMPARE(call("POST", u"/contacts/"_s,
                      {{u"locationId"_s, Location}, {u"email"_s, u"ann@example.com"_s}})
                     .status,
                 201);
        const HttpResponse upsert = call("POST", u"/contacts/upsert"_s,
                                         {{u"locationId"_s, Location},
                                          {u"email"_s, u"ann@example.com"_s},
                                          {u"createNewIfDuplicateAllowed"_s, true}});
        QCOMPARE(json(upsert).value(u"new"_s).toBool(), true);
        QCOMPARE(m_ghl->contacts().size(), 4);
    }

    void updateBumpsDateUpdatedAndUsesTheWireTypo()
    {
        m_clock.advance(90s);
        const HttpResponse r = call("PUT", u"/contacts/c000000000000000002"_s,
                                    {{u"lastName"_s, u"Builder"_s},
                                     {u"companyName"_s, u"Acme"_s},
                                     {u"website"_s, QJsonValue()}});
        QCOMPARE(r.status, 200);
        const QJsonObject body = json(r);
        QCOMPARE(body.value(u"succeded"_s).toBool(), true);
        const QJsonObject updated = body.value(u"contact"_s).toObject();
        QCOMPARE(updated.value(u"lastNameLowerCase"_s).toString(), u"builder"_s);
        QCOMPARE(updated.value(u"companyName"_s).toString(), u"Acme"_s);
        QCOMPARE(updated.value(u"dateUpdated"_s).toString(), u"2026-03-01T12:01:30.000Z"_s);
        QCOMPARE(updated.value(u"dateAdded"_s).toString(), u"2025-01-02T10:00:00.000Z"_s);
        // A second write in the same millisecond still moves dateUpdated forward.
        const HttpResponse again
            = call("PUT", u"/contacts/c000000000000000002"_s, {{u"city"_s, u"Oslo"_s}});
        QCOMPARE(json(again).value(u"contact"_s).toObject().value(u"dateUpdated"_s).toString(),
                 u"2026-03-01T12:01:30.001Z"_s);
    }

    void whitelistRefusesUnknownProperties_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("property");
        QTest::newRow("locationId on PUT")
            << QByteArray("PUT") << u"/contacts/c000000000000000001"_s << u"locationId"_s;
        QTest::newRow("gender on PUT")
            << QByteArray("PUT") << u"/contacts/c000000000000000001"_s << u"gender"_s;
        QTest::newRow("additionalEmails on POST")
            << QByteArray("POST") << u"/contacts/"_s << u"additionalEmails"_s;
        QTest::newRow("locationId on notes")
            << QByteArray("POST") << u"/contacts/c000000000000000001/notes"_s << u"locationId"_s;
        QTest::newRow("locationId on tags")
            << QByteArray("POST") << u"/contacts/c000000000000000001/tags"_s << u"locationId"_s;
    }

    void whitelistRefusesUnknownProperties()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, property);
        QJsonObject body {
            {property, property == u"locationId" ? QJsonValue(Location) : QJsonValue(u"x"_s)},
            {u"body"_s, u"note"_s},
            {u"tags"_s, QJsonArray {u"t"_s}}};
        if (path.endsWith(u"/contacts/")) {
            body.insert(u"locationId"_s, Location);
            body.remove(u"body"_s);
        } else if (!path.endsWith(u"notes")) {
            body.remove(u"body"_s);
        }
        if (path.endsWith(u"notes")) {
            body.remove(u"tags"_s);
        }
        const HttpResponse r = call(method, path, body);
        QCOMPARE(r.status, 422);
        const QJsonObject error = json(r);
        QCOMPARE(error.value(u"message"_s).toArray(),
                 QJsonArray {u"property %1 should not exist"_s.arg(property)});
        QCOMPARE(error.value(u"error"_s).toString(), u"Unprocessable Entity"_s);
        QCOMPARE(error.value(u"statusCode"_s).toInt(), 422);
    }

    void deleteThenUnknownContactIs400()
    {
        const HttpResponse r = call("DELETE", u"/contacts/c000000000000000001"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).value(u"succeded"_s).toBool(), true);
        verifyError(call("GET", u"/contacts/c000000000000000001"_s), 400,
                    u"Contact with id c000000000000000001 not found"_s);
        QCOMPARE(call("PUT", u"/contacts/c000000000000000001"_s, {{u"city"_s, u"x"_s}}).status,
                 400);
        QCOMPARE(call("DELETE", u"/contacts/c000000000000000001"_s).status, 400);
        QCOMPARE(call("GET", u"/contacts/c000000000000000001/notes"_s).status, 400);
    }

    void upsertMatchesByEmailThenPhone()
    {
        const HttpResponse byEmail = call("POST", u"/contacts/upsert"_s,
                                          {{u"locationId"_s, Location},
                                           {u"email"_s, u"bob@example.com"_s},
                                           {u"gender"_s, u"male"_s},
                                           {u"city"_s, u"Lima"_s}});
        QCOMPARE(byEmail.status, 200);
        QCOMPARE(json(byEmail).value(u"new"_s).toBool(), false);
        const QJsonObject bob = json(byEmail).value(u"contact"_s).toObject();
        QCOMPARE(bob.value(u"id"_s).toString(), u"c000000000000000002"_s);
        QCOMPARE(bob.value(u"city"_s).toString(), u"Lima"_s);
        QVERIFY(!bob.contains(u"gender"_s));
        const HttpResponse byPhone
            = call("POST", u"/contacts/upsert"_s,
                   {{u"locationId"_s, Location}, {u"phone"_s, u"+14155550001"_s}});
        QCOMPARE(json(byPhone).value(u"contact"_s).toObject().value(u"id"_s).toString(),
                 u"c000000000000000001"_s);
        const HttpResponse fresh
            = call("POST", u"/contacts/upsert"_s,
                   {{u"locationId"_s, Location}, {u"email"_s, u"new@example.com"_s}});
        QCOMPARE(json(fresh).value(u"new"_s).toBool(), true);
        QCOMPARE(m_ghl->contacts().size(), 3);
    }

    void authErrors_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString get = u"/contacts/c000000000000000001"_s;
        QTest::newRow("no token") << QByteArray() << QByteArray("2021-07-28") << QByteArray("GET")
                                  << get << 401 << u"Invalid JWT"_s;
        QTest::newRow("unknown token") << QByteArray("pit-nope") << QByteArray("2021-07-28")
                                       << QByteArray("GET") << get << 401 << u"Invalid JWT"_s;
        QTest::newRow("no version") << QByteArray("pit-rw") << QByteArray() << QByteArray("GET")
                                    << get << 401 << u"version header was not found."_s;
        QTest::newRow("bad version")
            << QByteArray("pit-rw") << QByteArray("2020-01-01") << QByteArray("GET") << get << 401
            << u"version header is invalid"_s;
        QTest::newRow("read-only token writes")
            << QByteArray("pit-ro") << QByteArray("2021-07-28") << QByteArray("DELETE") << get
            << 401 << u"The token is not authorized for this scope."_s;
        QTest::newRow("scope before location")
            << QByteArray("pit-ro") << QByteArray("2021-07-28") << QByteArray("GET")
            << u"/locations/elsewhere000000000000/customFields"_s << 401
            << u"The token is not authorized for this scope."_s;
        QTest::newRow("other location in query")
            << QByteArray("pit-rw") << QByteArray("2021-07-28") << QByteArray("GET")
            << u"/contacts/?locationId=elsewhere000000000000"_s << 403
            << u"The token does not have access to this location."_s;
        QTest::newRow("other location in path")
            << QByteArray("pit-rw") << QByteArray("2021-07-28") << QByteArray("GET")
            << u"/locations/elsewhere000000000000/customFields"_s << 403
            << u"The token does not have access to this location."_s;
        QTest::newRow("token of another location")
            << QByteArray("pit-other") << QByteArray("2021-07-28") << QByteArray("GET")
            << u"/contacts/?locationId=%1"_s.arg(Location) << 403
            << u"The token does not have access to this location."_s;
    }

    void authErrors()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, message);
        const HttpResponse r = call(method, path, {}, token, version);
        verifyError(r, status, message);
        QVERIFY(!r.header("X-RateLimit-Remaining").isEmpty());
        QCOMPARE(m_ghl->contacts().size(), 2); // nothing was deleted
    }

    void otherLocationInBodyIs403()
    {
        const HttpResponse r
            = call("POST", u"/contacts/search"_s,
                   {{u"locationId"_s, u"elsewhere000000000000"_s}, {u"pageLimit"_s, 10}});
        verifyError(r, 403, u"The token does not have access to this location."_s);
    }

    void tagsAddAndRemove()
    {
        const QString path = u"/contacts/c000000000000000001/tags"_s;
        const HttpResponse added
            = call("POST", path, {{u"tags"_s, QJsonArray {u"gold"_s, u"vip"_s}}});
        QCOMPARE(added.status, 201);
        QCOMPARE(json(added).value(u"tags"_s).toArray(), (QJsonArray {u"vip"_s, u"gold"_s}));
        const HttpResponse removed = call("DELETE", path, {{u"tags"_s, QJsonArray {u"VIP"_s}}});
        QCOMPARE(removed.status, 200);
        QCOMPARE(json(removed).value(u"tags"_s).toArray(), QJsonArray {u"gold"_s});
        const QJsonObject stored = m_ghl->contacts().find(u"c000000000000000001"_s)->json;
        QCOMPARE(stored.value(u"tags"_s).toArray(), QJsonArray {u"gold"_s});
        QCOMPARE(stored.value(u"dateUpdated"_s).toString(), u"2026-03-01T12:00:00.001Z"_s);
        QCOMPARE(call("POST", path, {{u"tags"_s, u"gold"_s}}).status, 422);
    }

    void notesLifecycle()
    {
        const QString base = u"/contacts/c000000000000000001/notes"_s;
        QCOMPARE(json(call("GET", base)).value(u"notes"_s).toArray().size(), 1);
        const HttpResponse created
            = call("POST", base, {{u"body"_s, u"call back"_s}, {u"pinned"_s, true}});
        QCOMPARE(created.status, 201);
        const QJsonObject note = json(created).value(u"note"_s).toObject();
        QCOMPARE(note.value(u"contactId"_s).toString(), u"c000000000000000001"_s);
        QCOMPARE(note.value(u"dateAdded"_s).toString(), u"2026-03-01T12:00:00.000Z"_s);
        const QString item = base + u'/' + note.value(u"id"_s).toString();
        QCOMPARE(json(call("GET", item)).value(u"note"_s).toObject().value(u"body"_s).toString(),
                 u"call back"_s);
        const HttpResponse updated = call("PUT", item, {{u"body"_s, u"called"_s}});
        QCOMPARE(json(updated).value(u"note"_s).toObject().value(u"body"_s).toString(),
                 u"called"_s);
        QCOMPARE(json(call("DELETE", item)).value(u"succeded"_s).toBool(), true);
        QCOMPARE(call("GET", item).status, 400);
        verifyError(call("POST", base, {{u"title"_s, u"no body"_s}}), 422,
                    QJsonArray {u"body should not be empty"_s});
    }

    void tasksLifecycle()
    {
        const QString base = u"/contacts/c000000000000000002/tasks"_s;
        QCOMPARE(json(call("GET", base)).value(u"tasks"_s).toArray().size(), 0);
        const HttpResponse created = call("POST", base,
                                          {{u"title"_s, u"Send quote"_s},
                                           {u"dueDate"_s, u"2026-03-05T09:00:00Z"_s},
                                           {u"completed"_s, false}});
        QCOMPARE(created.status, 201);
        const QJsonObject task = json(created).value(u"task"_s).toObject();
        QCOMPARE(task.value(u"dueDate"_s).toString(), u"2026-03-05T09:00:00.000Z"_s);
        const QString item = base + u'/' + task.value(u"id"_s).toString();
        QCOMPARE(json(call("PUT", item, {{u"body"_s, u"details"_s}}))
                     .value(u"task"_s)
                     .toObject()
                     .value(u"body"_s)
                     .toString(),
                 u"details"_s);
        const HttpResponse done = call("PUT", item + u"/completed"_s, {{u"completed"_s, true}});
        QCOMPARE(done.status, 200);
        QCOMPARE(json(done).value(u"task"_s).toObject().value(u"completed"_s).toBool(), true);
        QCOMPARE(json(call("GET", item)).value(u"task"_s).toObject().value(u"completed"_s).toBool(),
                 true);
        QCOMPARE(call("PUT", item + u"/completed"_s, {{u"completed"_s, u"yes"_s}}).status, 422);
        QCOMPARE(json(call("DELETE", item)).value(u"succeded"_s).toBool(), true);
        QCOMPARE(json(call("GET", base)).value(u"tasks"_s).toArray().size(), 0);
        QCOMPARE(call("POST", base, {{u"title"_s, u"no due date"_s}}).status, 422);
    }

    void appointmentsAndCustomFields()
    {
        const HttpResponse events = call("GET", u"/contacts/c000000000000000001/appointments"_s);
        QCOMPARE(json(events).value(u"events"_s).toArray().size(), 1);
        const HttpResponse all = call("GET", u"/locations/%1/customFields"_s.arg(Location));
        QCOMPARE(all.status, 200);
        QCOMPARE(json(all).value(u"customFields"_s).toArray().size(), 14);
        const HttpResponse contactOnly
            = call("GET", u"/locations/%1/customFields?model=contact"_s.arg(Location));
        const QJsonArray fields = json(contactOnly).value(u"customFields"_s).toArray();
        QCOMPARE(fields.size(), 13);
        QStringList types;
        for (const QJsonValue &field : fields) {
            types.append(field.toObject().value(u"dataType"_s).toString());
        }
        QVERIFY(types.contains(u"MONETORY"_s));
        QVERIFY(types.contains(u"FILE_UPLOAD"_s));
        QVERIFY(types.contains(u"TEXTBOX_LIST"_s));
    }

    void unknownRouteIs404()
    {
        const HttpResponse r = call("GET", u"/contacts/c000000000000000001/nothing"_s);
        verifyError(r, 404, u"Cannot GET /contacts/c000000000000000001/nothing"_s);
    }

    void mutateAndResetThroughTheInspectionApi()
    {
        HttpRequest request;
        request.method = "POST";
        request.path = u"/_sandbox/mutate"_s;
        request.body = R"({"random_updates":2,"seed":7})";
        m_clock.advance(1h);
        const QJsonObject first = json(m_ghl->dispatch(request));
        QCOMPARE(first.value(u"mutated"_s).toArray().size(), 2);
        for (const QJsonValue &id : first.value(u"mutated"_s).toArray()) {
            QCOMPARE(m_ghl->contacts().find(id.toString())->json.value(u"dateUpdated"_s).toString(),
                     u"2026-03-01T13:00:00.000Z"_s);
        }
        HttpRequest reset;
        reset.method = "POST";
        reset.path = u"/_sandbox/reset"_s;
        QCOMPARE(m_ghl->dispatch(reset).status, 200);
        QCOMPARE(json(m_ghl->dispatch(request)).value(u"mutated"_s), first.value(u"mutated"_s));

        request.body = R"({"contacts":[{"id":"c000000000000000001","firstName":"Anna"}]})";
        QCOMPARE(json(m_ghl->dispatch(request)).value(u"mutated"_s).toArray().size(), 1);
        HttpRequest state;
        state.method = "GET";
        state.path = u"/_sandbox/state"_s;
        const QJsonObject snapshot = json(m_ghl->dispatch(state));
        const QJsonObject ann = snapshot.value(u"contacts"_s).toArray().first().toObject();
        QCOMPARE(ann.value(u"firstNameLowerCase"_s).toString(), u"anna"_s);
        QCOMPARE(
            snapshot.value(u"notes"_s).toObject().value(u"c000000000000000001"_s).toArray().size(),
            1);
        HttpRequest stats;
        stats.method = "GET";
        stats.path = u"/_sandbox/stats"_s;
        QVERIFY(json(m_ghl->dispatch(stats)).value(u"writes"_s).toInt() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestFakeGhl)
#include "tst_fakeghl.moc"
