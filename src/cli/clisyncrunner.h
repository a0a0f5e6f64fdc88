// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/runsummary.h"
#include "sync/syncrequest.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QObject>

namespace Sync {
class SyncEngine;
}

namespace Cli {

// One sync run for the CLI: drives a SyncEngine in the main thread's event loop, writes its
// progress and log to stderr, and the summary to stdout (text, or one JSON object).
// Lives in the main thread.
class CliSyncRunner final : public QObject
{
    Q_OBJECT

public:
    CliSyncRunner(Sync::SyncRequest request, bool json, QObject *parent = nullptr);
    ~CliSyncRunner() override;

    void start();
    // SIGINT/SIGTERM: the engine stops after the current batch, saves its state and finishes
    // as cancelled.
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onProgress(int done, int total, const QString &phase);
    void onFinished(const Sync::RunSummary &summary);

    SystemClock m_clock;
    Sync::SyncRequest m_request;
    bool m_json;
    Sync::SyncEngine *m_engine = nullptr;
    QString m_phase;
    int m_lastTenth = -1;
    QElapsedTimer m_sinceProgress;
};

} // namespace Cli
