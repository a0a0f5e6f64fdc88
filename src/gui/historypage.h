// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runitemrecord.h"
#include "store/runrecord.h"

#include <QList>
#include <QWidget>

#include <memory>

class HistoryCharts;
class ProfileSession;
class QSortFilterProxyModel;
class RunItemModel;
class RunModel;
class SyncController;

namespace Ui {
class HistoryPage;
}

// The sync runs of the open profile, newest first and loaded a page at a time, with the
// selected run's items (filterable by outcome) and log below, and a Charts tab plotting the
// loaded runs over time. Reads Store::RunStore over the session's database and reloads after
// every sync. Lives in the GUI thread.
class HistoryPage final : public QWidget
{
    Q_OBJECT

public:
    // Runs read per page ("Load more" reads the next one).
    static constexpr int pageSize = 200;

    HistoryPage(ProfileSession &session, SyncController &sync, QWidget *parent = nullptr);
    ~HistoryPage() override;

    // Reads the newest page again, keeping the selected run when it is still listed.
    void reload();
    void loadMore();
    // Selects a run (by row of runModel()) and shows its items and log.
    void selectRun(int row);
    // Brings the Charts tab to the front.
    void showCharts();
    // Shows only the selected run's items with this stored outcome word; empty for all.
    void setItemOutcomeFilter(const QString &outcome);

    [[nodiscard]] RunModel *runModel() const { return m_runs; }
    [[nodiscard]] RunItemModel *itemModel() const { return m_items; }
    // The items as the drill-down shows them, after the outcome filter.
    [[nodiscard]] QSortFilterProxyModel *itemFilterModel() const { return m_itemFilter; }
    [[nodiscard]] HistoryCharts *charts() const { return m_charts; }
    [[nodiscard]] bool canLoadMore() const { return m_hasMore; }

private:
    void showSelectedRun();
    void showRun(qint64 runId);
    void clearRun();
    void fillOutcomeFilter(const QList<Store::RunItemRecord> &items);
    void applyItemFilter();
    void updateItemsTab();
    [[nodiscard]] QList<Store::RunRecord> loadedRuns() const;
    void clearPage();
    void updateCount();
    void showError(const QString &text);

    ProfileSession &m_session;
    const std::unique_ptr<Ui::HistoryPage> m_ui;
    RunModel *m_runs = nullptr;
    RunItemModel *m_items = nullptr;
    QSortFilterProxyModel *m_itemFilter = nullptr;
    HistoryCharts *m_charts = nullptr;
    qint64 m_shownRunId = 0;
    bool m_active = false; // runs listed; false from closing() on
    bool m_hasMore = false;
};
