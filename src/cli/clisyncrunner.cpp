// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisyncrunner.h"

#include "cliexitcodes.h"
#include "clioutput.h"
#include "sync/syncengine.h"

using namespace Qt::StringLiterals;

namespace Cli {

CliSyncRunner::CliSyncRunner(Sync::SyncRequest request, bool json, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_json(json)
{ }

CliSyncRunner::~CliSyncRunner() = default;

void CliSyncRunner::start()
{
    m_engine = new Sync::SyncEngine(m_clock, this);
    connect(m_engine, &Sync::SyncEngine::logged, this, [](const Store::LogEntry &entry) {
        CliOutput::err(
            u"[%1] %2"_s.arg(Store::LogEntry::severityName(entry.severity), entry.message));
    });
    connect(m_engine, &Sync::SyncEngine::progressChanged, this, &CliSyncRunner::onProgress);
    connect(m_engine, &Sync::SyncEngine::finished, this, &CliSyncRunner::onFinished);
    m_sinceProgress.start();
    m_engine->start(m_request);
}

void CliSyncRunner::cancel()
{
    if (m_engine) {
        CliOutput::err(tr("Stopping after the current batch; the state is saved. Press Ctrl+C "
                          "again to stop at once."));
        m_engine->requestCancel();
    }
}

void CliSyncRunner::onProgress(int done, int total, const QString &phase)
{
    // A line per tenth of a phase, at most every few seconds in between: enough to see that a
    // long run moves, without flooding a cron mail.
    const int tenth = total > 0 ? int(qint64(done) * 10 / total) : -1;
    if (phase == m_phase && tenth == m_lastTenth && m_sinceProgress.elapsed() < 5000) {
        return;
    }
    m_phase = phase;
    m_lastTenth = tenth;
    m_sinceProgress.restart();
    CliOutput::err(total > 0 ? tr("%1: %2 of %3").arg(phase).arg(done).arg(total)
                             : tr("%1: %2").arg(phase).arg(done));
}

void CliSyncRunner::onFinished(const Sync::RunSummary &summary)
{
    if (m_json) {
        CliOutput::json(summary.toJson());
    } else {
        CliOutput::out(CliOutput::summaryText(summary));
    }
    if (m_json && summary.error) {
        // The JSON on stdout carries it too; this is for the person reading the terminal.
        CliOutput::err(tr("Error: %1").arg(summary.error->message));
    }
    Q_EMIT finished(exitCodeFor(summary));
}

} // namespace Cli
