// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/failurerecord.h"

#include <QAbstractItemModel>

#include <vector>

// Failed items grouped by error class for the Failures page: one top-level row per error kind
// (its translated label and how many failures it holds), the failures beneath it (contact,
// email, HTTP status, server message, attempts, last attempt). Groups with more failures come
// first; failures keep the order they were given in (newest first from FailureStore).
// Lives in the GUI thread.
class FailureModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        ContactColumn,
        EmailColumn,
        HttpColumn,
        MessageColumn,
        AttemptsColumn,
        LastAttemptColumn,
        ColumnCount
    };
    enum Role {
        IsGroupRole = Qt::UserRole + 1,
        ErrorKindRole, // Error::kindName() of the group or failure
        CountRole, // failures in the group (groups only)
        FailureIdRole, // FailureRecord::id (failures only)
        ContactIdRole,
        StatusRole, // FailureRecord::statusName()
    };

    explicit FailureModel(QObject *parent = nullptr);

    void setFailures(const QList<Store::FailureRecord> &failures);
    void clear();

    // The failure at a child index, or nullptr for a group row or an invalid index.
    [[nodiscard]] const Store::FailureRecord *failureAt(const QModelIndex &index) const;
    // Every failure, group by group in display order.
    [[nodiscard]] QList<Store::FailureRecord> failures() const;
    [[nodiscard]] int failureCount() const;

    // A translated, plural label for an error kind name ("Rate limited").
    [[nodiscard]] static QString kindLabel(const QString &kindName);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString kind;
        QString label;
        std::vector<Store::FailureRecord> failures;
    };

    QVariant groupData(const Group &group, int column, int role) const;
    QVariant failureData(const Store::FailureRecord &failure, int column, int role) const;

    // internalId 0 marks a group row; a failure row carries its group's row + 1.
    std::vector<Group> m_groups;
};
