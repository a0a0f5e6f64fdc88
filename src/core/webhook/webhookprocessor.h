// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"
#include "sync/runsummary.h"
#include "sync/syncrequest.h"
#include "webhook/webhookqueue.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

class Clock;

namespace Sync {
class WriteBack;
}

namespace Webhooks {

// Drains a profile's WebhookQueue. GoHighLevel events become one targeted SyncEngine run over
// the distinct contacts they name (the same engine as every other run: no second code path),
// after a short debounce so a burst of events shares a run; events that arrive while a run is
// going wait for the next. MailerLite opt-outs go to WriteBack; other MailerLite changes are
// not written back. Every event is settled (applied, failed or ignored, with a note), settled
// events are pruned after `retention`, and events still pending from before a restart are
// processed by start(). Lives in the thread of its queue and WriteBack.
class WebhookProcessor final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        // How long after the first event of a burst its run starts.
        std::chrono::milliseconds debounce {500};
        // How long events wait when the runner is busy with a run it did not start for us.
        std::chrono::milliseconds busyRetry {5000};
        // Settled events are kept this long: twice the receiver's widest timestamp window.
        std::chrono::seconds retention {2 * 3600};
        int batchLimit = 1000; // events taken from the queue per turn
    };

    // How a run started for some contacts ended.
    struct RunOutcome
    {
        bool started = false; // false: another run was going; the events wait for the next turn
        Sync::RunSummary summary;
        // Contacts the run warned about (could not be read, or their write failed) and why.
        QHash<QString, QString> contactProblems;
    };
    using RunDone = std::function<void(const RunOutcome &)>;
    // Starts a sync run for exactly these GHL contacts (SyncRequest::onlyContactIds) and calls
    // `done` once when it ended, or at once with started = false when it cannot start now.
    using StartRun = std::function<void(const QStringList &contactIds, const RunDone &done)>;

    WebhookProcessor(WebhookQueue &queue, Sync::WriteBack &writeBack, const Clock &clock,
                     Profiles::Profile profile, StartRun startRun, Config config,
                     QObject *parent = nullptr);
    ~WebhookProcessor() override;

    // A StartRun for this thread: one SyncEngine per run, built from `base` (profile,
    // credentials, database path) with onlyContactIds set. For the CLI, tests and benchmarks.
    // The engines are children of `context`.
    [[nodiscard]] static StartRun engineRunner(const Sync::SyncRequest &base, const Clock &clock,
                                               QObject *context);

    // Prunes old settled events and processes whatever is pending (events received before a
    // restart). Call once.
    void start();
    // New events were queued: processes them after the debounce.
    void notify();
    // Whether a run or a write-back is under way.
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    // A webhook run ended (its summary) after settling `events` events.
    void runFinished(const Sync::RunSummary &summary, int events);
    // A turn settled these events.
    void eventsSettled(int applied, int failed, int ignored);
    // Nothing is pending or under way any more.
    void idle();

private:
    struct Turn;

    void process();
    void handleGhl(const std::shared_ptr<Turn> &turn, const QList<WebhookQueue::Entry> &events);
    void handleMailerLite(const std::shared_ptr<Turn> &turn,
                          const QList<WebhookQueue::Entry> &events);
    void runFinishedFor(const std::shared_ptr<Turn> &turn,
                        const QHash<QString, QList<qint64>> &rowsByContact,
                        const RunOutcome &outcome);
    void settle(Turn &turn, const QList<qint64> &rows, WebhookQueue::Settlement settlement,
                std::optional<qint64> runId = std::nullopt, const QString &note = {});
    void partDone(const std::shared_ptr<Turn> &turn);
    void prune();
    [[nodiscard]] QString deleteNote() const;

    WebhookQueue &m_queue;
    Sync::WriteBack &m_writeBack;
    const Clock &m_clock;
    Profiles::Profile m_profile;
    StartRun m_startRun;
    Config m_config;
    QTimer m_timer; // the debounce, and the wait when the runner was busy
    int m_busy = 0; // parts of the current turn still under way
    bool m_more = false; // events arrived during the turn
};

} // namespace Webhooks
