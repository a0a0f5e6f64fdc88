// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runitemrecord.h"

#include <QAbstractTableModel>

#include <vector>

// The items of one run for the History page's drill-down: contact, email, planned action,
// outcome, reason and the field changes as "field: before -> after". Lives in the GUI thread.
class RunItemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ContactColumn,
        EmailColumn,
        ActionColumn,
        OutcomeColumn,
        ReasonColumn,
        ChangesColumn,
        ColumnCount
    };
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        OutcomeRole, // the stored outcome word (applied, planned, failed, skipped...)
        ActionRole, // the stored action name
    };

    explicit RunItemModel(QObject *parent = nullptr);

    void setItems(const QList<Store::RunItemRecord> &items);
    void clear();

    [[nodiscard]] const Store::RunItemRecord *itemAt(int row) const;

    // "name: Ann -> Anna; phone: (none) -> +4930..." from the stored before/after JSON objects.
    [[nodiscard]] static QString changesText(const QString &beforeJson, const QString &afterJson);
    [[nodiscard]] static QString actionLabel(const QString &action);
    [[nodiscard]] static QString outcomeLabel(const QString &outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Store::RunItemRecord item;
        QString changes; // computed once: views ask for it on every repaint
    };

    std::vector<Row> m_rows;
};
