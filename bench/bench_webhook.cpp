// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the webhook path against the sandbox (issue 10): the fake GoHighLevel, in its own
// thread with its rate limits in fast mode, sends its signed webhooks to a WebhookListener on
// 127.0.0.1; WebhookProcessor (the default 500 ms debounce) runs SyncEngine for the contact.
// N contacts are created, then updated, one after the other: each change waits for the run
// that carried it. The delay is from the change in the fake GHL to the end of that run, which
// comes right after MailerLite acknowledged the write (an upper bound of the write's time: the
// fake stores its dates to the second only). Prints one JSON object (bench/README.md);
// --quick changes fewer contacts.
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "sandboxhost.h"
#include "sandboxprofile.h"
#include "store/statedatabase.h"
#include "webhook/webhookpipeline.h"

#include "benchreport.h"
#include "sandboxthread.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace BenchReport;

namespace {

constexpr int Changes = 40;
constexpr int QuickChanges = 10;
constexpr int DeadlineMs = 30000; // per change: a change not synced by then has hung
// The debounce is half a second; a single-contact run takes a few requests on loopback.
constexpr double MedianTargetMs = 2000;

// The sandbox with the calls this benchmark makes to it.
class ServerThread final
{
public:
    explicit ServerThread(const QUrl &ghlWebhook)
        : m_sandbox(options(ghlWebhook))
    { }

    [[nodiscard]] const QJsonObject &info() const { return m_sandbox.info(); }

    // A GHL API call with the location's token; the JSON answer.
    QJsonObject ghl(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        QJsonObject answer;
        m_sandbox.run([&](Sandbox::SandboxHost *host) {
            Sandbox::HttpRequest request;
            request.method = method;
            request.path = path;
            request.headers.insert("authorization", "Bearer " + host->ghlToken().toUtf8());
            request.headers.insert("version", "2021-07-28");
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            answer = QJsonDocument::fromJson(host->ghl()->dispatch(request).body).object();
        });
        return answer;
    }

    [[nodiscard]] qint64 mlWrites()
    {
        qint64 writes = 0;
        m_sandbox.run([&writes](Sandbox::SandboxHost *host) {
            writes = host->mailerLite()->stats().value(u"writes"_s).toInteger();
        });
        return writes;
    }

private:
    static Sandbox::SandboxHost::Options options(const QUrl &ghlWebhook)
    {
        Sandbox::SandboxHost::Options options;
        options.contacts = 20;
        options.seed = 10;
        options.rateLimitMode = Sandbox::RateLimitMode::Fast;
        options.ghlWebhookUrl = ghlWebhook;
        return options;
    }

    SandboxThread m_sandbox;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

bool benchWebhook(int changes, QJsonObject *result)
{
    SystemClock clock;
    QTemporaryDir dir;
    quint16 port = 0;
    {
        QTcpServer probe; // a free port, for the URL the sandbox sends to
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            return false;
        }
        port = probe.serverPort();
    }
    ServerThread servers(QUrl(u"http://127.0.0.1:%1/webhooks/ghl"_s.arg(port)));
    const QJsonObject &info = servers.info();
    if (info.isEmpty()) {
        return false;
    }
    const Profiles::Profile profile = Sandbox::sandboxProfile(info, u"bench"_s);
    const QString path = dir.filePath(u"state.sqlite"_s);
    auto db = Store::StateDatabase::open(path, u"bench-webhook"_s);
    if (!db.ok()) {
        return false;
    }
    const Session::ServiceConfig services {profile, info.value(u"ghl_token"_s).toString().toUtf8(),
                                           info.value(u"ml_api_key"_s).toString().toUtf8(), path};
    Webhooks::WebhookPipeline pipeline(services, *db.value(), clock);
    Sync::SyncRequest request;
    request.profile = profile;
    request.ghlToken = services.ghlToken;
    request.mailerLiteApiKey = services.mailerLiteKey;
    request.databasePath = path;
    QObject engines;
    if (!pipeline
             .start(u"127.0.0.1"_s, port,
                    Webhooks::WebhookProcessor::engineRunner(request, clock, &engines))
             .ok()) {
        return false;
    }
    Webhooks::WebhookProcessor &processor = *pipeline.processor();

    QElapsedTimer clockMs;
    clockMs.start();
    qint64 changedAt = 0;
    bool waiting = false;
    QList<double> delays;
    int failedRuns = 0;
    qint64 ghlRequests = 0;
    qint64 mlRequests = 0;
    QObject::connect(
        &processor, &Webhooks::WebhookProcessor::runFinished, &processor,
        [&](const Sync::RunSummary &summary, int) {
            ghlRequests += summary.requestsGhl;
            mlRequests += summary.requestsMailerLite;
            const bool wrote = summary.counts.created + summary.counts.updated > 0;
            if (summary.outcome != Sync::RunSummary::Outcome::Succeeded) {
                ++failedRuns;
            }
            if (waiting && (wrote || summary.outcome != Sync::RunSummary::Outcome::Succeeded)) {
                delays.append(double(clockMs.elapsed() - changedAt));
                waiting = false;
                QCoreApplication::exit(0);
            }
        });
    const qint64 writesBefore = servers.mlWrites();
    QStringList ids;
    for (int i = 0; i < changes; ++i) {
        const bool create = i < (changes + 1) / 2;
        changedAt = clockMs.elapsed();
        waiting = true;
        if (create) {
            const QJsonObject created
                = servers.ghl("POST", u"/contacts/"_s,
                              {{u"locationId"_s, profile.locationId},
                               {u"email"_s, u"webhook.bench%1@example.com"_s.arg(i)},
                               {u"firstName"_s, u"Bench"_s},
                               {u"lastName"_s, u"Contact %1"_s.arg(i)}});
            ids.append(created.value(u"contact"_s).toObject().value(u"id"_s).toString());
        } else {
            const QString id = ids.value(i - (changes + 1) / 2);
            servers.ghl("PUT", u"/contacts/"_s + id, {{u"firstName"_s, u"Changed %1"_s.arg(i)}});
        }
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, [] { QCoreApplication::exit(1); });
        deadline.start(DeadlineMs);
        if (waiting && QCoreApplication::exec() != 0) {
            std::fprintf(stderr, "bench_webhook: change %d was not synced in time\n", i);
            return false;
        }
    }
    const double median = percentile(delays, 0.5);
    std::fprintf(stderr, "bench_webhook: %d changes, median %.0f ms, p95 %.0f ms\n", changes,
                 median, percentile(delays, 0.95));
    result->insert(u"changes"_s, figure(changes, u"contacts"_s));
    result->insert(u"webhook_delay_median_ms"_s, figure(median, u"ms"_s, MedianTargetMs));
    result->insert(u"webhook_delay_p95_ms"_s, figure(percentile(delays, 0.95), u"ms"_s));
    result->insert(u"webhook_delay_max_ms"_s, figure(percentile(delays, 1.0), u"ms"_s));
    result->insert(u"debounce_ms"_s, figure(500, u"ms"_s));
    result->insert(u"ml_writes"_s, figure(double(servers.mlWrites() - writesBefore), u"writes"_s));
    result->insert(u"ghl_requests_per_change"_s,
                   figure(oneDecimal(double(ghlRequests) / changes), u"requests"_s));
    result->insert(u"ml_requests_per_change"_s,
                   figure(oneDecimal(double(mlRequests) / changes), u"requests"_s));
    result->insert(u"failed_runs"_s, figure(failedRuns, u"count"_s, 0));
    return failedRuns == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s);
    QJsonObject result;
    const bool ok = benchWebhook(quick ? QuickChanges : Changes, &result);
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return ok ? 0 : 1;
}
