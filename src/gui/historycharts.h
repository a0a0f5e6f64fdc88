// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runrecord.h"
#include "store/runseries.h"

#include <QList>
#include <QWidget>

class Clock;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;

// The History page's charts over the loaded runs: items by outcome (stacked bars), duration
// and requests per service over time, for the last 7 or 30 days or all loaded runs, previews
// left out unless ticked. Shows an explanatory text instead of empty charts. The data comes
// from Store::RunSeries; this class only draws. Lives in the GUI thread.
class HistoryCharts final : public QWidget
{
    Q_OBJECT

public:
    // `clock` ends the time ranges; it must outlive the widget.
    explicit HistoryCharts(const Clock &clock, QWidget *parent = nullptr);
    ~HistoryCharts() override;

    // The runs to chart, in any order; the charts are drawn again at once.
    void setRuns(const QList<Store::RunRecord> &runs);
    // No runs, and `placeholder` in place of the charts.
    void clear(const QString &placeholder);

    void setRange(Store::RunSeries::Range range);
    [[nodiscard]] Store::RunSeries::Range range() const;
    void setIncludeDryRuns(bool include);
    [[nodiscard]] bool includesDryRuns() const;

    [[nodiscard]] const Store::RunSeries &series() const { return m_series; }
    [[nodiscard]] bool isShowingCharts() const;
    [[nodiscard]] QString placeholderText() const;
    [[nodiscard]] QChart *itemsChart() const { return m_itemsChart; }
    [[nodiscard]] QChart *durationChart() const { return m_durationChart; }
    [[nodiscard]] QChart *requestsChart() const { return m_requestsChart; }

    // The translated name of an outcome as the legend shows it.
    [[nodiscard]] static QString outcomeName(Store::RunSeries::Outcome outcome);

private:
    void rebuild();
    void showPlaceholder(const QString &text);
    static void resetChart(QChart *chart);
    void fillItems();
    void fillDuration();
    void fillRequests();
    [[nodiscard]] QString emptyText() const;
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString bucketLabel(const Store::RunSeries::Bucket &bucket) const;
    [[nodiscard]] QString bucketTitle(const Store::RunSeries::Bucket &bucket) const;

    const Clock &m_clock;
    QList<Store::RunRecord> m_runs;
    Store::RunSeries m_series;
    bool m_hasRuns = false; // false after clear(): the placeholder is the caller's
    QComboBox *m_rangeBox = nullptr;
    QCheckBox *m_dryRunBox = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_chartsPane = nullptr;
    QChart *m_itemsChart = nullptr;
    QChart *m_durationChart = nullptr;
    QChart *m_requestsChart = nullptr;
};
