// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runmodel.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;
using Store::RunRecord;

RunModel::RunModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunModel::setRuns(const QList<RunRecord> &runs)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    for (const RunRecord &run : runs) {
        if (!m_rowById.contains(run.id)) {
            m_rowById.insert(run.id, int(m_rows.size()));
            m_rows.push_back(run);
        }
    }
    endResetModel();
}

void RunModel::appendRuns(const QList<RunRecord> &runs)
{
    // A run started between two pages shifts the offsets by one: skip what is listed already.
    QList<RunRecord> fresh;
    QSet<qint64> seen;
    for (const RunRecord &run : runs) {
        if (!m_rowById.contains(run.id) && !seen.contains(run.id)) {
            seen.insert(run.id);
            fresh.append(run);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const RunRecord &run : std::as_const(fresh)) {
        m_rowById.insert(run.id, int(m_rows.size()));
        m_rows.push_back(run);
    }
    endInsertRows();
}

void RunModel::clear()
{
    setRuns({});
}

const RunRecord *RunModel::runAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int RunModel::rowOf(qint64 runId) const
{
    return m_rowById.value(runId, -1);
}

QString RunModel::outcomeLabel(const QString &outcome)
{
    static const QHash<QString, const char *> labels {
        {u"succeeded"_s, QT_TR_NOOP("Succeeded")},
        {u"items-failed"_s, QT_TR_NOOP("Some items failed")},
        {u"blast-radius"_s, QT_TR_NOOP("Stopped: too many removals")},
        {u"stopped"_s, QT_TR_NOOP("Stopped")},
        {u"cancelled"_s, QT_TR_NOOP("Cancelled")},
        {u"running"_s, QT_TR_NOOP("Running")},
        {u"interrupted"_s, QT_TR_NOOP("Interrupted")},
    };
    const auto it = labels.constFind(outcome);
    return it == labels.constEnd() ? outcome : tr(it.value());
}

QString RunModel::modeLabel(const QString &mode)
{
    static const QHash<QString, const char *> labels {
        {u"upsert"_s, QT_TR_NOOP("Create and update")},
        {u"update-only"_s, QT_TR_NOOP("Update only")},
        {u"create-only"_s, QT_TR_NOOP("Create only")},
        {u"mirror"_s, QT_TR_NOOP("Mirror")},
    };
    const auto it = labels.constFind(mode);
    return it == labels.constEnd() ? mode : tr(it.value());
}

QString RunModel::durationText(qint64 ms)
{
    if (ms < 1000) {
        return tr("%1 ms").arg(ms);
    }
    const qint64 seconds = ms / 1000;
    if (seconds < 60) {
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    }
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

int RunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunModel::displayValue(const RunRecord &run, int column)
{
    const Store::RunCounts &c = run.counts;
    switch (column) {
    case StartedColumn:
        return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    case ModeColumn:
        return modeLabel(run.mode);
    case KindColumn:
        return run.dryRun ? tr("Preview") : tr("Sync");
    case OutcomeColumn:
        return outcomeLabel(run.outcome);
    case CreatedColumn:
        return c.created;
    case UpdatedColumn:
        return c.updated;
    case UnchangedColumn:
        return c.unchanged;
    case UnsubscribedColumn:
        return c.unsubscribed;
    case GroupAddsColumn:
        return c.groupAdds;
    case GroupRemovesColumn:
        return c.groupRemoves;
    case SkippedInvalidColumn:
        return c.skippedInvalid;
    case BlockedConsentColumn:
        return c.blockedConsent;
    case DuplicatesColumn:
        return c.duplicates;
    case FailedColumn:
        return c.failed;
    case DurationColumn:
        return run.durationMs ? QVariant(durationText(*run.durationMs)) : QVariant();
    case RequestsGhlColumn:
        return run.requestsGhl;
    case RequestsMailerLiteColumn:
        return run.requestsMailerLite;
    default:
        return {};
    }
}

QVariant RunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RunRecord &run = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(run, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn && !run.errorMessage.isEmpty()) {
            return run.errorMessage;
        }
        if (index.column() == StartedColumn) {
            return tr("Run #%1").arg(run.id);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= CreatedColumn
            ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case RunIdRole:
        return run.id;
    case OutcomeRole:
        return run.outcome;
    case DryRunRole:
        return run.dryRun;
    default:
        return {};
    }
}

QVariant RunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Started"),
        QT_TR_NOOP("Mode"),
        QT_TR_NOOP("Kind"),
        QT_TR_NOOP("Outcome"),
        QT_TR_NOOP("Created"),
        QT_TR_NOOP("Updated"),
        QT_TR_NOOP("Unchanged"),
        QT_TR_NOOP("Unsub."),
        QT_TR_NOOP("Group +"),
        QT_TR_NOOP("Group -"),
        QT_TR_NOOP("Invalid"),
        QT_TR_NOOP("Consent"),
        QT_TR_NOOP("Dupl."),
        QT_TR_NOOP("Failed"),
        QT_TR_NOOP("Duration"),
        QT_TR_NOOP("GHL req."),
        QT_TR_NOOP("MailerLite req."),
    };
    static const char *const tips[ColumnCount] = {
        nullptr,
        nullptr,
        QT_TR_NOOP("A preview plans without writing; a sync applies."),
        nullptr,
        QT_TR_NOOP("Subscribers created in MailerLite"),
        QT_TR_NOOP("Subscribers updated in MailerLite"),
        QT_TR_NOOP("Contacts that needed no change"),
        QT_TR_NOOP("Subscribers unsubscribed"),
        QT_TR_NOOP("Group memberships added"),
        QT_TR_NOOP("Group memberships removed"),
        QT_TR_NOOP("Contacts skipped because their data is invalid"),
        QT_TR_NOOP("Contacts held back by consent rules"),
        QT_TR_NOOP("Contacts sharing an email with another contact"),
        QT_TR_NOOP("Items that failed (see the Failures page)"),
        nullptr,
        QT_TR_NOOP("Requests sent to GoHighLevel"),
        QT_TR_NOOP("Requests sent to MailerLite"),
    };
    if (section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        return tips[section] ? QVariant(tr(tips[section])) : QVariant();
    }
    return tr(titles[section]);
}
