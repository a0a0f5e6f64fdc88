// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpage.h"

#include "http/ratelimiter.h"
#include "logmodel.h"
#include "planmodel.h"
#include "profilesession.h"
#include "prompter.h"
#include "store/failurestore.h"
#include "store/statedatabase.h"
#include "ui_syncpage.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Sync::PlanItem;
using Sync::RunSummary;

SyncPage::SyncPage(ProfileSession &session, SyncController &sync, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SyncPage>())
    , m_session(session)
    , m_sync(sync)
    , m_eta(session.clock())
    , m_ghlMeter(session.clock(), Api::RateLimiter::Limits::ghl().window)
    , m_mlMeter(session.clock(), Api::RateLimiter::Limits::mailerLite().window)
{
    m_ui->setupUi(this);
    setUpPlan();
    setUpLog();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->summaryLabel->setText(
        tr("Preview first to see what would change; nothing is sent to MailerLite until you "
           "run the plan."));
    m_ui->phaseLabel->setText(tr("Idle"));

    m_tick.setInterval(1s);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        updateEta();
        updateMeters();
    });

    connect(m_ui->previewButton, &QPushButton::clicked, this, [this] { m_sync.preview(); });
    connect(m_ui->runButton, &QPushButton::clicked, this, &SyncPage::runPlan);
    connect(m_ui->syncNowButton, &QPushButton::clicked, this, [this] { m_sync.run(); });
    connect(m_ui->retryFailedButton, &QPushButton::clicked, this, &SyncPage::retryFailed);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        m_sync.cancel();
        updateActions();
    });

    connect(&m_sync, &SyncController::started, this, &SyncPage::onStarted);
    connect(&m_sync, &SyncController::planned, this, &SyncPage::onPlanned);
    connect(&m_sync, &SyncController::progressChanged, this, &SyncPage::onProgress);
    connect(&m_sync, &SyncController::requestsChanged, this, &SyncPage::onRequests);
    connect(&m_sync, &SyncController::logged, m_logModel, &LogModel::append);
    connect(&m_sync, &SyncController::finished, this, &SyncPage::onFinished);
    connect(&m_sync, &SyncController::runningChanged, this, &SyncPage::updateActions);
    connect(&m_session, &ProfileSession::opened, this, &SyncPage::onSessionOpened);
    connect(&m_session, &ProfileSession::closing, this, &SyncPage::onSessionClosing);

    updateMeters();
    if (m_session.isOpen()) {
        onSessionOpened();
    }
    updateActions();
}

SyncPage::~SyncPage() = default;

void SyncPage::runPlan()
{
    std::optional<Sync::Plan> plan = m_sync.lastPlan();
    if (!plan) {
        return;
    }
    if (plan->blastRadiusExceeded) {
        const Sync::SyncPolicy &policy = m_session.profile().policy;
        const QString text
            = tr("This plan would unsubscribe or remove from groups %1 subscribers. Profile "
                 "\"%2\" allows at most %3 such changes, or %4% of the subscribers synced, in one "
                 "run (the blast radius).\n\nApply the plan anyway?")
                  .arg(plan->destructiveCount())
                  .arg(m_session.profile().name)
                  .arg(policy.maxDestructiveCount)
                  .arg(policy.maxDestructivePercent, 0, 'f', 1);
        if (!m_session.prompter().confirm(this, tr("Apply a large removal?"), text, true)) {
            m_ui->statusLabel->setText(tr("The plan was not applied."));
            return;
        }
        // The user looked at the plan and accepted it: the limit no longer stops it.
        plan->blastRadiusExceeded = false;
        plan->blastRadiusMessage.clear();
    }
    // Groups wanted only by items the user skipped are not created either.
    QStringList neededGroups;
    for (const PlanItem &item : std::as_const(plan->items)) {
        if (item.willApply()) {
            neededGroups.append(item.groupNamesAdd);
        }
    }
    plan->groupsToCreate.removeIf([&neededGroups](const QString &name) {
        return !neededGroups.contains(name, Qt::CaseInsensitive);
    });
    m_sync.setLastPlan(*plan);
    m_sync.applyPlan();
}

void SyncPage::retryFailed()
{
    if (!m_openFailures.isEmpty()) {
        m_sync.retry(m_openFailures);
    }
}

void SyncPage::onStarted(SyncController::Kind kind)
{
    m_kind = kind;
    m_eta.reset();
    m_ghlMeter.reset();
    m_mlMeter.reset();
    if (kind != SyncController::Kind::Apply) {
        // A new plan is on its way; the applied one stays in view while it is applied.
        m_planModel->clear();
        updateCounts({});
        m_ui->planStack->setCurrentWidget(m_ui->planPlaceholderLabel);
    }
    m_ui->progressBar->setRange(0, 0);
    m_ui->phaseLabel->setText(tr("Starting"));
    m_ui->etaLabel->clear();
    m_ui->summaryLabel->setText(tr("Running..."));
    m_tick.start();
    updateMeters();
    updateActions();
}

void SyncPage::onProgress(int done, int total, const QString &phase)
{
    m_ui->progressBar->setRange(0, std::max(total, 0));
    m_ui->progressBar->setValue(total > 0 ? std::min(done, total) : 0);
    m_ui->phaseLabel->setText(total > 0 ? tr("%1: %2 of %3").arg(phase).arg(done).arg(total)
                                        : tr("%1: %2").arg(phase).arg(done));
    m_eta.addSample(done, total, phase);
    updateEta();
}

void SyncPage::updateEta()
{
    if (!m_sync.isRunning()) {
        m_ui->etaLabel->clear();
        return;
    }
    const auto left = m_eta.remaining();
    m_ui->etaLabel->setText(left ? tr("About %1 left").arg(durationText(*left))
                                 : tr("Estimating time left"));
}

void SyncPage::onRequests(qint64 ghl, qint64 mailerLite)
{
    m_ghlMeter.record(ghl);
    m_mlMeter.record(mailerLite);
    updateMeters();
}

void SyncPage::updateMeters()
{
    const Api::RateLimiter::Limits ghl = Api::RateLimiter::Limits::ghl();
    const Api::RateLimiter::Limits ml = Api::RateLimiter::Limits::mailerLite();
    m_ui->ghlRequestsLabel->setText(tr("GoHighLevel: %1 requests").arg(m_ghlMeter.total()));
    m_ui->mlRequestsLabel->setText(tr("MailerLite: %1 requests").arg(m_mlMeter.total()));
    m_ui->ghlRequestsBar->setRange(0, ghl.maxPerWindow);
    m_ui->ghlRequestsBar->setValue(int(std::min<qint64>(m_ghlMeter.inWindow(), ghl.maxPerWindow)));
    m_ui->ghlRequestsBar->setFormat(
        tr("%1 in the last %2 s")
            .arg(m_ghlMeter.inWindow())
            .arg(std::chrono::duration_cast<std::chrono::seconds>(ghl.window).count()));
    m_ui->mlRequestsBar->setRange(0, ml.maxPerWindow);
    m_ui->mlRequestsBar->setValue(int(std::min<qint64>(m_mlMeter.inWindow(), ml.maxPerWindow)));
    m_ui->mlRequestsBar->setFormat(tr("%1 in the last minute").arg(m_mlMeter.inWindow()));
    m_ui->ghlLimitLabel->setText(
        tr("Limit: %1 per %2 s")
            .arg(ghl.maxPerWindow)
            .arg(std::chrono::duration_cast<std::chrono::seconds>(ghl.window).count()));
    m_ui->mlLimitLabel->setText(tr("Limit: %1 per minute per endpoint").arg(ml.maxPerWindow));
}

void SyncPage::onFinished(const RunSummary &summary)
{
    m_tick.stop();
    m_logModel->flush();
    m_ghlMeter.record(summary.requestsGhl);
    m_mlMeter.record(summary.requestsMailerLite);
    updateMeters();
    const int maximum = std::max(1, m_ui->progressBar->maximum());
    m_ui->progressBar->setRange(0, maximum);
    m_ui->progressBar->setValue(summary.outcome == RunSummary::Outcome::Succeeded
                                        || summary.outcome == RunSummary::Outcome::ItemsFailed
                                    ? maximum
                                    : std::min(m_ui->progressBar->value(), maximum));
    m_ui->phaseLabel->setText(tr("Finished"));
    m_ui->etaLabel->clear();
    m_ui->summaryLabel->setText(summaryText(summary));
    loadOpenFailures();
    m_kind.reset();
    updateActions();
}

void SyncPage::loadOpenFailures()
{
    m_openFailures.clear();
    if (!m_session.isOpen() || !m_session.database()) {
        return;
    }
    Store::FailureStore failures(*m_session.database(), m_session.clock());
    const auto ids = failures.openContactIds(m_session.profile().name);
    if (ids.ok()) {
        m_openFailures = ids.value();
    }
}

void SyncPage::onSessionOpened()
{
    m_planModel->clear();
    updateCounts({});
    m_logModel->clear();
    m_ui->planStack->setCurrentWidget(m_ui->planPlaceholderLabel);
    loadOpenFailures();
    updateActions();
}

void SyncPage::onSessionClosing()
{
    m_planModel->clear();
    updateCounts({});
    m_logModel->clear();
    m_openFailures.clear();
    m_ui->planStack->setCurrentWidget(m_ui->planPlaceholderLabel);
    updateActions();
}

void SyncPage::updateActions()
{
    const bool running = m_sync.isRunning();
    const bool ready = m_session.isOpen() && !running;
    m_ui->previewButton->setEnabled(ready);
    m_ui->runButton->setEnabled(ready && m_sync.lastPlan().has_value());
    m_ui->syncNowButton->setEnabled(ready);
    m_ui->retryFailedButton->setVisible(!m_openFailures.isEmpty());
    m_ui->retryFailedButton->setEnabled(ready && !m_openFailures.isEmpty());
    m_ui->retryFailedButton->setText(tr("Retry %1 failed items").arg(m_openFailures.size()));
    m_ui->cancelButton->setEnabled(running && !m_sync.isCancelling());
    updatePlanActions();
    if (!running) {
        if (!m_session.isOpen()) {
            m_ui->statusLabel->setText(tr("Open a profile to sync."));
        } else if (const QString text = m_ui->statusLabel->text(); text == tr("Cancelling...")
                   || text == tr("Previewing...") || text == tr("Applying the plan...")
                   || text == tr("Syncing...") || text == tr("Retrying...")
                   || text == tr("Applying webhook changes...")) {
            // The summary box below says how the run ended; the busy word must not linger.
            m_ui->statusLabel->clear();
        }
        return;
    }
    if (m_sync.isCancelling()) {
        m_ui->statusLabel->setText(tr("Cancelling..."));
        return;
    }
    switch (m_sync.runningKind().value_or(SyncController::Kind::Run)) {
    case SyncController::Kind::Preview:
        m_ui->statusLabel->setText(tr("Previewing..."));
        break;
    case SyncController::Kind::Apply:
        m_ui->statusLabel->setText(tr("Applying the plan..."));
        break;
    case SyncController::Kind::Run:
        m_ui->statusLabel->setText(tr("Syncing..."));
        break;
    case SyncController::Kind::Retry:
        m_ui->statusLabel->setText(tr("Retrying..."));
        break;
    case SyncController::Kind::Realtime:
        m_ui->statusLabel->setText(tr("Applying webhook changes..."));
        break;
    }
}
