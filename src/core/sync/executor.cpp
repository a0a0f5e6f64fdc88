// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/executor.h"

#include "log/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Sync {

namespace {

using Action = PlanItem::Action;

constexpr int MaxSubRequestAttempts = 5;

bool stopsTheRun(const Error &error)
{
    return error.kind == Error::Kind::Auth || error.kind == Error::Kind::Config;
}

} // namespace

struct Executor::Tracked
{
    PlanItem item;
    int pending = 0;
    bool reported = false;
    std::optional<Error> error;
    qint64 subscriberId = 0;
    QString type;
    QByteArray payload;
};

struct Executor::SubRequest
{
    int itemIndex = 0;
    MailerLite::BatchRequest request;
    QString endpoint; // template, for the sub-request budget
    int attempts = 0;
};

Executor::Executor(Api::MailerLiteClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_budget(clock, 60, minutes(1))
{
    m_pumpTimer.setSingleShot(true);
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

void Executor::createGroups()
{
    m_phase = Phase::Groups;
    if (m_plan.groupsToCreate.isEmpty()) {
        startImports();
        return;
    }
    // A saved plan may be applied later: create only what still does not exist, because a
    // repeated create would make a second group with the same name.
    ++m_requestsInFlight;
    m_client.listGroups(&m_context, [this](Result<QList<MailerLite::Group>> groups) {
        --m_requestsInFlight;
        if (!groups.ok()) {
            stopWithFatal(groups.error());
            return;
        }
        QStringList missing;
        for (const QString &name : std::as_const(m_plan.groupsToCreate)) {
            const auto it = std::find_if(groups.value().begin(), groups.value().end(),
                                         [&name](const MailerLite::Group &g) {
                                             return g.name.compare(name, Qt::CaseInsensitive) == 0;
                                         });
            if (it != groups.value().end()) {
                m_createdGroups.insert(name.toLower(), it->id);
            } else {
                missing.append(name);
            }
        }
        auto remaining = std::make_shared<int>(int(missing.size()));
        auto announce = [this] {
            QHash<QString, qint64> byName;
            for (const QString &name : std::as_const(m_plan.groupsToCreate)) {
                byName.insert(name, m_createdGroups.value(name.toLower()));
            }
            Q_EMIT groupsCreated(byName);
            startImports();
        };
        if (missing.isEmpty()) {
            announce();
            return;
        }
        for (const QString &name : std::as_const(missing)) {
            ++m_requestsInFlight;
            m_client.createGroup(name, &m_context,
                                 [this, name, remaining, announce](Result<MailerLite::Group> g) {
                                     --m_requestsInFlight;
                                     if (!g.ok()) {
                                         stopWithFatal(g.error());
                                         return;
                                     }
                                     m_createdGroups.insert(name.toLower(), g.value().id);
                                     if (--*remaining == 0) {
                                         announce();
                                     }
                                 });
        }
    });
}

qint64 Executor::groupId(qint64 id, const QString &name) const
{
    return id != 0 ? id : m_createdGroups.value(name.toLower(), 0);
}

void Executor::startImports()
{
    m_phase = Phase::Imports;
    // Group id -> items to import into it. An item joining two groups rides in both imports;
    // the second one reports it unchanged.
    QMap<qint64, QList<int>> perGroup;
    for (int i = 0; i < int(m_items.size()); ++i) {
        const PlanItem &item = m_items[i]->item;
        const bool importable = item.action == Action::Create || item.action == Action::Update
            || item.action == Action::SkipUnchanged;
        if (!importable) {
            continue;
        }
        for (qint64 id : item.groupsAdd) {
            perGroup[id].append(i);
        }
        for (const QString &name : item.groupNamesAdd) {
            if (const qint64 id = groupId(0, name)) {
                perGroup[id].append(i);
            }
        }
    }
    for (auto it = perGroup.begin(); it != perGroup.end(); ++it) {
        const qint64 gid = it.key();
        const QList<int> &indices = it.value();
        for (qsizetype start = 0; start < indices.size(); start += ImportChunk) {
            const QList<int> chunk = indices.mid(start, ImportChunk);
            QList<MailerLite::SubscriberInput> inputs;
            for (int index : chunk) {
                const PlanItem &item = m_items[index]->item;
                MailerLite::SubscriberInput input;
                input.email = item.email;
                input.name = item.name;
                input.fields = item.after;
                inputs.append(input);
                m_items[index]->pending += 1;
                m_items[index]->payload
                    = QJsonDocument(input.toImportJson()).toJson(QJsonDocument::Compact);
            }
            ++m_requestsInFlight;
            // resubscribe stays false: an import never reactivates anyone; a permitted
            // resubscribe goes separately, in a batch, so it is explicit and logged.
            m_client.importToGroup(
                gid, inputs, false, &m_context,
                [this, chunk](Result<MailerLite::ImportResult> result) {
                    --m_requestsInFlight;
                    if (!result.ok()) {
                        if (stopsTheRun(result.error())) {
                            stopWithFatal(result.error());
                            return;
                        }
                        for (int index : chunk) {
                            operationDone(index, result.error(), 0, {}, {});
                        }
                        flushFinished();
                        maybeFinish();
                        return;
                    }
                    QHash<QString, qint64> ids;
                    QHash<QString, QString> errors;
                    const auto &r = result.value();
                    for (const auto *list : {&r.imported, &r.updated, &r.unchanged}) {
                        for (const auto &e : *list) {
                            ids.insert(e.email.trimmed().toLower(), e.id);
                        }
                    }
                    for (const auto &e : r.errors) {
                        errors.insert(e.email.trimmed().toLower(), e.message);
                    }
                    for (int index : chunk) {
                        const QString key = m_items[index]->item.email.trimmed().toLower();
                        if (ids.contains(key)) {
                            operationDone(index, std::nullopt, ids.value(key), {}, {});
                            continue;
                        }
                        const QString message = errors.value(key);
                        operationDone(
                            index,
                            Error {Error::Kind::Validation,
                                   message.isEmpty()
                                       ? tr("MailerLite did not report this subscriber "
                                            "in the import result.")
                                       : tr("MailerLite refused the subscriber: %1").arg(message),
                                   u"import"_s, 0},
                            0, {}, {});
                    }
                    flushFinished();
                    maybeFinish();
                });
        }
    }
    startBatches();
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
                input.fields = item.after;
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
    while (!m_subQueue.empty()) {
        QList<SubRequest> chunk;
        QHash<QString, int> taken;
        std::deque<SubRequest> waiting; // what this batch leaves behind, in order
        while (!m_subQueue.empty()) {
            SubRequest next = std::move(m_subQueue.front());
            m_subQueue.pop_front();
            const QString endpoint = next.endpoint;
            if (chunk.size() < Api::MailerLiteClient::MaxBatchSize
                && taken.value(endpoint) < m_budget.available(endpoint)) {
                taken[endpoint] += 1;
                chunk.append(std::move(next));
            } else {
                waiting.push_back(std::move(next));
            }
        }
        m_subQueue = std::move(waiting);
        if (chunk.isEmpty()) {
            milliseconds wait = minutes(1);
            for (const SubRequest &r : m_subQueue) {
                wait = std::min(wait, m_budget.waitFor(r.endpoint));
            }
            m_pumpTimer.start(std::max(wait, milliseconds(1)));
            return;
        }
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
    for (const SubRequest &r : chunk) {
        requests.append(r.request);
    }
    ++m_requestsInFlight;
    m_client.batch(requests, &m_context, [this, chunk](QList<MailerLite::BatchResult> results) {
        --m_requestsInFlight;
        if (!results.isEmpty() && results.first().windowReset.isValid()) {
            m_budget.learnWindow(milliseconds(m_clock.now().msecsTo(results.first().windowReset)));
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
                operationDone(r.itemIndex, std::nullopt, id, body.value("type"_L1).toString(), {});
                continue;
            }
            if (stopsTheRun(*result.error)) {
                stopWithFatal(*result.error);
                return;
            }
            if (result.status == 429 && r.attempts + 1 < MaxSubRequestAttempts) {
                // Someone else used the endpoint's budget: wait a window and send it again.
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

void Executor::stopWithFatal(const Error &error)
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
            m_finishedBuffer.append(
                {t->item, false, t->subscriberId, t->type, error, 0, t->payload});
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
