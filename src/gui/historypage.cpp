// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"
#include "ui_historypage.h"

#include "historycharts.h"
#include "log/logging.h"
#include "profilesession.h"
#include "runitemmodel.h"
#include "runmodel.h"
#include "store/runstore.h"
#include "store/statedatabase.h"
#include "synccontroller.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using Store::LogEntry;
using Store::RunRecord;

namespace {

QString severityLabel(LogEntry::Severity severity)
{
    switch (severity) {
    case LogEntry::Severity::Debug:
        return HistoryPage::tr("debug");
    case LogEntry::Severity::Info:
        return HistoryPage::tr("info");
    case LogEntry::Severity::Warning:
        return HistoryPage::tr("warning");
    case LogEntry::Severity::Error:
        return HistoryPage::tr("error");
    }
    return {};
}

QString logLine(const LogEntry &entry)
{
    const QString time = entry.time.toLocalTime().toString(u"HH:mm:ss"_s);
    return entry.contactId.isEmpty()
        ? u"%1  %2  %3"_s.arg(time, severityLabel(entry.severity).leftJustified(7), entry.message)
        : u"%1  %2  %3  %4"_s.arg(time, severityLabel(entry.severity).leftJustified(7),
                                  entry.contactId, entry.message);
}

} // namespace

HistoryPage::HistoryPage(ProfileSession &session, SyncController &sync, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_runs(new RunModel(this))
    , m_items(new RunItemModel(this))
    , m_itemFilter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_charts = new HistoryCharts(session.clock(), this);
    m_charts->setObjectName(u"historyCharts"_s);
    m_ui->chartsLayout->addWidget(m_charts);
    // Exact matches on the stored word: "skipped" must not also match "skipped-by-user".
    m_itemFilter->setSourceModel(m_items);
    m_itemFilter->setFilterRole(RunItemModel::OutcomeRole);
    m_ui->messageLabel->setVisible(false);
    m_ui->messageLabel->setStyleSheet(
        u"QLabel { background: #fdecea; color: #611a15; padding: 6px; }"_s);
    m_ui->runTableView->setModel(m_runs);
    m_ui->runTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->itemTableView->setModel(m_itemFilter);
    QHeaderView *itemHeader = m_ui->itemTableView->horizontalHeader();
    itemHeader->setSectionResizeMode(QHeaderView::Interactive);
    itemHeader->setStretchLastSection(true);
    m_ui->itemTableView->setColumnWidth(RunItemModel::ContactColumn, 200);
    m_ui->itemTableView->setColumnWidth(RunItemModel::EmailColumn, 220);
    m_ui->itemTableView->setColumnWidth(RunItemModel::ReasonColumn, 220);
    m_ui->logPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->logPlainTextEdit->setPlaceholderText(tr("This run wrote no log lines."));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->loadMoreButton->setToolTip(tr("Show the next %1 older runs.").arg(pageSize));

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &HistoryPage::reload);
    connect(m_ui->loadMoreButton, &QPushButton::clicked, this, &HistoryPage::loadMore);
    connect(m_ui->runTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::showSelectedRun);
    connect(m_ui->itemOutcomeComboBox, &QComboBox::currentIndexChanged, this,
            &HistoryPage::applyItemFilter);
    connect(&m_session, &ProfileSession::opened, this, &HistoryPage::reload);
    connect(&m_session, &ProfileSession::closing, this, &HistoryPage::clearPage);
    connect(&sync, &SyncController::finished, this, &HistoryPage::reload);

    if (m_session.isOpen()) {
        reload();
    } else {
        clearPage();
    }
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::reload()
{
    Store::StateDatabase *db = m_session.database();
    if (!m_session.isOpen() || !db) {
        clearPage();
        if (const auto error = m_session.databaseError()) {
            showError(tr("The run history cannot be read: %1").arg(error->message));
        }
        return;
    }
    const Store::RunStore store(*db, m_session.clock());
    const auto runs = store.list(m_session.profile().name, pageSize);
    if (!runs.ok()) {
        qCWarning(lcGui) << "runs not read:" << runs.error().toLogString();
        clearPage();
        showError(tr("The run history cannot be read: %1").arg(runs.error().message));
        return;
    }
    m_ui->messageLabel->setVisible(false);
    m_active = true;
    const qint64 keep = m_shownRunId;
    m_runs->setRuns(runs.value());
    m_hasMore = runs.value().size() == pageSize;
    m_ui->emptyLabel->setText(tr("No runs yet. Previews and syncs from the Sync page, retries "
                                 "and command-line runs are listed here with what they did."));
    m_ui->runStack->setCurrentWidget(
        m_runs->rowCount() == 0 ? static_cast<QWidget *>(m_ui->emptyLabel) : m_ui->runTableView);
    updateCount();
    m_charts->setRuns(loadedRuns());
    // Keep the run the user was looking at; otherwise show the newest one.
    const int row = m_runs->rowOf(keep);
    m_shownRunId = 0;
    if (m_runs->rowCount() > 0) {
        selectRun(row >= 0 ? row : 0);
    } else {
        clearRun();
    }
}

void HistoryPage::loadMore()
{
    Store::StateDatabase *db = m_session.database();
    if (!m_active || !db || !m_hasMore) {
        return;
    }
    const Store::RunStore store(*db, m_session.clock());
    const auto runs = store.list(m_session.profile().name, pageSize, m_runs->rowCount());
    if (!runs.ok()) {
        qCWarning(lcGui) << "older runs not read:" << runs.error().toLogString();
        showError(tr("Older runs cannot be read: %1").arg(runs.error().message));
        return;
    }
    m_runs->appendRuns(runs.value());
    m_hasMore = runs.value().size() == pageSize;
    updateCount();
    m_charts->setRuns(loadedRuns());
}

void HistoryPage::selectRun(int row)
{
    if (row < 0 || row >= m_runs->rowCount()) {
        return;
    }
    m_ui->runTableView->selectRow(row);
    m_ui->runTableView->scrollTo(m_runs->index(row, 0));
    showSelectedRun();
}

void HistoryPage::showCharts()
{
    m_ui->viewTabWidget->setCurrentWidget(m_ui->chartsTab);
}

void HistoryPage::setItemOutcomeFilter(const QString &outcome)
{
    const int index = m_ui->itemOutcomeComboBox->findData(outcome);
    if (index >= 0) {
        m_ui->itemOutcomeComboBox->setCurrentIndex(index);
    }
}

QList<RunRecord> HistoryPage::loadedRuns() const
{
    QList<RunRecord> runs;
    runs.reserve(m_runs->rowCount());
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        runs.append(*m_runs->runAt(row));
    }
    return runs;
}

void HistoryPage::showSelectedRun()
{
    const QModelIndexList rows = m_ui->runTableView->selectionModel()->selectedRows();
    const RunRecord *run = rows.isEmpty() ? nullptr : m_runs->runAt(rows.first().row());
    if (!run) {
        clearRun();
        return;
    }
    if (run->id != m_shownRunId) {
        showRun(run->id);
    }
}

void HistoryPage::showRun(qint64 runId)
{
    Store::StateDatabase *db = m_session.database();
    const RunRecord *run = m_runs->runAt(m_runs->rowOf(runId));
    if (!db || !run) {
        clearRun();
        return;
    }
    m_shownRunId = runId;
    const Store::RunStore store(*db, m_session.clock());
    const auto items = store.items(runId);
    const auto log = store.log(runId);
    if (!items.ok() || !log.ok()) {
        const Error &error = items.ok() ? log.error() : items.error();
        qCWarning(lcGui) << "run" << runId << "not read:" << error.toLogString();
        m_items->clear();
        fillOutcomeFilter({});
        m_ui->logPlainTextEdit->clear();
        showError(tr("The details of run #%1 cannot be read: %2").arg(runId).arg(error.message));
        return;
    }
    m_items->setItems(items.value());
    fillOutcomeFilter(items.value());
    QStringList lines;
    lines.reserve(log.value().size());
    for (const LogEntry &entry : log.value()) {
        lines.append(logLine(entry));
    }
    m_ui->logPlainTextEdit->setPlainText(lines.join(u'\n'));

    QString summary
        = tr("Run #%1, %2 (%3): %4. %n item(s) recorded.", nullptr, int(items.value().size()))
              .arg(runId)
              .arg(QLocale().toString(run->startedAt.toLocalTime(), QLocale::LongFormat),
                   RunModel::modeLabel(run->mode), RunModel::outcomeLabel(run->outcome));
    if (!run->errorMessage.isEmpty()) {
        summary += u' ' + tr("Reason: %1").arg(run->errorMessage);
    }
    m_ui->runSummaryLabel->setText(summary);
    m_ui->detailTabWidget->setTabText(1, tr("Log (%1)").arg(log.value().size()));
    m_ui->detailPane->setEnabled(true);
}

void HistoryPage::clearRun()
{
    m_shownRunId = 0;
    m_items->clear();
    fillOutcomeFilter({});
    m_ui->logPlainTextEdit->clear();
    m_ui->runSummaryLabel->setText(tr("Select a run to see its items and log."));
    m_ui->detailTabWidget->setTabText(1, tr("Log"));
    m_ui->detailPane->setEnabled(false);
}

void HistoryPage::clearPage()
{
    m_active = false;
    m_runs->clear();
    m_hasMore = false;
    clearRun();
    m_ui->emptyLabel->setText(tr("Open a profile to see its sync history."));
    m_ui->runStack->setCurrentWidget(m_ui->emptyLabel);
    m_charts->clear(tr("Open a profile to see charts of its sync history."));
    updateCount();
}

void HistoryPage::fillOutcomeFilter(const QList<Store::RunItemRecord> &items)
{
    QMap<QString, int> counts;
    for (const Store::RunItemRecord &item : items) {
        ++counts[item.outcome];
    }
    std::vector<std::pair<QString, int>> outcomes(counts.keyValueBegin(), counts.keyValueEnd());
    // Most frequent first; the map already sorted ties by name.
    std::stable_sort(outcomes.begin(), outcomes.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });

    QComboBox *box = m_ui->itemOutcomeComboBox;
    // The outcome looked at in the previous run stays chosen when this run has it too.
    const QString keep = box->currentData().toString();
    {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("All outcomes (%1)").arg(items.size()), QString());
        for (const auto &[outcome, count] : outcomes) {
            box->addItem(tr("%1 (%2)").arg(RunItemModel::outcomeLabel(outcome)).arg(count),
                         outcome);
        }
        box->setCurrentIndex(std::max(0, box->findData(keep)));
    }
    box->setEnabled(!items.isEmpty());
    applyItemFilter();
}

void HistoryPage::applyItemFilter()
{
    const QString outcome = m_ui->itemOutcomeComboBox->currentData().toString();
    m_itemFilter->setFilterRegularExpression(
        outcome.isEmpty() ? QRegularExpression()
                          : QRegularExpression(u"^%1$"_s.arg(QRegularExpression::escape(outcome))));
    updateItemsTab();
}

void HistoryPage::updateItemsTab()
{
    const int shown = m_itemFilter->rowCount();
    const int all = m_items->rowCount();
    m_ui->detailTabWidget->setTabText(0,
                                      m_shownRunId == 0 ? tr("Items")
                                          : shown == all
                                          ? tr("Items (%1)").arg(all)
                                          : tr("Items (%1 of %2)").arg(shown).arg(all));
}

void HistoryPage::updateCount()
{
    m_ui->loadMoreButton->setEnabled(m_hasMore);
    m_ui->refreshButton->setEnabled(m_active);
    m_ui->countLabel->setText(
        m_runs->rowCount() == 0 ? QString() : tr("%n run(s) shown", nullptr, m_runs->rowCount()));
}

void HistoryPage::showError(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(true);
}
