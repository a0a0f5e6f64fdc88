// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the sync engine (issue 8, B1 and B3; the request count of B2):
// - plan: map and diff 100,000 generated contacts already in memory (Mapping::Mapper, then
//   Sync::Planner with no links), its time and the process's peak RSS while doing it;
// - an initial sync of 10,000 contacts through SyncEngine against both fakes (rate limits off,
//   served from their own thread over loopback HTTP): MailerLite requests per 1,000 contacts,
//   GHL requests, wall time; then a no-op re-sync: GHL requests and MailerLite writes.
// Prints one JSON object (bench/README.md); --quick syncs 2,000 contacts instead.
#include "datagenerator.h"
#include "fakemailerlite.h"
#include "ghl/contact.h"
#include "ghl/customfielddef.h"
#include "mailerlite/field.h"
#include "mapping/mapper.h"
#include "mapping/mapping.h"
#include "mapping/preflightvalidator.h"
#include "sandboxhost.h"
#include "sync/planner.h"
#include "sync/syncengine.h"

#include "benchreport.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <malloc.h>
#include <optional>

using namespace Qt::StringLiterals;

using namespace BenchReport;

namespace {

constexpr int PlanContacts = 100000;
constexpr int SyncContacts = 10000;
constexpr int QuickSyncContacts = 2000;
constexpr quint32 Seed = 8;
constexpr double PlanTargetMs = 500;
constexpr double RssTargetMb = 300;
constexpr double NoOpGhlTarget = 25;

void fail(const char *what)
{
    std::fprintf(stderr, "bench_sync: %s\n", what);
}

// B1: contacts already parsed in memory; times map + diff and the peak RSS meanwhile.
bool benchPlan(QJsonObject *result)
{
    QList<Ghl::Contact> contacts;
    QList<Ghl::CustomFieldDef> customFields;
    QList<MailerLite::Field> mlFields;
    {
        Sandbox::DataGenerator::Options options;
        options.contacts = PlanContacts;
        options.seed = Seed;
        const Sandbox::Dataset data = Sandbox::DataGenerator::generate(options);
        contacts.reserve(data.ghlContacts.size());
        for (const QJsonValue &v : data.ghlContacts) {
            auto contact = Ghl::Contact::fromJson(v.toObject());
            if (contact.ok()) {
                contacts.append(std::move(contact).value());
            }
        }
        for (const QJsonValue &v : data.ghlCustomFields) {
            if (auto def = Ghl::CustomFieldDef::fromJson(v.toObject()); def.ok()) {
                customFields.append(def.value());
            }
        }
        for (const QJsonValue &v : data.mlFields) {
            if (auto field = MailerLite::Field::fromJson(v.toObject()); field.ok()) {
                mlFields.append(field.value());
            }
        }
    }
    if (contacts.size() < PlanContacts * 9 / 10) {
        fail("the generated contacts did not parse");
        return false;
    }
    const double setupPeak = peakRssMb();
    // The generator's JSON is gone; hand its pages back (glibc keeps freed memory otherwise),
    // so the peak below is the parsed contacts plus what mapping and diffing add.
    malloc_trim(0);
    const bool reset = resetPeakRss();

    QElapsedTimer timer;
    timer.start();
    Mapping::Mapper mapper(Mapping::defaultMapping(), customFields);
    const Mapping::PreflightValidator validator(mlFields);
    Sync::Planner::Input input;
    input.profile = u"bench"_s;
    input.now = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
    input.validator = &validator;
    input.desired.reserve(contacts.size());
    for (const Ghl::Contact &contact : std::as_const(contacts)) {
        input.desired.append(mapper.map(contact));
    }
    const qint64 mapNs = timer.nsecsElapsed();
    const Sync::Plan plan = Sync::Planner::plan(input);
    const double totalMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const double mapMs = static_cast<double>(mapNs) / 1e6;
    const double peak = peakRssMb();
    if (plan.items.size() < contacts.size()) {
        fail("the plan lost contacts");
        return false;
    }
    std::fprintf(
        stderr, "bench_sync: plan of %lld contacts: map %.1f ms, diff %.1f ms, %d writes\n",
        static_cast<long long>(contacts.size()), mapMs, totalMs - mapMs, plan.writeCount());

    result->insert(u"plan_contacts"_s, figure(double(contacts.size()), u"contacts"_s));
    result->insert(u"plan_map_diff_ms"_s, figure(oneDecimal(totalMs), u"ms"_s, PlanTargetMs));
    result->insert(u"plan_map_ms"_s, figure(oneDecimal(mapMs), u"ms"_s));
    result->insert(u"plan_diff_ms"_s, figure(oneDecimal(totalMs - mapMs), u"ms"_s));
    // With the peak reset after generation, this is the process while it holds the parsed
    // contacts and maps and diffs them; without the reset, generation's JSON counts too.
    result->insert(reset ? u"plan_peak_rss_mb"_s : u"plan_peak_rss_mb_incl_generation"_s,
                   figure(oneDecimal(peak), u"MB"_s, RssTargetMb));
    result->insert(u"generation_peak_rss_mb"_s, figure(oneDecimal(setupPeak), u"MB"_s));
    return true;
}

// The fakes in their own thread, so their work does not queue behind the engine's.
class ServerThread final
{
public:
    explicit ServerThread(int contacts)
    {
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context,
            [this, contacts] {
                Sandbox::SandboxHost::Options options;
                options.contacts = contacts;
                options.seed = Seed;
                options.rateLimitMode = Sandbox::RateLimitMode::Off;
                m_host = new Sandbox::SandboxHost(options, m_context);
                if (m_host->start().ok()) {
                    m_info = m_host->connectionInfo();
                }
            },
            Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(ServerThread)

    [[nodiscard]] const QJsonObject &info() const { return m_info; }
    [[nodiscard]] QJsonObject mlStats()
    {
        QJsonObject stats;
        QMetaObject::invokeMethod(
            m_context, [this, &stats] { stats = m_host->mailerLite()->stats(); },
            Qt::BlockingQueuedConnection);
        return stats;
    }

private:
    QThread m_thread;
    QObject *m_context = new QObject;
    Sandbox::SandboxHost *m_host = nullptr;
    QJsonObject m_info;
};

// One engine run in the main thread's event loop; nothing when it never finished.
std::optional<Sync::RunSummary> runEngine(const Sync::SyncRequest &request)
{
    SystemClock clock;
    Sync::SyncEngine engine(clock);
    std::optional<Sync::RunSummary> summary;
    QObject::connect(&engine, &Sync::SyncEngine::finished, &engine,
                     [&summary](const Sync::RunSummary &s) {
                         summary = s;
                         QCoreApplication::exit(0);
                     });
    engine.start(request);
    if (!summary) {
        QCoreApplication::exec();
    }
    return summary;
}

// B2 (request count, wall time) and B3 (no-op re-sync).
bool benchSync(int contacts, QJsonObject *result)
{
    ServerThread servers(contacts);
    const QJsonObject &info = servers.info();
    QTemporaryDir dir;
    if (info.isEmpty() || !dir.isValid()) {
        fail("the sandbox did not start");
        return false;
    }
    Sync::SyncRequest request;
    request.profile.name = u"bench"_s;
    request.profile.ghlBaseUrl = QUrl(info.value(u"ghl_url"_s).toString());
    request.profile.locationId = info.value(u"location_id"_s).toString();
    request.profile.mailerLiteBaseUrl = QUrl(info.value(u"ml_url"_s).toString());
    request.ghlToken = info.value(u"ghl_token"_s).toString().toUtf8();
    request.mailerLiteApiKey = info.value(u"ml_api_key"_s).toString().toUtf8();
    request.databasePath = dir.filePath(u"state.sqlite"_s);

    QElapsedTimer timer;
    timer.start();
    const auto first = runEngine(request);
    const double wallMs = static_cast<double>(timer.elapsed());
    if (!first || first->outcome != Sync::RunSummary::Outcome::Succeeded) {
        fail("the initial sync did not succeed");
        return false;
    }
    const qint64 writesAfterFirst = servers.mlStats().value(u"writes"_s).toInteger();
    const auto second = runEngine(request);
    if (!second || second->outcome != Sync::RunSummary::Outcome::Succeeded) {
        fail("the no-op sync did not succeed");
        return false;
    }
    const qint64 noOpWrites = servers.mlStats().value(u"writes"_s).toInteger() - writesAfterFirst;
    std::fprintf(stderr,
                 "bench_sync: initial sync of %d contacts: %d created, %lld ms; "
                 "requests GHL %lld, MailerLite %lld\n",
                 contacts, first->counts.created, static_cast<long long>(wallMs),
                 static_cast<long long>(first->requestsGhl),
                 static_cast<long long>(first->requestsMailerLite));

    result->insert(u"sync_contacts"_s, figure(contacts, u"contacts"_s));
    result->insert(u"sync_created"_s, figure(first->counts.created, u"subscribers"_s));
    result->insert(
        u"sync_ml_requests_per_1000"_s,
        figure(oneDecimal(first->requestsMailerLite * 1000.0 / contacts), u"requests"_s));
    result->insert(u"sync_ml_requests"_s, figure(double(first->requestsMailerLite), u"requests"_s));
    result->insert(u"sync_ghl_requests"_s, figure(double(first->requestsGhl), u"requests"_s));
    result->insert(u"sync_wall_ms"_s, figure(wallMs, u"ms"_s));
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
    // The plan runs first, while the process is small: its RSS figure is the engine's own.
    const bool planned = benchPlan(&result);
    const bool synced = benchSync(quick ? QuickSyncContacts : SyncContacts, &result);
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return planned && synced ? 0 : 1;
}
