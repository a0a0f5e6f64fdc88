// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sync page's log panel (filter, auto-scroll, copy, export) and its run summary.
#include "logfilterproxy.h"
#include "logmodel.h"
#include "profilesession.h"
#include "prompter.h"
#include "syncpage.h"
#include "ui_syncpage.h"

#include <QAction>
#include <QClipboard>
#include <QDate>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSaveFile>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;
using Severity = Store::LogEntry::Severity;
using Sync::RunSummary;

void SyncPage::setUpLog()
{
    m_logModel = new LogModel(this);
    m_logProxy = new LogFilterProxy(this);
    m_logProxy->setSourceModel(m_logModel);
    m_ui->logTableView->setModel(m_logProxy);
    QHeaderView *header = m_ui->logTableView->horizontalHeader();
    header->resizeSection(LogModel::TimeColumn, 80);
    header->resizeSection(LogModel::LevelColumn, 80);
    header->resizeSection(LogModel::ContactColumn, 170);

    for (const Severity s : {Severity::Debug, Severity::Info, Severity::Warning, Severity::Error}) {
        m_ui->levelComboBox->addItem(LogModel::severityText(s), int(s));
    }
    m_ui->levelComboBox->setCurrentIndex(m_ui->levelComboBox->findData(int(Severity::Info)));
    m_logProxy->setMinimumSeverity(Severity::Info);
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_logProxy->setMinimumSeverity(
            static_cast<Severity>(m_ui->levelComboBox->itemData(index).toInt()));
    });
    connect(m_ui->logSearchLineEdit, &QLineEdit::textChanged, m_logProxy, &LogFilterProxy::setText);

    // Follow new lines only when the user is already looking at the newest ones.
    QScrollBar *bar = m_ui->logTableView->verticalScrollBar();
    connect(m_logProxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, bar] { m_logAtBottom = bar->value() >= bar->maximum(); });
    connect(m_logProxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_logAtBottom) {
            m_ui->logTableView->scrollToBottom();
        }
    });

    auto *copy = new QAction(tr("Copy"), m_ui->logTableView);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->logTableView->addAction(copy);
    m_ui->logTableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &SyncPage::copyLog);
    connect(m_ui->copyLogButton, &QPushButton::clicked, this, &SyncPage::copyLog);
    connect(m_ui->exportLogButton, &QPushButton::clicked, this, &SyncPage::exportLog);
}

QString SyncPage::selectedLogText() const
{
    QModelIndexList rows = m_ui->logTableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows)) {
        lines.append(index.data(LogModel::LineRole).toString());
    }
    return lines.join(u'\n');
}

void SyncPage::copyLog()
{
    const QString text = selectedLogText();
    if (text.isEmpty()) {
        m_ui->statusLabel->setText(tr("Select the log lines to copy first."));
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    m_ui->statusLabel->setText(
        tr("Copied %1 log lines.")
            .arg(m_ui->logTableView->selectionModel()->selectedRows().size()));
}

void SyncPage::exportLog()
{
    m_logModel->flush();
    const QString suggested
        = u"contactbridge-sync-log-%1.txt"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = m_session.prompter().saveFileName(this, tr("Export the log"), suggested,
                                                           tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    // Lines as shown: the level and text filters apply, so a user can export just the errors.
    QByteArray text;
    for (int row = 0; row < m_logProxy->rowCount(); ++row) {
        text += m_logProxy->index(row, 0).data(LogModel::LineRole).toString().toUtf8();
        text += '\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        m_ui->statusLabel->setText(tr("Could not save the log: %1").arg(file.errorString()));
        return;
    }
    m_ui->statusLabel->setText(
        tr("Saved %1 log lines to %2.").arg(m_logProxy->rowCount()).arg(path));
}

QString SyncPage::durationText(std::chrono::milliseconds duration)
{
    const qint64 seconds = (duration.count() + 999) / 1000;
    if (seconds < 60) {
        return tr("%1 s").arg(std::max<qint64>(seconds, 1));
    }
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

QString SyncPage::summaryText(const RunSummary &summary) const
{
    QString headline;
    switch (summary.outcome) {
    case RunSummary::Outcome::Succeeded:
        headline = summary.dryRun
            ? tr("Preview ready: review the plan below, then press Run this plan.")
            : tr("Sync finished: everything planned was applied.");
        break;
    case RunSummary::Outcome::ItemsFailed:
        headline = tr("Sync finished, but %1 items failed. They are listed on the Failures page; "
                      "retry them there or with Retry failed items.")
                       .arg(summary.counts.failed);
        break;
    case RunSummary::Outcome::BlastRadius:
        headline = tr("Stopped by the safety limit: %1")
                       .arg(summary.error ? summary.error->message : QString());
        break;
    case RunSummary::Outcome::Stopped:
        headline = tr("The sync stopped: %1")
                       .arg(summary.error ? summary.error->message : tr("unknown error"));
        break;
    case RunSummary::Outcome::Cancelled:
        headline = tr("Cancelled. What was already sent stays applied and recorded.");
        break;
    }
    const Store::RunCounts &c = summary.counts;
    const QString counts = tr("Created %1 · updated %2 · unsubscribed %3 · group removals %4 · "
                              "unchanged %5 · invalid %6 · blocked by consent %7 · duplicates %8 "
                              "· failed %9")
                               .arg(c.created)
                               .arg(c.updated)
                               .arg(c.unsubscribed)
                               .arg(c.groupRemoves)
                               .arg(c.unchanged)
                               .arg(c.skippedInvalid)
                               .arg(c.blockedConsent)
                               .arg(c.duplicates)
                               .arg(c.failed);
    const QString footer = tr("Run %1 took %2 · requests: GoHighLevel %3, MailerLite %4")
                               .arg(summary.runId)
                               .arg(durationText(std::chrono::milliseconds(summary.durationMs)))
                               .arg(summary.requestsGhl)
                               .arg(summary.requestsMailerLite);
    return u"<b>%1</b><br>%2<br>%3"_s.arg(headline.toHtmlEscaped(), counts.toHtmlEscaped(),
                                          footer.toHtmlEscaped());
}
