// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/logentry.h"
#include "sync/plan.h"
#include "sync/runsummary.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class ProfileSession;
class QThread;

namespace Sync {
class SyncEngine;
}

// Runs sync work for the open profile on a background thread, one run at a time: a preview
// (dry run that keeps its plan), applying the previewed plan exactly, a plain run, and retries
// of chosen contacts, and runs for the contacts webhooks named. Relays the engine's progress,
// request counts and log as queued signals. Lives in the GUI thread; the engine lives in the sync
// thread.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Preview, Apply, Run, Retry, Realtime };
    Q_ENUM(Kind)

    explicit SyncController(ProfileSession &session, QObject *parent = nullptr);
    ~SyncController() override; // cancels a running run and waits for its thread

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] std::optional<Kind> runningKind() const;

    // Each returns false (and starts nothing) while a run is going or no profile is open.
    // A dry run of everything that changed (a full reconcile when nothing is linked yet).
    bool preview();
    // Applies lastPlan() exactly as previewed, with the user's overrides.
    bool applyPlan();
    // Preview and apply in one go, without stopping to review.
    bool run();
    // Syncs only these GHL contacts now (after a fix at the source, or failures to retry).
    bool retry(const QStringList &contactIds);
    // Syncs the contacts webhooks reported changed. Keeps a previewed plan: the user may still
    // be reviewing it, and applying it does not depend on this run.
    bool runRealtime(const QStringList &contactIds);
    // Asks the running run to stop after its current step; finished() follows.
    void cancel();
    [[nodiscard]] bool isCancelling() const { return m_cancelling; }

    [[nodiscard]] std::optional<Sync::Plan> lastPlan() const { return m_lastPlan; }
    // Replaces the kept plan (the preview edits overrides through this).
    void setLastPlan(const Sync::Plan &plan);

Q_SIGNALS:
    void started(SyncController::Kind kind);
    void planned(const Sync::Plan &plan);
    void progressChanged(int done, int total, const QString &phase);
    // Requests sent so far in this run, per service.
    void requestsChanged(qint64 ghl, qint64 mailerLite);
    void logged(const Store::LogEntry &entry);
    void finished(const Sync::RunSummary &summary);
    void runningChanged(bool running);

private:
    // Shared with the sync thread, which sets `ended` when the engine finished; whoever sees
    // both `ended` and `closing` stops the thread (the destructor cannot wait for events).
    struct Handshake
    {
        std::atomic<bool> ended {false};
        std::atomic<bool> closing {false};
    };

    bool start(Kind kind, const QStringList &contactIds = {});
    void onEngineFinished(const Sync::RunSummary &summary);
    void onThreadFinished();

    ProfileSession &m_session;
    QThread *m_thread = nullptr;
    // Valid from start() until the engine's summary arrives; the engine is deleted in its
    // thread only after that, when the thread stops.
    Sync::SyncEngine *m_engine = nullptr;
    std::shared_ptr<Handshake> m_handshake;
    std::optional<Kind> m_kind;
    std::optional<Sync::Plan> m_lastPlan;
    std::optional<Sync::RunSummary> m_summary; // arrived; reported once the thread has ended
    bool m_cancelling = false;
};
