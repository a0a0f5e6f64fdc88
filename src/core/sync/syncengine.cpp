// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncengine.h"

#include "ghl/ghlclient.h"
#include "http/httpclient.h"
#include "log/logging.h"
#include "mailerlite/mailerliteclient.h"
#include "mapping/mapper.h"
#include "store/cursorstore.h"
#include "store/linkstore.h"
#include "store/runstore.h"
#include "store/statedatabase.h"
#include "sync/executor.h"
#include "sync/planner.h"
#include "sync/runrecorder.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

using Severity = Store::LogEntry::Severity;

// The incremental window reaches back a little before the cursor: clocks differ, and a
// contact seen twice costs nothing thanks to the payload hash.
constexpr qint64 CursorOverlapMs = 120'000;

// Whether an incremental read holds a contact to sync: one not linked yet, updated after the
// cursor, or updated since it was last synced. The rest come from the overlap window.
bool anyChanged(const QList<Ghl::Contact> &contacts, const QHash<QString, Store::Link> &links,
                const std::optional<QDateTime> &cursor)
{
    return std::any_of(contacts.cbegin(), contacts.cend(), [&](const Ghl::Contact &c) {
        const auto link = links.constFind(c.id);
        return link == links.cend() || !link->syncedAt.isValid() || !c.dateUpdated.isValid()
            || (cursor && c.dateUpdated > *cursor) || c.dateUpdated >= link->syncedAt;
    });
}

Mapping::Mapping mappingOf(const Profiles::Profile &profile, Error *error)
{
    if (profile.mapping.isEmpty()) {
        return Mapping::defaultMapping();
    }
    auto parsed = Mapping::Mapping::fromJson(profile.mapping);
    if (!parsed.ok()) {
        *error = parsed.error();
        return {};
    }
    return parsed.value();
}

} // namespace

SyncEngine::SyncEngine(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

SyncEngine::~SyncEngine()
{
    // Calls and the executor go before the clients they use, the clients before the network.
    delete m_executor;
    delete m_calls;
    delete m_ghl;
    delete m_ml;
    delete m_mlHttp;
    m_recorder.reset();
    m_runs.reset();
    m_db.reset();
}

void SyncEngine::requestCancel()
{
    m_cancel.store(true);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_executor) {
                m_executor->cancel();
            } else if (!m_finished && m_summary.runId != 0) {
                (void)stopIfCancelled();
            }
        },
        Qt::QueuedConnection);
}

bool SyncEngine::stopIfCancelled()
{
    if (!m_cancel.load() || m_finished) {
        return m_finished;
    }
    dropCalls();
    finishRun(RunSummary::Outcome::Cancelled);
    return true;
}

void SyncEngine::log(Severity severity, const QString &message, const QString &contactId)
{
    Store::LogEntry entry;
    entry.time = m_clock.now();
    entry.severity = severity;
    entry.contactId = contactId;
    entry.message = message;
    if (m_runs && m_summary.runId != 0) {
        if (const Status s = m_runs->addLog(m_summary.runId, entry); !s.ok()) {
            qCWarning(lcSync) << "cannot store a log line:" << s.error().toLogString();
        }
    }
    Q_EMIT logged(entry);
}

void SyncEngine::start(const SyncRequest &request)
{
    m_request = request;
    m_elapsed.start();
    m_summary.profile = request.profile.name;
    m_summary.mode = SyncPolicy::modeName(request.profile.policy.mode);
    m_summary.dryRun = request.dryRun;
    setUp();
}

void SyncEngine::setUp()
{
    const QString connection = u"sync-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto db = Store::StateDatabase::open(m_request.databasePath, connection);
    if (!db.ok()) {
        fail(db.error());
        return;
    }
    m_db = std::move(db).value();
    m_runs = std::make_unique<Store::RunStore>(*m_db, m_clock);
    if (const Status s = m_runs->markInterrupted(m_request.profile.name); !s.ok()) {
        fail(s.error());
        return;
    }
    const auto runId
        = m_runs->begin(m_request.profile.name, m_summary.mode, m_request.dryRun, m_clock.now());
    if (!runId.ok()) {
        fail(runId.error());
        return;
    }
    m_summary.runId = runId.value();
    m_recorder
        = std::make_unique<RunRecorder>(*m_db, m_clock, m_request.profile.name, m_summary.runId);

    auto links = Store::LinkStore(*m_db).loadAll(m_request.profile.name);
    auto cursor = Store::CursorStore(*m_db, m_clock).get(m_request.profile.name);
    if (!links.ok() || !cursor.ok()) {
        fail(!links.ok() ? links.error() : cursor.error());
        return;
    }
    m_links = std::move(links).value();
    m_cursor = cursor.value();

    Error mappingError;
    const Mapping::Mapping mapping = mappingOf(m_request.profile, &mappingError);
    if (!mappingError.message.isEmpty()) {
        fail(mappingError);
        return;
    }
    const Mapping::Mapper probe(mapping);
    m_usesNotes = probe.usesNotes();
    m_usesTasks = probe.usesTasks();

    m_network = new QNetworkAccessManager(this);
    const QByteArray mlKey = m_request.mailerLiteApiKey;
    Api::HttpClient::Config mlConfig = Api::MailerLiteClient::httpConfig(
        m_request.profile.mailerLiteBaseUrl, [mlKey] { return mlKey; });
    if (m_mlRetry) {
        mlConfig.retry = *m_mlRetry;
    }
    mlConfig.transferTimeout = m_request.requestTimeout.value_or(mlConfig.transferTimeout);
    m_mlHttp = new Api::HttpClient(mlConfig, m_clock, m_network);
    m_ml = new Api::MailerLiteClient(*m_mlHttp);
    Api::GhlClient::Config ghlConfig;
    ghlConfig.baseUrl = m_request.profile.ghlBaseUrl;
    ghlConfig.locationId = m_request.profile.locationId;
    const QByteArray token = m_request.ghlToken;
    ghlConfig.token = [token] {
        return token;
    };
    ghlConfig.transferTimeout = m_request.requestTimeout.value_or(ghlConfig.transferTimeout);
    m_ghl = new Api::GhlClient(ghlConfig, m_clock, m_network);
    m_calls = new QObject(this);
    m_requestsTimer = new QTimer(this);
    m_requestsTimer->setSingleShot(true);
    m_requestsTimer->setInterval(RequestsInterval);
    connect(m_requestsTimer, &QTimer::timeout, this, &SyncEngine::reportRequests);
    connect(&m_ghl->http(), &Api::HttpClient::requestSent, this, &SyncEngine::requestSent);
    connect(m_mlHttp, &Api::HttpClient::requestSent, this, &SyncEngine::requestSent);

    log(Severity::Info,
        tr("Run %1 started for profile %2.").arg(m_summary.runId).arg(m_request.profile.name));
    if (m_request.planToApply) {
        if (m_request.planToApply->profile != m_request.profile.name) {
            fail(Error {Error::Kind::Config,
                        tr("The plan was made for profile \"%1\", not \"%2\".")
                            .arg(m_request.planToApply->profile, m_request.profile.name),
                        {}});
            return;
        }
        log(Severity::Info,
            tr("Applying the saved plan of %1 items.").arg(m_request.planToApply->items.size()));
        apply(*m_request.planToApply);
        return;
    }
    // A retry of many contacts reads the whole list: cheaper than looking each one up.
    m_full = m_request.fullReconcile || (m_links.isEmpty() && m_request.onlyContactIds.isEmpty())
        || m_request.onlyContactIds.size() > MaxRetryLookups;
    if (m_full) {
        log(Severity::Info,
            m_request.fullReconcile
                ? tr("Full reconcile: reading MailerLite's subscribers to compare.")
                : tr("First run: reading MailerLite's subscribers so nobody is added twice."));
    }
    // An incremental run reads the metadata of both services only once GHL reports a changed
    // contact: a poll that finds none (fast polling, every minute) costs one GHL request.
    m_metaDeferred = !m_full && m_request.onlyContactIds.isEmpty();
    m_pendingSteps = m_metaDeferred ? 1 : 3;
    if (!m_metaDeferred) {
        fetchMailerLiteMeta();
        fetchGhlMeta();
    }
    fetchContacts();
}

bool SyncEngine::mailerLiteCheckDue() const
{
    const Result<QDateTime> last = m_runs->lastMailerLiteAnswer(m_request.profile.name);
    // Unknown counts as due: two requests are cheaper than a silent broken key.
    return !last.ok() || !last.value().isValid()
        || last.value().secsTo(m_clock.now())
        >= std::chrono::seconds(MailerLiteCheckInterval).count();
}

void SyncEngine::stepDone()
{
    if (--m_pendingSteps > 0 || stopIfCancelled()) {
        return;
    }
    if (m_metaDeferred) {
        m_metaDeferred = false;
        if (!anyChanged(m_contacts, m_links, m_cursor)) {
            // The overlap window returns contacts already synced: nothing to plan or write.
            m_contacts.clear();
            log(Severity::Info, tr("No contact changed since the last run."));
            if (mailerLiteCheckDue()) {
                // Still, a key revoked in MailerLite must not hide behind runs that never ask
                // it: its field and group lists (2 requests) tell, every few hours of such runs.
                m_pendingSteps = 1;
                fetchMailerLiteMeta();
                return;
            }
            fetchActivity();
            return;
        }
        m_pendingSteps = 2;
        fetchMailerLiteMeta();
        fetchGhlMeta();
        return;
    }
    if (m_full && !m_remote) {
        fetchRemote();
        return;
    }
    if (!m_request.onlyContactIds.isEmpty() && !m_remote) {
        lookUpRetried();
        return;
    }
    fetchActivity();
}

void SyncEngine::fail(Error error) // a copy: deleting the calls may free the original
{
    if (m_finished) {
        return;
    }
    dropCalls();
    log(Severity::Error, error.message);
    qCWarning(lcSync) << "run failed:" << error.toLogString();
    finishRun(RunSummary::Outcome::Stopped, error);
}

void SyncEngine::dropCalls()
{
    // Often called from inside one of these calls' own callbacks: delete later, and let the
    // m_finished guards ignore whatever still answers meanwhile.
    if (m_calls) {
        m_calls->deleteLater();
        m_calls = nullptr;
    }
}

void SyncEngine::makePlan()
{
    if (stopIfCancelled()) {
        return;
    }
    Error mappingError;
    Mapping::Mapper mapper(mappingOf(m_request.profile, &mappingError), m_customFields);
    Planner::Input input;
    input.profile = m_request.profile.name;
    input.policy = m_request.profile.policy;
    input.fullReconcile = m_full;
    input.now = m_clock.now();
    QDateTime cursor = m_cursor.value_or(QDateTime());
    // Targets fed by notes and tasks: for contacts whose activity was not read this run, what
    // was pushed last time still stands (an empty digest would wipe it in MailerLite).
    QStringList activityTargets;
    for (const Mapping::FieldMapping &rule : mapper.mapping().fields) {
        const auto kind = rule.source.kind();
        if (kind == Mapping::FieldRef::Kind::NotesDigest
            || kind == Mapping::FieldRef::Kind::OpenTaskCount
            || kind == Mapping::FieldRef::Kind::NextDueTask) {
            activityTargets.append(rule.target);
        }
    }
    for (const Ghl::Contact &contact : std::as_const(m_contacts)) {
        if (contact.dateUpdated.isValid() && (!cursor.isValid() || contact.dateUpdated > cursor)) {
            cursor = contact.dateUpdated;
        }
    }
    // Nothing after the plan needs the contacts: mapping releases each one as it goes (on all
    // cores when there are many), so the plan reuses their memory. Order is kept.
    input.desired = mapper.mapAll(std::move(m_contacts), m_notes, m_tasks);
    for (Mapping::DesiredSubscriber &desired : input.desired) {
        const auto link = m_links.constFind(desired.contactId);
        if (!activityTargets.isEmpty() && !m_activityRead.contains(desired.contactId)
            && link != m_links.cend()) {
            for (const QString &target : std::as_const(activityTargets)) {
                desired.fields.insert(target, link->fields.value(target));
            }
        }
    }
    // A retry of some contacts says nothing about the others: the cursor stays.
    input.cursor = m_request.onlyContactIds.isEmpty() ? cursor : QDateTime();
    const Mapping::PreflightValidator validator(m_mlFields);
    input.validator = &validator;
    input.links = m_links;
    input.remote = m_remote;
    for (const MailerLite::Group &g : std::as_const(m_mlGroups)) {
        input.groupsByName.insert(g.name.toLower(), g.id);
    }
    for (const Mapping::GroupRule &rule : mapper.mapping().groupRules) {
        const qint64 id
            = rule.groupId != 0 ? rule.groupId : input.groupsByName.value(rule.groupName.toLower());
        if (id != 0) {
            input.managedGroups.insert(id);
        }
    }
    const Plan plan = Planner::plan(input);
    Q_EMIT planned(plan);
    log(Severity::Info,
        tr("Plan: %1 contacts, %2 writes to MailerLite.")
            .arg(plan.items.size())
            .arg(plan.writeCount()));

    if (!m_request.planOutPath.isEmpty()) {
        if (const Status s = plan.save(m_request.planOutPath); !s.ok()) {
            fail(s.error());
            return;
        }
    }
    if (m_request.dryRun || plan.blastRadiusExceeded) {
        if (const Status s = m_recorder->recordPlanOnly(plan, true); !s.ok()) {
            fail(s.error());
            return;
        }
        if (plan.blastRadiusExceeded) {
            log(Severity::Error, plan.blastRadiusMessage);
            finishRun(RunSummary::Outcome::BlastRadius,
                      Error {Error::Kind::Validation, plan.blastRadiusMessage, u"blast radius"_s});
            return;
        }
        finishRun(RunSummary::Outcome::Succeeded);
        return;
    }
    apply(plan);
}

void SyncEngine::apply(const Plan &plan)
{
    if (stopIfCancelled()) {
        return;
    }
    if (plan.blastRadiusExceeded) {
        finishRun(RunSummary::Outcome::BlastRadius,
                  Error {Error::Kind::Validation, plan.blastRadiusMessage, u"blast radius"_s});
        return;
    }
    if (const Status s = m_recorder->recordPlanOnly(plan, false); !s.ok()) {
        fail(s.error());
        return;
    }
    m_executor = new Executor(*m_ml, m_clock);
    connect(m_executor, &Executor::groupsCreated, this,
            [this](const QHash<QString, qint64> &ids) { m_recorder->setCreatedGroups(ids); });
    connect(m_executor, &Executor::progressChanged, this,
            [this](int done, int total) { Q_EMIT progressChanged(done, total, tr("Applying")); });
    connect(m_executor, &Executor::itemsFinished, this, [this](const QList<ItemOutcome> &outcomes) {
        for (const ItemOutcome &o : outcomes) {
            if (!o.applied && o.error && o.error->kind != Error::Kind::Cancelled) {
                log(Severity::Warning, tr("%1: %2").arg(o.item.email, o.error->message),
                    o.item.contactId);
            }
        }
        if (const Status s = m_recorder->recordOutcomes(outcomes, m_links); !s.ok()) {
            // The state database cannot take more: stop before MailerLite runs ahead of it.
            log(Severity::Error, s.error().message);
            m_storageError = s.error();
            m_executor->cancel();
        }
    });
    // Writes the user skipped in the preview must come up again next time: like failures,
    // they keep the cursor where it was.
    const bool userSkipped
        = std::any_of(plan.items.cbegin(), plan.items.cend(), [](const PlanItem &i) {
              return i.override == PlanItem::Override::Skip && i.isWrite();
          });
    const QDateTime cursor = userSkipped ? QDateTime() : plan.cursor;
    connect(m_executor, &Executor::finished, this,
            [this, cursor](bool cancelled, const std::optional<Error> &fatal) {
                if (m_storageError) {
                    finishRun(RunSummary::Outcome::Stopped, m_storageError);
                    return;
                }
                if (fatal) {
                    log(Severity::Error, fatal->message);
                    finishRun(RunSummary::Outcome::Stopped, fatal);
                    return;
                }
                if (cancelled) {
                    finishRun(RunSummary::Outcome::Cancelled);
                    return;
                }
                if (m_recorder->failed() == 0 && cursor.isValid()) {
                    // Only a clean run moves the cursor: failed contacts are fetched again next
                    // time.
                    if (const Status s
                        = Store::CursorStore(*m_db, m_clock).set(m_request.profile.name, cursor);
                        !s.ok()) {
                        finishRun(RunSummary::Outcome::Stopped, s.error());
                        return;
                    }
                }
                finishRun(m_recorder->failed() == 0 ? RunSummary::Outcome::Succeeded
                                                    : RunSummary::Outcome::ItemsFailed);
            });
    m_executor->execute(plan);
}

void SyncEngine::finishRun(RunSummary::Outcome outcome, const std::optional<Error> &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_summary.outcome = outcome;
    m_summary.error = error;
    if (m_recorder) {
        m_summary.counts = m_recorder->counts();
    }
    m_summary.requestsGhl = m_ghl ? m_ghl->http().requestCount() : 0;
    m_summary.requestsMailerLite = m_mlHttp ? m_mlHttp->requestCount() : 0;
    m_summary.durationMs = m_elapsed.elapsed();
    if (m_requestsTimer) {
        m_requestsTimer->stop();
    }
    Q_EMIT requestsChanged(m_summary.requestsGhl, m_summary.requestsMailerLite);
    if (m_runs && m_summary.runId != 0) {
        const Status s
            = m_runs->finish(m_summary.runId, RunSummary::outcomeName(outcome), m_summary.counts,
                             int(m_summary.requestsGhl), int(m_summary.requestsMailerLite),
                             m_summary.durationMs, error ? error->message : QString());
        if (!s.ok()) {
            qCWarning(lcSync) << "cannot record the end of run" << m_summary.runId
                              << s.error().toLogString();
        }
    }
    qCInfo(lcSync) << "run" << m_summary.runId << "finished:" << RunSummary::outcomeName(outcome)
                   << "in" << m_summary.durationMs << "ms;" << m_summary.requestsGhl << "GHL and"
                   << m_summary.requestsMailerLite << "MailerLite requests";
    Q_EMIT finished(m_summary);
}

} // namespace Sync
