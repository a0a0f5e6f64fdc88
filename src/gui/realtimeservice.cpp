// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "realtimeservice.h"

#include "log/logging.h"
#include "profilesession.h"
#include "store/statedatabase.h"
#include "synccontroller.h"
#include "util/clock.h"
#include "webhook/webhookpipeline.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Severity = Store::LogEntry::Severity;

RealtimeService::RealtimeService(ProfileSession &session, SyncController &sync, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sync(sync)
{
    connect(&m_session, &ProfileSession::opened, this, &RealtimeService::start);
    connect(&m_session, &ProfileSession::closing, this, &RealtimeService::stop);
    connect(&m_session, &ProfileSession::openFailed, this, &RealtimeService::stop);
    // Problems of the run this service started, per contact: their events settle as failed.
    connect(&m_sync, &SyncController::logged, this, [this](const Store::LogEntry &entry) {
        if (m_runDone && !entry.contactId.isEmpty() && entry.severity >= Severity::Warning) {
            m_runProblems.insert(entry.contactId, entry.message);
        }
    });
    connect(&m_sync, &SyncController::finished, this, [this](const Sync::RunSummary &summary) {
        if (!m_runDone) {
            return; // a run the user started
        }
        Webhooks::WebhookProcessor::RunOutcome outcome;
        outcome.started = true;
        outcome.summary = summary;
        outcome.contactProblems = std::exchange(m_runProblems, {});
        std::exchange(m_runDone, nullptr)(outcome);
    });
    // Events that waited for the user's run go as soon as it is over.
    connect(&m_sync, &SyncController::runningChanged, this, [this](bool running) {
        if (!running && m_pipeline && m_pipeline->processor()) {
            m_pipeline->processor()->notify();
        }
    });
}

RealtimeService::~RealtimeService()
{
    stop();
}

QString RealtimeService::endpoint() const
{
    return m_pipeline ? m_pipeline->endpoint() : QString();
}

void RealtimeService::start()
{
    stop();
    const Session::ServiceConfig config = m_session.serviceConfig();
    const Profiles::RealtimeSettings &realtime = config.profile.realtime;
    if (!realtime.webhooksEnabled) {
        return;
    }
    Store::StateDatabase *db = m_session.database();
    if (!db) {
        fail(tr("The state database is not available, so webhooks cannot be queued: %1")
                 .arg(m_session.databaseError() ? m_session.databaseError()->message : QString()));
        return;
    }
    if (!config.hasCredentials()) {
        fail(tr("The profile's credentials are missing, so webhooks cannot be checked or "
                "applied."));
        return;
    }
    m_pipeline = std::make_unique<Webhooks::WebhookPipeline>(config, *db, m_session.clock());
    connect(m_pipeline.get(), &Webhooks::WebhookPipeline::delivered, this,
            [this](const QString &source, const Webhooks::WebhookReceiver::Reply &reply) {
                m_lastDelivery = m_session.clock().now();
                if (reply.httpStatus >= 200 && reply.httpStatus < 300) {
                    ++m_accepted;
                } else {
                    ++m_refused;
                    m_lastRefusal = tr("%1 delivery refused (HTTP %2): %3")
                                        .arg(source == u"ghl" ? u"GoHighLevel"_s : u"MailerLite"_s)
                                        .arg(reply.httpStatus)
                                        .arg(reply.message);
                }
                Q_EMIT activity();
            });
    // Events queued before the app last closed are applied as soon as it listens.
    const Result<quint16> bound = m_pipeline->start(
        realtime.webhookBindAddress, realtime.webhookPort,
        [this](const QStringList &ids, const Webhooks::WebhookProcessor::RunDone &done) {
            startRun(ids, done);
        });
    if (!bound.ok()) {
        fail(bound.error().message);
        return;
    }
    connect(m_pipeline->processor(), &Webhooks::WebhookProcessor::eventsSettled, this,
            [this](int applied, int, int) {
                m_applied += applied;
                Q_EMIT activity();
            });
    m_state = State::Listening;
    m_error.clear();
    Q_EMIT stateChanged(m_state);
}

void RealtimeService::stop()
{
    const bool wasOn = m_state != State::Off;
    // A run this service started may still end, but nobody waits for it any more.
    m_pipeline.reset();
    m_runDone = nullptr;
    m_runProblems.clear();
    m_accepted = m_refused = m_applied = 0;
    m_lastRefusal.clear();
    m_lastDelivery = {};
    m_state = State::Off;
    m_error.clear();
    if (wasOn) {
        Q_EMIT stateChanged(m_state);
    }
}

void RealtimeService::fail(const QString &message)
{
    qCWarning(lcWebhook).noquote() << "webhooks not started:" << message;
    stop();
    m_state = State::Failed;
    m_error = message;
    Q_EMIT stateChanged(m_state);
}

void RealtimeService::startRun(const QStringList &contactIds,
                               const Webhooks::WebhookProcessor::RunDone &done)
{
    // One run at a time: while the user's preview or run goes on, the events wait (the
    // processor tries again, and runningChanged() nudges it when that run ends).
    if (m_runDone || !m_sync.runRealtime(contactIds)) {
        done(Webhooks::WebhookProcessor::RunOutcome {});
        return;
    }
    m_runProblems.clear();
    m_runDone = done;
}

QString RealtimeService::statusText() const
{
    switch (m_state) {
    case State::Off:
        return {};
    case State::Failed:
        return tr("Webhooks: not listening");
    case State::Listening:
        break;
    }
    if (m_accepted == 0 && m_refused == 0) {
        return tr("Webhooks: listening on %1").arg(endpoint());
    }
    QString text = tr("Webhooks: %n received", nullptr, m_accepted);
    if (m_refused > 0) {
        text += tr(", %n refused", nullptr, m_refused);
    }
    return text;
}

QString RealtimeService::statusDetails() const
{
    switch (m_state) {
    case State::Off:
        return {};
    case State::Failed:
        return m_error;
    case State::Listening:
        break;
    }
    QStringList lines;
    lines << tr("Listening on http://%1: POST /webhooks/ghl for GoHighLevel, POST "
                "/webhooks/mailerlite for MailerLite.")
                 .arg(endpoint());
    lines << tr("%n delivery(ies) accepted", nullptr, m_accepted) + u", "_s
            + tr("%n refused", nullptr, m_refused) + u", "_s
            + tr("%n event(s) applied", nullptr, m_applied) + u"."_s;
    if (m_lastDelivery.isValid()) {
        lines << tr("Last delivery: %1")
                     .arg(QLocale().toString(m_lastDelivery.toLocalTime(), QLocale::ShortFormat));
    }
    if (!m_lastRefusal.isEmpty()) {
        lines << tr("Last refusal: %1").arg(m_lastRefusal);
    }
    return lines.join(u'\n');
}
