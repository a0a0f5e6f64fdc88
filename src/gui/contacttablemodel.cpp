// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacttablemodel.h"

#include <QSet>

using namespace Qt::StringLiterals;

QString ContactTableModel::Row::name() const
{
    return QStringList {firstName, lastName}.join(u' ').trimmed();
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
    // Lower-cased once here, so filtering 100,000 rows is a plain substring scan.
    row.searchText
        = QStringList {row.name(), row.email, row.phone, row.companyName, row.tags.join(u' ')}
              .join(u'\n')
              .toLower();
    return row;
}

void ContactTableModel::appendContacts(const QList<Ghl::Contact> &contacts)
{
    std::vector<Row> fresh;
    fresh.reserve(static_cast<std::size_t>(contacts.size()));
    QSet<QString> seen;
    for (const Ghl::Contact &contact : contacts) {
        if (contact.id.isEmpty()) {
            continue;
        }
        if (m_rowById.contains(contact.id)) {
            updateContact(contact);
        } else if (!seen.contains(contact.id)) {
            seen.insert(contact.id);
            fresh.push_back(makeRow(contact));
        }
    }
    if (fresh.empty()) {
        return;
    }
    const int first = rowCount();
    const int count = static_cast<int>(fresh.size());
    beginInsertRows({}, first, first + count - 1);
    for (Row &row : fresh) {
        m_rowById.insert(row.id, static_cast<int>(m_rows.size()));
        m_rows.push_back(std::move(row));
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
    setStatusNow(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContactTableModel::removeContact(const QString &contactId)
{
    const int row = rowOf(contactId);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
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
    return linkIndex() ? linkIndex()->contactStatus(rowAt(row).id) : Session::LinkStatus::GhlOnly;
}

QString ContactTableModel::statusReasonAt(int row) const
{
    return linkIndex() ? linkIndex()->contactStatusReason(rowAt(row).id) : QString();
}
