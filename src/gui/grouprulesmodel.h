// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/grouprule.h"

#include <QAbstractTableModel>

#include <vector>

// The tag -> group rules of the mapping being edited, with a preview per rule: how many of the
// known contacts would join the group, how many would leave it, and its members now. Edits in
// the view are reported (ruleEdited) rather than applied, so they go through the undo stack.
// Lives in the GUI thread.
class GroupRulesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TagColumn,
        GroupColumn,
        RemoveColumn,
        CreateColumn,
        JoinColumn,
        LeaveColumn,
        MembersColumn,
        ColumnCount
    };
    enum Role { JoinRole = Qt::UserRole + 1, LeaveRole, MembersRole };

    struct Preview
    {
        int join = 0;
        int leave = 0;
        int members = -1; // -1: the group does not exist (yet)
    };

    explicit GroupRulesModel(QObject *parent = nullptr);

    void setRules(const QList<Mapping::GroupRule> &rules);
    void setPreviews(const QList<Preview> &previews);
    [[nodiscard]] Mapping::GroupRule rule(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void ruleEdited(int row, const Mapping::GroupRule &rule);

private:
    struct Row
    {
        Mapping::GroupRule rule;
        Preview preview;
    };

    std::vector<Row> m_rows;
};
