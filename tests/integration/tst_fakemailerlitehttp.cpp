// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeMailerLite over real HTTP on 127.0.0.1: headers, rate limits, /batch, big ids, faults.
#include "fakemailerlite.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Sandbox;

namespace {

constexpr auto Key = "fc7b8c5b32067bcd47cafb5f475d2fe9";

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    [[nodiscard]] QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

Dataset dataset()
{
    Dataset d;
    d.mlGroups = {QJsonObject {{u"id"_s, 100}, {u"name"_s, u"Customers"_s}}};
    const auto make = [](qint64 id, const QString &email) {
        return QJsonObject {{u"id"_s, id},
                            {u"email"_s, email},
                            {u"type"_s, u"active"_s},
                            {u"date_created"_s, u"2025-01-01 00:00:00"_s},
                            {u"groups"_s, QJsonArray {100}}};
    };
    d.mlSubscribers = {make(1, u"ann@example.com"_s), make(2, u"google+style@example.com"_s),
                       // 2^53 + 3: a double would read it as 2^53 + 4
                       make(9007199254740995LL, u"big@example.com"_s)};
    return d;
}

QJsonObject batchItem(const QString &method, const QString &path, const QJsonObject &body = {})
{
    QJsonObject item {{u"method"_s, method}, {u"path"_s, path}};
    if (!body.isEmpty()) {
        item.insert(u"body"_s, body);
    }
    return item;
}

} // namespace

class TestFakeMailerLiteHttp final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<FakeMailerLite> m_fake;
    QNetworkAccessManager m_nam;

    void start(RateLimitMode mode)
    {
        m_clock = ManualClock();
        m_fake = std::make_unique<FakeMailerLite>(
            FakeMailerLite::Options {QString::fromLatin1(Key), mode, &m_clock, 7});
        m_fake->load(dataset());
        QVERIFY(m_fake->listenLocal() != 0);
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &keyHeader = "X-MailerLite-ApiKey", const QByteArray &key = Key)
    {
        const QString base = path.startsWith(u"/_sandbox"_s)
            ? u"http://127.0.0.1:%1"_s.arg(m_fake->port())
            : m_fake->baseUrl().toString();
        QNetworkRequest request(QUrl(base + path));
        if (!keyHeader.isEmpty()) {
            request.setRawHeader(keyHeader, key);
        }
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(10000);
        }
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            r.headers.insert(name.toLower(), value);
        }
        reply->deleteLater();
        return r;
    }

    Reply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void apiKeyHeaderIsCaseInsensitive()
    {
        start(RateLimitMode::Off);
        QCOMPARE(send("GET", u"/me"_s, {}, "x-mailerlite-apikey").status, 200);
        QCOMPARE(send("GET", u"/me"_s, {}, "X-MAILERLITE-APIKEY").status, 200);
        Reply r = send("GET", u"/me"_s, {}, {});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, R"({"error":{"code":1,"message":"Unauthorized"}})");
        QCOMPARE(r.headers.value("content-type"), "application/json");
        r = send("GET", u"/me"_s, {}, "X-MailerLite-ApiKey", "nope");
        QCOMPARE(r.body, R"({"error":{"code":302,"message":"API-Key Unauthorized"}})");
        QCOMPARE(send("GET", u"/nope"_s).status, 404);
    }

    void bigIdsSurviveTheRoundTrip()
    {
        start(RateLimitMode::Off);
        // After the loaded 2^53 + 3, new ids are 2^53 + 4 (even, still exact as a double) and
        // 2^53 + 5, which a double cannot hold.
        QCOMPARE(post(u"/subscribers"_s, {{u"email"_s, u"first@example.com"_s}}).status, 200);
        Reply r = post(u"/subscribers"_s, {{u"email"_s, u"new@example.com"_s}});
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.startsWith(
                     "{\"id\":9007199254740997,\"name\":\"\",\"email\":\"new@example.com\""),
                 r.body.constData());
        QCOMPARE(r.json().toObject().value(u"id"_s).toInteger(), 9007199254740997LL);
        QVERIFY(9007199254740997LL != qint64(double(9007199254740997LL))); // the point of it
        r = send("GET", u"/subscribers/9007199254740997"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().toObject().value(u"email"_s), QJsonValue(u"new@example.com"_s));
        r = send("GET", u"/subscribers/9007199254740995"_s);
        QVERIFY(r.body.startsWith("{\"id\":9007199254740995,"));
        QCOMPARE(send("GET", u"/subscribers/9007199254740999"_s).status, 404);
        r = send("GET", u"/groups/100/subscribers"_s);
        QVERIFY(r.body.contains(R"("id":9007199254740995,)"));
        r = send("GET", u"/subscribers/search?query=big&minimized=1"_s);
        QCOMPARE(r.body, R"([{"id":9007199254740995,"email":"big@example.com","type":"active"}])");
        r = send("PUT", u"/subscribers/9007199254740995"_s, R"({"name":"Big"})");
        QCOMPARE(r.json().toObject().value(u"name"_s), QJsonValue(u"Big"_s));
    }

    void encodedEmailInPath()
    {
        start(RateLimitMode::Off);
        Reply r = send("GET", u"/subscribers/google%2Bstyle%40example.com"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().toObject().value(u"id"_s).toInteger(), 2);
        QCOMPARE(send("DELETE", u"/groups/100/subscribers/google%2Bstyle%40example.com"_s).status,
                 204);
    }

    void rateLimitPerEndpointAndWindow()
    {
        start(RateLimitMode::Real);
        Reply r = send("GET", u"/subscribers"_s);
        QCOMPARE(r.headers.value("x-ratelimit-limit"), "60");
        QCOMPARE(r.headers.value("x-ratelimit-remaining"), "59");
        QCOMPARE(r.headers.value("x-ratelimit-retry-after"), "0");
        const QDateTime reset = QDateTime::fromString(
            QString::fromLatin1(r.headers.value("x-ratelimit-reset")), Qt::ISODate);
        QCOMPARE(reset, m_clock.now().addSecs(60));
        for (int i = 2; i <= 60; ++i) {
            m_clock.advance(500ms);
            r = send("GET", u"/subscribers"_s);
            QCOMPARE(r.status, 200);
        }
        QCOMPARE(r.headers.value("x-ratelimit-remaining"), "0");
        r = send("GET", u"/subscribers"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.body, R"({"error":{"code":429,"message":"Too many requests"}})");
        QCOMPARE(r.headers.value("x-ratelimit-retry-after"), "31"); // 60 s - 29.5 s, rounded up
        QCOMPARE(r.headers.value("x-ratelimit-remaining"), "0");
        // Another endpoint, and another method on the same path, have their own budgets.
        QCOMPARE(send("GET", u"/groups"_s).status, 200);
        QCOMPARE(send("GET", u"/subscribers/1"_s).status, 200);
        QCOMPARE(post(u"/subscribers"_s, {{u"email"_s, u"x@example.com"_s}}).status, 200);
        const auto stats = m_fake->stats();
        QCOMPARE(stats.value(u"rate_limited"_s).toInt(), 1);
        m_clock.advance(31s);
        QCOMPARE(send("GET", u"/subscribers"_s).status, 200);
    }

    void fastModeShrinksTheWindow()
    {
        start(RateLimitMode::Fast);
        for (int i = 0; i < 60; ++i) {
            QCOMPARE(send("GET", u"/fields"_s).status, 200);
        }
        const Reply refused = send("GET", u"/fields"_s);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.headers.value("x-ratelimit-retry-after"), "1");
        m_clock.advance(600ms);
        QCOMPARE(send("GET", u"/fields"_s).status, 200);
    }

    void batchRunsEachRequest()
    {
        start(RateLimitMode::Off);
        QJsonArray requests {
            batchItem(u"GET"_s, u"/api/v2/groups"_s),
            batchItem(u"POST"_s, u"/api/v2/groups"_s, {{u"name"_s, u"New group"_s}}),
            batchItem(u"post"_s, u"/api/v2/subscribers"_s, {{u"email"_s, u"b1@example.com"_s}}),
            batchItem(u"GET"_s, u"/api/v2/subscribers/nobody@example.com"_s),
            batchItem(u"DELETE"_s, u"/api/v2/subscribers/1"_s),
            batchItem(u"GET"_s, u"/api/v2/subscribers/count?type=active"_s),
            batchItem(u"GET"_s, u"/groups"_s), // without the prefix: not an endpoint
            batchItem(u"POST"_s, u"/api/v2/batch"_s, {{u"requests"_s, QJsonArray()}}),
        };
        requests.append(batchItem(u"POST"_s, u"/_sandbox/reset"_s)); // not reachable
        while (requests.size() < 50) {
            requests.append(batchItem(u"GET"_s, u"/api/v2/me"_s));
        }
        Reply r = post(u"/batch"_s, {{u"requests"_s, requests}});
        QCOMPARE(r.status, 200);
        const QJsonArray answers = r.json().toArray();
        QCOMPARE(answers.size(), 50);
        const auto status = [&](int i) {
            return answers.at(i).toObject().value(u"status"_s).toInt();
        };
        const auto body = [&](int i) {
            return answers.at(i).toObject().value(u"body"_s);
        };
        QCOMPARE(status(0), 200);
        QCOMPARE(body(0).toArray().size(), 1);
        QCOMPARE(status(1), 201);
        QCOMPARE(body(1).toObject().value(u"name"_s), QJsonValue(u"New group"_s));
        QCOMPARE(status(2), 200);
        QCOMPARE(body(2).toObject().value(u"id"_s).toInteger(), 9007199254740996LL);
        QCOMPARE(status(3), 404);
        QCOMPARE(body(3).toObject().value(u"error"_s).toObject().value(u"message"_s),
                 QJsonValue(u"Subscriber not found"_s));
        QCOMPARE(status(4), 204);
        QVERIFY(body(4).isNull());
        QCOMPARE(body(5).toObject().value(u"count"_s).toInt(), 3 + 1 - 1);
        QCOMPARE(status(6), 404);
        QCOMPARE(status(7), 400);
        QCOMPARE(status(8), 404);
        QCOMPARE(status(49), 200);
        QVERIFY(body(49).toObject().contains(u"account"_s));
        QVERIFY(r.body.startsWith("[{\"body\":[{\"id\":100,\"name\":\"Customers\","));
        QVERIFY(r.body.contains(R"({"body":null,"status":204})"));
        QVERIFY(r.body.contains(R"("id":9007199254740996,)")); // exact inside the batch too
        QCOMPARE(m_fake->stats().value(u"writes"_s).toInt(), 3);

        requests.append(batchItem(u"GET"_s, u"/api/v2/me"_s));
        r = post(u"/batch"_s, {{u"requests"_s, requests}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().toObject().value(u"error"_s).toObject().value(u"code"_s).toInt(), 400);
        r = post(u"/batch"_s,
                 {{u"requests"_s, QJsonArray {QJsonObject {{u"path"_s, u"/api/v2/me"_s}}}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.body,
            R"({"error":{"code":400,"message":"Every request in a query must have method and path parameters"}})");
        QCOMPARE(post(u"/batch"_s, {}).status, 400);
        QCOMPARE(m_fake->stats().value(u"writes"_s).toInt(), 3); // refused batches ran nothing
    }

    void batchedRequestsCountTowardRateLimits()
    {
        start(RateLimitMode::Real);
        QJsonArray requests;
        for (int i = 0; i < 50; ++i) {
            requests.append(batchItem(u"GET"_s, u"/api/v2/groups"_s));
        }
        QCOMPARE(post(u"/batch"_s, {{u"requests"_s, requests}}).status, 200);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(send("GET", u"/groups"_s).status, 200);
        }
        QCOMPARE(send("GET", u"/groups"_s).status, 429);
        // Inside a batch, the exhausted endpoint answers 429 per item; others still work.
        const Reply r = post(u"/batch"_s,
                             {{u"requests"_s,
                               QJsonArray {batchItem(u"GET"_s, u"/api/v2/groups"_s),
                                           batchItem(u"GET"_s, u"/api/v2/me"_s)}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().toArray().at(0).toObject().value(u"status"_s).toInt(), 429);
        QCOMPARE(r.json().toArray().at(1).toObject().value(u"status"_s).toInt(), 200);
    }

    void faultsAreVisibleOverHttp()
    {
        start(RateLimitMode::Off);
        FaultInjector::Rates rates;
        rates.serverError = 1.0;
        m_fake->faults().setRates(rates);
        Reply r = post(u"/subscribers"_s, {{u"email"_s, u"lost@example.com"_s}});
        QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503, r.body.constData());
        if (r.status == 500) {
            QCOMPARE(r.json().toObject().value(u"error"_s).toObject().value(u"code"_s).toInt(),
                     500);
        } else {
            QCOMPARE(r.headers.value("content-type"), "text/html");
        }
        rates = {};
        rates.rateLimitBurst = 1.0;
        m_fake->faults().setRates(rates);
        r = send("GET", u"/subscribers"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.headers.value("x-ratelimit-remaining"), "0");
        QCOMPARE(r.headers.value("x-ratelimit-retry-after"), "60");
        rates = {};
        rates.drop = 1.0;
        m_fake->faults().setRates(rates);
        r = send("GET", u"/me"_s);
        QVERIFY(r.error != QNetworkReply::NoError);
        m_fake->faults().setRates({});
        // The injected failures never reached the state.
        QCOMPARE(send("GET", u"/subscribers/lost@example.com"_s).status, 404);
        r = send("GET", u"/_sandbox/state"_s, {}, {});
        QCOMPARE(r.json().toObject().value(u"subscribers"_s).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFakeMailerLiteHttp)
#include "tst_fakemailerlitehttp.moc"
