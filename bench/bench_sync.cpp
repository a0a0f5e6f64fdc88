// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the sync engine against the sandbox at MailerLite's real limits in fast mode (60 per
// 600 ms and endpoint; GHL 100 per 100 ms), both fakes served from their own thread over
// loopback HTTP (issue 8):
// - B2: an initial sync of 10,000 contacts with the default field mapping and one tag -> group
//   rule, through SyncEngine: MailerLite requests, wall time against the lower bound the limits
//   imply for the cheapest request path, 429s after the first window; then, in the same run and
//   against a fresh sandbox, a per-record baseline doing what other connectors do (one
//   POST /subscribers per contact, then one POST /groups/:id/subscribers per group member,
//   paced by HttpClient, which also honours 429s): its requests and wall time;
// - B3: a no-op re-sync of the same contacts: GHL requests and MailerLite writes.
// Prints one JSON object (bench/README.md, where the lower bound is explained); --quick syncs
// 1,500 contacts.
#include "fakemailerlite.h"
#include "http/httpclient.h"
#include "mailerlite/mailerliteclient.h"
#include "mapping/mapping.h"
#include "sandboxhost.h"
#include "sync/executor.h"
#include "sync/syncengine.h"

#include "benchreport.h"
#include "sandboxthread.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace BenchReport;
using Sync::PlanItem;

namespace {

constexpr int SyncContacts = 10000;
constexpr int QuickSyncContacts = 1500;
constexpr quint32 Seed = 8;
constexpr double RequestRatioTarget = 50;
constexpr double WallRatioTarget = 1.2;
constexpr double NoOpGhlTarget = 25;
constexpr int MlLimit = Sandbox::FakeMailerLite::RateLimitPerWindow;
constexpr int BatchSize = Api::MailerLiteClient::MaxBatchSize;
// A run still going after this many times its lower bound (plus a minute) has hung.
constexpr int DeadlineFactor = 4;
const auto MlWindow = Sandbox::scaledWindow(60s, Sandbox::RateLimitMode::Fast);

void fail(const char *what)
{
    std::fprintf(stderr, "bench_sync: %s\n", what);
}

QString groupName()
{
    return u"GHL newsletter"_s;
}

// The default field mapping plus one group rule; "newsletter" matches its case twin too, so
// about a quarter of the contacts join the group and the rest are plain creates.
QJsonObject benchMapping()
{
    Mapping::Mapping mapping = Mapping::defaultMapping();
    Mapping::GroupRule rule;
    rule.tag = u"newsletter"_s;
    rule.groupName = groupName();
    rule.createGroupIfMissing = true;
    mapping.groupRules.append(rule);
    return mapping.toJson();
}

// The sandbox with the figures this benchmark reads from it.
class ServerThread final
{
public:
    explicit ServerThread(int contacts)
        : m_sandbox(options(contacts))
    { }

    [[nodiscard]] const QJsonObject &info() const { return m_sandbox.info(); }
    [[nodiscard]] QJsonObject mlStats()
    {
        QJsonObject stats;
        m_sandbox.run(
            [&stats](Sandbox::SandboxHost *host) { stats = host->mailerLite()->stats(); });
        return stats;
    }
    [[nodiscard]] qint64 ml429() { return mlStats().value(u"rate_limited"_s).toInteger(); }
    // Takes the 429 count one MailerLite window from now, in the servers' thread: what came
    // after it is the steady state.
    void snapshot429AfterFirstWindow()
    {
        m_firstWindow429 = -1;
        m_sandbox.later(MlWindow, [this](Sandbox::SandboxHost *host) {
            m_firstWindow429 = host->mailerLite()->stats().value(u"rate_limited"_s).toInteger();
        });
    }
    // 429s since the first window; all of them when the snapshot was never taken.
    [[nodiscard]] qint64 steady429()
    {
        const qint64 total = ml429();
        const qint64 first = m_firstWindow429.load();
        return first < 0 ? total : total - first;
    }
    [[nodiscard]] qsizetype groupMembers(const QString &name)
    {
        qsizetype members = -1;
        m_sandbox.run([&name, &members](Sandbox::SandboxHost *host) {
            const Sandbox::MlSubscriberStore &store = host->mailerLite()->store();
            for (const Sandbox::MlGroup *group : store.groups(0, 1000)) {
                if (group->name == name) {
                    members = store.memberCount(*group);
                }
            }
        });
        return members;
    }

private:
    static Sandbox::SandboxHost::Options options(int contacts)
    {
        Sandbox::SandboxHost::Options options;
        options.contacts = contacts;
        options.seed = Seed;
        options.rateLimitMode = Sandbox::RateLimitMode::Fast;
        return options;
    }

    SandboxThread m_sandbox;
    std::atomic<qint64> m_firstWindow429 {-1};
};

// Requests per endpoint the cheapest path needs for a plan, as the executor sends them:
// sub-requests of /batch by their own endpoint, and HTTP requests (imports, the batches).
struct Load
{
    QHash<QString, qint64> subRequests;
    QHash<QString, qint64> requests;
    qint64 groupJoins = 0;
};

Load loadOf(const Sync::Plan &plan)
{
    Load load;
    QHash<QString, qint64> perGroup;
    for (const PlanItem &item : plan.items) {
        if (!item.willApply()) {
            continue;
        }
        const bool joins = !item.groupsAdd.isEmpty() || !item.groupNamesAdd.isEmpty();
        switch (item.action) {
        case PlanItem::Action::Create:
        case PlanItem::Action::Update:
        case PlanItem::Action::SkipUnchanged:
            for (qint64 id : item.groupsAdd) {
                perGroup[QString::number(id)] += 1;
            }
            for (const QString &name : item.groupNamesAdd) {
                perGroup[name.toLower()] += 1;
            }
            load.groupJoins += item.groupsAdd.size() + item.groupNamesAdd.size();
            if (!joins || item.resubscribe) {
                load.subRequests[u"POST /subscribers"_s] += 1;
            }
            break;
        case PlanItem::Action::Unsubscribe:
            load.subRequests[u"PUT /subscribers/{id}"_s] += 1;
            break;
        default:
            break;
        }
        load.subRequests[u"DELETE /groups/{id}/subscribers/{subscriber}"_s]
            += item.groupsRemove.size();
    }
    qint64 subTotal = 0;
    for (qint64 n : std::as_const(load.subRequests)) {
        subTotal += n;
    }
    for (qint64 n : std::as_const(perGroup)) {
        load.requests[u"POST /groups/{id}/subscribers/import"_s]
            += (n + Sync::Executor::ImportChunk - 1) / Sync::Executor::ImportChunk;
    }
    load.requests[u"POST /batch"_s] = (subTotal + BatchSize - 1) / BatchSize;
    return load;
}

// The shortest time the limits allow for a load: every endpoint runs in parallel, each takes
// ceil(n / per window) windows and the last window is only just opened when the run ends.
// `perSubWindow`: sub-requests an endpoint takes per window (50 on the cheapest path: one full
// batch, since a second one would not fit in 60; 60 on any path).
double lowerBoundMs(const Load &load, int perSubWindow)
{
    qint64 windows = 1;
    for (qint64 n : load.subRequests) {
        windows = std::max(windows, (n + perSubWindow - 1) / perSubWindow);
    }
    for (qint64 n : load.requests) {
        windows = std::max(windows, (n + MlLimit - 1) / MlLimit);
    }
    return double((windows - 1) * MlWindow.count());
}

Sync::SyncRequest requestFor(const QJsonObject &info, const QString &databasePath)
{
    Sync::SyncRequest request;
    request.profile.name = u"bench"_s;
    request.profile.ghlBaseUrl = QUrl(info.value(u"ghl_url"_s).toString());
    request.profile.locationId = info.value(u"location_id"_s).toString();
    request.profile.mailerLiteBaseUrl = QUrl(info.value(u"ml_url"_s).toString());
    request.profile.mapping = benchMapping();
    request.ghlToken = info.value(u"ghl_token"_s).toString().toUtf8();
    request.mailerLiteApiKey = info.value(u"ml_api_key"_s).toString().toUtf8();
    request.databasePath = databasePath;
    return request;
}

// One engine run in the main thread's event loop; nothing when it never finished.
std::optional<Sync::RunSummary> runEngine(const Sync::SyncRequest &request, int deadlineMs,
                                          Sync::Plan *plan)
{
    SystemClock clock;
    Sync::SyncEngine engine(clock);
    std::optional<Sync::RunSummary> summary;
    QObject::connect(&engine, &Sync::SyncEngine::planned, &engine,
                     [plan](const Sync::Plan &p) { *plan = p; });
    QObject::connect(&engine, &Sync::SyncEngine::finished, &engine,
                     [&summary](const Sync::RunSummary &s) {
                         summary = s;
                         QCoreApplication::exit(0);
                     });
    QTimer::singleShot(deadlineMs, &engine, [] { QCoreApplication::exit(1); });
    engine.start(request);
    if (!summary) {
        QCoreApplication::exec();
    }
    return summary;
}

struct Baseline
{
    qint64 requests = 0;
    double wallMs = 0;
    int failed = 0;
    qint64 rateLimited = 0;
    qint64 rateLimitedSteady = 0;
};

// What other connectors do: per contact one create, then (for a group member) one group add,
// all queued at once so only HttpClient's pacing decides when each goes.
bool runBaseline(const Sync::Plan &plan, int contacts, int deadlineMs, Baseline *out)
{
    ServerThread servers(contacts);
    if (servers.info().isEmpty()) {
        return false;
    }
    const QByteArray key = servers.info().value(u"ml_api_key"_s).toString().toUtf8();
    SystemClock clock;
    QNetworkAccessManager network;
    Api::HttpClient http(
        Api::MailerLiteClient::httpConfig(QUrl(servers.info().value(u"ml_url"_s).toString()),
                                          [key] { return key; }),
        clock, &network);
    Api::MailerLiteClient ml(http);
    int pending = 0;
    bool groupMade = false;
    auto settle = [&pending, out](bool ok) {
        out->failed += ok ? 0 : 1;
        if (--pending == 0) {
            QCoreApplication::exit(0);
        }
    };
    QObject context; // parent of every call: goes first, aborting what is still running
    QElapsedTimer timer;
    timer.start();
    servers.snapshot429AfterFirstWindow();
    (void)ml.createGroup(groupName(), &context, [&](Result<MailerLite::Group> group) {
        if (!group.ok()) {
            QCoreApplication::exit(1);
            return;
        }
        groupMade = true;
        const qint64 groupId = group.value().id;
        for (const PlanItem &item : plan.items) {
            const bool create = item.action == PlanItem::Action::Create
                || item.action == PlanItem::Action::Update;
            if (!item.willApply() || !create || item.email.isEmpty()) {
                continue;
            }
            MailerLite::SubscriberInput input;
            input.email = item.email;
            input.name = item.name;
            input.fields = item.after;
            const bool joins = !item.groupsAdd.isEmpty() || !item.groupNamesAdd.isEmpty();
            pending += joins ? 2 : 1;
            (void)ml.upsertSubscriber(
                input, &context,
                [&ml, &context, &settle, input, joins, groupId](Result<MailerLite::Subscriber> s) {
                    settle(s.ok());
                    if (joins) {
                        (void)ml.addToGroup(
                            groupId, input, &context,
                            [&settle](Result<MailerLite::Subscriber> g) { settle(g.ok()); });
                    }
                });
        }
        if (pending == 0) {
            QCoreApplication::exit(0);
        }
    });
    QTimer::singleShot(deadlineMs, &context, [] { QCoreApplication::exit(1); });
    const int code = QCoreApplication::exec();
    out->wallMs = double(timer.elapsed());
    out->requests = http.requestCount();
    out->rateLimited = servers.ml429();
    out->rateLimitedSteady = servers.steady429();
    return code == 0 && groupMade;
}

bool benchSync(int contacts, QJsonObject *result)
{
    QTemporaryDir dir;
    ServerThread servers(contacts);
    if (servers.info().isEmpty() || !dir.isValid()) {
        fail("the sandbox did not start");
        return false;
    }
    const Sync::SyncRequest request = requestFor(servers.info(), dir.filePath(u"state.sqlite"_s));
    // Generous: a hang, not a slow run, should end the benchmark.
    const int deadlineMs = int(DeadlineFactor * contacts * MlWindow.count() / 50) + 60'000;

    Sync::Plan plan;
    QElapsedTimer timer;
    timer.start();
    servers.snapshot429AfterFirstWindow();
    const auto first = runEngine(request, deadlineMs, &plan);
    const double wallMs = double(timer.elapsed());
    if (!first || first->outcome != Sync::RunSummary::Outcome::Succeeded) {
        fail("the initial sync did not succeed");
        return false;
    }
    const qint64 ml429 = servers.ml429();
    const qint64 ml429Steady = servers.steady429();
    const Load load = loadOf(plan);
    const qsizetype members = servers.groupMembers(groupName());
    if (load.groupJoins == 0 || members != load.groupJoins) {
        fail("the group was not written as planned");
        return false;
    }
    const qint64 writesAfterFirst = servers.mlStats().value(u"writes"_s).toInteger();
    Sync::Plan noOpPlan;
    const auto second = runEngine(request, deadlineMs, &noOpPlan);
    if (!second || second->outcome != Sync::RunSummary::Outcome::Succeeded) {
        fail("the no-op sync did not succeed");
        return false;
    }
    const qint64 noOpWrites = servers.mlStats().value(u"writes"_s).toInteger() - writesAfterFirst;

    Baseline baseline;
    if (!runBaseline(plan, contacts, deadlineMs * 2, &baseline)) {
        fail("the per-record baseline did not finish");
        return false;
    }
    const double bound = lowerBoundMs(load, BatchSize * (MlLimit / BatchSize));
    const double boundAnyPath = lowerBoundMs(load, MlLimit);
    const double ours = double(first->requestsMailerLite);
    std::fprintf(stderr,
                 "bench_sync: %d contacts, %d writes (%lld group joins): %.0f MailerLite "
                 "requests in %.0f ms (bound %.0f ms); baseline %lld requests in %.0f ms\n",
                 contacts, plan.writeCount(), static_cast<long long>(load.groupJoins), ours, wallMs,
                 bound, static_cast<long long>(baseline.requests), baseline.wallMs);

    result->insert(u"contacts"_s, figure(contacts, u"contacts"_s));
    result->insert(u"writes"_s, figure(plan.writeCount(), u"subscribers"_s));
    result->insert(u"group_members"_s, figure(double(members), u"subscribers"_s));
    result->insert(u"ml_requests"_s, figure(ours, u"requests"_s));
    result->insert(u"ml_requests_baseline"_s, figure(double(baseline.requests), u"requests"_s));
    result->insert(u"ml_request_ratio"_s,
                   figureAtLeast(oneDecimal(double(baseline.requests) / std::max(1.0, ours)),
                                 u"ratio"_s, RequestRatioTarget));
    result->insert(u"wall_ms"_s, figure(wallMs, u"ms"_s));
    result->insert(u"lower_bound_ms"_s, figure(bound, u"ms"_s));
    result->insert(
        u"wall_ratio"_s,
        figure(qRound(wallMs / std::max(1.0, bound) * 1000) / 1000.0, u"ratio"_s, WallRatioTarget));
    result->insert(u"lower_bound_any_path_ms"_s, figure(boundAnyPath, u"ms"_s));
    result->insert(u"wall_ms_baseline"_s, figure(baseline.wallMs, u"ms"_s));
    result->insert(u"ml_429_steady"_s, figure(double(ml429Steady), u"count"_s, 0));
    result->insert(u"ml_429_total"_s, figure(double(ml429), u"count"_s));
    result->insert(u"ml_429_baseline"_s, figure(double(baseline.rateLimited), u"count"_s));
    result->insert(u"baseline_failed"_s, figure(baseline.failed, u"count"_s, 0));
    result->insert(u"ghl_requests"_s, figure(double(first->requestsGhl), u"requests"_s));
    result->insert(u"noop_ghl_requests"_s,
                   figure(double(second->requestsGhl), u"requests"_s, NoOpGhlTarget));
    result->insert(u"noop_ml_writes"_s, figure(double(noOpWrites), u"writes"_s, 0));
    result->insert(u"noop_ml_requests"_s,
                   figure(double(second->requestsMailerLite), u"requests"_s));
    result->insert(u"noop_wall_ms"_s, figure(double(second->durationMs), u"ms"_s));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s);
    QJsonObject result;
    const bool synced = benchSync(quick ? QuickSyncContacts : SyncContacts, &result);
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return synced ? 0 : 1;
}
