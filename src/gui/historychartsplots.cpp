// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The three plots of HistoryCharts, drawn from its RunSeries.
#include "historycharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;
using Store::RunSeries;

namespace {

// Green for new, blue for changed, grey for nothing to do, amber and red for trouble.
QColor outcomeColor(RunSeries::Outcome outcome)
{
    switch (outcome) {
    case RunSeries::Created:
        return QColor(0x2e, 0x7d, 0x32);
    case RunSeries::Updated:
        return QColor(0x15, 0x65, 0xc0);
    case RunSeries::Unsubscribed:
        return QColor(0x8e, 0x24, 0xaa);
    case RunSeries::Unchanged:
        return QColor(0xb0, 0xbe, 0xc5);
    case RunSeries::Skipped:
        return QColor(0xf9, 0xa8, 0x25);
    case RunSeries::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case RunSeries::OutcomeCount:
        break;
    }
    return Qt::gray;
}

QValueAxis *countAxis(double max, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(max * 1.08, 1.0)); // headroom: the top point stays off the frame
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%d"_s);
    axis->setTitleText(title);
    return axis;
}

// The same time span for the duration and request charts, so their points line up; padded so
// the first and last points are not drawn on the frame.
QDateTimeAxis *timeAxis(const RunSeries &series)
{
    const QDateTime first = series.buckets().front().at();
    const QDateTime last = series.buckets().back().at();
    const qint64 span = first.msecsTo(last);
    const qint64 pad = std::max<qint64>(span / 20, 30 * 60 * 1000);
    auto *axis = new QDateTimeAxis;
    axis->setRange(first.addMSecs(-pad), last.addMSecs(pad));
    axis->setFormat(span > 3LL * 24 * 3600 * 1000 ? u"d MMM"_s : u"d MMM HH:mm"_s);
    axis->setTickCount(std::clamp(int(series.buckets().size()) + 1, 3, 6));
    return axis;
}

QLineSeries *pointSeries(const QString &name, const QColor &color)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->setColor(color);
    // A single run is a point, not an invisible line.
    line->setPointsVisible(true);
    return line;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    if (!chart->axes(Qt::Horizontal).contains(x)) {
        chart->addAxis(x, Qt::AlignBottom);
    }
    if (!chart->axes(Qt::Vertical).contains(y)) {
        chart->addAxis(y, Qt::AlignLeft);
    }
    series->attachAxis(x);
    series->attachAxis(y);
    if (auto *xy = qobject_cast<QXYSeries *>(series)) {
        // After addSeries(): the theme widens the pen, and points are drawn 1.5 pen widths wide.
        QPen pen = xy->pen();
        pen.setWidth(2);
        xy->setPen(pen);
    }
}

} // namespace

void HistoryCharts::resetChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis); // gives the axis back to us
        delete axis;
    }
}

void HistoryCharts::fillItems()
{
    resetChart(m_itemsChart);
    const std::vector<RunSeries::Bucket> &buckets = m_series.buckets();
    auto *bars = new QStackedBarSeries;
    // Few bars drawn full width look like blocks.
    bars->setBarWidth(buckets.size() == 1 ? 0.15 : buckets.size() < 4 ? 0.3 : 0.75);
    for (int o = 0; o < RunSeries::OutcomeCount; ++o) {
        const auto outcome = static_cast<RunSeries::Outcome>(o);
        if (m_series.outcomeTotal(outcome) == 0) {
            continue; // keeps the legend to what happened
        }
        auto *set = new QBarSet(outcomeName(outcome));
        set->setColor(outcomeColor(outcome));
        set->setBorderColor(outcomeColor(outcome).darker(120));
        for (const RunSeries::Bucket &bucket : buckets) {
            *set << bucket.items[std::size_t(o)];
        }
        connect(set, &QBarSet::hovered, this, [this, outcome](bool status, int index) {
            if (!status || index < 0 || index >= int(m_series.buckets().size())) {
                QToolTip::hideText();
                return;
            }
            const RunSeries::Bucket &bucket = m_series.buckets()[std::size_t(index)];
            QToolTip::showText(QCursor::pos(),
                               tr("%1\n%2: %3 of %4 items")
                                   .arg(bucketTitle(bucket), outcomeName(outcome))
                                   .arg(bucket.items[std::size_t(outcome)])
                                   .arg(bucket.itemTotal()));
        });
        bars->append(set);
    }

    QStringList categories;
    int maxTotal = 0;
    for (const RunSeries::Bucket &bucket : buckets) {
        // Categories must be unique: two runs in the same minute get their id.
        QString label = bucketLabel(bucket);
        if (categories.contains(label)) {
            label = tr("%1 (#%2)").arg(label).arg(bucket.runId);
        }
        categories.append(label);
        maxTotal = std::max(maxTotal, bucket.itemTotal());
    }
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (categories.size() > 16) {
        x->setLabelsAngle(-45);
    }
    attach(m_itemsChart, bars, x, countAxis(maxTotal, tr("Items")));

    switch (m_series.granularity()) {
    case RunSeries::Granularity::Run:
        m_itemsChart->setTitle(tr("Items by outcome per run"));
        break;
    case RunSeries::Granularity::Hour:
        m_itemsChart->setTitle(tr("Items by outcome per hour"));
        break;
    case RunSeries::Granularity::Day:
        m_itemsChart->setTitle(tr("Items by outcome per day"));
        break;
    case RunSeries::Granularity::Week:
        m_itemsChart->setTitle(tr("Items by outcome per week"));
        break;
    case RunSeries::Granularity::Month:
        m_itemsChart->setTitle(tr("Items by outcome per month"));
        break;
    }
    m_itemsChart->legend()->setVisible(!bars->barSets().isEmpty());
}

void HistoryCharts::fillDuration()
{
    resetChart(m_durationChart);
    const bool perRun = m_series.granularity() == RunSeries::Granularity::Run;
    m_durationChart->setTitle(perRun ? tr("Duration per run") : tr("Average duration per run"));
    m_durationChart->legend()->setVisible(false);
    const std::optional<qint64> max = m_series.maxDurationMs();
    if (!max) {
        m_durationChart->setTitle(tr("No durations recorded for these runs"));
        return;
    }
    // Minutes read better than "1800 s".
    const bool minutes = *max >= 2 * 60 * 1000;
    const double unit = minutes ? 60000.0 : 1000.0;
    QLineSeries *line = pointSeries(tr("Duration"), QColor(0x5e, 0x35, 0xb1));
    for (const RunSeries::Bucket &bucket : m_series.buckets()) {
        if (const auto average = bucket.averageDurationMs()) {
            line->append(double(bucket.at().toMSecsSinceEpoch()), double(*average) / unit);
        }
    }
    connect(line, &QLineSeries::hovered, this, [minutes](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())),
                                                QLocale::ShortFormat);
        QToolTip::showText(QCursor::pos(),
                           minutes ? tr("%1: %2 min").arg(when).arg(point.y(), 0, 'f', 1)
                                   : tr("%1: %2 s").arg(when).arg(point.y(), 0, 'f', 1));
    });
    auto *y = new QValueAxis;
    y->setRange(0, double(*max) / unit * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(minutes ? tr("Minutes") : tr("Seconds"));
    attach(m_durationChart, line, timeAxis(m_series), y);
}

void HistoryCharts::fillRequests()
{
    resetChart(m_requestsChart);
    switch (m_series.granularity()) {
    case RunSeries::Granularity::Run:
        m_requestsChart->setTitle(tr("Requests per run"));
        break;
    case RunSeries::Granularity::Hour:
        m_requestsChart->setTitle(tr("Requests per hour"));
        break;
    case RunSeries::Granularity::Day:
        m_requestsChart->setTitle(tr("Requests per day"));
        break;
    case RunSeries::Granularity::Week:
        m_requestsChart->setTitle(tr("Requests per week"));
        break;
    case RunSeries::Granularity::Month:
        m_requestsChart->setTitle(tr("Requests per month"));
        break;
    }
    QLineSeries *ghl = pointSeries(tr("GoHighLevel"), QColor(0x00, 0x83, 0x8f));
    QLineSeries *mailerLite = pointSeries(tr("MailerLite"), QColor(0xef, 0x6c, 0x00));
    int max = 0;
    for (const RunSeries::Bucket &bucket : m_series.buckets()) {
        const auto x = double(bucket.at().toMSecsSinceEpoch());
        ghl->append(x, bucket.requestsGhl);
        mailerLite->append(x, bucket.requestsMailerLite);
        max = std::max({max, bucket.requestsGhl, bucket.requestsMailerLite});
    }
    for (QLineSeries *line : {ghl, mailerLite}) {
        connect(line, &QLineSeries::hovered, this, [line](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QString when = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(qint64(point.x())), QLocale::ShortFormat);
            QToolTip::showText(
                QCursor::pos(),
                tr("%1, %2: %n request(s)", nullptr, qRound(point.y())).arg(line->name(), when));
        });
    }
    QDateTimeAxis *x = timeAxis(m_series);
    QValueAxis *y = countAxis(max, tr("Requests"));
    attach(m_requestsChart, ghl, x, y);
    attach(m_requestsChart, mailerLite, x, y);
    m_requestsChart->legend()->setVisible(true);
}
