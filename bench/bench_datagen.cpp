// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures DataGenerator: time to generate a GHL dataset and the process's peak memory.
// Prints one JSON object (bench/README.md); --quick generates 10,000 contacts instead of 100,000.
#include "datagenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

// VmHWM ("high water mark") from /proc/self/status, in MB; -1 where unavailable.
double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            const QByteArray kb = line.mid(6).trimmed().split(' ').value(0);
            return kb.toDouble() / 1024.0;
        }
    }
    return -1;
}

QJsonObject figure(double value, const QString &unit)
{
    return QJsonObject {{u"value"_s, value},
                        {u"unit"_s, unit},
                        {u"target"_s, QJsonValue::Null},
                        {u"met"_s, QJsonValue::Null}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s);

    Sandbox::DataGenerator::Options options;
    options.contacts = quick ? 10000 : 100000;
    options.seed = 1;

    // CPU time as well as wall time: on a shared, busy machine the wall figure mostly measures
    // the other processes.
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    const Sandbox::Dataset dataset = Sandbox::DataGenerator::generate(options);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const double cpuMs = static_cast<double>(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    if (dataset.ghlContacts.size() != options.contacts) {
        std::fprintf(stderr, "bench_datagen: generated %lld contacts, expected %d\n",
                     static_cast<long long>(dataset.ghlContacts.size()), options.contacts);
        return 1;
    }

    const QJsonObject result {
        {u"generate_%1_contacts"_s.arg(options.contacts), figure(qRound(ms * 10) / 10.0, u"ms"_s)},
        {u"generate_%1_contacts_cpu"_s.arg(options.contacts),
         figure(qRound(cpuMs * 10) / 10.0, u"ms"_s)},
        {u"peak_rss"_s, figure(qRound(peakRssMb() * 10) / 10.0, u"MB"_s)},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
