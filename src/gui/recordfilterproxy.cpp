// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfilterproxy.h"

#include "recordtablemodel.h"

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_records = qobject_cast<const RecordTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RecordFilterProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle) {
        return;
    }
    m_needle = needle;
    refilter();
}

void RecordFilterProxy::setStatusFilter(std::optional<Session::LinkStatus> status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    refilter();
}

void RecordFilterProxy::setTypeFilter(const QString &type)
{
    if (type == m_type) {
        return;
    }
    m_type = type;
    refilter();
}

void RecordFilterProxy::refilter()
{
    // invalidateFilter() sends one rowsRemoved/rowsInserted per gap between kept rows, and the
    // view's vertical header walks every row for each: seconds at 100,000 rows. One layout
    // change is milliseconds; persistent indexes (the current row, the selection) are kept
    // while their row stays visible.
    invalidate();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_records) {
        // The fast path: no QVariant per row.
        return (!m_status || m_records->statusAt(sourceRow) == *m_status)
            && (m_type.isEmpty() || m_records->typeAt(sourceRow) == m_type)
            && (m_needle.isEmpty() || m_records->searchTextAt(sourceRow).contains(m_needle));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status
        && index.data(RecordTableModel::LinkStatusRole).toInt() != static_cast<int>(*m_status)) {
        return false;
    }
    if (!m_type.isEmpty() && index.data(RecordTableModel::TypeRole).toString() != m_type) {
        return false;
    }
    return m_needle.isEmpty()
        || index.data(RecordTableModel::SearchTextRole).toString().contains(m_needle);
}
