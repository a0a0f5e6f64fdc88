// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives each fake service at its real limit (RateLimitMode::Fast: GHL 100 per 100 ms, MailerLite
// 60 per 600 ms and endpoint; sandbox in its own thread) through the production clients, every
// read queued at once so only HttpClient's pacing decides when a request goes out: ghl (2,000
// getContact), mailerlite (600 getSubscriber) and mailerlite_two_endpoints (600 getSubscriber
// plus 600 subscriberGroups; per-endpoint budgets, so twice the rate). n requests under a window
// limit need n / limit windows, the last only just begun when they finish, so the achieved rate
// is n / (elapsed + window): limit / window for perfect pacing (n is a multiple of the limit).
// 429s: the servers' count, in all and after the first window (a snapshot taken in the sandbox
// thread), and those the client saw. A scenario still running after 3x its ideal time is
// cancelled. Prints one JSON object (bench/README.md); --quick: 500, 240 and 2 x 240 reads.
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "ghl/ghlclient.h"
#include "ghlratelimiter.h"
#include "mailerlite/mailerliteclient.h"
#include "sandboxhost.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <functional>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int Records = 1000; // GHL contacts and MailerLite subscribers
constexpr double TargetRatio = 0.9;
constexpr int DeadlineFactor = 3;
// The services' published windows; the counts are the fakes' own constants.
constexpr std::chrono::milliseconds GhlPublishedWindow = 10s;
constexpr std::chrono::milliseconds MlPublishedWindow = 60s;

struct Limit
{
    int count = 0; // requests per window, over every budget the scenario uses
    std::chrono::milliseconds window {0};
    [[nodiscard]] double perSecond() const { return count * 1000.0 / double(window.count()); }
};

// Called once per read: nullptr for a success, else the error.
using Done = std::function<void(const Error *error)>;

struct Scenario
{
    QString name;
    Limit limit;
    int reads = 0;
    std::function<void(int index, QObject *context, Done done)> issue;
    Api::HttpClient *http = nullptr; // paces the scenario's reads
};

struct Measurement
{
    int succeeded = 0;
    int failed = 0; // finished with an error other than the deadline's cancellation
    QString firstError;
    bool timedOut = false;
    double seconds = 0; // first read queued -> last read finished (or the deadline)
    int client429 = 0;
    int client429Steady = 0;
    qint64 server429 = 0;
    qint64 server429Steady = 0;
};

template<typename T>
Api::Callback<T> report(Done done)
{
    return [done = std::move(done)](Result<T> result) {
        done(result.ok() ? nullptr : &result.error());
    };
}

// The sandbox in a thread of its own, so serving does not queue behind the client's work and
// the client's pacing timers stay punctual.
class SandboxThread final
{
public:
    SandboxThread()
    {
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }

    ~SandboxThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    // Starts both fakes with fast rate limits; returns an error text, empty on success.
    QString start()
    {
        QString error;
        run([&] {
            Sandbox::SandboxHost::Options options;
            options.contacts = Records;
            options.mlSubscribers = Records;
            options.rateLimitMode = Sandbox::RateLimitMode::Fast;
            m_host = new Sandbox::SandboxHost(options, m_context);
            if (const Status started = m_host->start(); !started) {
                error = started.error().toLogString();
                return;
            }
            info = m_host->connectionInfo();
            for (const auto &key : m_host->ghl()->contacts().byAdded()) {
                contactIds.append(key.second);
            }
            const auto subscribers = m_host->mailerLite()->store().subscribers({}, 0, Records);
            for (const Sandbox::MlSubscriber *subscriber : subscribers) {
                subscriberIds.append(QString::number(subscriber->id));
            }
        });
        if (error.isEmpty() && (contactIds.isEmpty() || subscriberIds.isEmpty())) {
            error = u"the sandbox has no data"_s;
        }
        return error;
    }

    // Zeroes both services' statistics and arms the snapshot taken when the first window ends.
    void beginScenario(std::chrono::milliseconds firstWindow)
    {
        m_atFirstWindow = -1;
        run([&] {
            m_host->ghl()->resetStats();
            m_host->mailerLite()->resetStats();
            QTimer::singleShot(firstWindow, Qt::PreciseTimer, m_context,
                               [this] { m_atFirstWindow = rateLimitedNow(); });
        });
    }

    // The services' 429 answers since beginScenario(): {in all, after the first window}.
    std::pair<qint64, qint64> rateLimited()
    {
        qint64 total = 0;
        run([&] { total = rateLimitedNow(); });
        const qint64 early = m_atFirstWindow < 0 ? total : m_atFirstWindow.load();
        return {total, total - early};
    }

    QJsonObject info;
    QStringList contactIds;
    QStringList subscriberIds;

private:
    void run(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
    }

    // Sandbox thread only.
    qint64 rateLimitedNow() const
    {
        const auto count = [](const QJsonObject &stats) {
            return stats.value(u"rate_limited"_s).toInteger();
        };
        return count(m_host->ghl()->stats()) + count(m_host->mailerLite()->stats());
    }

    QThread m_thread;
    QObject *m_context = new QObject; // lives in m_thread; owns m_host
    Sandbox::SandboxHost *m_host = nullptr;
    std::atomic<qint64> m_atFirstWindow {-1};
};

// Runs the scenarios one after another, pausing two windows between them so the servers'
// windows have closed, then quits the application.
class Runner final
{
public:
    Runner(SandboxThread &sandbox, QNetworkAccessManager &network, std::vector<Scenario> scenarios)
        : m_sandbox(sandbox)
        , m_scenarios(std::move(scenarios))
    {
        m_deadline.setSingleShot(true);
        QObject::connect(&m_deadline, &QTimer::timeout, &m_context, [this] { expire(); });
        QObject::connect(&network, &QNetworkAccessManager::finished, &m_context,
                         [this](QNetworkReply *reply) { countReply(reply); });
    }

    [[nodiscard]] const std::vector<Measurement> &results() const { return m_results; }

    // Starts the next scenario, or quits the application when all have run.
    void next()
    {
        if (m_results.size() == m_scenarios.size()) {
            QCoreApplication::exit(0);
            return;
        }
        const Scenario &scenario = current();
        m_now = {};
        m_pending = scenario.reads;
        const int windows = (scenario.reads + scenario.limit.count - 1) / scenario.limit.count;
        m_deadline.start(scenario.limit.window * windows * DeadlineFactor + 2s);
        m_sandbox.beginScenario(scenario.limit.window);
        m_timer.start();
        for (int i = 0; i < scenario.reads; ++i) {
            scenario.issue(i, &m_context, [this](const Error *error) { readFinished(error); });
        }
    }

private:
    void countReply(QNetworkReply *reply)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 429 && m_results.size() < m_scenarios.size()) {
            ++m_now.client429;
            const bool steady
                = std::chrono::nanoseconds(m_timer.nsecsElapsed()) > current().limit.window;
            m_now.client429Steady += steady ? 1 : 0;
        }
    }

    void readFinished(const Error *error)
    {
        if (!error) {
            ++m_now.succeeded;
        } else if (error->kind != Error::Kind::Cancelled && m_now.failed++ == 0) {
            m_now.firstError = error->toLogString();
        }
        if (--m_pending == 0) {
            finish();
        }
    }

    void expire()
    {
        m_now.timedOut = true;
        m_now.seconds = double(m_timer.nsecsElapsed()) / 1e9;
        current().http->cancelAll(); // each read still queued finishes with Cancelled
    }

    void finish()
    {
        if (!m_now.timedOut) {
            m_now.seconds = double(m_timer.nsecsElapsed()) / 1e9;
        }
        m_deadline.stop();
        std::tie(m_now.server429, m_now.server429Steady) = m_sandbox.rateLimited();
        const auto pause = current().limit.window * 2;
        m_results.push_back(m_now);
        QTimer::singleShot(pause, &m_context, [this] { next(); });
    }

    [[nodiscard]] const Scenario &current() const { return m_scenarios.at(m_results.size()); }

    SandboxThread &m_sandbox;
    std::vector<Scenario> m_scenarios;
    std::vector<Measurement> m_results;
    QObject m_context; // parent of the reads; receiver of the connections
    QTimer m_deadline;
    QElapsedTimer m_timer;
    Measurement m_now;
    int m_pending = 0;
};

QJsonObject figure(double value, const QString &unit, const QJsonValue &target = QJsonValue::Null,
                   const QJsonValue &met = QJsonValue::Null)
{
    return QJsonObject {
        {u"value"_s, value}, {u"unit"_s, unit}, {u"target"_s, target}, {u"met"_s, met}};
}

double rounded(double value, double scale)
{
    return double(qRound64(value * scale)) / scale;
}

void record(QJsonObject &out, const Scenario &scenario, const Measurement &m)
{
    const QString &p = scenario.name;
    const double windowSeconds = double(scenario.limit.window.count()) / 1000.0;
    const double rate = m.succeeded / (m.seconds + windowSeconds);
    const double ratio = rate / scenario.limit.perSecond();
    out.insert(p + u"_rate_ratio"_s,
               figure(rounded(ratio, 1000), u"ratio"_s, TargetRatio, ratio >= TargetRatio));
    out.insert(p + u"_429_steady"_s,
               figure(double(m.server429Steady), u"count"_s, 0, m.server429Steady == 0));
    out.insert(p + u"_429_total"_s, figure(double(m.server429), u"count"_s));
    out.insert(p + u"_429_client_seen"_s, figure(m.client429, u"count"_s));
    out.insert(p + u"_429_client_steady"_s, figure(m.client429Steady, u"count"_s));
    out.insert(p + u"_requests_per_s"_s, figure(rounded(rate, 10), u"req/s"_s));
    out.insert(p + u"_allowed_per_s"_s,
               figure(rounded(scenario.limit.perSecond(), 10), u"req/s"_s));
    out.insert(p + u"_wall"_s, figure(rounded(m.seconds * 1000, 10), u"ms"_s));
    out.insert(p + u"_completed"_s,
               figure(m.succeeded, u"count"_s, scenario.reads, m.succeeded == scenario.reads));
    if (m.timedOut) {
        std::fprintf(stderr, "bench_pacing: %s: cancelled after %.1f s with %d of %d reads done\n",
                     qUtf8Printable(p), m.seconds, m.succeeded, scenario.reads);
    }
    if (m.failed > 0) {
        std::fprintf(stderr, "bench_pacing: %s: %d reads failed (first: %s)\n", qUtf8Printable(p),
                     m.failed, qUtf8Printable(m.firstError));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s);
    // An info line per request would make the terminal, not the pacing, the bottleneck.
    QLoggingCategory::setFilterRules(u"cb.http.info=false"_s);

    SandboxThread sandbox;
    if (const QString error = sandbox.start(); !error.isEmpty()) {
        std::fprintf(stderr, "bench_pacing: the sandbox did not start: %s\n",
                     qUtf8Printable(error));
        return 1;
    }
    const QJsonObject &info = sandbox.info;

    SystemClock clock;
    QNetworkAccessManager network;
    Api::GhlClient::Config ghlConfig;
    ghlConfig.baseUrl = QUrl(info.value(u"ghl_url"_s).toString());
    ghlConfig.locationId = info.value(u"location_id"_s).toString();
    const QByteArray token = info.value(u"ghl_token"_s).toString().toUtf8();
    ghlConfig.token = [token] {
        return token;
    };
    Api::GhlClient ghl(ghlConfig, clock, &network);

    const QByteArray apiKey = info.value(u"ml_api_key"_s).toString().toUtf8();
    const auto mlConfig = Api::MailerLiteClient::httpConfig(
        QUrl(info.value(u"ml_url"_s).toString()), [apiKey] { return apiKey; });
    Api::HttpClient mlHttp(mlConfig, clock, &network);
    Api::MailerLiteClient ml(mlHttp);
    Api::HttpClient mlPairHttp(mlConfig, clock, &network); // fresh pacing state
    Api::MailerLiteClient mlPair(mlPairHttp);

    const auto mode = Sandbox::RateLimitMode::Fast;
    const Limit ghlLimit {Sandbox::GhlRateLimiter::BurstLimit,
                          Sandbox::scaledWindow(GhlPublishedWindow, mode)};
    const Limit mlLimit {Sandbox::FakeMailerLite::RateLimitPerWindow,
                         Sandbox::scaledWindow(MlPublishedWindow, mode)};
    // Whole windows' worth of reads (multiples of the limits), as the rate formula assumes.
    const int mlReads = quick ? 240 : 600;

    std::vector<Scenario> scenarios;
    scenarios.push_back({u"ghl"_s, ghlLimit, quick ? 500 : 2000,
                         [&](int i, QObject *context, Done done) {
                             ghl.getContact(sandbox.contactIds.at(i % sandbox.contactIds.size()),
                                            context, report<Ghl::Contact>(std::move(done)));
                         },
                         &ghl.http()});
    scenarios.push_back({u"mailerlite"_s, mlLimit, mlReads,
                         [&](int i, QObject *context, Done done) {
                             ml.getSubscriber(
                                 sandbox.subscriberIds.at(i % sandbox.subscriberIds.size()),
                                 context, report<MailerLite::Subscriber>(std::move(done)));
                         },
                         &mlHttp});
    // Alternating the two endpoints keeps both queues full from the start.
    scenarios.push_back(
        {u"mailerlite_two_endpoints"_s, Limit {mlLimit.count * 2, mlLimit.window}, mlReads * 2,
         [&](int i, QObject *context, Done done) {
             const QString &id = sandbox.subscriberIds.at((i / 2) % sandbox.subscriberIds.size());
             if (i % 2 == 0) {
                 mlPair.getSubscriber(id, context, report<MailerLite::Subscriber>(std::move(done)));
             } else {
                 mlPair.subscriberGroups(id, context,
                                         report<QList<MailerLite::Group>>(std::move(done)));
             }
         },
         &mlPairHttp});

    Runner runner(sandbox, network, scenarios);
    runner.next();
    const int code = QCoreApplication::exec();

    QJsonObject result;
    int failed = 0;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        record(result, scenarios.at(i), runner.results().at(i));
        failed += runner.results().at(i).failed;
    }
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return code != 0 || failed > 0 ? 1 : 0;
}
