// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "log/logging.h"
#include "profilesession.h"
#include "sync/syncengine.h"

#include <QDeadlineTimer>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A cancelled run stops within one step; only a hung service could take longer than this.
constexpr auto ShutdownTimeout = 30s;

} // namespace

SyncController::SyncController(ProfileSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // The kept plan belongs to the profile that made it; a run of a closing profile stops.
    connect(&m_session, &ProfileSession::closing, this, [this] {
        cancel();
        m_lastPlan.reset();
    });
}

SyncController::~SyncController()
{
    if (!m_thread) {
        return;
    }
    // No events are delivered to this object any more, so the sync thread itself stops once
    // the engine has finished (or it already has: then stop it here).
    if (m_engine) {
        m_engine->requestCancel();
    }
    m_handshake->closing.store(true);
    if (m_handshake->ended.load()) {
        m_thread->quit();
    }
    if (!m_thread->wait(QDeadlineTimer(ShutdownTimeout))) {
        qCCritical(lcSync) << "the sync run did not stop after cancelling; stopping its thread";
        m_thread->quit();
        m_thread->wait();
    }
}

bool SyncController::isRunning() const
{
    return m_thread != nullptr;
}

std::optional<SyncController::Kind> SyncController::runningKind() const
{
    return m_kind;
}

bool SyncController::preview()
{
    return start(Kind::Preview);
}

bool SyncController::applyPlan()
{
    return start(Kind::Apply);
}

bool SyncController::run()
{
    return start(Kind::Run);
}

bool SyncController::retry(const QStringList &contactIds)
{
    if (contactIds.isEmpty()) {
        return false;
    }
    return start(Kind::Retry, contactIds);
}

bool SyncController::runRealtime(const QStringList &contactIds)
{
    if (contactIds.isEmpty()) {
        return false;
    }
    return start(Kind::Realtime, contactIds);
}

void SyncController::cancel()
{
    if (!m_engine || m_cancelling) {
        return;
    }
    m_cancelling = true;
    m_engine->requestCancel(); // thread-safe: an atomic flag plus a queued call
}

void SyncController::setLastPlan(const Sync::Plan &plan)
{
    m_lastPlan = plan;
}

bool SyncController::start(Kind kind, const QStringList &contactIds)
{
    if (m_thread || !m_session.isOpen()) {
        return false;
    }
    const Session::ServiceConfig config = m_session.serviceConfig();
    if (!config.hasCredentials()) {
        return false;
    }
    Sync::SyncRequest request;
    request.profile = config.profile;
    request.ghlToken = config.ghlToken;
    request.mailerLiteApiKey = config.mailerLiteKey;
    request.databasePath = config.databasePath;
    switch (kind) {
    case Kind::Preview:
        // The engine reads MailerLite in full by itself when nothing is linked yet.
        request.dryRun = true;
        break;
    case Kind::Apply:
        if (!m_lastPlan || m_lastPlan->profile != config.profile.name) {
            return false;
        }
        request.planToApply = m_lastPlan;
        break;
    case Kind::Run:
        break;
    case Kind::Retry:
    case Kind::Realtime:
        request.onlyContactIds = contactIds;
        break;
    }

    m_kind = kind;
    m_cancelling = false;
    m_summary.reset();
    m_handshake = std::make_shared<Handshake>();
    m_thread = new QThread(this);
    m_thread->setObjectName(u"SyncThread"_s);
    // The engine only keeps the clock until start(), which creates its network and database
    // connections in the sync thread.
    m_engine = new Sync::SyncEngine(m_session.clock());
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, &SyncController::onThreadFinished);

    // Everything below reaches this object queued: the engine emits in the sync thread.
    connect(m_engine, &Sync::SyncEngine::planned, this, [this](const Sync::Plan &plan) {
        if (m_kind == Kind::Preview) {
            m_lastPlan = plan;
        }
        Q_EMIT planned(plan);
    });
    connect(m_engine, &Sync::SyncEngine::progressChanged, this, &SyncController::progressChanged);
    connect(m_engine, &Sync::SyncEngine::requestsChanged, this, &SyncController::requestsChanged);
    connect(m_engine, &Sync::SyncEngine::logged, this, &SyncController::logged);
    connect(m_engine, &Sync::SyncEngine::finished, this, &SyncController::onEngineFinished);
    // Direct, in the sync thread: lets the destructor stop the thread without the GUI's events.
    connect(m_engine, &Sync::SyncEngine::finished, m_engine,
            [handshake = m_handshake, thread = m_thread] {
                handshake->ended.store(true);
                if (handshake->closing.load()) {
                    thread->quit();
                }
            });

    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, request] { engine->start(request); }, Qt::QueuedConnection);
    m_thread->start();
    qCInfo(lcSync) << "sync started:" << kind << "for profile" << config.profile.name;
    Q_EMIT started(kind);
    Q_EMIT runningChanged(true);
    return true;
}

void SyncController::onEngineFinished(const Sync::RunSummary &summary)
{
    m_summary = summary;
    m_engine = nullptr; // deleted in its thread once the thread stops, which starts now
    if (m_thread) {
        m_thread->quit();
    }
}

void SyncController::onThreadFinished()
{
    QThread *thread = std::exchange(m_thread, nullptr);
    thread->wait(); // it already emitted finished(): only its last clean-up remains
    delete thread;
    m_engine = nullptr;
    const std::optional<Kind> kind = std::exchange(m_kind, std::nullopt);
    m_cancelling = false;

    Sync::RunSummary summary;
    if (m_summary) {
        summary = *std::exchange(m_summary, std::nullopt);
    } else {
        // Cannot happen while the engine keeps its promise to finish exactly once.
        qCCritical(lcSync) << "the sync thread ended without a summary";
        summary.outcome = Sync::RunSummary::Outcome::Stopped;
        summary.profile = m_session.profile().name;
        summary.error = Error {Error::Kind::Internal, tr("The sync ended unexpectedly."), {}};
    }
    // A previewed plan stays until it is applied (or replaced); applied plans are spent, and a
    // preview that did not complete has nothing to apply.
    const bool keepPlan = kind == Kind::Realtime
        || (kind == Kind::Preview
            && (summary.outcome == Sync::RunSummary::Outcome::Succeeded
                || summary.outcome == Sync::RunSummary::Outcome::BlastRadius));
    if (!keepPlan) {
        m_lastPlan.reset();
    }
    Q_EMIT finished(summary);
    Q_EMIT runningChanged(false);
}
