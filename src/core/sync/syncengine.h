// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "ghl/customfielddef.h"
#include "ghl/note.h"
#include "ghl/task.h"
#include "http/retrypolicy.h"
#include "mailerlite/field.h"
#include "mailerlite/group.h"
#include "store/link.h"
#include "store/logentry.h"
#include "sync/plan.h"
#include "sync/remotesubscriber.h"
#include "sync/runsummary.h"
#include "sync/syncrequest.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Api {
class GhlClient;
class HttpClient;
class MailerLiteClient;
} // namespace Api

namespace Store {
class RunStore;
class StateDatabase;
} // namespace Store

namespace Sync {

class Executor;
class RunRecorder;

// One sync run, start to end: fetch (GHL contacts incrementally or in full, MailerLite fields,
// groups and, on a full reconcile, subscribers), map, plan, then preview or apply, recording
// everything in the state database. Event-driven: it never blocks its thread.
// Lives in the sync thread (or the CLI's main thread); it creates its network and database
// connections there. One run per instance.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds RequestsInterval {250};

    // A retry of more contacts than this reads MailerLite's whole list instead of looking
    // each one up (two requests per contact against about one per 1,000 subscribers).
    static constexpr int MaxRetryLookups = 100;

    // How long incremental runs may go without a MailerLite answer (when none of them has
    // anything to write) before one asks MailerLite anyway, to find a revoked key: at one poll
    // a minute, 2 requests every 360 polls.
    static constexpr std::chrono::hours MailerLiteCheckInterval {6};

    explicit SyncEngine(const Clock &clock, QObject *parent = nullptr);
    ~SyncEngine() override;

    // How MailerLite requests are retried; before start(). Tests and benchmarks shorten the
    // backoff so that a service which is down fails fast; the default suits the real one.
    void setMailerLiteRetry(const Api::RetryPolicy::Config &retry) { m_mlRetry = retry; }

    void start(const Sync::SyncRequest &request);
    // Safe from any thread: the run stops at the next step and finishes as Cancelled.
    void requestCancel();

Q_SIGNALS:
    void planned(const Sync::Plan &plan);
    void progressChanged(int done, int total, const QString &phase);
    void logged(const Store::LogEntry &entry);
    // Requests sent so far in this run, retries included; at most every RequestsInterval while
    // requests go out, and once more with the final counts just before finished().
    void requestsChanged(qint64 ghl, qint64 mailerLite);
    void finished(const Sync::RunSummary &summary);

private:
    void setUp();
    void fetchMailerLiteMeta();
    void fetchGhlMeta();
    void fetchContacts();
    void fetchActivity();
    void fetchRemote();
    void lookUpRetried();
    // Whether an incremental run that found nothing to do should still ask MailerLite, so a
    // revoked key shows: none of the profile's runs got MailerLite's answer in the interval.
    [[nodiscard]] bool mailerLiteCheckDue() const;
    void makePlan();
    void apply(const Plan &plan);
    void finishRun(RunSummary::Outcome outcome, const std::optional<Error> &error = std::nullopt);
    void fail(Error error);
    void dropCalls();
    [[nodiscard]] bool stopIfCancelled();
    void log(Store::LogEntry::Severity severity, const QString &message,
             const QString &contactId = {});
    // Counts one finished step of the fetch phase; moves on when all are in.
    void stepDone();
    // A request went out: reports the counts, throttled.
    void requestSent();
    void reportRequests();

    const Clock &m_clock;
    SyncRequest m_request;
    std::atomic<bool> m_cancel {false};
    QElapsedTimer m_elapsed;
    RunSummary m_summary;
    std::unique_ptr<Store::StateDatabase> m_db;
    std::unique_ptr<Store::RunStore> m_runs;
    std::unique_ptr<RunRecorder> m_recorder;
    QNetworkAccessManager *m_network = nullptr;
    Api::HttpClient *m_mlHttp = nullptr;
    Api::MailerLiteClient *m_ml = nullptr;
    Api::GhlClient *m_ghl = nullptr;
    Executor *m_executor = nullptr;
    QObject *m_calls = nullptr; // parent of the fetch phase's calls
    QTimer *m_requestsTimer = nullptr;

    bool m_full = false;
    int m_pendingSteps = 0;
    std::optional<QDateTime> m_cursor;
    QHash<QString, Store::Link> m_links;
    QList<Ghl::Contact> m_contacts;
    QHash<QString, QList<Ghl::Note>> m_notes;
    QHash<QString, QList<Ghl::Task>> m_tasks;
    QSet<QString> m_activityRead; // contacts whose notes and tasks were read this run
    QList<Ghl::CustomFieldDef> m_customFields;
    QList<MailerLite::Field> m_mlFields;
    QList<MailerLite::Group> m_mlGroups;
    std::optional<QHash<QString, RemoteSubscriber>> m_remote;
    bool m_usesNotes = false;
    bool m_usesTasks = false;
    bool m_metaDeferred = false; // incremental: metadata read only when a contact changed
    bool m_finished = false;
    std::optional<Error> m_storageError;
    std::optional<Api::RetryPolicy::Config> m_mlRetry;
};

} // namespace Sync
