// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouprulesmodel.h"

GroupRulesModel::GroupRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GroupRulesModel::setRules(const QList<Mapping::GroupRule> &rules)
{
    if (static_cast<size_t>(rules.size()) == m_rows.size()) {
        // Same rows (an edit of one rule): keep the selection and the previews.
        for (size_t i = 0; i < m_rows.size(); ++i) {
            m_rows[i].rule = rules.at(static_cast<qsizetype>(i));
        }
        if (!m_rows.empty()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows.clear();
    for (const Mapping::GroupRule &rule : rules) {
        m_rows.push_back({rule, {}});
    }
    endResetModel();
}

void GroupRulesModel::setPreviews(const QList<Preview> &previews)
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i].preview = i < static_cast<size_t>(previews.size())
            ? previews.at(static_cast<qsizetype>(i))
            : Preview {};
    }
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, JoinColumn), index(rowCount() - 1, MembersColumn));
    }
}

Mapping::GroupRule GroupRulesModel::rule(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return {};
    }
    return m_rows.at(static_cast<size_t>(row)).rule;
}

int GroupRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(static_cast<size_t>(index.row()));
    const int column = index.column();
    if (role == Qt::CheckStateRole && (column == RemoveColumn || column == CreateColumn)) {
        const bool on = column == RemoveColumn ? row.rule.removeWhenTagRemoved
                                               : row.rule.createGroupIfMissing;
        return on ? Qt::Checked : Qt::Unchecked;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case TagColumn:
            return row.rule.tag;
        case GroupColumn:
            return row.rule.groupName.isEmpty() ? QString::number(row.rule.groupId)
                                                : row.rule.groupName;
        case JoinColumn:
            return row.preview.join;
        case LeaveColumn:
            return row.preview.leave;
        case MembersColumn:
            return row.preview.members < 0 ? tr("new group") : QString::number(row.preview.members);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column >= JoinColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return tr("Contacts tagged “%1” join “%2”: %n of the loaded contacts.", nullptr,
                  row.preview.join)
            .arg(row.rule.tag, row.rule.groupName);
    case JoinRole:
        return row.preview.join;
    case LeaveRole:
        return row.preview.leave;
    case MembersRole:
        return row.preview.members;
    default:
        return {};
    }
}

bool GroupRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable))) {
        return false;
    }
    Mapping::GroupRule edited = m_rows.at(static_cast<size_t>(index.row())).rule;
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == RemoveColumn) {
        edited.removeWhenTagRemoved = value.toInt() == Qt::Checked;
    } else if (role == Qt::CheckStateRole && column == CreateColumn) {
        edited.createGroupIfMissing = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole && column == TagColumn
               && !value.toString().trimmed().isEmpty()) {
        edited.tag = value.toString().trimmed();
    } else if (role == Qt::EditRole && column == GroupColumn
               && !value.toString().trimmed().isEmpty()) {
        // A new name: the id of the old group no longer applies.
        edited.groupName = value.toString().trimmed();
        edited.groupId = 0;
    } else {
        return false;
    }
    // The editor applies it through the undo stack and calls setRules() back.
    Q_EMIT ruleEdited(index.row(), edited);
    return true;
}

QVariant GroupRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TagColumn:
        return tr("GoHighLevel tag");
    case GroupColumn:
        return tr("MailerLite group");
    case RemoveColumn:
        return tr("Remove when untagged");
    case CreateColumn:
        return tr("Create if missing");
    case JoinColumn:
        return tr("Would join");
    case LeaveColumn:
        return tr("Would leave");
    case MembersColumn:
        return tr("Members now");
    default:
        return {};
    }
}

Qt::ItemFlags GroupRulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case TagColumn:
    case GroupColumn:
        return f | Qt::ItemIsEditable;
    case RemoveColumn:
    case CreateColumn:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}
