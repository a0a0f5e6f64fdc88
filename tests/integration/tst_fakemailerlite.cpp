// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeMailerLite through dispatch(): the Classic API rules without sockets.
#include "datagenerator.h"
#include "fakemailerlite.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sandbox;

namespace {

constexpr auto Key = "fc7b8c5b32067bcd47cafb5f475d2fe9";

HttpRequest request(const QByteArray &method, const QString &target, const QJsonValue &body = {},
                    const QByteArray &key = Key)
{
    HttpRequest r;
    r.method = method;
    const qsizetype q = target.indexOf(u'?');
    r.path = u"/api/v2"_s + target.left(q);
    if (q >= 0) {
        r.query = QUrlQuery(target.mid(q + 1));
    }
    if (!key.isEmpty()) {
        r.headers.insert("x-mailerlite-apikey", key);
    }
    if (body.isObject()) {
        r.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    return r;
}

QJsonValue json(const HttpResponse &response)
{
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject subscriber(qint64 id, const QString &email, const QString &type,
                       const QJsonArray &groups, const QString &name = {})
{
    return {{u"id"_s, id},
            {u"email"_s, email},
            {u"type"_s, type},
            {u"fields"_s, QJsonArray {QJsonObject {{u"key"_s, u"name"_s}, {u"value"_s, name}}}},
            {u"date_created"_s, u"2025-01-02 03:04:05"_s},
            {u"groups"_s, groups}};
}

Dataset smallDataset()
{
    Dataset d;
    d.mlGroups = {QJsonObject {{u"id"_s, 100}, {u"name"_s, u"Customers"_s}},
                  QJsonObject {{u"id"_s, 200}, {u"name"_s, u"Newsletter"_s}}};
    d.mlFields = {QJsonObject {{u"id"_s, 500},
                               {u"title"_s, u"Favourite Color"_s},
                               {u"key"_s, u"favourite_color"_s},
                               {u"type"_s, u"TEXT"_s}},
                  QJsonObject {{u"id"_s, 501},
                               {u"title"_s, u"Lifetime value"_s},
                               {u"key"_s, u"lifetime_value"_s},
                               {u"type"_s, u"NUMBER"_s}},
                  QJsonObject {{u"id"_s, 502},
                               {u"title"_s, u"Last order"_s},
                               {u"key"_s, u"last_order"_s},
                               {u"type"_s, u"DATE"_s}}};
    d.mlSubscribers = {
        subscriber(1, u"Ann@Example.com"_s, u"active"_s, {100, 200}, u"Ann"_s),
        subscriber(2, u"bob@example.com"_s, u"unsubscribed"_s, {100}),
        subscriber(3, u"bounce@example.com"_s, u"bounced"_s, {}),
        subscriber(4, u"junk@example.com"_s, u"junk"_s, {200}),
        subscriber(5, u"google+style@example.com"_s, u"active"_s, {}),
    };
    return d;
}

// The fixture's keys in the order they first appear in its text, and the same for a body.
QStringList keyOrder(const QByteArray &text, const QStringList &keys)
{
    QList<std::pair<qsizetype, QString>> found;
    for (const QString &key : keys) {
        const qsizetype at = text.indexOf(QByteArray('"' + key.toUtf8() + "\":"));
        const qsizetype spaced = text.indexOf(QByteArray('"' + key.toUtf8() + "\" :"));
        found.append({at >= 0 ? at : spaced, key});
    }
    std::sort(found.begin(), found.end());
    QStringList ordered;
    for (const auto &entry : found) {
        ordered.append(entry.first >= 0 ? entry.second : u"<missing "_s + entry.second + u'>');
    }
    return ordered;
}

QByteArray fixture(const QString &name)
{
    QFile file(TestSupport::specsDir() + u"/mailerlite-classic/fixtures/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFakeMailerLite final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<FakeMailerLite> m_fake;

    HttpResponse call(const QByteArray &method, const QString &target, const QJsonValue &body = {})
    {
        return m_fake->dispatch(request(method, target, body));
    }
    qint64 writes() const { return m_fake->stats().value(u"writes"_s).toInteger(); }

private Q_SLOTS:
    void init()
    {
        m_clock = ManualClock();
        m_fake = std::make_unique<FakeMailerLite>(
            FakeMailerLite::Options {QString::fromLatin1(Key), RateLimitMode::Off, &m_clock, 1});
        m_fake->load(smallDataset());
    }

    void authenticationErrors()
    {
        HttpResponse r = m_fake->dispatch(request("GET", u"/me"_s, {}, {}));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, R"({"error":{"code":1,"message":"Unauthorized"}})");
        r = m_fake->dispatch(request("GET", u"/subscribers"_s, {}, "wrong"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, R"({"error":{"code":302,"message":"API-Key Unauthorized"}})");
        r = call("GET", u"/me"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(json(r).toObject().value(u"account"_s).toObject().contains(u"timezone"_s));
    }

    void unknownRouteIsEndpointNotFound()
    {
        for (const auto &[method, path] :
             {std::pair {"GET", u"/nothing"_s}, std::pair {"PATCH", u"/subscribers"_s},
              std::pair {"GET", u"/subscribers/1/x/y"_s}}) {
            const HttpResponse r = call(method, path);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.body, R"({"error":{"code":2,"message":"Endpoint not found"}})");
        }
    }

    void recordsFollowTheFixtureKeyOrder()
    {
        const auto check = [](const QByteArray &fixtureText, const QByteArray &ours) {
            const QJsonDocument doc = QJsonDocument::fromJson(fixtureText);
            const QJsonObject object
                = doc.isArray() ? doc.array().first().toObject() : doc.object();
            QVERIFY2(!object.isEmpty(), "fixture missing");
            const QStringList expected = keyOrder(fixtureText, object.keys());
            QCOMPARE(keyOrder(ours, object.keys()), expected);
        };
        const HttpResponse created
            = call("POST", u"/subscribers"_s,
                   QJsonObject {{u"email"_s, u"demo@mailerlite.com"_s},
                                {u"name"_s, u"John"_s},
                                {u"fields"_s, QJsonObject {{u"company"_s, u"MailerLite"_s}}}});
        QCOMPARE(created.status, 200);
        check(fixture(u"subscribers/create.json"_s), created.body);
        check(fixture(u"groups/list.json"_s), call("GET", u"/groups"_s).body);
        check(fixture(u"fields/create.json"_s),
              call("POST", u"/fields"_s, QJsonObject {{u"title"_s, u"Shoe size"_s}}).body);
        check(fixture(u"groups/import_subscribers.json"_s),
              call("POST", u"/groups/100/subscribers/import"_s,
                   QJsonObject {{u"subscribers"_s,
                                 QJsonArray {QJsonObject {{u"email"_s, u"x@example.com"_s}}}}})
                  .body);
        // The fields array: built-ins in the recorded order, "" for empty, then custom fields.
        const QJsonArray fields = json(created).toObject().value(u"fields"_s).toArray();
        QStringList keys;
        for (const QJsonValue &f : fields) {
            keys.append(f.toObject().value(u"key"_s).toString());
        }
        QCOMPARE(keys.mid(0, 9),
                 (QStringList {u"email"_s, u"name"_s, u"last_name"_s, u"company"_s, u"country"_s,
                               u"city"_s, u"phone"_s, u"state"_s, u"zip"_s}));
        QCOMPARE(keys.mid(9, 3),
                 (QStringList {u"favourite_color"_s, u"lifetime_value"_s, u"last_order"_s}));
        QCOMPARE(fields.at(2).toObject().value(u"value"_s), QJsonValue(u""_s));
        QVERIFY(created.body.contains(R"({"key":"company","value":"MailerLite","type":"TEXT"})"));
        QVERIFY(created.body.contains(R"("date_created":"2026-01-01 00:00:00")"));
    }

    void listsAndCounts()
    {
        Dataset d;
        for (int i = 0; i < 150; ++i) {
            d.mlSubscribers.append(subscriber(i + 1, u"s%1@example.com"_s.arg(i),
                                              i % 3 == 0 ? u"unsubscribed"_s : u"active"_s, {}));
        }
        m_fake->load(d);
        QCOMPARE(json(call("GET", u"/subscribers"_s)).toArray().size(), 100);
        const QJsonArray page = json(call("GET", u"/subscribers?limit=20&offset=140"_s)).toArray();
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.first().toObject().value(u"email"_s), QJsonValue(u"s140@example.com"_s));
        QCOMPARE(json(call("GET", u"/subscribers?limit=1000&type=unsubscribed"_s)).toArray().size(),
                 50);
        QCOMPARE(call("GET", u"/subscribers/count"_s).body, R"({"count":150})");
        QCOMPARE(call("GET", u"/subscribers/count?type=active"_s).body, R"({"count":100})");
        QCOMPARE(json(call("GET", u"/subscribers?offset=500"_s)).toArray().size(), 0);
    }

    void getsByIdOrEmail()
    {
        QCOMPARE(json(call("GET", u"/subscribers/1"_s)).toObject().value(u"name"_s),
                 QJsonValue(u"Ann"_s));
        const QJsonObject ann = json(call("GET", u"/subscribers/aNN@example.COM"_s)).toObject();
        QCOMPARE(ann.value(u"id"_s).toInteger(), 1);
        QCOMPARE(ann.value(u"email"_s), QJsonValue(u"Ann@Example.com"_s)); // first-seen casing
        QCOMPARE(json(call("GET", u"/subscribers/google+style@example.com"_s))
                     .toObject()
                     .value(u"id"_s)
                     .toInteger(),
                 5);
        const HttpResponse missing = call("GET", u"/subscribers/nobody@example.com"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body, R"({"error":{"code":123,"message":"Subscriber not found"}})");
        QCOMPARE(call("GET", u"/subscribers/999"_s).status, 404);
    }

    void createsAndUpserts()
    {
        HttpResponse r = call("POST", u"/subscribers"_s,
                              QJsonObject {{u"email"_s, u" New@Example.com "_s},
                                           {u"type"_s, u"unsubscribed"_s},
                                           {u"fields"_s,
                                            QJsonObject {{u"favourite_color"_s, u"red"_s},
                                                         {u"no_such_field"_s, u"x"_s}}}});
        QCOMPARE(r.status, 200);
        QJsonObject created = json(r).toObject();
        QCOMPARE(created.value(u"type"_s), QJsonValue(u"unsubscribed"_s));
        QCOMPARE(created.value(u"date_unsubscribe"_s), QJsonValue(u"2026-01-01 00:00:00"_s));
        QCOMPARE(created.value(u"email"_s), QJsonValue(u"New@Example.com"_s));
        QVERIFY(r.body.contains(R"({"key":"favourite_color","value":"red","type":"TEXT"})"));
        QVERIFY(!r.body.contains("no_such_field"));
        QCOMPARE(writes(), 1);

        // The response's array form sent back as input changes nothing, silently.
        r = call("POST", u"/subscribers"_s,
                 QJsonObject {{u"email"_s, u"new@example.com"_s},
                              {u"fields"_s,
                               QJsonArray {QJsonObject {{u"key"_s, u"favourite_color"_s},
                                                        {u"value"_s, u"blue"_s}}}}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(R"("value":"red")"));
        QCOMPARE(json(r).toObject().value(u"id"_s), created.value(u"id"_s));
        QCOMPARE(writes(), 1); // nothing changed, nothing written

        for (const QString &bad : {u""_s, u"no-at-sign"_s, u"two@@example.com"_s, u"a b@x.com"_s}) {
            r = call("POST", u"/subscribers"_s, QJsonObject {{u"email"_s, bad}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.body, R"({"error":{"code":123,"message":"Invalid email address"}})");
        }
        QCOMPARE(call("POST", u"/subscribers"_s, QJsonValue()).status, 400);
    }

    void resubscribeRules()
    {
        for (const QString &email :
             {u"bob@example.com"_s, u"bounce@example.com"_s, u"junk@example.com"_s}) {
            const QString before = json(call("GET", u"/subscribers/"_s + email))
                                       .toObject()
                                       .value(u"type"_s)
                                       .toString();
            HttpResponse r
                = call("POST", u"/subscribers"_s,
                       QJsonObject {
                           {u"email"_s, email}, {u"name"_s, u"Back"_s}, {u"type"_s, u"active"_s}});
            QCOMPARE(json(r).toObject().value(u"type"_s).toString(), before);
            QCOMPARE(json(r).toObject().value(u"name"_s), QJsonValue(u"Back"_s));
            r = call("POST", u"/subscribers"_s,
                     QJsonObject {{u"email"_s, email}, {u"resubscribe"_s, true}});
            QCOMPARE(json(r).toObject().value(u"type"_s), QJsonValue(u"active"_s));
            QCOMPARE(json(r).toObject().value(u"date_unsubscribe"_s), QJsonValue());
        }
        // An active subscriber is not unsubscribed by an upsert's type either.
        const HttpResponse r = call(
            "POST", u"/subscribers"_s,
            QJsonObject {{u"email"_s, u"ann@example.com"_s}, {u"type"_s, u"unsubscribed"_s}});
        QCOMPARE(json(r).toObject().value(u"type"_s), QJsonValue(u"active"_s));
    }

    void doubleOptInStartsUnconfirmed()
    {
        m_fake = std::make_unique<FakeMailerLite>(FakeMailerLite::Options {
            QString::fromLatin1(Key), RateLimitMode::Off, &m_clock, 1, true});
        m_fake->load(smallDataset());
        const HttpResponse r
            = call("POST", u"/groups/100/subscribers"_s, QJsonObject {{u"email"_s, u"d@x.com"_s}});
        QCOMPARE(json(r).toObject().value(u"type"_s), QJsonValue(u"unconfirmed"_s));
        // Re-adding an unconfirmed subscriber without a type: the documented bare 400.
        const HttpResponse again
            = call("POST", u"/groups/200/subscribers"_s, QJsonObject {{u"email"_s, u"d@x.com"_s}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.body, "{}");
    }

    void updatesWithPut()
    {
        HttpResponse r
            = call("PUT", u"/subscribers/1"_s,
                   QJsonObject {{u"name"_s, u"Annie"_s},
                                {u"email"_s, u"other@example.com"_s},
                                {u"type"_s, u"unsubscribed"_s},
                                {u"fields"_s,
                                 QJsonObject {{u"lifetime_value"_s, u"12.50"_s},
                                              {u"last_order"_s, u"2025-12-24 10:00:00"_s}}}});
        QCOMPARE(r.status, 200);
        QJsonObject s = json(r).toObject();
        QCOMPARE(s.value(u"email"_s), QJsonValue(u"Ann@Example.com"_s)); // immutable
        QCOMPARE(s.value(u"name"_s), QJsonValue(u"Annie"_s));
        QCOMPARE(s.value(u"type"_s), QJsonValue(u"unsubscribed"_s));
        QCOMPARE(s.value(u"date_unsubscribe"_s), QJsonValue(u"2026-01-01 00:00:00"_s));
        QVERIFY(r.body.contains(R"({"key":"lifetime_value","value":"12.5","type":"NUMBER"})"));
        QVERIFY(r.body.contains(R"({"key":"last_order","value":"2025-12-24","type":"DATE"})"));
        QCOMPARE(json(call("GET", u"/groups/100"_s)).toObject().value(u"unsubscribed"_s).toInt(),
                 2);

        r = call("PUT", u"/subscribers/ann@example.com"_s, QJsonObject {{u"type"_s, u"active"_s}});
        QCOMPARE(json(r).toObject().value(u"type"_s), QJsonValue(u"active"_s));
        QCOMPARE(json(call("GET", u"/groups/100"_s)).toObject().value(u"active"_s).toInt(), 1);

        // Values that do not fit NUMBER / DATE fields are refused and change nothing.
        for (const auto &[key, value] : {std::pair {u"lifetime_value"_s, u"lots"_s},
                                         std::pair {u"last_order"_s, u"24/12/2025"_s}}) {
            r = call(
                "PUT", u"/subscribers/1"_s,
                QJsonObject {{u"name"_s, u"Changed"_s}, {u"fields"_s, QJsonObject {{key, value}}}});
            QCOMPARE(r.status, 400);
            QCOMPARE(json(r).toObject().value(u"error"_s).toObject().value(u"code"_s).toInt(), 123);
        }
        QCOMPARE(json(call("GET", u"/subscribers/1"_s)).toObject().value(u"name"_s),
                 QJsonValue(u"Annie"_s));
        QCOMPARE(call("PUT", u"/subscribers/1"_s, QJsonObject {{u"type"_s, u"purple"_s}}).status,
                 400);
        QCOMPARE(call("PUT", u"/subscribers/404"_s, QJsonObject {{u"name"_s, u"x"_s}}).status, 404);
    }

    void deletesSubscribers()
    {
        QCOMPARE(json(call("GET", u"/groups/200"_s)).toObject().value(u"total"_s).toInt(), 2);
        const HttpResponse r = call("DELETE", u"/subscribers/ann@example.com"_s);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(call("GET", u"/subscribers/1"_s).status, 404);
        const QJsonObject group = json(call("GET", u"/groups/200"_s)).toObject();
        QCOMPARE(group.value(u"total"_s).toInt(), 1);
        QCOMPARE(group.value(u"active"_s).toInt(), 0);
        QCOMPARE(group.value(u"junk"_s).toInt(), 1);
        QCOMPARE(call("DELETE", u"/subscribers/1"_s).status, 404);
        QCOMPARE(writes(), 1);
    }

    void searches()
    {
        call("PUT", u"/subscribers/2"_s,
             QJsonObject {{u"fields"_s, QJsonObject {{u"favourite_color"_s, u"Teal"_s}}}});
        QJsonArray hits = json(call("GET", u"/subscribers/search?query=teal"_s)).toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(u"email"_s), QJsonValue(u"bob@example.com"_s));
        const HttpResponse minimized
            = call("GET", u"/subscribers/search?query=ann%40example.com&minimized=true"_s);
        QCOMPARE(minimized.body, R"([{"id":1,"email":"Ann@Example.com","type":"active"}])");
        hits = json(call("GET", u"/subscribers/search?query=example.com&offset=1&limit=2"_s))
                   .toArray();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.first().toObject().value(u"id"_s).toInteger(), 2);
        const HttpResponse none = call("GET", u"/subscribers/search?query=zzz"_s);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.body, "[]");
    }

    void subscriberGroups()
    {
        const QJsonArray groups = json(call("GET", u"/subscribers/1/groups"_s)).toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(1).toObject().value(u"name"_s), QJsonValue(u"Newsletter"_s));
        QCOMPARE(call("GET", u"/subscribers/77/groups"_s).status, 404);
    }

    void groupsCrud()
    {
        HttpResponse r = call("POST", u"/groups"_s, QJsonObject {{u"name"_s, u"Demo Group"_s}});
        QCOMPARE(r.status, 201);
        const qint64 id = json(r).toObject().value(u"id"_s).toInteger();
        QVERIFY(r.body.endsWith("\"date_created\":null,\"date_updated\":null}"));
        QVERIFY(r.body.contains(R"("name":"Demo Group","total":0,"active":0)"));
        r = call("POST", u"/groups"_s, QJsonObject {{u"name"_s, u"  "_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, R"({"error":{"code":123,"message":"Group name must be provided"}})");
        QCOMPARE(json(call("GET", u"/groups/%1"_s.arg(id))).toObject().value(u"date_created"_s),
                 QJsonValue(u"2026-01-01 00:00:00"_s));
        r = call("PUT", u"/groups/%1"_s.arg(id), QJsonObject {{u"name"_s, u"Renamed Group"_s}});
        QCOMPARE(json(r).toObject().value(u"name"_s), QJsonValue(u"Renamed Group"_s));
        QCOMPARE(call("GET", u"/groups/count"_s).body, R"({"count":3})");
        QCOMPARE(
            json(call("POST", u"/groups/search"_s, QJsonObject {{u"group_name"_s, u"renamed"_s}}))
                .toArray()
                .size(),
            1);
        QCOMPARE(json(call("GET", u"/groups?limit=1&offset=1"_s))
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"id"_s)
                     .toInt(),
                 200);
        QCOMPARE(call("DELETE", u"/groups/100"_s).status, 204);
        r = call("GET", u"/groups/100"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, R"({"error":{"code":123,"message":"Group not found"}})");
        QCOMPARE(json(call("GET", u"/subscribers/1/groups"_s)).toArray().size(), 1);
        QCOMPARE(call("PUT", u"/groups/100"_s, QJsonObject {{u"name"_s, u"x"_s}}).status, 404);
        QCOMPARE(call("DELETE", u"/groups/100"_s).status, 404);
    }

    void groupMembership()
    {
        m_clock.advance(std::chrono::hours(24));
        HttpResponse r
            = call("POST", u"/groups/200/subscribers"_s,
                   QJsonObject {{u"email"_s, u"bob@example.com"_s}, {u"name"_s, u"Bob"_s}});
        QCOMPARE(r.status, 200);
        QJsonObject bob = json(r).toObject();
        QCOMPARE(bob.value(u"type"_s), QJsonValue(u"unsubscribed"_s)); // no resubscribe
        QCOMPARE(bob.value(u"date_subscribe"_s), QJsonValue(u"2026-01-02 00:00:00"_s));
        QJsonObject group = json(call("GET", u"/groups/200"_s)).toObject();
        QCOMPARE(group.value(u"total"_s).toInt(), 3);
        QCOMPARE(group.value(u"unsubscribed"_s).toInt(), 1);

        r = call("POST", u"/groups/200/subscribers"_s,
                 QJsonObject {{u"email"_s, u"bob@example.com"_s}, {u"resubscribe"_s, true}});
        QCOMPARE(json(r).toObject().value(u"type"_s), QJsonValue(u"active"_s));
        group = json(call("GET", u"/groups/200"_s)).toObject();
        QCOMPARE(group.value(u"active"_s).toInt(), 2);
        QCOMPARE(group.value(u"unsubscribed"_s).toInt(), 0);

        QCOMPARE(json(call("GET", u"/groups/200/subscribers"_s)).toArray().size(), 3);
        QCOMPARE(json(call("GET", u"/groups/200/subscribers/active"_s)).toArray().size(), 2);
        QCOMPARE(json(call("GET", u"/groups/200/subscribers/junk"_s)).toArray().size(), 1);
        const QJsonArray page
            = json(call("GET", u"/groups/200/subscribers?limit=1&offset=2"_s)).toArray();
        QCOMPARE(page.first().toObject().value(u"email"_s), QJsonValue(u"bob@example.com"_s));
        QCOMPARE(call("GET", u"/groups/200/subscribers/count"_s).body, R"({"count":3})");
        QCOMPARE(call("GET", u"/groups/200/subscribers/active/count"_s).body, R"({"count":2})");
        QCOMPARE(json(call("GET", u"/groups/200/subscribers/bob@example.com"_s))
                     .toObject()
                     .value(u"id"_s)
                     .toInteger(),
                 2);
        QCOMPARE(call("GET", u"/groups/200/subscribers/5"_s).status, 404); // not a member

        QCOMPARE(call("DELETE", u"/groups/200/subscribers/BOB@example.com"_s).status, 204);
        QCOMPARE(call("DELETE", u"/groups/200/subscribers/bob@example.com"_s).status, 404);
        QCOMPARE(call("DELETE", u"/groups/999/subscribers/1"_s).status, 404);
        QCOMPARE(json(call("GET", u"/groups/200"_s)).toObject().value(u"total"_s).toInt(), 2);
        QCOMPARE(
            call("POST", u"/groups/999/subscribers"_s, QJsonObject {{u"email"_s, u"a@b.com"_s}})
                .status,
            404);
    }

    void importsClassify()
    {
        const QJsonObject body {
            {u"subscribers"_s,
             QJsonArray {QJsonObject {{u"email"_s, u"ann@example.com"_s}}, // member, no change
                         QJsonObject {{u"email"_s, u"fresh@example.com"_s},
                                      {u"fields"_s, QJsonObject {{u"name"_s, u"Fresh"_s}}}},
                         QJsonObject {{u"email"_s, u"bob@example.com"_s},
                                      {u"fields"_s, QJsonObject {{u"company"_s, u"Acme"_s}}}},
                         QJsonObject {{u"email"_s, u"not-an-email"_s}},
                         QJsonObject {{u"email"_s, u"google+style@example.com"_s}}}}};
        HttpResponse r = call("POST", u"/groups/100/subscribers/import"_s, body);
        QCOMPARE(r.status, 200);
        const QJsonObject result = json(r).toObject();
        QCOMPARE(result.value(u"imported"_s).toArray().size(), 1);
        QCOMPARE(result.value(u"imported"_s).toArray().first().toObject().value(u"email"_s),
                 QJsonValue(u"fresh@example.com"_s));
        // Bob's company changed; google+style joined the group: both updated.
        QCOMPARE(result.value(u"updated"_s).toArray().size(), 2);
        const QByteArray importedStart
            = "{\"imported\":[{\"id\":9007199254740993,\"email\":\"fresh@";
        QVERIFY(r.body.startsWith(importedStart));
        QCOMPARE(result.value(u"unchanged"_s).toArray(),
                 (QJsonArray {QJsonObject {{u"id"_s, 1}, {u"email"_s, u"Ann@Example.com"_s}}}));
        QCOMPARE(result.value(u"errors"_s).toArray().first().toObject().value(u"email"_s),
                 QJsonValue(u"not-an-email"_s));
        QCOMPARE(writes(), 3);
        // Bob stays unsubscribed without resubscribe.
        QCOMPARE(json(call("GET", u"/subscribers/2"_s)).toObject().value(u"type"_s),
                 QJsonValue(u"unsubscribed"_s));
        // The same import again changes nothing.
        r = call("POST", u"/groups/100/subscribers/import"_s, body);
        QCOMPARE(json(r).toObject().value(u"unchanged"_s).toArray().size(), 4);
        QCOMPARE(writes(), 3);

        QJsonObject background = body;
        background.insert(u"return_status"_s, false);
        background.insert(u"resubscribe"_s, true);
        r = call("POST", u"/groups/100/subscribers/import"_s, background);
        const QJsonObject job = json(r).toObject();
        QCOMPARE(job.value(u"is_finished"_s), QJsonValue(false));
        const QByteArray jobStart = "{\"id\":1234,\"type\":\"import\",\"stats\":{\"imported\":0,";
        QVERIFY(r.body.startsWith(jobStart));
        const QJsonObject done
            = json(call("GET", u"/groups/100/subscribers/import/1234"_s)).toObject();
        QCOMPARE(done.value(u"is_finished"_s), QJsonValue(true));
        QCOMPARE(done.value(u"stats"_s).toObject().value(u"imported"_s).toInt(), 1); // Bob back
        QCOMPARE(json(call("GET", u"/subscribers/2"_s)).toObject().value(u"type"_s),
                 QJsonValue(u"active"_s));

        r = call("POST", u"/groups/100/subscribers/import"_s,
                 QJsonObject {{u"subscribers"_s, QJsonArray()}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, R"({"error":{"code":123,"message":"Wrong data provided"}})");
        QCOMPARE(call("POST", u"/groups/9/subscribers/import"_s, body).status, 404);
    }

    void fields()
    {
        QJsonArray list = json(call("GET", u"/fields"_s)).toArray();
        QCOMPARE(list.size(), 12);
        QCOMPARE(list.first().toObject().value(u"key"_s), QJsonValue(u"name"_s));
        QCOMPARE(list.at(8).toObject().value(u"key"_s), QJsonValue(u"last_name"_s));
        QVERIFY(call("GET", u"/fields"_s)
                    .body.startsWith("[{\"id\":6,\"title\":\"Name\",\"key\":\"name\",\"type\":"
                                     "\"TEXT\",\"date_updated\":\"\",\"date_created\":\"\"}"));

        HttpResponse r
            = call("POST", u"/fields"_s,
                   QJsonObject {{u"title"_s, u"  Favourite Color!! "_s}, {u"type"_s, u"number"_s}});
        QCOMPARE(r.status, 200);
        QJsonObject field = json(r).toObject();
        QCOMPARE(field.value(u"key"_s), QJsonValue(u"favourite_color_2"_s)); // taken: suffixed
        QCOMPARE(field.value(u"type"_s), QJsonValue(u"NUMBER"_s));
        QCOMPARE(
            json(call("POST", u"/fields"_s, QJsonObject {{u"title"_s, u"Ünïcode – Größe 2"_s}}))
                .toObject()
                .value(u"key"_s),
            QJsonValue(u"unicode_gro_e_2"_s));
        r = call("POST", u"/fields"_s, QJsonObject {{u"type"_s, u"TEXT"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, R"({"error":{"code":123,"message":"You must provide field title"}})");
        QCOMPARE(
            call("POST", u"/fields"_s, QJsonObject {{u"title"_s, u"x"_s}, {u"type"_s, u"BLOB"_s}})
                .status,
            400);

        const qint64 id = field.value(u"id"_s).toInteger();
        r = call("PUT", u"/fields/%1"_s.arg(id), QJsonObject {{u"title"_s, u"Shoe size"_s}});
        QCOMPARE(json(r).toObject().value(u"title"_s), QJsonValue(u"Shoe size"_s));
        QCOMPARE(json(r).toObject().value(u"key"_s), QJsonValue(u"favourite_color_2"_s));
        QCOMPARE(call("PUT", u"/fields/6"_s, QJsonObject {{u"title"_s, u"Nom"_s}}).status, 400);

        call("PUT", u"/subscribers/1"_s,
             QJsonObject {{u"fields"_s, QJsonObject {{u"favourite_color_2"_s, 42}}}});
        QVERIFY(
            call("GET", u"/subscribers/1"_s).body.contains(R"("favourite_color_2","value":"42")"));
        QCOMPARE(call("DELETE", u"/fields/%1"_s.arg(id)).status, 204);
        QVERIFY(!call("GET", u"/subscribers/1"_s).body.contains("favourite_color_2"));
        QCOMPARE(call("DELETE", u"/fields/%1"_s.arg(id)).status, 404);
        QCOMPARE(call("DELETE", u"/fields/8"_s).status, 400);
        list = json(call("GET", u"/fields"_s)).toArray();
        QCOMPARE(list.size(), 13);
    }

    void inspectionMutateAndReset()
    {
        QCOMPARE(m_fake->stats().value(u"writes"_s).toInteger(), 0);
        HttpRequest inspect;
        inspect.method = "POST";
        inspect.path = u"/_sandbox/mutate"_s;
        inspect.body = "{\"subscribers\":[{\"email\":\"ANN@example.com\",\"type\":\"unsubscribed\","
                       "\"fields\":{\"company\":\"Initech\"}},{\"id\":4,\"type\":\"active\"}]}";
        HttpResponse r = m_fake->dispatch(inspect);
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).toObject().value(u"mutated"_s).toArray(), (QJsonArray {1, 4}));
        const QJsonObject ann = json(call("GET", u"/subscribers/1"_s)).toObject();
        QCOMPARE(ann.value(u"type"_s), QJsonValue(u"unsubscribed"_s));
        QCOMPARE(json(call("GET", u"/groups/200"_s)).toObject().value(u"junk"_s).toInt(), 0);
        QCOMPARE(m_fake->stats().value(u"writes"_s).toInteger(), 0); // not an API write

        inspect.body = R"({"subscribers":[{"email":"ghost@example.com","type":"bounced"}]})";
        QCOMPARE(m_fake->dispatch(inspect).status, 404);

        inspect.method = "GET";
        inspect.path = u"/_sandbox/state"_s;
        inspect.body.clear();
        const QJsonObject state = json(m_fake->dispatch(inspect)).toObject();
        QCOMPARE(state.value(u"subscribers"_s).toArray().size(), 5);
        QCOMPARE(state.value(u"groups"_s).toArray().size(), 2);
        QCOMPARE(state.value(u"fields"_s).toArray().size(), 12);
        const QJsonObject first = state.value(u"subscribers"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"groups"_s).toArray(), (QJsonArray {100, 200}));
        QCOMPARE(first.value(u"type"_s), QJsonValue(u"unsubscribed"_s));

        call("DELETE", u"/subscribers/1"_s);
        inspect.method = "POST";
        inspect.path = u"/_sandbox/reset"_s;
        QCOMPARE(m_fake->dispatch(inspect).status, 200);
        QCOMPARE(json(call("GET", u"/subscribers/1"_s)).toObject().value(u"type"_s),
                 QJsonValue(u"active"_s));
    }

    void generatedDatasetRoundTrips()
    {
        DataGenerator::Options options;
        options.contacts = 500;
        options.mlSubscribers = 2000;
        const Dataset d = DataGenerator::generate(options);
        m_fake->load(d);
        QCOMPARE(call("GET", u"/subscribers/count"_s).body,
                 QByteArray("{\"count\":" + QByteArray::number(d.mlSubscribers.size()) + '}'));
        // Every record reads back as the dataset rendered it.
        for (const QJsonValue &value : d.mlSubscribers) {
            const QJsonObject expected = value.toObject();
            const qint64 id = expected.value(u"id"_s).toInteger();
            const QJsonObject actual = json(call("GET", u"/subscribers/%1"_s.arg(id))).toObject();
            for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
                if (it.key() != u"groups") {
                    QVERIFY2(actual.value(it.key()) == it.value(),
                             qPrintable(u"%1 of %2"_s.arg(it.key()).arg(id)));
                }
            }
        }
        // Group counters recomputed from the memberships match the dataset's.
        for (const QJsonValue &value : d.mlGroups) {
            const QJsonObject expected = value.toObject();
            const QJsonObject actual
                = json(call("GET", u"/groups/%1"_s.arg(expected.value(u"id"_s).toInteger())))
                      .toObject();
            QCOMPARE(actual, expected);
        }
        QCOMPARE(json(call("GET", u"/fields"_s)).toArray(), d.mlFields);
    }

    void hundredThousandSubscribers()
    {
        Dataset d;
        d.mlGroups = {QJsonObject {{u"id"_s, 1}, {u"name"_s, u"All"_s}}};
        for (int i = 0; i < 100000; ++i) {
            d.mlSubscribers.append(
                subscriber(i + 1, u"user%1@example.com"_s.arg(i), u"active"_s, {1}));
        }
        QElapsedTimer timer;
        timer.start();
        m_fake->load(d);
        const qint64 loadMs = timer.restart();
        for (int i = 0; i < 1000; ++i) {
            const int n = (i * 7919) % 100000;
            QCOMPARE(call("GET", u"/subscribers/USER%1@example.com"_s.arg(n)).status, 200);
            QCOMPARE(call("GET", u"/subscribers/%1"_s.arg(n + 1)).status, 200);
        }
        const qint64 lookupMs = timer.restart();
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(call("POST", u"/subscribers"_s,
                          QJsonObject {{u"email"_s, u"new%1@example.com"_s.arg(i)}})
                         .status,
                     200);
        }
        const qint64 createMs = timer.restart();
        QVERIFY(call("GET", u"/groups/1"_s)
                    .body.startsWith("{\"id\":1,\"name\":\"All\",\"total\":100000,"));
        qInfo("100k subscribers: load %lld ms, 2000 lookups %lld ms, 1000 creates %lld ms", loadMs,
              lookupMs, createMs);
        QVERIFY(lookupMs < 5000);
        QVERIFY(createMs < 5000);
    }
};

QTEST_GUILESS_MAIN(TestFakeMailerLite)
#include "tst_fakemailerlite.moc"
