// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runitemmodel.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;
using Store::RunItemRecord;

namespace {

QJsonObject parseObject(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QString valueText(const QJsonObject &object, const QString &key)
{
    if (!object.contains(key)) {
        return RunItemModel::tr("(none)");
    }
    const QJsonValue value = object.value(key);
    return value.isString()
        ? value.toString()
        : QString::fromUtf8(
            QJsonDocument(QJsonObject {{key, value}}).toJson(QJsonDocument::Compact));
}

} // namespace

RunItemModel::RunItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString RunItemModel::changesText(const QString &beforeJson, const QString &afterJson)
{
    const QJsonObject before = parseObject(beforeJson);
    const QJsonObject after = parseObject(afterJson);
    QStringList keys = before.keys() + after.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        if (before.value(key) == after.value(key)) {
            continue;
        }
        parts.append(
            tr("%1: %2 -> %3")
                .arg(key, valueText(before, key).left(120), valueText(after, key).left(120)));
    }
    return parts.join(u"; "_s);
}

QString RunItemModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels {
        {u"create"_s, QT_TR_NOOP("Create")},
        {u"update"_s, QT_TR_NOOP("Update")},
        {u"unsubscribe"_s, QT_TR_NOOP("Unsubscribe")},
        {u"remove_from_groups"_s, QT_TR_NOOP("Remove from groups")},
        {u"skip_unchanged"_s, QT_TR_NOOP("Unchanged")},
        {u"skip_invalid"_s, QT_TR_NOOP("Invalid data")},
        {u"blocked_consent"_s, QT_TR_NOOP("Blocked by consent")},
        {u"duplicate"_s, QT_TR_NOOP("Duplicate email")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

QString RunItemModel::outcomeLabel(const QString &outcome)
{
    static const QHash<QString, const char *> labels {
        {u"applied"_s, QT_TR_NOOP("Applied")},
        {u"planned"_s, QT_TR_NOOP("Planned")},
        {u"failed"_s, QT_TR_NOOP("Failed")},
        {u"skipped"_s, QT_TR_NOOP("Skipped")},
        {u"skipped-by-user"_s, QT_TR_NOOP("Skipped by you")},
    };
    const auto it = labels.constFind(outcome);
    return it == labels.constEnd() ? outcome : tr(it.value());
}

void RunItemModel::setItems(const QList<RunItemRecord> &items)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(std::size_t(items.size()));
    for (const RunItemRecord &item : items) {
        m_rows.push_back(Row {item, changesText(item.beforeJson, item.afterJson)});
    }
    endResetModel();
}

void RunItemModel::clear()
{
    setItems({});
}

const RunItemRecord *RunItemModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)].item : nullptr;
}

int RunItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    const RunItemRecord &item = row.item;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ContactColumn:
            return item.contactId;
        case EmailColumn:
            return item.email;
        case ActionColumn:
            return actionLabel(item.action);
        case OutcomeColumn:
            return outcomeLabel(item.outcome);
        case ReasonColumn:
            return item.reason;
        case ChangesColumn:
            return row.changes;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ChangesColumn && !row.changes.isEmpty()) {
            return QString(row.changes).replace(u"; "_s, u"\n"_s);
        }
        return index.column() == ReasonColumn && !item.reason.isEmpty() ? QVariant(item.reason)
                                                                        : QVariant();
    case ContactIdRole:
        return item.contactId;
    case OutcomeRole:
        return item.outcome;
    case ActionRole:
        return item.action;
    default:
        return {};
    }
}

QVariant RunItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ContactColumn:
        return tr("Contact");
    case EmailColumn:
        return tr("Email");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}
