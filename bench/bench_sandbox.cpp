// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how many requests per second the fake services serve with rate limits off:
// GHL POST /contacts/search (pages of 100 over 10,000 contacts) and MailerLite
// GET /subscribers/:id. The servers run in their own thread; a QNetworkAccessManager in the
// main thread keeps 8 requests in flight over real loopback HTTP until a fixed count is done.
// Prints one JSON object (bench/README.md); --quick sends 1,000 requests per service, not 5,000.
#include "fakemailerlite.h"
#include "sandboxhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int Contacts = 10000;
constexpr int MlSubscribers = 2000;
constexpr int PageLimit = 100;
constexpr int Concurrency = 8;

struct Request
{
    QNetworkRequest request;
    QByteArray method;
    QByteArray body;
};

struct LoadResult
{
    double seconds = 0;
    double cpuSeconds = 0; // the whole process: client and servers together
    int failed = 0;
    int firstFailureStatus = 0;
};

// Sends `total` requests made by `make`, keeping `concurrency` of them in flight, and reports
// once every reply has arrived. Only a 200 answer with a body counts as served.
class LoadRunner final
{
public:
    using Factory = std::function<Request(int)>;

    LoadRunner(QNetworkAccessManager *nam, int total, Factory make,
               std::function<void(const LoadResult &)> done)
        : m_nam(nam)
        , m_total(total)
        , m_make(std::move(make))
        , m_done(std::move(done))
    { }

    void start(int concurrency)
    {
        m_cpuStart = std::clock();
        m_timer.start();
        for (int i = 0; i < concurrency; ++i) {
            sendNext();
        }
    }

private:
    void sendNext()
    {
        if (m_sent == m_total) {
            return;
        }
        const Request r = m_make(m_sent++);
        QNetworkReply *reply = m_nam->sendCustomRequest(r.request, r.method, r.body);
        QObject::connect(reply, &QNetworkReply::finished, m_nam, [this, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200 || reply->readAll().isEmpty()) {
                if (m_result.failed++ == 0) {
                    m_result.firstFailureStatus = status;
                }
            }
            reply->deleteLater();
            if (++m_finished == m_total) {
                m_result.seconds = static_cast<double>(m_timer.nsecsElapsed()) / 1e9;
                m_result.cpuSeconds
                    = static_cast<double>(std::clock() - m_cpuStart) / CLOCKS_PER_SEC;
                m_done(m_result);
            } else {
                sendNext();
            }
        });
    }

    QNetworkAccessManager *m_nam;
    int m_total;
    Factory m_make;
    std::function<void(const LoadResult &)> m_done;
    int m_sent = 0;
    int m_finished = 0;
    QElapsedTimer m_timer;
    std::clock_t m_cpuStart = 0;
    LoadResult m_result;
};

QJsonObject figure(double value, const QString &unit)
{
    return QJsonObject {{u"value"_s, value},
                        {u"unit"_s, unit},
                        {u"target"_s, QJsonValue::Null},
                        {u"met"_s, QJsonValue::Null}};
}

double oneDecimal(double value)
{
    return qRound(value * 10) / 10.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s);
    const int requests = quick ? 1000 : 5000;

    // The servers get a thread of their own, so the client's work does not queue behind theirs.
    QThread serverThread;
    auto *serverContext = new QObject;
    serverContext->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, serverContext, &QObject::deleteLater);
    serverThread.start();

    QJsonObject info;
    QList<qint64> subscriberIds;
    QString startError;
    QMetaObject::invokeMethod(
        serverContext,
        [&] {
            Sandbox::SandboxHost::Options options;
            options.contacts = Contacts;
            options.seed = 1;
            options.mlSubscribers = MlSubscribers;
            options.rateLimitMode = Sandbox::RateLimitMode::Off;
            auto *host = new Sandbox::SandboxHost(options, serverContext);
            if (const Status started = host->start(); !started) {
                startError = started.error().message;
                return;
            }
            info = host->connectionInfo();
            const auto subscribers = host->mailerLite()->store().subscribers({}, 0, MlSubscribers);
            for (const Sandbox::MlSubscriber *subscriber : subscribers) {
                subscriberIds.append(subscriber->id);
            }
        },
        Qt::BlockingQueuedConnection);
    if (!startError.isEmpty() || subscriberIds.isEmpty()) {
        std::fprintf(stderr, "bench_sandbox: the sandbox did not start: %s\n",
                     qUtf8Printable(startError));
        serverThread.quit();
        serverThread.wait();
        return 1;
    }

    const QString ghlUrl = info.value(u"ghl_url"_s).toString() + u"/contacts/search"_s;
    const QByteArray bearer = "Bearer " + info.value(u"ghl_token"_s).toString().toUtf8();
    // Page bodies are built once, so the client spends its time on HTTP, not on JSON.
    QList<QByteArray> pageBodies;
    for (int page = 1; page * PageLimit <= Contacts; ++page) {
        pageBodies.append(
            QJsonDocument(QJsonObject {{u"locationId"_s, info.value(u"location_id"_s)},
                                       {u"pageLimit"_s, PageLimit},
                                       {u"page"_s, page}})
                .toJson(QJsonDocument::Compact));
    }
    const auto ghlSearch = [&](int i) {
        QNetworkRequest request {QUrl(ghlUrl)};
        request.setRawHeader("Authorization", bearer);
        request.setRawHeader("Version", "2021-07-28");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return Request {request, "POST", pageBodies.at(i % pageBodies.size())};
    };
    const QString mlUrl = info.value(u"ml_url"_s).toString() + u"/subscribers/"_s;
    const QByteArray apiKey = info.value(u"ml_api_key"_s).toString().toUtf8();
    const auto mlGet = [&](int i) {
        QNetworkRequest request {
            QUrl(mlUrl + QString::number(subscriberIds.at(i % subscriberIds.size())))};
        request.setRawHeader("X-MailerLite-ApiKey", apiKey);
        return Request {request, "GET", {}};
    };

    QNetworkAccessManager nam;
    QJsonObject result;
    int exitCode = 0;
    const auto record = [&](const QString &name, const LoadResult &load) {
        if (load.failed > 0) {
            std::fprintf(stderr, "bench_sandbox: %s: %d of %d requests failed (first: HTTP %d)\n",
                         qUtf8Printable(name), load.failed, requests, load.firstFailureStatus);
            exitCode = 1;
        }
        result.insert(name + u"_rps"_s, figure(oneDecimal(requests / load.seconds), u"req/s"_s));
        result.insert(name + u"_cpu_per_request"_s,
                      figure(oneDecimal(load.cpuSeconds * 1e6 / requests), u"us"_s));
    };
    LoadRunner ml(&nam, requests, mlGet, [&](const LoadResult &load) {
        record(u"ml_get_subscriber"_s, load);
        QCoreApplication::exit(exitCode);
    });
    LoadRunner ghl(&nam, requests, ghlSearch, [&](const LoadResult &load) {
        record(u"ghl_search_page%1"_s.arg(PageLimit), load);
        ml.start(Concurrency);
    });
    ghl.start(Concurrency);
    const int code = QCoreApplication::exec();

    serverThread.quit();
    serverThread.wait();
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return code;
}
