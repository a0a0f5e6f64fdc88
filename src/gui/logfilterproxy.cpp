// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfilterproxy.h"

#include "logmodel.h"

LogFilterProxy::LogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void LogFilterProxy::setMinimumSeverity(Store::LogEntry::Severity severity)
{
    if (severity == m_minimum) {
        return;
    }
    m_minimum = severity;
    invalidateFilter();
}

void LogFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (source->data(first, LogModel::SeverityRole).toInt() < int(m_minimum)) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    const QModelIndex message = source->index(sourceRow, LogModel::MessageColumn, sourceParent);
    return source->data(message, Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
        || source->data(first, LogModel::ContactIdRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}
