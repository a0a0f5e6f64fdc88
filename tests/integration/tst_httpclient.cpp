// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/apicall.h"
#include "http/httpclient.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Api::ApiCall;
using Api::HttpClient;

namespace {

const QByteArray PitToken = "pit-1a2b3c4d-5e6f-4a0b-8c9d-0e1f2a3b4c5d"_ba;
const QByteArray MailerLiteKey = "fc7b8c5b32067bcd47cafb5f475d2fe9"_ba;

struct Seen
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct Canned
{
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    Canned(int status_ = 200, QByteArray body_ = "{}", Headers headers_ = {}, bool hold_ = false)
        : status(status_)
        , body(std::move(body_))
        , headers(std::move(headers_))
        , hold(hold_)
    { }

    int status;
    QByteArray body;
    Headers headers;
    bool hold; // never answer
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

// A loopback API that records every request and answers with `answer`.
class FakeApi
{
public:
    FakeApi()
    {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                Seen seen {methodName(request.method()),
                           request.url().path(),
                           request.query(),
                           {},
                           request.body()};
                for (const auto &[name, value] : request.headers()) {
                    seen.headers.insert(name.toLower(), value);
                }
                requests.append(seen);
                const Canned canned = answer ? answer(seen) : Canned {};
                if (canned.hold) {
                    held.push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
                    return;
                }
                responder.writeStatusLine(QHttpServerResponder::StatusCode(canned.status));
                responder.writeHeader("Content-Type", "application/json");
                for (const auto &[name, value] : canned.headers) {
                    responder.writeHeader(name, value);
                }
                responder.writeHeader("Content-Length", QByteArray::number(canned.body.size()));
                responder.writeBody(canned.body);
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QUrl url(const QString &path = {}) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
    }
    [[nodiscard]] bool isListening() const { return m_port != 0; }

    std::function<Canned(const Seen &)> answer;
    QList<Seen> requests;
    std::vector<std::shared_ptr<QHttpServerResponder>> held;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

// Counts what reaches the network layer, to prove that a refused request made no traffic.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// Every log line, whatever its category and level.
QStringList s_log;
std::mutex s_logMutex;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const std::lock_guard lock(s_logMutex);
    s_log << QString::fromLatin1(context.category ? context.category : "") % u' ' % message;
}

} // namespace

class TestHttpClient final : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<FakeApi> m_api;

    HttpClient::Config ghlConfig() const
    {
        HttpClient::Config config;
        config.service = u"ghl"_s;
        config.baseUrl = m_api->url();
        config.defaultHeaders = {{"Version", "2021-07-28"}};
        config.credential = [] {
            return std::pair<QByteArray, QByteArray> {"Authorization"_ba, "Bearer "_ba + PitToken};
        };
        config.limits = Api::RateLimiter::Limits::ghl();
        config.retry.seed = 11;
        config.retry.baseDelay = 10ms;
        return config;
    }

    static ApiCall *waitFor(ApiCall *call)
    {
        QSignalSpy finished(call, &ApiCall::finished);
        if (!call->isFinished()) {
            finished.wait(10000);
        }
        return call;
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<FakeApi>();
        QVERIFY(m_api->isListening());
    }

    void cleanup() { m_api.reset(); }

    void sendsTheExpectedHeaders()
    {
        HttpClient::Config config = ghlConfig();
        config.baseUrl = m_api->url(u"/api/v2/"_s);
        HttpClient client(config, m_clock);
        QSignalSpy sent(&client, &HttpClient::requestSent);
        QUrlQuery query;
        query.addQueryItem(u"email"_s, u"jane+news@example.com"_s);
        std::unique_ptr<ApiCall> call(
            waitFor(client.send("POST", u"/contacts/search"_s, query,
                                QJsonDocument(QJsonObject {{u"pageLimit"_s, 5}}), {}, nullptr)));
        QVERIFY(call->result().ok());
        QCOMPARE(m_api->requests.size(), 1);
        const Seen &seen = m_api->requests.first();
        QCOMPARE(seen.method, "POST"_ba);
        QCOMPARE(seen.path, u"/api/v2/contacts/search"_s);
        QCOMPARE(seen.query.queryItemValue(u"email"_s, QUrl::FullyDecoded),
                 u"jane+news@example.com"_s);
        QCOMPARE(seen.body, R"({"pageLimit":5})"_ba);
        QCOMPARE(seen.headers.value("version"), "2021-07-28"_ba);
        QCOMPARE(seen.headers.value("authorization"), "Bearer "_ba + PitToken);
        QCOMPARE(seen.headers.value("content-type"), "application/json"_ba);
        QCOMPARE(seen.headers.value("accept"), "application/json"_ba);
        QCOMPARE(seen.headers.value("user-agent"), "ContactBridge/" CB_VERSION ""_ba);
        QCOMPARE(seen.headers.value("x-request-id"), call->requestId());
        QVERIFY(QRegularExpression(
                    u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                    .match(QString::fromLatin1(call->requestId()))
                    .hasMatch());
        QCOMPARE(client.requestCount(), 1);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().toLongLong(), 1);
    }

    void retriesServerErrorsThenSucceeds()
    {
        int served = 0;
        m_api->answer = [&served](const Seen &) {
            return ++served < 3 ? Canned {503, R"({"statusCode":503,"message":"busy"})"}
                                : Canned {200, R"({"ok":true})"};
        };
        HttpClient client(ghlConfig(), m_clock);
        std::unique_ptr<ApiCall> call(waitFor(client.get(u"/contacts/abc"_s, {}, {}, nullptr)));
        QVERIFY(call->result().ok());
        QCOMPARE(call->attempts(), 3);
        QCOMPARE(m_api->requests.size(), 3);
        QCOMPARE(client.requestCount(), 3);
        // One logical request: the same id on every attempt.
        for (const Seen &seen : std::as_const(m_api->requests)) {
            QCOMPARE(seen.headers.value("x-request-id"), call->requestId());
        }
    }

    void givesUpAfterMaxAttempts()
    {
        m_api->answer = [](const Seen &) {
            return Canned {500, "{}"};
        };
        HttpClient::Config config = ghlConfig();
        config.retry.maxAttempts = 3;
        HttpClient client(config, m_clock);
        std::unique_ptr<ApiCall> call(waitFor(client.get(u"/x"_s, {}, {}, nullptr)));
        QCOMPARE(call->result().error().kind, Error::Kind::Http);
        QCOMPARE(call->attempts(), 3);
        QCOMPARE(m_api->requests.size(), 3);
    }

    void doesNotRetryValidationErrors()
    {
        m_api->answer = [](const Seen &) {
            return Canned {422, R"({"statusCode":422,"message":["property x should not exist"]})"};
        };
        HttpClient client(ghlConfig(), m_clock);
        std::unique_ptr<ApiCall> call(waitFor(client.send(
            "PUT", u"/contacts/abc"_s, {}, QJsonDocument(QJsonObject {}), {}, nullptr)));
        QCOMPARE(call->result().error().kind, Error::Kind::Validation);
        QCOMPARE(call->serverMessage(), u"property x should not exist"_s);
        QCOMPARE(m_api->requests.size(), 1);
    }

    void doesNotResendACreateWithoutPermission()
    {
        m_api->answer = [](const Seen &) {
            return Canned {503, "{}"};
        };
        HttpClient client(ghlConfig(), m_clock);
        std::unique_ptr<ApiCall> call(waitFor(
            client.send("POST", u"/contacts/"_s, {},
                        QJsonDocument(QJsonObject {{u"email"_s, u"a@b.c"_s}}), {}, nullptr)));
        QCOMPARE(call->result().error().kind, Error::Kind::Http);
        QCOMPARE(call->attempts(), 1);
        QVERIFY(!QSignalSpy(&client, &HttpClient::requestSent).wait(200));
        QCOMPARE(m_api->requests.size(), 1);
    }

    void resendsACreateWhenTheCheckAllows_data()
    {
        QTest::addColumn<bool>("resend");
        QTest::newRow("check says resend") << true;
        QTest::newRow("check says it happened") << false;
    }

    void resendsACreateWhenTheCheckAllows()
    {
        QFETCH(bool, resend);
        int served = 0;
        m_api->answer = [&served](const Seen &) {
            return ++served == 1 ? Canned {502, "{}"} : Canned {201, R"({"contact":{"id":"c1"}})"};
        };
        HttpClient client(ghlConfig(), m_clock);
        QList<int> checks;
        Api::RequestOptions options;
        options.endpoint = u"/contacts/"_s;
        options.beforeRetry
            = [&checks, resend, this](int attemptsMade, std::function<void(bool)> decide) {
                  checks << attemptsMade;
                  // Answer later, as a real look-up would.
                  QTimer::singleShot(0, this, [decide, resend] { decide(resend); });
              };
        std::unique_ptr<ApiCall> call(waitFor(
            client.send("POST", u"/contacts/"_s, {},
                        QJsonDocument(QJsonObject {{u"email"_s, u"a@b.c"_s}}), options, nullptr)));
        QCOMPARE(checks, QList<int> {1});
        QCOMPARE(call->result().ok(), resend);
        QCOMPARE(call->attempts(), resend ? 2 : 1);
        QCOMPARE(m_api->requests.size(), resend ? 2 : 1);
        if (!resend) {
            QCOMPARE(call->httpStatus(), 502);
        }
    }

    void honoursRetryAfterOn429()
    {
        int served = 0;
        m_api->answer = [&served](const Seen &) {
            return ++served == 1
                ? Canned {429,
                          R"({"error":{"code":429,"message":"Too many requests"}})",
                          {{"X-RateLimit-Limit", "60"},
                           {"X-RateLimit-Remaining", "0"},
                           {"X-RateLimit-Retry-After", "1"}}}
                : Canned {200, "{}"};
        };
        HttpClient::Config config = ghlConfig();
        config.service = u"mailerlite"_s;
        config.credential = [] {
            return std::pair<QByteArray, QByteArray> {"X-MailerLite-ApiKey"_ba, MailerLiteKey};
        };
        config.limits = Api::RateLimiter::Limits::mailerLite();
        config.pacing = HttpClient::PacingScope::PerEndpoint;
        HttpClient client(config, m_clock);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<ApiCall> call(waitFor(client.get(u"/subscribers"_s, {}, {}, nullptr)));
        const qint64 elapsed = timer.elapsed();
        QVERIFY(call->result().ok());
        QCOMPARE(call->attempts(), 2);
        QVERIFY2(elapsed >= 1000 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        QCOMPARE(m_api->requests.at(1).headers.value("x-mailerlite-apikey"), MailerLiteKey);
    }

    void waitsOutAGhlWindowAfter429()
    {
        // GHL sends no Retry-After: the limiter waits out the reported window (300 ms here).
        int served = 0;
        m_api->answer = [&served](const Seen &) {
            return ++served == 1 ? Canned {429,
                                           R"({"statusCode":429,"message":"Too Many Requests"})",
                                           {{"X-RateLimit-Max", "100"},
                                            {"X-RateLimit-Remaining", "0"},
                                            {"X-RateLimit-Interval-Milliseconds", "300"}}}
                                 : Canned {200, "{}"};
        };
        HttpClient::Config config = ghlConfig();
        config.limits.margin = 20ms;
        HttpClient client(config, m_clock);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<ApiCall> call(waitFor(client.get(u"/contacts/x"_s, {}, {}, nullptr)));
        const qint64 elapsed = timer.elapsed();
        QVERIFY(call->result().ok());
        QCOMPARE(call->attempts(), 2);
        QVERIFY2(elapsed >= 320 && elapsed < 2000, qPrintable(QString::number(elapsed)));
    }

    void refusesPlainHttpToRemoteHosts()
    {
        CountingNetwork network;
        HttpClient::Config config = ghlConfig();
        config.baseUrl = QUrl(u"http://services.leadconnectorhq.com"_s);
        HttpClient client(config, m_clock, &network);
        std::unique_ptr<ApiCall> call(client.get(u"/contacts/x"_s, {}, {}, nullptr));
        QVERIFY(!call->isFinished()); // finishes asynchronously, like every call
        waitFor(call.get());
        QCOMPARE(call->result().error().kind, Error::Kind::Config);
        QCOMPARE(network.created, 0);
        QCOMPARE(client.requestCount(), 0);
        QCOMPARE(call->attempts(), 0);
    }

    void allowedUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://api.mailerlite.com/api/v2"_s << true;
        QTest::newRow("loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("loopback /8") << u"http://127.4.5.6"_s << true;
        QTest::newRow("loopback v6") << u"http://[::1]:9000"_s << true;
        QTest::newRow("localhost") << u"http://localhost:9000"_s << true;
        QTest::newRow("LAN") << u"http://192.168.1.10"_s << false;
        QTest::newRow("remote http") << u"http://api.mailerlite.com"_s << false;
        QTest::newRow("localhost lookalike") << u"http://localhost.example.com"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void allowedUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(HttpClient::isAllowedUrl(QUrl(url)), allowed);
    }

    void cancelAllStopsEverything()
    {
        m_api->answer = [](const Seen &) {
            return Canned {200, {}, {}, true};
        };
        HttpClient::Config config = ghlConfig();
        config.maxConcurrent = 2;
        HttpClient client(config, m_clock);
        std::vector<std::unique_ptr<ApiCall>> calls;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int i = 0; i < 5; ++i) {
            calls.emplace_back(client.get(u"/contacts/%1"_s.arg(i), {}, {}, nullptr));
            spies.push_back(std::make_unique<QSignalSpy>(calls.back().get(), &ApiCall::finished));
        }
        QTRY_COMPARE(m_api->requests.size(), 2); // two on the wire, three queued
        QCOMPARE(client.inFlight(), 2);
        client.cancelAll();
        for (std::size_t i = 0; i < calls.size(); ++i) {
            QCOMPARE(spies[i]->size(), 1);
            QCOMPARE(calls[i]->result().error().kind, Error::Kind::Cancelled);
        }
        QCOMPARE(client.inFlight(), 0);
        QVERIFY(!spies.front()->wait(200)); // nothing more happens, nothing more is sent
        QCOMPARE(m_api->requests.size(), 2);
        QCOMPARE(client.requestCount(), 2);
    }

    void neverLogsSecrets()
    {
        {
            const std::lock_guard lock(s_logMutex);
            s_log.clear();
        }
        QLoggingCategory::setFilterRules(u"cb.*=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        m_api->answer = [](const Seen &seen) {
            // The server echoes the token in an error, as misbehaving servers do.
            return seen.path.startsWith(u"/fail")
                ? Canned {401,
                          "{\"statusCode\":401,\"message\":\"Invalid token "_ba + PitToken
                              + "\"}"_ba}
                : Canned {200, "{}"};
        };
        HttpClient ghl(ghlConfig(), m_clock);
        HttpClient::Config mlConfig = ghlConfig();
        mlConfig.service = u"mailerlite"_s;
        mlConfig.credential = [] {
            return std::pair<QByteArray, QByteArray> {"X-MailerLite-ApiKey"_ba, MailerLiteKey};
        };
        HttpClient mailerLite(mlConfig, m_clock);
        std::unique_ptr<ApiCall> a(waitFor(ghl.get(u"/ok"_s, {}, {}, nullptr)));
        std::unique_ptr<ApiCall> b(waitFor(ghl.get(u"/fail"_s, {}, {}, nullptr)));
        std::unique_ptr<ApiCall> c(waitFor(mailerLite.get(u"/subscribers"_s, {}, {}, nullptr)));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(a->result().ok());
        QCOMPARE(b->result().error().kind, Error::Kind::Auth);
        QVERIFY(c->result().ok());
        // The secret reached the server but none of the log.
        QCOMPARE(m_api->requests.at(2).headers.value("x-mailerlite-apikey"), MailerLiteKey);
        const std::lock_guard lock(s_logMutex);
        const QString all = s_log.join(u'\n');
        QVERIFY2(s_log.size() >= 6, qPrintable(all)); // request and response lines, debug included
        QVERIFY(all.contains(u"Authorization: [redacted]"_s));
        QVERIFY(all.contains(u"X-MailerLite-ApiKey: [redacted]"_s));
        QVERIFY(all.contains(QString::fromLatin1(a->requestId())));
        QVERIFY(!all.contains(QString::fromLatin1(PitToken)));
        QVERIFY(!all.contains(QString::fromLatin1(PitToken.mid(4, 8))));
        QVERIFY(!all.contains(QString::fromLatin1(MailerLiteKey)));
    }

    // A server enforcing 10 requests per 300 ms fixed window, like the real ones, and the client
    // sending 40 requests as fast as its pacing allows: none may be refused.
    void pacesAtTheLimitWithoutRefusals()
    {
        constexpr int Max = 10;
        constexpr auto Window = 300ms;
        QElapsedTimer serverClock;
        serverClock.start();
        qint64 windowStart = -1;
        int used = 0;
        int refused = 0;
        QList<qint64> arrivals;
        m_api->answer = [&](const Seen &) {
            const qint64 now = serverClock.elapsed();
            arrivals << now;
            if (windowStart < 0 || now >= windowStart + Window.count()) {
                windowStart = now;
                used = 0;
            }
            if (used >= Max) {
                ++refused;
                return Canned {429, "{}", {{"X-RateLimit-Remaining", "0"}}};
            }
            ++used;
            return Canned {
                200,
                "{}",
                {{"X-RateLimit-Max", QByteArray::number(Max)},
                 {"X-RateLimit-Remaining", QByteArray::number(Max - used)},
                 {"X-RateLimit-Interval-Milliseconds", QByteArray::number(Window.count())}}};
        };
        HttpClient::Config config = ghlConfig();
        config.limits = {Max, Window, 0, 15ms, 15min};
        config.maxConcurrent = 6;
        HttpClient client(config, m_clock);
        std::vector<std::unique_ptr<ApiCall>> calls;
        QElapsedTimer timer;
        timer.start();
        int done = 0;
        for (int i = 0; i < 40; ++i) {
            calls.emplace_back(client.get(u"/contacts/%1"_s.arg(i), {}, {}, nullptr));
            connect(calls.back().get(), &ApiCall::finished, this, [&done] { ++done; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 40, 10000);
        const qint64 elapsed = timer.elapsed();
        for (const auto &call : calls) {
            QVERIFY(call->result().ok());
        }
        QCOMPARE(refused, 0);
        QCOMPARE(client.requestCount(), 40);
        // Four batches: the last one can start only after three windows plus margins.
        QVERIFY2(elapsed >= 3 * 315, qPrintable(QString::number(elapsed)));
        // Precision: how late each batch started after its earliest allowed moment.
        qint64 worstLag = 0;
        for (int batch = 1; batch < 4; ++batch) {
            const qint64 allowed = arrivals.at((batch - 1) * Max) + 315;
            worstLag = std::max(worstLag, arrivals.at(batch * Max) - allowed);
        }
        qInfo(
            "paced 40 requests at 10/300 ms in %lld ms (ideal >= 945 ms); worst batch lag %lld ms",
            elapsed, worstLag);
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
