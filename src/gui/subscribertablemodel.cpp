// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscribertablemodel.h"

#include <QSet>

using namespace Qt::StringLiterals;

SubscriberTableModel::SubscriberTableModel(QObject *parent)
    : RecordTableModel(parent)
{ }

SubscriberTableModel::Row SubscriberTableModel::makeRow(const MailerLite::Subscriber &subscriber)
{
    Row row;
    row.id = subscriber.id;
    row.email = subscriber.email;
    row.name = QStringList {subscriber.name, subscriber.fields.value(u"last_name"_s)}
                   .join(u' ')
                   .trimmed();
    row.type = subscriber.type;
    row.dateCreated = subscriber.dateCreated;
    row.searchText = QStringList {row.name, row.email, subscriber.fields.value(u"phone"_s),
                                  subscriber.fields.value(u"company"_s)}
                         .join(u'\n')
                         .toLower();
    return row;
}

QStringList SubscriberTableModel::knownTypes()
{
    return {u"active"_s, u"unsubscribed"_s, u"unconfirmed"_s, u"bounced"_s, u"junk"_s};
}

QString SubscriberTableModel::typeText(const QString &type)
{
    if (type == u"active"_s) {
        return tr("Active");
    }
    if (type == u"unsubscribed"_s) {
        return tr("Unsubscribed");
    }
    if (type == u"unconfirmed"_s) {
        return tr("Unconfirmed");
    }
    if (type == u"bounced"_s) {
        return tr("Bounced");
    }
    if (type == u"junk"_s) {
        return tr("Junk");
    }
    return type;
}

void SubscriberTableModel::appendSubscribers(const QList<MailerLite::Subscriber> &subscribers)
{
    std::vector<Row> fresh;
    fresh.reserve(static_cast<std::size_t>(subscribers.size()));
    QSet<qint64> seen;
    for (const MailerLite::Subscriber &subscriber : subscribers) {
        if (m_rowById.contains(subscriber.id)) {
            updateSubscriber(subscriber);
        } else if (!seen.contains(subscriber.id)) {
            seen.insert(subscriber.id);
            fresh.push_back(makeRow(subscriber));
        }
    }
    if (fresh.empty()) {
        return;
    }
    const int first = rowCount();
    const int count = static_cast<int>(fresh.size());
    beginInsertRows({}, first, first + count - 1);
    m_rows.reserve(m_rows.size() + fresh.size());
    for (Row &row : fresh) {
        m_rowById.insert(row.id, static_cast<int>(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    statusesInserted(first, count);
    endInsertRows();
}

void SubscriberTableModel::updateSubscriber(const MailerLite::Subscriber &subscriber)
{
    const int row = rowOf(subscriber.id);
    if (row < 0) {
        appendSubscribers({subscriber});
        return;
    }
    m_rows.at(static_cast<std::size_t>(row)) = makeRow(subscriber);
    setStatusNow(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SubscriberTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    statusesCleared();
    endResetModel();
}

int SubscriberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SubscriberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Link status");
    default:
        return {};
    }
}

QVariant SubscriberTableModel::recordData(int row, int column, int role) const
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
        return role == Qt::ToolTipRole ? r.name.left(200) : r.name;
    case EmailColumn:
        return r.email;
    case TypeColumn:
        return typeText(r.type);
    default:
        return {};
    }
}

Session::LinkStatus SubscriberTableModel::computeStatus(int row) const
{
    return linkIndex() ? linkIndex()->subscriberStatus(rowAt(row).id)
                       : Session::LinkStatus::MailerLiteOnly;
}

QString SubscriberTableModel::conflictReasonAt(int row) const
{
    if (!linkIndex()) {
        return {};
    }
    // Conflicts are explained from the contact side; a subscriber borrows its partner's reason.
    const auto partner = linkIndex()->contactOf(rowAt(row).id);
    return partner ? linkIndex()->conflictReason(*partner) : QString();
}
