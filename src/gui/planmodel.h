// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/plan.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

// The items of a sync plan, one row each: the action, the user's override, the contact, the
// email, the field values before -> after, the groups joined and left, the status change and the
// reason. Sorted and filtered through a QSortFilterProxyModel (SortRole, ActionNameRole,
// OverriddenRole). The override column is editable (None / Skip / Force) while the plan can
// still be applied; overrides that would break the sync rules (consent above all) are refused,
// and the refusal's reason is offered as a tooltip.
// Lives in the GUI thread.
class PlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ActionColumn,
        OverrideColumn,
        ContactColumn,
        EmailColumn,
        ChangesColumn,
        GroupsColumn,
        TypeColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        ActionRole = Qt::UserRole + 1, // int(Sync::PlanItem::Action)
        ActionNameRole, // PlanItem::actionName(): what the action filter matches
        ContactIdRole,
        SortRole, // a value that sorts sensibly per column
        OverrideRole, // int(Sync::PlanItem::Override); also the edit role of OverrideColumn
        OverriddenRole, // bool: the user skipped or forced this item
        SkipRefusalRole, // why Skip is not possible for this item; empty when it is
        ForceRefusalRole, // why Force is not possible for this item; empty when it is
    };
    using Override = Sync::PlanItem::Override;

    // What a change of several rows' overrides did.
    struct OverrideChange
    {
        int changed = 0; // rows whose override is now the requested one and was not before
        int refused = 0; // rows left as they were because the override is not possible there
        QString refusal; // the first refused row's reason
    };

    explicit PlanModel(QObject *parent = nullptr);
    ~PlanModel() override;

    void setPlan(const Sync::Plan &plan);
    void clear();

    // Overrides can be edited only while the plan can still be applied.
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }
    // Sets `value` on the given source rows where it is possible; one dataChanged for the span.
    OverrideChange setOverride(const QList<int> &rows, Override value);
    [[nodiscard]] int overrideCount(Override value) const;
    // Copies the rows' overrides into `plan`, which must hold the same items in the same order
    // (the plan this model was set with). False, leaving `plan` alone, when it does not.
    bool copyOverridesTo(Sync::Plan &plan) const;

    // Why `value` cannot be set on `item`; empty when it can. Force only re-sends an unchanged
    // record (as the Executor does); nothing overrides consent, validity or duplicate resolution.
    [[nodiscard]] static QString overrideRefusal(const Sync::PlanItem &item, Override value);
    // "Skipped", "Forced" or empty: the override as the user reads it in the table.
    [[nodiscard]] static QString overrideText(Override value);
    // "As planned", "Skip", "Force": the choice as offered in the editor.
    [[nodiscard]] static QString overrideActionText(Override value);

    [[nodiscard]] const Sync::PlanItem &item(int row) const { return m_rows.at(size_t(row)); }
    // The row of a GHL contact's item; -1 when it has none.
    [[nodiscard]] int rowOfContact(const QString &contactId) const;

    // "Create", "Update", ...: the action as the user reads it.
    [[nodiscard]] static QString actionText(Sync::PlanItem::Action action);
    // "key: before -> after" per changed field, separated by `separator`.
    [[nodiscard]] static QString changesText(const Sync::PlanItem &item, const QString &separator);
    [[nodiscard]] static QString groupsText(const Sync::PlanItem &item);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // One or more overrides changed (by setData or setOverride).
    void overridesChanged();

private:
    [[nodiscard]] QVariant display(const Sync::PlanItem &item, int column) const;
    [[nodiscard]] QVariant decoration(const Sync::PlanItem &item, int column, int role) const;
    [[nodiscard]] QString overrideToolTip(const Sync::PlanItem &item) const;

    std::vector<Sync::PlanItem> m_rows;
    QHash<QString, int> m_rowByContact;
    bool m_editable = true;
};
