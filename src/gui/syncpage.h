// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requestmeter.h"
#include "sync/etaestimator.h"
#include "sync/plan.h"
#include "sync/runsummary.h"
#include "synccontroller.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class LogFilterProxy;
class LogModel;
class PlanModel;
class ProfileSession;
class QAbstractButton;
class QAction;
class QButtonGroup;
class QSortFilterProxyModel;

namespace Ui {
class SyncPage;
}

// The Sync page: Preview (a dry run whose plan is shown as counts per outcome and a table of
// records with before -> after values and reasons, where each record can be skipped or forced),
// Save / Load of a plan with its overrides, Run (applies exactly that plan, asking first when it
// exceeds the blast radius), Sync now, retry of failed items and Cancel; a
// progress bar with phase and time left, the requests used against each service's rate limit,
// the live log (filter, copy, export) and the summary of the last run.
// Lives in the GUI thread; the run itself happens in SyncController's thread.
class SyncPage final : public QWidget
{
    Q_OBJECT

public:
    SyncPage(ProfileSession &session, SyncController &sync, QWidget *parent = nullptr);
    ~SyncPage() override;

    [[nodiscard]] PlanModel *planModel() const { return m_planModel; }
    [[nodiscard]] QSortFilterProxyModel *planProxy() const { return m_planProxy; }
    [[nodiscard]] LogModel *logModel() const { return m_logModel; }
    [[nodiscard]] LogFilterProxy *logProxy() const { return m_logProxy; }
    // Filters the plan table to one action; nullopt shows every item.
    void filterPlan(std::optional<Sync::PlanItem::Action> action);
    // Filters the plan table to the items the user skipped or forced.
    void filterOverridden();
    // The selected log lines as text, as copied to the clipboard.
    [[nodiscard]] QString selectedLogText() const;

private:
    void setUpPlan();
    void setUpOverrideActions();
    void setUpLog();
    void runPlan();
    void retryFailed();
    void onStarted(SyncController::Kind kind);
    void onPlanned(const Sync::Plan &plan);
    void showPlan(const Sync::Plan &plan);
    // Sets `value` on the selected rows and says what happened (and why rows were refused).
    void overrideSelected(Sync::PlanItem::Override value);
    // Hands the table's overrides to the controller, so Run and Save use them.
    void storeOverrides();
    void savePlan();
    void loadPlan();
    void updatePlanActions();
    void updateOverrideCount();
    void onProgress(int done, int total, const QString &phase);
    void onRequests(qint64 ghl, qint64 mailerLite);
    void onFinished(const Sync::RunSummary &summary);
    void onSessionOpened();
    void onSessionClosing();
    void updateCounts(const Sync::Plan &plan);
    void updateMeters();
    void updateEta();
    void updateActions();
    void loadOpenFailures();
    void copyLog();
    void exportLog();
    [[nodiscard]] QString summaryText(const Sync::RunSummary &summary) const;
    [[nodiscard]] static QString durationText(std::chrono::milliseconds duration);

    const std::unique_ptr<Ui::SyncPage> m_ui;
    ProfileSession &m_session;
    SyncController &m_sync;
    PlanModel *m_planModel = nullptr;
    QSortFilterProxyModel *m_planProxy = nullptr;
    LogModel *m_logModel = nullptr;
    LogFilterProxy *m_logProxy = nullptr;
    QButtonGroup *m_countButtons = nullptr; // int(PlanItem::Action), or ids for "all", overridden
    QAction *m_skipAction = nullptr;
    QAction *m_forceAction = nullptr;
    QAction *m_clearOverrideAction = nullptr;
    Sync::EtaEstimator m_eta;
    RequestMeter m_ghlMeter;
    RequestMeter m_mlMeter;
    QTimer m_tick; // refreshes the time left and the request windows while a run goes
    std::optional<SyncController::Kind> m_kind;
    QStringList m_openFailures; // contact ids, for "Retry failed items"
    bool m_logAtBottom = true;
};
