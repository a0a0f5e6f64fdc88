// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/apicall.h"
#include "http/httpclient.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Api::ApiCall;
using Api::HttpClient;

namespace {

struct Canned
{
    Canned(int status_ = 200, QByteArray body_ = {}, bool hold_ = false)
        : status(status_)
        , body(std::move(body_))
        , hold(hold_)
    { }

    int status;
    QByteArray body;
    bool hold; // never answer
};

// A loopback server answering every request with what `answer` returns.
class FakeServer
{
public:
    FakeServer()
    {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                ++requests;
                const Canned canned = answer ? answer(request.url().path()) : Canned {};
                if (canned.hold) {
                    held.push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
                    return;
                }
                responder.writeStatusLine(QHttpServerResponder::StatusCode(canned.status));
                responder.writeHeader("Content-Type", "application/json");
                responder.writeHeader("Content-Length", QByteArray::number(canned.body.size()));
                responder.writeBody(canned.body);
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }
    [[nodiscard]] bool isListening() const { return m_port != 0; }

    std::function<Canned(const QString &path)> answer;
    int requests = 0;
    std::vector<std::shared_ptr<QHttpServerResponder>> held;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

} // namespace

class TestApiCall final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<HttpClient> m_client;
    SystemClock m_clock;

    Api::RequestOptions once() const
    {
        Api::RequestOptions options;
        options.maxAttempts = 1;
        return options;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->isListening());
        HttpClient::Config config;
        config.service = u"test"_s;
        config.baseUrl = m_server->url();
        config.retry.seed = 1;
        config.retry.baseDelay = 5ms;
        m_client = std::make_unique<HttpClient>(config, m_clock);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void finishesExactlyOnceWithTheResponse()
    {
        m_server->answer = [](const QString &) {
            return Canned {200, R"({"a":1})"_ba};
        };
        ApiCall *call = m_client->get(u"/thing"_s, {}, {}, this);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(!call->isFinished());
        QVERIFY(finished.wait());
        QVERIFY(!finished.wait(100)); // and never again
        QCOMPARE(finished.size(), 1);
        QVERIFY(call->isFinished());
        QVERIFY(call->result().ok());
        QCOMPARE(call->result().value().object().value(u"a").toInt(), 1);
        QCOMPARE(call->httpStatus(), 200);
        QCOMPARE(call->responseHeader("content-type"), "application/json"_ba);
        QCOMPARE(call->rawBody(), R"({"a":1})"_ba);
        QCOMPARE(call->attempts(), 1);
        QCOMPARE(call->requestId().size(), 36);
        call->abort(); // a finished call ignores abort
        QCOMPARE(finished.size(), 1);
        QVERIFY(call->result().ok());
        delete call;
    }

    void abortWhileOnTheWireGivesCancelled()
    {
        m_server->answer = [](const QString &) {
            return Canned {200, {}, true};
        };
        ApiCall *call = m_client->get(u"/slow"_s, {}, {}, this);
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(m_server->requests, 1);
        call->abort();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!call->result().ok());
        QCOMPARE(call->result().error().kind, Error::Kind::Cancelled);
        QVERIFY(!finished.wait(100));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_client->inFlight(), 0);
        delete call;
    }

    void abortBeforeSendingSendsNothing()
    {
        ApiCall *call = m_client->get(u"/never"_s, {}, {}, this);
        QSignalSpy finished(call, &ApiCall::finished);
        call->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(call->result().error().kind, Error::Kind::Cancelled);
        QVERIFY(!finished.wait(100));
        QCOMPARE(m_client->requestCount(), 0);
        QCOMPARE(m_server->requests, 0);
        delete call;
    }

    void destroyingARunningCallAbortsSilently()
    {
        m_server->answer = [](const QString &path) {
            return path == u"/slow" ? Canned {200, {}, true} : Canned {200, "{}"_ba};
        };
        auto *call = m_client->get(u"/slow"_s, {}, {}, this);
        bool emitted = false;
        connect(call, &ApiCall::finished, this, [&emitted] { emitted = true; });
        QTRY_COMPARE(m_server->requests, 1);
        QCOMPARE(m_client->inFlight(), 1);
        delete call;
        QCOMPARE(m_client->inFlight(), 0);
        // The client carries on normally afterwards.
        ApiCall *next = m_client->get(u"/fast"_s, {}, {}, this);
        QSignalSpy finished(next, &ApiCall::finished);
        QVERIFY(finished.wait());
        QVERIFY(next->result().ok());
        QVERIFY(!emitted);
        delete next;
    }

    void transferTimeoutGivesTimeout()
    {
        m_server->answer = [](const QString &) {
            return Canned {200, {}, true};
        };
        Api::RequestOptions options = once();
        options.timeout = 200ms;
        ApiCall *call = m_client->get(u"/silent"_s, {}, options, this);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(call->result().error().kind, Error::Kind::Timeout);
        QCOMPARE(call->attempts(), 1);
        delete call;
    }

    void bodiesThatAreNotJson_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("html") << 200 << "<html>oops</html>"_ba << false;
        QTest::newRow("truncated") << 200 << R"({"contacts":[{"id":"a")"_ba << false;
        QTest::newRow("trailing garbage") << 200 << R"({"a":1} x)"_ba << false;
        QTest::newRow("204 empty") << 204 << QByteArray() << true;
        QTest::newRow("200 empty") << 200 << QByteArray() << true;
        QTest::newRow("array") << 200 << "[1,2]"_ba << true;
    }

    void bodiesThatAreNotJson()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        m_server->answer = [=](const QString &) {
            return Canned {status, body};
        };
        ApiCall *call = m_client->get(u"/x"_s, {}, once(), this);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait());
        QCOMPARE(call->result().ok(), ok);
        if (ok) {
            QCOMPARE(call->result().value().isNull(), body.isEmpty());
        } else {
            QCOMPARE(call->result().error().kind, Error::Kind::Parse);
            QCOMPARE(call->rawBody(), body);
        }
        delete call;
    }

    void httpStatusMapsToErrorKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        const auto k = [](Error::Kind kind) {
            return int(kind);
        };
        QTest::newRow("400") << 400 << k(Error::Kind::Validation);
        QTest::newRow("401") << 401 << k(Error::Kind::Auth);
        QTest::newRow("403") << 403 << k(Error::Kind::Auth);
        QTest::newRow("404") << 404 << k(Error::Kind::NotFound);
        QTest::newRow("409") << 409 << k(Error::Kind::Conflict);
        QTest::newRow("418") << 418 << k(Error::Kind::Http);
        QTest::newRow("422") << 422 << k(Error::Kind::Validation);
        QTest::newRow("429") << 429 << k(Error::Kind::RateLimited);
        QTest::newRow("500") << 500 << k(Error::Kind::Http);
        QTest::newRow("502") << 502 << k(Error::Kind::Http);
        QTest::newRow("503") << 503 << k(Error::Kind::Http);
        QTest::newRow("301 not followed") << 301 << k(Error::Kind::Http);
    }

    void httpStatusMapsToErrorKind()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        m_server->answer = [=](const QString &) {
            return Canned {status, R"({"x":1})"_ba};
        };
        ApiCall *call = m_client->get(u"/status"_s, {}, once(), this);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait());
        QVERIFY(!call->result().ok());
        const Error &error = call->result().error();
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(call->httpStatus(), status);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(m_server->requests, 1);
        delete call;
    }

    void serverMessagesAreKept_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("code");
        QTest::newRow("ghl string")
            << 403
            << R"({"statusCode":403,"message":"The token does not have access to this location."})"_ba
            << u"The token does not have access to this location."_s << 0;
        QTest::newRow("ghl array")
            << 422
            << R"({"statusCode":422,"message":["property gender should not exist","email must be an email"],"error":"Unprocessable Entity"})"_ba
            << u"property gender should not exist; email must be an email"_s << 0;
        QTest::newRow("ghl duplicate")
            << 400
            << R"({"statusCode":400,"message":"This location does not allow duplicated contacts.","meta":{"contactId":"R2o","matchingField":"email"}})"_ba
            << u"This location does not allow duplicated contacts."_s << 0;
        QTest::newRow("ghl v1 msg")
            << 401 << R"({"msg":"Unauthorized"})"_ba << u"Unauthorized"_s << 0;
        QTest::newRow("ghl v1 fields")
            << 422
            << R"({"email or phone":{"message":"The email or phone field is mandatory.","rule":"required"}})"_ba
            << u"The email or phone field is mandatory."_s << 0;
        QTest::newRow("mailerlite")
            << 401 << R"({"error":{"code":302,"message":"API-Key Unauthorized"}})"_ba
            << u"API-Key Unauthorized"_s << 302;
        QTest::newRow("mailerlite 404")
            << 404 << R"({"error":{"code":123,"message":"Group not found"}})"_ba
            << u"Group not found"_s << 123;
        QTest::newRow("html 404") << 404 << "<html><body>Not Found</body></html>"_ba << QString()
                                  << 0;
    }

    void serverMessagesAreKept()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(int, code);
        m_server->answer = [=](const QString &) {
            return Canned {status, body};
        };
        ApiCall *call = m_client->get(u"/err"_s, {}, once(), this);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait());
        QCOMPARE(call->serverMessage(), message);
        QCOMPARE(call->serverErrorCode(), code);
        const QString detail = call->result().error().detail;
        QVERIFY2(detail.contains(message.isEmpty() ? u"Not Found"_s : message), qPrintable(detail));
        delete call;
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
