// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailerlite/mailerliteclient.h"
#include "sync/executorbreaker.h"
#include "sync/itemoutcome.h"
#include "sync/plan.h"
#include "sync/subrequestbudget.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace Sync {

// Applies a Plan to MailerLite with the fewest requests the API allows: groups first, then
// bulk group imports (one request carries up to ImportChunk subscribers with their fields and
// membership), then /batch requests of up to 50 for what imports cannot do (upserts without a
// group, resubscribes, unsubscribes, group removals). Each item's outcome is reported as soon as
// every request it needed has answered, so the caller can commit it at once.
// Batches go out full: a batch cut short by an endpoint's budget would cost a request for what
// the next window carries in the same batch. After ExecutorBreaker::Threshold requests in a row
// without an answer the run stops (see ExecutorBreaker).
// Lives in the sync thread; one run per instance.
class Executor final : public QObject
{
    Q_OBJECT

public:
    static constexpr int ImportChunk = 500;

    Executor(Api::MailerLiteClient &client, const Clock &clock, QObject *parent = nullptr);
    ~Executor() override;

    void execute(const Plan &plan);
    // Stops sending; what is in flight is aborted and reported as cancelled. Thread-safe
    // through a queued call from other threads.
    void cancel();

    [[nodiscard]] int total() const { return int(m_items.size()); }

Q_SIGNALS:
    // Groups created by name, before any item needing them is sent.
    void groupsCreated(const QHash<QString, qint64> &idsByName);
    // Items whose requests have all answered, in the order they finished.
    void itemsFinished(const QList<Sync::ItemOutcome> &outcomes);
    void progressChanged(int done, int total);
    // The run is over. `fatal` is set when an authentication or configuration error, or
    // MailerLite being unavailable, stopped it.
    void finished(bool cancelled, const std::optional<Error> &fatal);

private:
    struct Tracked
    {
        PlanItem item;
        int pending = 0;
        bool reported = false;
        bool sent = false; // a request carrying it went to the client
        std::optional<Error> error;
        qint64 subscriberId = 0;
        QString type;
        QByteArray payload;
    };

    struct SubRequest
    {
        int itemIndex = 0;
        MailerLite::BatchRequest request;
        QString endpoint; // template, for the sub-request budget
        int attempts = 0;
    };

    [[nodiscard]] static bool stopsTheRun(const Error &error);
    void createGroups();
    void startImports();
    void startBatches();
    void queueSubRequests();
    void pumpBatches();
    void sendBatch(QList<SubRequest> chunk);
    void operationDone(int itemIndex, const std::optional<Error> &error, qint64 subscriberId,
                       const QString &type, const QByteArray &payload);
    void flushFinished();
    // Every item not reported yet fails: with `error`, or what `itemError` says for it.
    void stopWithFatal(const Error &error,
                       const std::function<Error(const Tracked &)> &itemError = {});
    // Counts a request that failed for good; stops the run when the breaker trips.
    [[nodiscard]] bool breakerTripped(const Error &error);
    void importAnswered(const QList<int> &chunk, const Result<MailerLite::ImportResult> &result);
    void maybeFinish();
    [[nodiscard]] qint64 groupId(qint64 id, const QString &name) const;

    Api::MailerLiteClient &m_client;
    const Clock &m_clock;
    SubRequestBudget m_budget;
    ExecutorBreaker m_breaker;
    Plan m_plan;
    std::vector<std::unique_ptr<Tracked>> m_items;
    QHash<QString, qint64> m_createdGroups; // lower-case name -> id
    std::deque<SubRequest> m_subQueue;
    QTimer m_pumpTimer;
    QList<ItemOutcome> m_finishedBuffer;
    int m_done = 0;
    int m_requestsInFlight = 0;
    int m_phaseRequests = 0;
    enum class Phase { Idle, Groups, Imports, Batches, Done } m_phase = Phase::Idle;
    bool m_cancelled = false;
    std::optional<Error> m_fatal;
    QObject m_context; // parent of every call: deleting it aborts them
};

} // namespace Sync
