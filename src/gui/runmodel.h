// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/runrecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

// The sync runs of a profile for the History page, newest first: start time, mode, preview or
// real run, outcome, the counts per outcome, duration and the requests each service took.
// Pages of runs are appended as the user asks for more. Lives in the GUI thread.
class RunModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        ModeColumn,
        KindColumn, // preview (dry run) or sync
        OutcomeColumn,
        CreatedColumn,
        UpdatedColumn,
        UnchangedColumn,
        UnsubscribedColumn,
        GroupAddsColumn,
        GroupRemovesColumn,
        SkippedInvalidColumn,
        BlockedConsentColumn,
        DuplicatesColumn,
        FailedColumn,
        DurationColumn,
        RequestsGhlColumn,
        RequestsMailerLiteColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        OutcomeRole, // the stored outcome word
        DryRunRole,
    };

    explicit RunModel(QObject *parent = nullptr);

    void setRuns(const QList<Store::RunRecord> &runs);
    // Adds older runs below; runs already listed are left out.
    void appendRuns(const QList<Store::RunRecord> &runs);
    void clear();

    [[nodiscard]] const Store::RunRecord *runAt(int row) const;
    // The row of a run, or -1.
    [[nodiscard]] int rowOf(qint64 runId) const;

    // Translated words for the stored outcome and mode names.
    [[nodiscard]] static QString outcomeLabel(const QString &outcome);
    [[nodiscard]] static QString modeLabel(const QString &mode);
    // "1 min 5 s", "850 ms".
    [[nodiscard]] static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] static QVariant displayValue(const Store::RunRecord &run, int column);

    std::vector<Store::RunRecord> m_rows;
    QHash<qint64, int> m_rowById;
};
