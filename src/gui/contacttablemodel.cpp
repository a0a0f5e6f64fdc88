// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacttablemodel.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

QString ContactTableModel::Row::name() const
{
    // One allocation (trimmed() works in place on the temporary): the view asks per paint.
    return QString(firstName % u' ' % lastName).trimmed();
}

ContactTableModel::ContactTableModel(QObject *parent)
    : RecordTableModel(parent)
{ }

ContactTableModel::Row ContactTableModel::makeRow(const Ghl::Contact &contact)
{
    Row row;
    row.id = contact.id;
    row.firstName = contact.firstName;
    row.lastName = contact.lastName;
    row.email = contact.email;
    row.phone = contact.phone;
    row.companyName = contact.companyName;
    row.tags = contact.tags;
    row.source = contact.source;
    row.emailDnd = contact.emailDndActive();
    row.dateAdded = contact.dateAdded;
    row.dateUpdated = contact.dateUpdated;
    // Lower-cased once here, so filtering 100,000 rows is a plain substring scan. Built in one
    // buffer and lowered in place: this runs for every loaded contact.
    const QString name = row.name();
    qsizetype length = name.size() + row.email.size() + row.phone.size() + row.companyName.size()
        + 4 + row.tags.size();
    for (const QString &tag : std::as_const(row.tags)) {
        length += tag.size();
    }
    QString text;
    text.reserve(length);
    text.append(name).append(u'\n').append(row.email).append(u'\n').append(row.phone);
    text.append(u'\n').append(row.companyName).append(u'\n');
    for (qsizetype i = 0; i < row.tags.size(); ++i) {
        if (i > 0) {
            text.append(u' ');
        }
        text.append(row.tags.at(i));
    }
    row.searchText = lowered(std::move(text));
    return row;
}

void ContactTableModel::reserve(qsizetype total)
{
    const auto rows = static_cast<std::size_t>(std::max<qsizetype>(total, 0));
    m_rows.reserve(rows);
    m_handles.reserve(rows);
    reserveStatuses(rows);
}

void ContactTableModel::appendContacts(const QList<Ghl::Contact> &contacts)
{
    syncHandles();
    const bool useHandles = handlesValid();
    const int first = rowCount();
    // Which contacts become rows, and their handles; the rows are built in place below (a
    // page of rows built aside and moved is a large block freed per page, which costs glibc
    // a consolidation each time).
    std::vector<std::pair<qsizetype, int>> fresh;
    fresh.reserve(static_cast<std::size_t>(contacts.size()));
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Ghl::Contact &contact = contacts.at(i);
        if (contact.id.isEmpty()) {
            continue;
        }
        // One hash per contact, in the index (which has just filed the page): a new id is
        // filed under the row it will get at once (nothing reads these before the insert).
        const int handle = useHandles ? linkIndex()->contactHandle(contact.id) : -1;
        const int known = rowOfHandle(handle, contact.id);
        if (known >= first) {
            continue; // a second copy in this page: the first one stays
        }
        if (known >= 0) {
            updateContact(contact);
            continue;
        }
        const int row = first + static_cast<int>(fresh.size());
        if (handle >= 0) {
            fileHandle(handle, row);
        } else {
            m_rowById.insert(contact.id, row);
        }
        fresh.emplace_back(i, handle);
    }
    if (fresh.empty()) {
        return;
    }
    const int count = static_cast<int>(fresh.size());
    beginInsertRows({}, first, first + count - 1);
    for (const auto &[at, handle] : fresh) {
        m_rows.push_back(makeRow(contacts.at(at)));
        m_handles.push_back(handle);
    }
    statusesInserted(first, count);
    endInsertRows();
}

void ContactTableModel::updateContact(const Ghl::Contact &contact)
{
    const int row = rowOf(contact.id);
    if (row < 0) {
        appendContacts({contact});
        return;
    }
    m_rows.at(static_cast<std::size_t>(row)) = makeRow(contact);
    syncHandles();
    if (m_handles.at(static_cast<std::size_t>(row)) < 0) {
        learnHandle(row);
    }
    setStatusNow(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContactTableModel::removeContact(const QString &contactId)
{
    const int row = rowOf(contactId);
    if (row < 0) {
        return;
    }
    syncHandles();
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_handles.erase(m_handles.begin() + row);
    for (int &handleRow : m_rowByHandle) {
        handleRow = handleRow == row ? -1 : handleRow > row ? handleRow - 1 : handleRow;
    }
    m_rowById.remove(contactId);
    for (auto it = m_rowById.begin(); it != m_rowById.end(); ++it) {
        if (it.value() > row) {
            --it.value();
        }
    }
    statusesRemoved(row);
    endRemoveRows();
}

void ContactTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_handles.clear();
    m_rowByHandle.clear();
    statusesCleared();
    endResetModel();
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case TagsColumn:
        return tr("Tags");
    case StatusColumn:
        return tr("Link status");
    default:
        return {};
    }
}

QVariant ContactTableModel::recordData(int row, int column, int role) const
{
    const Row &r = rowAt(row);
    if (role == IdRole) {
        return r.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case NameColumn:
        // Some names are thousands of characters long: the cell elides, the tooltip is capped.
        return role == Qt::ToolTipRole ? r.name().left(200) : r.name();
    case EmailColumn:
        return r.email;
    case PhoneColumn:
        return r.phone;
    case TagsColumn:
        return r.tags.join(u", "_s);
    default:
        return {};
    }
}

Session::LinkStatus ContactTableModel::computeStatus(int row) const
{
    const Session::LinkIndex *index = linkIndex();
    if (!index) {
        return Session::LinkStatus::GhlOnly;
    }
    const int handle = handlesValid() ? m_handles.at(static_cast<std::size_t>(row)) : -1;
    return handle >= 0 ? index->contactStatusAt(handle) : index->contactStatus(rowAt(row).id);
}

int ContactTableModel::rowOf(const QString &contactId) const
{
    if (handlesValid()) {
        return rowOfHandle(linkIndex()->contactHandle(contactId), contactId);
    }
    if (m_handleGeneration == 0) {
        return m_rowById.value(contactId, -1); // no index: every row is filed by id
    }
    // The index was cleared or replaced and no change has re-filed the rows yet: its old
    // handles mean nothing now, so look at the rows themselves.
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [&contactId](const Row &r) { return r.id == contactId; });
    return found == m_rows.cend() ? -1 : static_cast<int>(found - m_rows.cbegin());
}

int ContactTableModel::rowOfHandle(int handle, const QString &contactId) const
{
    const auto at = static_cast<std::size_t>(handle);
    if (handle >= 0 && at < m_rowByHandle.size() && m_rowByHandle[at] >= 0) {
        return m_rowByHandle[at];
    }
    // Filed by id: added while the index did not know it (it may since).
    return m_rowById.isEmpty() ? -1 : m_rowById.value(contactId, -1);
}

int ContactTableModel::rowOfTouched(const Session::LinkIndex::Touched &touched) const
{
    if (touched.contactId.isEmpty()) {
        return -1;
    }
    if (!handlesValid()) {
        return rowOf(touched.contactId);
    }
    return rowOfHandle(touched.contactHandle, touched.contactId);
}

bool ContactTableModel::handlesValid() const
{
    return linkIndex() && linkIndex()->handleGeneration() == m_handleGeneration;
}

void ContactTableModel::syncHandles()
{
    if (handlesValid() || (!linkIndex() && m_handleGeneration == 0)) {
        return;
    }
    m_handleGeneration = linkIndex() ? linkIndex()->handleGeneration() : 0;
    m_rowByHandle.clear();
    m_rowById.clear();
    m_handles.assign(m_rows.size(), -1);
    for (int row = 0; row < rowCount(); ++row) {
        learnHandle(row);
    }
}

void ContactTableModel::learnHandle(int row)
{
    const QString &id = rowAt(row).id;
    const int handle = handlesValid() ? linkIndex()->contactHandle(id) : -1;
    m_handles.at(static_cast<std::size_t>(row)) = handle;
    if (handle < 0) {
        m_rowById.insert(id, row);
        return;
    }
    if (!m_rowById.isEmpty()) {
        m_rowById.remove(id);
    }
    fileHandle(handle, row);
}

void ContactTableModel::fileHandle(int handle, int row)
{
    const auto at = static_cast<std::size_t>(handle);
    if (at >= m_rowByHandle.size()) {
        m_rowByHandle.resize(std::max(at + 1, m_rowByHandle.size() * 2), -1);
    }
    m_rowByHandle[at] = row;
}

QString ContactTableModel::statusReasonAt(int row) const
{
    return linkIndex() ? linkIndex()->contactStatusReason(rowAt(row).id) : QString();
}
