// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscribertablemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

SubscriberTableModel::SubscriberTableModel(QObject *parent)
    : RecordTableModel(parent)
{ }

SubscriberTableModel::Row SubscriberTableModel::makeRow(const MailerLite::Subscriber &subscriber,
                                                        bool writtenBySync)
{
    Row row;
    row.writtenBySync = writtenBySync;
    row.id = subscriber.id;
    row.email = subscriber.email;
    // Each built in one buffer (trimmed() works in place on a temporary): this
    // runs for every loaded subscriber.
    static const QString lastNameKey = u"last_name"_s;
    static const QString phoneKey = u"phone"_s;
    static const QString companyKey = u"company"_s;
    row.name = QString(subscriber.name % u' ' % subscriber.fields.value(lastNameKey)).trimmed();
    row.type = subscriber.type;
    row.dateCreated = subscriber.dateCreated;
    row.searchText
        = lowered(row.name % u'\n' % row.email % u'\n' % subscriber.fields.value(phoneKey) % u'\n'
                  % subscriber.fields.value(companyKey));
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

MailerLite::Subscriber SubscriberTableModel::fromLink(const Store::Link &link)
{
    MailerLite::Subscriber subscriber;
    subscriber.id = link.subscriberId;
    subscriber.email = link.email;
    subscriber.name = link.name;
    subscriber.fields = link.fields;
    subscriber.type = link.subscriberType;
    subscriber.groups = link.groups;
    return subscriber;
}

void SubscriberTableModel::appendSubscribers(const QList<MailerLite::Subscriber> &subscribers)
{
    merge(subscribers, false);
}

void SubscriberTableModel::updateSubscriber(const MailerLite::Subscriber &subscriber)
{
    merge({subscriber}, false);
}

void SubscriberTableModel::addWrittenBySync(const QList<MailerLite::Subscriber> &subscribers)
{
    merge(subscribers, true);
}

void SubscriberTableModel::reserve(qsizetype total)
{
    const qsizetype rows = std::max<qsizetype>(total, 0);
    m_rows.reserve(static_cast<std::size_t>(rows));
    if (rows > m_rowById.capacity()) {
        m_rowById.reserve(rows);
    }
    reserveStatuses(static_cast<std::size_t>(rows));
}

void SubscriberTableModel::merge(const QList<MailerLite::Subscriber> &subscribers,
                                 bool writtenBySync)
{
    const int first = rowCount();
    // The subscribers that become rows; built in place below (a page of rows built aside and
    // moved is a large block freed per page, which costs glibc a consolidation each time).
    std::vector<qsizetype> fresh;
    fresh.reserve(static_cast<std::size_t>(subscribers.size()));
    m_rowById.reserve(m_rowById.size() + subscribers.size());
    int firstChanged = first;
    int lastChanged = -1;
    for (qsizetype i = 0; i < subscribers.size(); ++i) {
        const MailerLite::Subscriber &subscriber = subscribers.at(i);
        // One hash per subscriber: the look-up also files a new id under the row it will get
        // (nothing reads these before the insert below).
        const qsizetype before = m_rowById.size();
        int &slot = m_rowById[subscriber.id];
        if (m_rowById.size() != before) {
            slot = first + static_cast<int>(fresh.size());
            fresh.push_back(i);
            continue;
        }
        const int known = slot;
        if (known >= first) {
            // A later duplicate in the batch replaces the earlier.
            fresh.at(static_cast<std::size_t>(known - first)) = i;
            continue;
        }
        Row row = makeRow(subscriber, writtenBySync);
        Row &old = m_rows.at(static_cast<std::size_t>(known));
        if (writtenBySync) {
            // A link knows what was pushed, not when the subscriber was created or (when
            // the run did not touch it) its type: keep what MailerLite said.
            row.dateCreated = row.dateCreated.isValid() ? row.dateCreated : old.dateCreated;
            row.type = row.type.isEmpty() ? old.type : row.type;
        }
        old = std::move(row);
        setStatusNow(known);
        firstChanged = std::min(firstChanged, known);
        lastChanged = std::max(lastChanged, known);
    }
    // The new ids are filed already: add their rows before anyone hears of a change.
    if (!fresh.empty()) {
        const int count = static_cast<int>(fresh.size());
        beginInsertRows({}, first, first + count - 1);
        for (const qsizetype at : fresh) {
            m_rows.push_back(makeRow(subscribers.at(at), writtenBySync));
        }
        statusesInserted(first, count);
        endInsertRows();
    }
    if (lastChanged >= 0) {
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    }
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
    QString text;
    switch (column) {
    case NameColumn:
        text = role == Qt::ToolTipRole ? r.name.left(200) : r.name;
        break;
    case EmailColumn:
        text = r.email;
        break;
    case TypeColumn:
        text = r.type.isEmpty() && r.writtenBySync ? tr("Not known yet") : typeText(r.type);
        break;
    default:
        return {};
    }
    if (role == Qt::ToolTipRole && r.writtenBySync) {
        return QStringList {text, secondHandNote(row)}.join(u'\n');
    }
    return text;
}

QString SubscriberTableModel::secondHandNote(int row) const
{
    return rowAt(row).writtenBySync
        ? tr("As written by the last sync; Refresh reads MailerLite's own record.")
        : QString();
}

Session::LinkStatus SubscriberTableModel::computeStatus(int row) const
{
    return linkIndex() ? linkIndex()->subscriberStatus(rowAt(row).id)
                       : Session::LinkStatus::MailerLiteOnly;
}

QString SubscriberTableModel::statusReasonAt(int row) const
{
    const QString reason
        = linkIndex() ? linkIndex()->subscriberStatusReason(rowAt(row).id) : QString();
    const QString note = secondHandNote(row);
    if (note.isEmpty() || reason.isEmpty()) {
        return reason + note;
    }
    return QStringList {reason, note}.join(u'\n');
}
