// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

LogModel::LogModel(QObject *parent, int maxRows)
    : QAbstractTableModel(parent)
    , m_maxRows(std::max(1, maxRows))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogModel::flush);
}

LogModel::~LogModel() = default;

void LogModel::append(const Store::LogEntry &entry)
{
    m_pending.push_back(entry);
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void LogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty()) {
        return;
    }
    // Of a batch larger than the bound, only its newest lines could stay.
    auto first = m_pending.begin();
    if (m_pending.size() > size_t(m_maxRows)) {
        first = m_pending.end() - m_maxRows;
    }
    const int incoming = int(m_pending.end() - first);
    const int overflow = int(m_rows.size()) + incoming - m_maxRows;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
        endRemoveRows();
    }
    const int start = int(m_rows.size());
    beginInsertRows({}, start, start + incoming - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(first),
                  std::make_move_iterator(m_pending.end()));
    endInsertRows();
    m_pending.clear();
}

void LogModel::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    if (m_rows.empty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString LogModel::severityText(Store::LogEntry::Severity severity)
{
    switch (severity) {
    case Store::LogEntry::Severity::Debug:
        return tr("Debug");
    case Store::LogEntry::Severity::Info:
        return tr("Info");
    case Store::LogEntry::Severity::Warning:
        return tr("Warning");
    case Store::LogEntry::Severity::Error:
        return tr("Error");
    }
    return {};
}

QString LogModel::lineOf(const Store::LogEntry &entry)
{
    const QString time = entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const QString severity = Store::LogEntry::severityName(entry.severity);
    if (entry.contactId.isEmpty()) {
        return u"%1  %2  %3"_s.arg(time, severity, entry.message);
    }
    return u"%1  %2  [%3]  %4"_s.arg(time, severity, entry.contactId, entry.message);
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Store::LogEntry &e = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toLocalTime().toString(u"HH:mm:ss"_s);
        case LevelColumn:
            return severityText(e.severity);
        case ContactColumn:
            return e.contactId;
        case MessageColumn:
            return e.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TimeColumn ? QVariant(e.time.toLocalTime().toString(Qt::ISODate))
                                            : QVariant(e.message);
    case Qt::ForegroundRole:
        if (e.severity == Store::LogEntry::Severity::Error) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        }
        if (e.severity == Store::LogEntry::Severity::Warning) {
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        }
        return {};
    case SeverityRole:
        return int(e.severity);
    case ContactIdRole:
        return e.contactId;
    case LineRole:
        return lineOf(e);
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case ContactColumn:
        return tr("Contact");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}
