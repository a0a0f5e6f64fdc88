// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmodel.h"

#include <QStringList>

using namespace Qt::StringLiterals;
using Sync::PlanItem;

PlanModel::PlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PlanModel::~PlanModel() = default;

void PlanModel::setPlan(const Sync::Plan &plan)
{
    beginResetModel();
    m_rows.assign(plan.items.cbegin(), plan.items.cend());
    m_rowByContact.clear();
    m_rowByContact.reserve(qsizetype(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const QString &id = m_rows[size_t(row)].contactId;
        if (!id.isEmpty() && !m_rowByContact.contains(id)) {
            m_rowByContact.insert(id, row);
        }
    }
    endResetModel();
}

void PlanModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowByContact.clear();
    endResetModel();
}

int PlanModel::rowOfContact(const QString &contactId) const
{
    return m_rowByContact.value(contactId, -1);
}

QString PlanModel::actionText(PlanItem::Action action)
{
    switch (action) {
    case PlanItem::Action::Create:
        return tr("Create");
    case PlanItem::Action::Update:
        return tr("Update");
    case PlanItem::Action::Unsubscribe:
        return tr("Unsubscribe");
    case PlanItem::Action::RemoveFromGroups:
        return tr("Remove from groups");
    case PlanItem::Action::SkipUnchanged:
        return tr("Unchanged");
    case PlanItem::Action::SkipInvalid:
        return tr("Invalid");
    case PlanItem::Action::BlockedByConsent:
        return tr("Blocked by consent");
    case PlanItem::Action::Duplicate:
        return tr("Duplicate");
    }
    return {};
}

QString PlanModel::changesText(const PlanItem &item, const QString &separator)
{
    QStringList parts;
    for (auto it = item.after.cbegin(); it != item.after.cend(); ++it) {
        const auto before = item.before.constFind(it.key());
        if (before != item.before.cend() && *before == it.value()) {
            continue;
        }
        const QString old = before == item.before.cend() ? QString() : *before;
        parts.append(tr("%1: %2 \u2192 %3")
                         .arg(it.key(), old.isEmpty() ? tr("(empty)") : old,
                              it.value().isEmpty() ? tr("(empty)") : it.value()));
    }
    return parts.join(separator);
}

QString PlanModel::groupsText(const PlanItem &item)
{
    QStringList parts;
    for (const QString &name : item.groupNamesAdd) {
        parts.append(tr("+%1 (new)").arg(name));
    }
    for (const qint64 id : item.groupsAdd) {
        parts.append(u"+%1"_s.arg(id));
    }
    for (const qint64 id : item.groupsRemove) {
        parts.append(u"\u2212%1"_s.arg(id));
    }
    return parts.join(u", "_s);
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::display(const PlanItem &item, int column) const
{
    switch (column) {
    case ActionColumn:
        return actionText(item.action);
    case OverrideColumn:
        return overrideText(item.override);
    case ContactColumn:
        return item.name.isEmpty() ? item.contactId : item.name;
    case EmailColumn:
        return item.email;
    case ChangesColumn:
        return changesText(item, u"; "_s);
    case GroupsColumn:
        return groupsText(item);
    case TypeColumn:
        return item.typeBefore == item.typeAfter || item.typeAfter.isEmpty()
            ? QString()
            : tr("%1 \u2192 %2")
                  .arg(item.typeBefore.isEmpty() ? tr("(new)") : item.typeBefore, item.typeAfter);
    case ReasonColumn:
        return item.reason;
    default:
        return {};
    }
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PlanItem &item = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::EditRole:
        if (index.column() == OverrideColumn) {
            return int(item.override);
        }
        return display(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OverrideColumn) {
            return overrideToolTip(item);
        }
        if (index.column() == ChangesColumn) {
            return changesText(item, u"\n"_s);
        }
        if (index.column() == ContactColumn) {
            return tr("GoHighLevel contact %1").arg(item.contactId);
        }
        return display(item, index.column());
    case SortRole:
        if (index.column() == ActionColumn) {
            return int(item.action);
        }
        if (index.column() == OverrideColumn) {
            return int(item.override);
        }
        return display(item, index.column()).toString().toLower();
    case ActionRole:
        return int(item.action);
    case ActionNameRole:
        return PlanItem::actionName(item.action);
    case ContactIdRole:
        return item.contactId;
    case OverrideRole:
        return int(item.override);
    case OverriddenRole:
        return item.override != PlanItem::Override::None;
    case SkipRefusalRole:
        return overrideRefusal(item, PlanItem::Override::Skip);
    case ForceRefusalRole:
        return overrideRefusal(item, PlanItem::Override::Force);
    case Qt::BackgroundRole:
    case Qt::FontRole:
        return decoration(item, index.column(), role);
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case OverrideColumn:
        return tr("Override");
    case ContactColumn:
        return tr("Contact");
    case EmailColumn:
        return tr("Email");
    case ChangesColumn:
        return tr("Before \u2192 after");
    case GroupsColumn:
        return tr("Groups");
    case TypeColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}
