// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the sync engine's planning (issue 8, B1): map and diff 100,000 GHL contacts already
// parsed in memory (Mapping::Mapper with the default mapping, then Sync::Planner with no links,
// as a first sync plans them), its time and the whole process's peak RSS.
// The contacts are generated in slices and each slice is parsed into Ghl::Contact before the
// next one is generated, so the generator's JSON never exists for all of them at once and the
// peak (VmHWM, never reset) is what holding, mapping and diffing the contacts costs.
// Prints one JSON object (bench/README.md); --quick plans 20,000 contacts with the same targets;
// --plan-out FILE saves the last run's plan (its JSON then adds to the peak RSS).
#include "datagenerator.h"
#include "ghl/contact.h"
#include "ghl/customfielddef.h"
#include "mailerlite/field.h"
#include "mapping/mapper.h"
#include "mapping/mapping.h"
#include "mapping/preflightvalidator.h"
#include "sync/planner.h"

#include "benchreport.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <vector>

using namespace Qt::StringLiterals;

using namespace BenchReport;

namespace {

constexpr int FullContacts = 100000;
constexpr int QuickContacts = 20000;
constexpr int SliceContacts = 5000;
constexpr quint32 Seed = 8;
constexpr int Runs = 3; // the median run is reported: the machine is shared
constexpr double PlanTargetMs = 500;
constexpr double RssTargetMb = 300;

void fail(const char *what)
{
    std::fprintf(stderr, "bench_plan: %s\n", what);
}

struct Fixture
{
    QList<Ghl::Contact> contacts;
    QList<Ghl::CustomFieldDef> customFields;
    QList<MailerLite::Field> mlFields;
};

// Slice k uses seed Seed * 1000 + k: its own contacts, custom field definitions and MailerLite
// fields. Only the first slice's definitions are kept (the default mapping maps no custom
// field). Emails repeat across slices only where the generator's names and serials happen to
// coincide; the planner reports those as duplicates, as it would in a real account.
bool generate(int total, Fixture *out)
{
    out->contacts.reserve(total);
    for (int first = 0, slice = 0; first < total; first += SliceContacts, ++slice) {
        Sandbox::DataGenerator::Options options;
        options.contacts = std::min(SliceContacts, total - first);
        options.seed = Seed * 1000 + static_cast<quint32>(slice);
        const Sandbox::Dataset data = Sandbox::DataGenerator::generate(options);
        for (const QJsonValue &v : data.ghlContacts) {
            auto contact = Ghl::Contact::fromJson(v.toObject());
            if (contact.ok()) {
                out->contacts.append(std::move(contact).value());
            }
        }
        if (slice > 0) {
            continue;
        }
        for (const QJsonValue &v : data.ghlCustomFields) {
            if (auto def = Ghl::CustomFieldDef::fromJson(v.toObject()); def.ok()) {
                out->customFields.append(def.value());
            }
        }
        for (const QJsonValue &v : data.mlFields) {
            if (auto field = MailerLite::Field::fromJson(v.toObject()); field.ok()) {
                out->mlFields.append(field.value());
            }
        }
    }
    // Hand the last slice's freed pages back, so the RSS below is the parsed contacts.
    malloc_trim(0);
    return out->contacts.size() >= total * 9 / 10;
}

// CPU time of the process, all threads (mapping runs on the thread pool): on a shared machine
// the wall clock also counts other processes.
double processCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct RunFigures
{
    double mapMs = 0;
    double totalMs = 0;
    double cpuMs = 0;
    qsizetype items = 0;
    int writes = 0;
    int duplicates = 0;
};

// One map + diff over all contacts, as the sync engine does it for a first sync: like the
// engine, it hands the contacts over to be released as they are mapped, so each run needs
// freshly parsed ones. With `planOut`, the plan's JSON is written there (after the clock
// stopped).
RunFigures planOnce(Fixture &fixture, const QString &planOut)
{
    RunFigures figures;
    const double cpuStart = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    Mapping::Mapper mapper(Mapping::defaultMapping(), fixture.customFields);
    const Mapping::PreflightValidator validator(fixture.mlFields);
    Sync::Planner::Input input;
    input.profile = u"bench"_s;
    input.now = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
    input.validator = &validator;
    input.desired = mapper.mapAll(std::move(fixture.contacts));
    figures.mapMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const Sync::Plan plan = Sync::Planner::plan(input);
    figures.totalMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    figures.cpuMs = processCpuMs() - cpuStart;
    figures.items = plan.items.size();
    figures.writes = plan.writeCount();
    figures.duplicates = plan.count(Sync::PlanItem::Action::Duplicate);
    if (!planOut.isEmpty()) {
        QFile file(planOut);
        if (!file.open(QIODevice::WriteOnly) || file.write(plan.toJson()) < 0) {
            fail("the plan could not be written");
        }
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s);
    const int total = quick ? QuickContacts : FullContacts;
    // --plan-out FILE: the plan of the last run, to check that optimisations leave it alone.
    const qsizetype planOutAt = app.arguments().indexOf(u"--plan-out"_s);
    const QString planOut = planOutAt > 0 ? app.arguments().value(planOutAt + 1) : QString();

    const double startRss = statusMb("VmRSS");
    Fixture fixture;
    QElapsedTimer setup;
    setup.start();
    if (!generate(total, &fixture)) {
        fail("the generated contacts did not parse");
        return 1;
    }
    const double setupMs = static_cast<double>(setup.elapsed());
    const double contactsRss = statusMb("VmRSS");
    // What malloc hands out, against the RSS: the difference is the heap's fragmentation plus
    // the libraries. Blocks malloc maps on their own (the contact list's array) count too.
    const struct mallinfo2 heapInfo = mallinfo2();
    const double contactsHeap
        = static_cast<double>(heapInfo.uordblks + heapInfo.hblkhd) / (1024.0 * 1024.0);
    const double setupPeak = peakRssMb();

    const qsizetype contactCount = fixture.contacts.size();
    std::vector<RunFigures> runs;
    for (int i = 0; i < Runs; ++i) {
        if (i > 0 && !generate(total, &fixture)) { // the same seeds: the same contacts
            fail("the generated contacts did not parse");
            return 1;
        }
        runs.push_back(planOnce(fixture, i == Runs - 1 ? planOut : QString()));
        fixture = Fixture();
        malloc_trim(0);
    }
    const double peak = peakRssMb();
    std::sort(runs.begin(), runs.end(),
              [](const RunFigures &a, const RunFigures &b) { return a.totalMs < b.totalMs; });
    const RunFigures &median = runs.at(runs.size() / 2);
    if (median.items < contactCount) {
        fail("the plan lost contacts");
        return 1;
    }
    std::fprintf(
        stderr,
        "bench_plan: %lld contacts (parsed in %.0f ms, RSS %.1f MB): map %.1f ms, "
        "diff %.1f ms (median of %d; fastest %.1f ms; CPU %.1f ms), %d writes, peak RSS %.1f MB\n",
        static_cast<long long>(contactCount), setupMs, contactsRss, median.mapMs,
        median.totalMs - median.mapMs, Runs, runs.front().totalMs, median.cpuMs, median.writes,
        peak);

    QJsonObject result;
    result.insert(u"contacts"_s, figure(double(contactCount), u"contacts"_s));
    result.insert(u"plan_map_diff_ms"_s, figure(oneDecimal(median.totalMs), u"ms"_s, PlanTargetMs));
    result.insert(u"plan_map_ms"_s, figure(oneDecimal(median.mapMs), u"ms"_s));
    result.insert(u"plan_diff_ms"_s, figure(oneDecimal(median.totalMs - median.mapMs), u"ms"_s));
    result.insert(u"plan_map_diff_cpu_ms"_s, figure(oneDecimal(median.cpuMs), u"ms"_s));
    result.insert(u"plan_map_diff_fastest_ms"_s, figure(oneDecimal(runs.front().totalMs), u"ms"_s));
    result.insert(u"plan_peak_rss_mb"_s, figure(oneDecimal(peak), u"MB"_s, RssTargetMb));
    result.insert(u"start_rss_mb"_s, figure(oneDecimal(startRss), u"MB"_s));
    result.insert(u"contacts_rss_mb"_s, figure(oneDecimal(contactsRss), u"MB"_s));
    result.insert(u"contacts_heap_mb"_s, figure(oneDecimal(contactsHeap), u"MB"_s));
    result.insert(u"setup_peak_rss_mb"_s, figure(oneDecimal(setupPeak), u"MB"_s));
    result.insert(u"writes"_s, figure(median.writes, u"items"_s));
    result.insert(u"duplicates"_s, figure(median.duplicates, u"items"_s));
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
