// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeGhl over real HTTP on 127.0.0.1 with QNetworkAccessManager: rate limits on an injected
// clock, the OAuth code -> token -> refresh rotation, and injected faults as a client sees them.
#include "fakeghl.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Sandbox::Dataset;
using Sandbox::FakeGhl;

namespace {

const auto Location = u"loc0000000000000000A"_s;

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers;
};

} // namespace

class TestFakeGhlHttp final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeGhl> m_ghl;

    void makeServer(Sandbox::RateLimitMode mode)
    {
        FakeGhl::Options options;
        options.locationId = Location;
        options.tokens = {{u"pit-rw"_s, FakeGhl::allScopes(), {}},
                          {u"pit-second"_s, FakeGhl::allScopes(), {}}};
        options.oauthClientId = u"client-1"_s;
        options.oauthClientSecret = u"secret-1"_s;
        options.rateLimitMode = mode;
        options.clock = &m_clock;
        m_ghl = std::make_unique<FakeGhl>(options);
        Dataset data;
        data.ghlContacts.append(QJsonObject {{u"id"_s, u"c000000000000000001"_s},
                                             {u"locationId"_s, Location},
                                             {u"firstName"_s, u"Ann"_s},
                                             {u"dateAdded"_s, u"2025-01-01T00:00:00.000Z"_s},
                                             {u"dateUpdated"_s, u"2025-01-01T00:00:00.000Z"_s}});
        m_ghl->load(data);
        QVERIFY(m_ghl->listenLocal() != 0);
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &token = "pit-rw",
               const QByteArray &body = {}, const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(QUrl(m_ghl->baseUrl().toString() + path));
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + token);
        }
        request.setRawHeader("Version", "2021-07-28");
        request.setRawHeader("Accept", "application/json");
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            [&] {
                QVERIFY(finished.wait(10000));
            }();
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = QJsonDocument::fromJson(reply->readAll()).object();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            result.headers.insert(name.toLower(), value);
        }
        reply->deleteLater();
        return result;
    }

    Reply token(const QUrlQuery &form)
    {
        return send("POST", u"/oauth/token"_s, QByteArray(),
                    form.toString(QUrl::FullyEncoded).toUtf8(),
                    "application/x-www-form-urlencoded");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString log = qEnvironmentVariable("CB_GHL_TRAFFIC_LOG");
        if (!log.isEmpty()) {
            QDir().mkpath(QFileInfo(log).absolutePath());
            QFile::remove(log);
        }
    }

    void burstLimitRefusesThe101stRequestUntilTheWindowEnds()
    {
        makeServer(Sandbox::RateLimitMode::Real);
        for (int i = 0; i < 100; ++i) {
            const Reply r = send("GET", u"/contacts/c000000000000000001"_s);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("x-ratelimit-remaining"), QByteArray::number(99 - i));
        }
        const Reply refused = send("GET", u"/contacts/c000000000000000001"_s);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.body.value(u"statusCode"_s).toInt(), 429);
        QCOMPARE(refused.body.value(u"message"_s).toString(), u"Too Many Requests"_s);
        QCOMPARE(refused.headers.value("x-ratelimit-remaining"), QByteArray("0"));
        QCOMPARE(refused.headers.value("x-ratelimit-max"), QByteArray("100"));
        QCOMPARE(refused.headers.value("x-ratelimit-interval-milliseconds"), QByteArray("10000"));
        QCOMPARE(refused.headers.value("x-ratelimit-limit-daily"), QByteArray("200000"));
        QCOMPARE(refused.headers.value("x-ratelimit-daily-remaining"), QByteArray("199900"));
        // Budgets are per token and location: another token is unaffected.
        QCOMPARE(send("GET", u"/contacts/c000000000000000001"_s, "pit-second").status, 200);

        m_clock.advance(9999ms);
        QCOMPARE(send("GET", u"/contacts/c000000000000000001"_s).status, 429);
        m_clock.advance(1ms);
        const Reply again = send("GET", u"/contacts/c000000000000000001"_s);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.headers.value("x-ratelimit-remaining"), QByteArray("99"));

        QNetworkRequest statsRequest(QUrl(m_ghl->baseUrl().toString() + u"/_sandbox/stats"_s));
        QNetworkReply *stats = m_nam.get(statsRequest);
        QSignalSpy done(stats, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(
            QJsonDocument::fromJson(stats->readAll()).object().value(u"rate_limited"_s).toInt(), 2);
        stats->deleteLater();
    }

    void fastModeScalesTheWindowAndOffModeNeverRefuses()
    {
        makeServer(Sandbox::RateLimitMode::Fast);
        const Reply fast = send("GET", u"/contacts/c000000000000000001"_s);
        QCOMPARE(fast.headers.value("x-ratelimit-interval-milliseconds"), QByteArray("100"));
        makeServer(Sandbox::RateLimitMode::Off);
        for (int i = 0; i < 150; ++i) {
            const Reply r = send("GET", u"/contacts/c000000000000000001"_s);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("x-ratelimit-remaining"), QByteArray("1000000"));
        }
    }

    void oauthCodeTokenRefreshRotation()
    {
        makeServer(Sandbox::RateLimitMode::Real);
        const QString code = m_ghl->issueAuthorizationCode({u"contacts.readonly"_s});
        QUrlQuery form;
        form.addQueryItem(u"client_id"_s, u"client-1"_s);
        form.addQueryItem(u"client_secret"_s, u"secret-1"_s);
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"code"_s, code);
        form.addQueryItem(u"user_type"_s, u"Location"_s);
        const Reply first = token(form);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(first.body.value(u"expires_in"_s).toInt(), 86399);
        QCOMPARE(first.body.value(u"locationId"_s).toString(), Location);
        QCOMPARE(first.body.value(u"scope"_s).toString(), u"contacts.readonly"_s);
        QCOMPARE(token(form).status, 400); // codes are single-use

        const QByteArray access = first.body.value(u"access_token"_s).toString().toUtf8();
        QCOMPARE(send("GET", u"/contacts/c000000000000000001"_s, access).status, 200);
        QCOMPARE(send("DELETE", u"/contacts/c000000000000000001"_s, access).status, 401);

        QUrlQuery refresh;
        refresh.addQueryItem(u"client_id"_s, u"client-1"_s);
        refresh.addQueryItem(u"client_secret"_s, u"secret-1"_s);
        refresh.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        refresh.addQueryItem(u"refresh_token"_s, first.body.value(u"refresh_token"_s).toString());
        const Reply second = token(refresh);
        QCOMPARE(second.status, 200);
        QVERIFY(second.body.value(u"refresh_token"_s) != first.body.value(u"refresh_token"_s));
        const Reply reused = token(refresh);
        QCOMPARE(reused.status, 400); // the old refresh token is spent
        QCOMPARE(reused.body.value(u"statusCode"_s).toInt(), 400);

        // Access tokens die after expires_in on the injected clock.
        const QByteArray renewed = second.body.value(u"access_token"_s).toString().toUtf8();
        m_clock.advance(86398s);
        QCOMPARE(send("GET", u"/contacts/c000000000000000001"_s, renewed).status, 200);
        m_clock.advance(1s);
        const Reply expired = send("GET", u"/contacts/c000000000000000001"_s, renewed);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.body.value(u"message"_s).toString(), u"Invalid JWT"_s);

        QUrlQuery wrongSecret = refresh;
        wrongSecret.removeQueryItem(u"client_secret"_s);
        wrongSecret.addQueryItem(u"client_secret"_s, u"nope"_s);
        QCOMPARE(token(wrongSecret).status, 401);
        QCOMPARE(token(QUrlQuery(u"grant_type=refresh_token"_s)).status, 422);
    }

    void injectedFaultsReachTheClient()
    {
        makeServer(Sandbox::RateLimitMode::Off);
        Sandbox::FaultInjector::Rates rates;
        rates.serverError = 1.0;
        m_ghl->faults().setRates(rates);
        const Reply failed
            = send("PUT", u"/contacts/c000000000000000001"_s, "pit-rw", R"({"city":"Rome"})");
        QVERIFY(failed.status == 500 || failed.status == 502 || failed.status == 503);
        QCOMPARE(failed.body.value(u"statusCode"_s).toInt(), failed.status);
        QVERIFY(!failed.headers.value("x-ratelimit-remaining").isEmpty());
        QVERIFY(!m_ghl->contacts().find(u"c000000000000000001"_s)->json.contains(u"city"_s));

        rates = {};
        rates.drop = 1.0;
        m_ghl->faults().setRates(rates);
        const Reply dropped = send("GET", u"/contacts/c000000000000000001"_s);
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);

        m_ghl->faults().setRates({});
        const Reply ok
            = send("PUT", u"/contacts/c000000000000000001"_s, "pit-rw", R"({"city":"Rome"})");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body.value(u"succeded"_s).toBool(), true);
        QCOMPARE(ok.body.value(u"contact"_s).toObject().value(u"city"_s).toString(), u"Rome"_s);
    }
};

QTEST_GUILESS_MAIN(TestFakeGhlHttp)
#include "tst_fakeghlhttp.moc"
