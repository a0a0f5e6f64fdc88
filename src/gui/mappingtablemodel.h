// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/mapping.h"

#include <QAbstractTableModel>

#include <vector>

// A read-only view of a profile's mapping for the Mapping page: one row per field rule
// (GHL source -> transforms -> MailerLite field), then the notes and tasks digests, then the
// tag -> group rules. Lives in the GUI thread.
class MappingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RuleColumn,
        SourceColumn,
        TransformsColumn,
        TargetColumn,
        DetailsColumn,
        ColumnCount
    };
    enum class RowKind { Field, Digest, GroupRule };
    enum Role {
        RowKindRole = Qt::UserRole + 1, // int(RowKind)
        TargetKeyRole, // the MailerLite field key, or the group name for a group rule
    };

    explicit MappingTableModel(QObject *parent = nullptr);

    void setMapping(const Mapping::Mapping &mapping);
    void clear();

    [[nodiscard]] int count(RowKind kind) const;

    // "trim -> phone in E.164 (region DE)"; "(as is)" for an empty chain.
    [[nodiscard]] static QString transformsText(const Mapping::TransformChain &chain);
    [[nodiscard]] static QString transformText(const Mapping::Transform &transform);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RowKind kind = RowKind::Field;
        QString source;
        QString transforms;
        QString target;
        QString targetKey;
        QString details;
    };

    static Row fieldRow(const Mapping::FieldMapping &field, const Mapping::MappingOptions &options);
    static Row groupRow(const Mapping::GroupRule &rule);

    std::vector<Row> m_rows;
};
