// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycharts.h"

#include "util/clock.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Store::RunSeries;

namespace {

QChartView *addChartView(QWidget *pane, const QString &objectName, int minimumHeight)
{
    auto *chart = new QChart;
    // Drawn at once: a reload after every sync should not replay an animation.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    auto *view = new QChartView(chart, pane); // owns the chart
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    return view;
}

} // namespace

HistoryCharts::HistoryCharts(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    m_rangeBox = new QComboBox(this);
    m_rangeBox->setObjectName(u"rangeComboBox"_s);
    m_rangeBox->addItem(tr("Last 7 days"), int(RunSeries::Range::LastWeek));
    m_rangeBox->addItem(tr("Last 30 days"), int(RunSeries::Range::LastMonth));
    m_rangeBox->addItem(tr("All loaded runs"), int(RunSeries::Range::All));
    m_rangeBox->setCurrentIndex(1);
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeBox);
    m_dryRunBox = new QCheckBox(tr("Include &previews (dry runs)"), this);
    m_dryRunBox->setObjectName(u"includeDryRunsCheckBox"_s);
    m_dryRunBox->setToolTip(tr("Previews plan without writing; they are left out by default so "
                               "the charts show what was really synced."));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"chartsSummaryLabel"_s);

    auto *controls = new QHBoxLayout;
    controls->addWidget(rangeLabel);
    controls->addWidget(m_rangeBox);
    controls->addSpacing(16);
    controls->addWidget(m_dryRunBox);
    controls->addStretch(1);
    controls->addWidget(m_summaryLabel);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(u"chartsPlaceholderLabel"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    QPalette muted = m_placeholder->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(muted);

    m_chartsPane = new QWidget(this);
    QChartView *itemsView = addChartView(m_chartsPane, u"itemsChartView"_s, 220);
    QChartView *durationView = addChartView(m_chartsPane, u"durationChartView"_s, 180);
    QChartView *requestsView = addChartView(m_chartsPane, u"requestsChartView"_s, 180);
    m_itemsChart = itemsView->chart();
    m_durationChart = durationView->chart();
    m_requestsChart = requestsView->chart();
    auto *grid = new QGridLayout(m_chartsPane);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(itemsView, 0, 0, 1, 2);
    grid->addWidget(durationView, 1, 0);
    grid->addWidget(requestsView, 1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_chartsPane);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);

    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, &HistoryCharts::rebuild);
    connect(m_dryRunBox, &QCheckBox::toggled, this, &HistoryCharts::rebuild);
    setRuns({});
}

HistoryCharts::~HistoryCharts() = default;

void HistoryCharts::setRuns(const QList<Store::RunRecord> &runs)
{
    m_runs = runs;
    m_hasRuns = true;
    m_rangeBox->setEnabled(true);
    m_dryRunBox->setEnabled(true);
    rebuild();
}

void HistoryCharts::clear(const QString &placeholder)
{
    m_runs.clear();
    m_hasRuns = false;
    m_series = RunSeries();
    m_rangeBox->setEnabled(false);
    m_dryRunBox->setEnabled(false);
    m_summaryLabel->clear();
    showPlaceholder(placeholder);
}

void HistoryCharts::setRange(RunSeries::Range range)
{
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
}

RunSeries::Range HistoryCharts::range() const
{
    return static_cast<RunSeries::Range>(m_rangeBox->currentData().toInt());
}

void HistoryCharts::setIncludeDryRuns(bool include)
{
    m_dryRunBox->setChecked(include);
}

bool HistoryCharts::includesDryRuns() const
{
    return m_dryRunBox->isChecked();
}

bool HistoryCharts::isShowingCharts() const
{
    return m_stack->currentWidget() == m_chartsPane;
}

QString HistoryCharts::placeholderText() const
{
    return m_placeholder->text();
}

QString HistoryCharts::outcomeName(RunSeries::Outcome outcome)
{
    switch (outcome) {
    case RunSeries::Created:
        return tr("Created");
    case RunSeries::Updated:
        return tr("Updated");
    case RunSeries::Unsubscribed:
        return tr("Unsubscribed");
    case RunSeries::Unchanged:
        return tr("Unchanged");
    case RunSeries::Skipped:
        return tr("Skipped");
    case RunSeries::Failed:
        return tr("Failed");
    case RunSeries::OutcomeCount:
        break;
    }
    return {};
}

void HistoryCharts::rebuild()
{
    if (!m_hasRuns) {
        return;
    }
    RunSeries::Options options;
    options.range = range();
    options.includeDryRuns = includesDryRuns();
    m_series = RunSeries::build(m_runs, m_clock.now(), options);
    m_summaryLabel->setText(summaryText());
    if (m_series.isEmpty()) {
        showPlaceholder(emptyText());
        return;
    }
    fillItems();
    fillDuration();
    fillRequests();
    m_stack->setCurrentWidget(m_chartsPane);
}

void HistoryCharts::showPlaceholder(const QString &text)
{
    for (QChart *chart : {m_itemsChart, m_durationChart, m_requestsChart}) {
        resetChart(chart);
    }
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

QString HistoryCharts::emptyText() const
{
    switch (m_series.emptyReason()) {
    case RunSeries::EmptyReason::NotEmpty:
        return {};
    case RunSeries::EmptyReason::NoRuns:
        return tr("No finished runs yet. After the first sync, charts of the items by outcome, "
                  "the durations and the requests of each run appear here.");
    case RunSeries::EmptyReason::OnlyDryRuns:
        return tr("Only previews so far. Tick \"Include previews (dry runs)\" to chart them, "
                  "or apply a sync from the Sync page.");
    case RunSeries::EmptyReason::NoneInRange:
        break;
    }
    return range() == RunSeries::Range::LastWeek
        ? tr("No runs in the last 7 days. Choose a longer range to see older runs.")
        : tr("No runs in the last 30 days. Choose \"All loaded runs\" to see older runs.");
}

QString HistoryCharts::summaryText() const
{
    const int runs = m_series.runCount();
    if (runs == 0) {
        return {};
    }
    switch (m_series.granularity()) {
    case RunSeries::Granularity::Run:
        return tr("%n run(s), one bar each", nullptr, runs);
    case RunSeries::Granularity::Hour:
        return tr("%n run(s), summed per hour", nullptr, runs);
    case RunSeries::Granularity::Day:
        return tr("%n run(s), summed per day", nullptr, runs);
    case RunSeries::Granularity::Week:
        return tr("%n run(s), summed per week", nullptr, runs);
    case RunSeries::Granularity::Month:
        return tr("%n run(s), summed per month", nullptr, runs);
    }
    return {};
}

QString HistoryCharts::bucketLabel(const RunSeries::Bucket &bucket) const
{
    const QDateTime local = bucket.start.toLocalTime();
    const QLocale locale;
    switch (m_series.granularity()) {
    case RunSeries::Granularity::Run:
    case RunSeries::Granularity::Hour:
        // Two short lines fit under a narrow bar; the axis draws labels as rich text.
        return locale.toString(local, u"d MMM'<br>'HH:mm"_s);
    case RunSeries::Granularity::Day:
    case RunSeries::Granularity::Week:
        return locale.toString(local, u"d MMM"_s);
    case RunSeries::Granularity::Month:
        return locale.toString(local, u"MMM yyyy"_s);
    }
    return {};
}

QString HistoryCharts::bucketTitle(const RunSeries::Bucket &bucket) const
{
    const QDateTime local = bucket.start.toLocalTime();
    const QLocale locale;
    switch (m_series.granularity()) {
    case RunSeries::Granularity::Run:
        return tr("Run #%1, %2")
            .arg(bucket.runId)
            .arg(locale.toString(local, QLocale::ShortFormat));
    case RunSeries::Granularity::Hour:
        return tr("%1 (%n run(s))", nullptr, bucket.runs)
            .arg(locale.toString(local, QLocale::ShortFormat));
    case RunSeries::Granularity::Day:
        return tr("%1 (%n run(s))", nullptr, bucket.runs)
            .arg(locale.toString(local.date(), QLocale::LongFormat));
    case RunSeries::Granularity::Week:
        return tr("Week of %1 (%n run(s))", nullptr, bucket.runs)
            .arg(locale.toString(local.date(), QLocale::LongFormat));
    case RunSeries::Granularity::Month:
        return tr("%1 (%n run(s))", nullptr, bucket.runs)
            .arg(locale.toString(local, u"MMMM yyyy"_s));
    }
    return {};
}
