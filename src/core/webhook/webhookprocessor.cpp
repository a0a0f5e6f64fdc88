// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/webhookprocessor.h"

#include "log/logging.h"
#include "sync/syncengine.h"
#include "sync/writeback.h"
#include "util/clock.h"

#include <QPointer>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace Webhooks {

using Settlement = WebhookQueue::Settlement;
using Severity = Store::LogEntry::Severity;

// What one turn over the pending events settled, and how it should be followed up.
struct WebhookProcessor::Turn
{
    int applied = 0;
    int failed = 0;
    int ignored = 0;
    bool runnerBusy = false; // some events wait because another run was going
    bool storageError = false; // some events could not be settled and are still pending
};

WebhookProcessor::WebhookProcessor(WebhookQueue &queue, Sync::WriteBack &writeBack,
                                   const Clock &clock, Profiles::Profile profile, StartRun startRun,
                                   Config config, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_writeBack(writeBack)
    , m_clock(clock)
    , m_profile(std::move(profile))
    , m_startRun(std::move(startRun))
    , m_config(config)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WebhookProcessor::process);
}

WebhookProcessor::~WebhookProcessor() = default;

WebhookProcessor::StartRun WebhookProcessor::engineRunner(const Sync::SyncRequest &base,
                                                          const Clock &clock, QObject *context)
{
    return [base, &clock, guard = QPointer<QObject>(context)](const QStringList &contactIds,
                                                              const RunDone &done) {
        if (!guard) {
            done(RunOutcome {});
            return;
        }
        auto *engine = new Sync::SyncEngine(clock, guard.data());
        auto problems = std::make_shared<QHash<QString, QString>>();
        connect(engine, &Sync::SyncEngine::logged, engine,
                [problems](const Store::LogEntry &entry) {
                    if (!entry.contactId.isEmpty() && entry.severity >= Severity::Warning) {
                        problems->insert(entry.contactId, entry.message);
                    }
                });
        connect(engine, &Sync::SyncEngine::finished, engine,
                [engine, problems, done](const Sync::RunSummary &summary) {
                    engine->deleteLater(); // one run per engine
                    RunOutcome outcome;
                    outcome.started = true;
                    outcome.summary = summary;
                    outcome.contactProblems = *problems;
                    done(outcome);
                });
        Sync::SyncRequest request = base;
        request.onlyContactIds = contactIds;
        engine->start(request);
    };
}

void WebhookProcessor::start()
{
    prune();
    const Result<int> pending = m_queue.pendingCount();
    if (pending.ok() && pending.value() == 0) {
        Q_EMIT idle();
        return;
    }
    // Events acknowledged before a restart (or an unreadable queue, tried again): now.
    m_timer.start(std::chrono::milliseconds(0));
}

void WebhookProcessor::notify()
{
    // While a turn is under way the new events wait: the turn looks for them when it ends.
    if (m_busy == 0 && !m_timer.isActive()) {
        m_timer.start(m_config.debounce);
    }
}

void WebhookProcessor::process()
{
    if (m_busy > 0) {
        return;
    }
    const Result<QList<WebhookQueue::Entry>> pending = m_queue.pending(m_config.batchLimit);
    if (!pending.ok()) {
        qCCritical(lcWebhook).noquote()
            << "cannot read the webhook queue:" << pending.error().toLogString();
        m_timer.start(m_config.busyRetry);
        return;
    }
    if (pending.value().isEmpty()) {
        Q_EMIT idle();
        return;
    }
    QList<WebhookQueue::Entry> ghl;
    QList<WebhookQueue::Entry> mailerLite;
    for (const WebhookQueue::Entry &entry : pending.value()) {
        (entry.event.source == WebhookEvent::Source::Ghl ? ghl : mailerLite).append(entry);
    }
    auto turn = std::make_shared<Turn>();
    // One count for this function itself, so parts that finish at once cannot end the turn
    // before the other part has started.
    m_busy = 1;
    handleGhl(turn, ghl);
    handleMailerLite(turn, mailerLite);
    partDone(turn);
}

void WebhookProcessor::handleGhl(const std::shared_ptr<Turn> &turn,
                                 const QList<WebhookQueue::Entry> &events)
{
    QSet<QString> deleted;
    for (const WebhookQueue::Entry &entry : events) {
        if (entry.event.type == u"ContactDelete") {
            deleted.insert(entry.event.contactId);
        }
    }
    QStringList contactIds; // in the order the events came
    QHash<QString, QList<qint64>> rowsByContact;
    for (const WebhookQueue::Entry &entry : events) {
        const WebhookEvent &event = entry.event;
        if (event.contactId.isEmpty()) {
            settle(*turn, {entry.rowId}, Settlement::Ignored, std::nullopt,
                   tr("The event names no contact."));
        } else if (event.type == u"ContactDelete") {
            settle(*turn, {entry.rowId}, Settlement::Ignored, std::nullopt, deleteNote());
        } else if (deleted.contains(event.contactId)) {
            // Reading it would only answer 404: the deletion settles it.
            settle(*turn, {entry.rowId}, Settlement::Ignored, std::nullopt,
                   tr("The contact was deleted in GoHighLevel since."));
        } else if (m_writeBack.isEcho(event)) {
            settle(*turn, {entry.rowId}, Settlement::Ignored, std::nullopt,
                   tr("echo of a write-back"));
        } else {
            if (!rowsByContact.contains(event.contactId)) {
                contactIds.append(event.contactId);
            }
            rowsByContact[event.contactId].append(entry.rowId);
        }
    }
    if (contactIds.isEmpty()) {
        return;
    }
    ++m_busy;
    qCInfo(lcWebhook).noquote() << "starting a run for" << contactIds.size()
                                << "contact(s) named by webhooks";
    m_startRun(
        contactIds,
        [self = QPointer<WebhookProcessor>(this), turn, rowsByContact](const RunOutcome &outcome) {
            if (self) {
                self->runFinishedFor(turn, rowsByContact, outcome);
            }
        });
}

void WebhookProcessor::runFinishedFor(const std::shared_ptr<Turn> &turn,
                                      const QHash<QString, QList<qint64>> &rowsByContact,
                                      const RunOutcome &outcome)
{
    using Outcome = Sync::RunSummary::Outcome;
    const Sync::RunSummary &summary = outcome.summary;
    if (!outcome.started || summary.outcome == Outcome::Cancelled) {
        // Not applied, not failed either: they stay pending for the next turn (or the next
        // start, when the run was cancelled because the program is closing).
        turn->runnerBusy = !outcome.started;
        partDone(turn);
        return;
    }
    const std::optional<qint64> runId
        = summary.runId != 0 ? std::optional<qint64>(summary.runId) : std::nullopt;
    int events = 0;
    for (auto it = rowsByContact.cbegin(); it != rowsByContact.cend(); ++it) {
        events += int(it->size());
        if (summary.outcome == Outcome::Succeeded || summary.outcome == Outcome::ItemsFailed) {
            const auto problem = outcome.contactProblems.constFind(it.key());
            if (problem == outcome.contactProblems.cend()) {
                settle(*turn, *it, Settlement::Applied, runId);
            } else {
                settle(*turn, *it, Settlement::Failed, runId, *problem);
            }
            continue;
        }
        // The run stopped (authentication, a service down, the blast-radius guard): the next
        // scheduled run picks these contacts up by their update time.
        settle(*turn, *it, Settlement::Failed, runId,
               summary.error ? summary.error->message
                             : Sync::RunSummary::outcomeName(summary.outcome));
    }
    Q_EMIT runFinished(summary, events);
    partDone(turn);
}

void WebhookProcessor::handleMailerLite(const std::shared_ptr<Turn> &turn,
                                        const QList<WebhookQueue::Entry> &events)
{
    QList<WebhookEvent> optOuts;
    QList<qint64> optOutRows;
    for (const WebhookQueue::Entry &entry : events) {
        if (entry.event.isOptOut()) {
            optOuts.append(entry.event);
            optOutRows.append(entry.rowId);
        } else {
            settle(*turn, {entry.rowId}, Settlement::Ignored, std::nullopt,
                   tr("MailerLite-side changes are not written back to GoHighLevel, except "
                      "opt-outs (unsubscribes, bounces, complaints)."));
        }
    }
    if (optOuts.isEmpty()) {
        return;
    }
    ++m_busy;
    m_writeBack.apply(
        optOuts,
        [self = QPointer<WebhookProcessor>(this), turn,
         optOutRows](const QList<Sync::WriteBack::Outcome> &outcomes) {
            if (!self) {
                return;
            }
            using Kind = Sync::WriteBack::Outcome::Kind;
            for (qsizetype i = 0; i < optOutRows.size(); ++i) {
                const QList<qint64> row {optOutRows.at(i)};
                if (i >= outcomes.size()) {
                    self->settle(*turn, row, Settlement::Failed, std::nullopt,
                                 tr("The write-back gave no outcome for this event."));
                    continue;
                }
                const Sync::WriteBack::Outcome &o = outcomes.at(i);
                switch (o.kind) {
                case Kind::Written:
                    self->settle(*turn, row, Settlement::Applied);
                    break;
                case Kind::AlreadySet:
                    self->settle(*turn, row, Settlement::Applied, std::nullopt,
                                 tr("GoHighLevel had it already."));
                    break;
                case Kind::NoContact:
                    self->settle(*turn, row, Settlement::Ignored, std::nullopt,
                                 o.message.isEmpty() ? tr("No matching GoHighLevel contact.")
                                                     : o.message);
                    break;
                case Kind::Off:
                    self->settle(*turn, row, Settlement::Ignored, std::nullopt,
                                 tr("write-back is off"));
                    break;
                case Kind::Failed:
                    self->settle(*turn, row, Settlement::Failed, std::nullopt, o.message);
                    break;
                }
            }
            self->partDone(turn);
        });
}

void WebhookProcessor::settle(Turn &turn, const QList<qint64> &rows, Settlement settlement,
                              std::optional<qint64> runId, const QString &note)
{
    if (rows.isEmpty()) {
        return;
    }
    if (const Status s = m_queue.settle(rows, settlement, m_clock.now(), runId, note); !s.ok()) {
        qCCritical(lcWebhook).noquote()
            << "cannot settle webhook events:" << s.error().toLogString();
        turn.storageError = true;
        return;
    }
    const int n = int(rows.size());
    (settlement == Settlement::Applied      ? turn.applied
         : settlement == Settlement::Failed ? turn.failed
                                            : turn.ignored)
        += n;
}

void WebhookProcessor::partDone(const std::shared_ptr<Turn> &turn)
{
    if (--m_busy > 0) {
        return;
    }
    if (turn->applied + turn->failed + turn->ignored > 0) {
        Q_EMIT eventsSettled(turn->applied, turn->failed, turn->ignored);
    }
    prune();
    const Result<int> pending = m_queue.pendingCount();
    if (pending.ok() && pending.value() == 0) {
        Q_EMIT idle();
        return;
    }
    // Events that arrived meanwhile get their own debounce; events that could not be handled
    // now (a busy runner, a storage error) wait longer, so nothing spins.
    m_timer.start(turn->runnerBusy || turn->storageError || !pending.ok() ? m_config.busyRetry
                                                                          : m_config.debounce);
}

void WebhookProcessor::prune()
{
    const QDateTime before = m_clock.now().addSecs(-m_config.retention.count());
    const Result<int> pruned = m_queue.prune(before);
    if (!pruned.ok()) {
        qCWarning(lcWebhook).noquote()
            << "cannot prune settled webhook events:" << pruned.error().toLogString();
    } else if (pruned.value() > 0) {
        qCInfo(lcWebhook) << "pruned" << pruned.value() << "settled webhook events";
    }
}

QString WebhookProcessor::deleteNote() const
{
    const Sync::SyncPolicy &policy = m_profile.policy;
    if (policy.mode == Sync::SyncPolicy::Mode::Mirror) {
        // A targeted run reads only the contacts it names: a deleted one cannot be read, is
        // skipped and never resubscribed. The departure needs the full picture of a reconcile.
        return tr("Deleted in GoHighLevel: mirror mode applies its departure rule (%1) to the "
                  "subscriber at the next full reconcile.")
            .arg(Sync::SyncPolicy::departureName(policy.onLeaveSet));
    }
    return tr("Deleted in GoHighLevel: in %1 mode the subscriber stays in MailerLite.")
        .arg(Sync::SyncPolicy::modeName(policy.mode));
}

} // namespace Webhooks
