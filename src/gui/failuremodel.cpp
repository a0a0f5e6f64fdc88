// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuremodel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;
using Store::FailureRecord;

namespace {

constexpr quintptr groupMarker = 0;

} // namespace

FailureModel::FailureModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QString FailureModel::kindLabel(const QString &kindName)
{
    static const QHash<QString, const char *> labels {
        {u"network"_s, QT_TR_NOOP("Network errors")},
        {u"timeout"_s, QT_TR_NOOP("Timeouts")},
        {u"http"_s, QT_TR_NOOP("Server errors")},
        {u"auth"_s, QT_TR_NOOP("Authentication")},
        {u"rate-limited"_s, QT_TR_NOOP("Rate limited")},
        {u"parse"_s, QT_TR_NOOP("Unexpected responses")},
        {u"validation"_s, QT_TR_NOOP("Invalid data")},
        {u"not-found"_s, QT_TR_NOOP("Not found")},
        {u"conflict"_s, QT_TR_NOOP("Conflicts")},
        {u"storage"_s, QT_TR_NOOP("Storage")},
        {u"keychain"_s, QT_TR_NOOP("Keychain")},
        {u"config"_s, QT_TR_NOOP("Configuration")},
        {u"cancelled"_s, QT_TR_NOOP("Cancelled")},
        {u"internal"_s, QT_TR_NOOP("Internal errors")},
    };
    const auto it = labels.constFind(kindName);
    return it == labels.constEnd() ? kindName : tr(it.value());
}

void FailureModel::setFailures(const QList<FailureRecord> &failures)
{
    beginResetModel();
    m_groups.clear();
    QHash<QString, std::size_t> byKind;
    for (const FailureRecord &failure : failures) {
        auto it = byKind.constFind(failure.errorKind);
        if (it == byKind.constEnd()) {
            it = byKind.insert(failure.errorKind, m_groups.size());
            m_groups.push_back(Group {failure.errorKind, kindLabel(failure.errorKind), {}});
        }
        m_groups[it.value()].failures.push_back(failure);
    }
    // The biggest problem first; equal sizes in a stable, readable order.
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        if (a.failures.size() != b.failures.size()) {
            return a.failures.size() > b.failures.size();
        }
        return a.label.localeAwareCompare(b.label) < 0;
    });
    endResetModel();
}

void FailureModel::clear()
{
    setFailures({});
}

const FailureRecord *FailureModel::failureAt(const QModelIndex &index) const
{
    // Callers pass the view's current index, which is often invalid: no checkIndex warning.
    if (!index.isValid() || index.model() != this || index.internalId() == groupMarker) {
        return nullptr;
    }
    const std::size_t group = index.internalId() - 1;
    if (group >= m_groups.size() || std::size_t(index.row()) >= m_groups[group].failures.size()) {
        return nullptr;
    }
    return &m_groups[group].failures[std::size_t(index.row())];
}

QList<FailureRecord> FailureModel::failures() const
{
    QList<FailureRecord> all;
    all.reserve(failureCount());
    for (const Group &group : m_groups) {
        all.append(QList<FailureRecord>(group.failures.begin(), group.failures.end()));
    }
    return all;
}

int FailureModel::failureCount() const
{
    std::size_t count = 0;
    for (const Group &group : m_groups) {
        count += group.failures.size();
    }
    return int(count);
}

QModelIndex FailureModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, groupMarker);
    }
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FailureModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupMarker) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, groupMarker);
}

int FailureModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    // Only the first column of a group has children, as views and the model tester expect.
    if (parent.internalId() != groupMarker || parent.column() != 0
        || std::size_t(parent.row()) >= m_groups.size()) {
        return 0;
    }
    return int(m_groups[std::size_t(parent.row())].failures.size());
}

int FailureModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FailureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == groupMarker) {
        return groupData(m_groups[std::size_t(index.row())], index.column(), role);
    }
    const Group &group = m_groups[index.internalId() - 1];
    return failureData(group.failures[std::size_t(index.row())], index.column(), role);
}

QVariant FailureModel::groupData(const Group &group, int column, int role) const
{
    const int count = int(group.failures.size());
    switch (role) {
    case Qt::DisplayRole:
        return column == ContactColumn ? tr("%1 (%n failure(s))", nullptr, count).arg(group.label)
                                       : QVariant();
    case Qt::ToolTipRole:
        return tr("Error class: %1").arg(group.kind);
    case IsGroupRole:
        return true;
    case ErrorKindRole:
        return group.kind;
    case CountRole:
        return count;
    default:
        return {};
    }
}

QVariant FailureModel::failureData(const FailureRecord &failure, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ContactColumn:
            return failure.contactId.isEmpty() ? tr("(no contact id)") : failure.contactId;
        case EmailColumn:
            return failure.email;
        case HttpColumn:
            return failure.httpStatus == 0 ? QVariant() : QVariant(failure.httpStatus);
        case MessageColumn:
            // One line in the tree; the detail pane shows the whole text.
            return failure.serverMessage.section(u'\n', 0, 0).left(300);
        case AttemptsColumn:
            return failure.attempts;
        case LastAttemptColumn:
            return QLocale().toString(failure.updatedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == MessageColumn ? QVariant(failure.serverMessage.left(2000)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == HttpColumn || column == AttemptsColumn
            ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case IsGroupRole:
        return false;
    case ErrorKindRole:
        return failure.errorKind;
    case FailureIdRole:
        return failure.id;
    case ContactIdRole:
        return failure.contactId;
    case StatusRole:
        return FailureRecord::statusName(failure.status);
    default:
        return {};
    }
}

QVariant FailureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ContactColumn:
        return tr("Contact");
    case EmailColumn:
        return tr("Email");
    case HttpColumn:
        return tr("HTTP");
    case MessageColumn:
        return tr("Message");
    case AttemptsColumn:
        return tr("Attempts");
    case LastAttemptColumn:
        return tr("Last attempt");
    default:
        return {};
    }
}
