// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailerlite/field.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <vector>

// The right list of the field mapper: MailerLite's built-in and custom fields with their types
// and what each is mapped from. A drop target for GhlFieldModel's drag data: a drop on a field
// asks to map the dragged fields to it (mappingRequested), a drop on empty space asks for a new
// field (newFieldRequested). The model only reports: the editor decides and applies, so every
// change goes through the undo stack. Lives in the GUI thread.
class MailerLiteFieldModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KeyColumn, TypeColumn, SourceColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TypeRole,
        BuiltInRole,
        MappedRole, // bool: a rule writes this field
    };
    // Whether the GHL field `sourceId` may be dropped on the MailerLite field `key`.
    using Compatibility = std::function<bool(const QString &sourceId, const QString &key)>;

    explicit MailerLiteFieldModel(QObject *parent = nullptr);

    void setFields(const QList<MailerLite::Field> &fields);
    // key -> display name of the GHL source mapped to it.
    void setMappedSources(const QHash<QString, QString> &sources);
    void setCompatibility(Compatibility compatible) { m_compatible = std::move(compatible); }
    void clear();

    [[nodiscard]] int rowOf(const QString &key) const { return m_rowByKey.value(key, -1); }
    [[nodiscard]] QString key(int row) const;
    [[nodiscard]] const MailerLite::Field *field(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void mappingRequested(const QStringList &sourceIds, const QString &key);
    void newFieldRequested(const QStringList &sourceIds);

private:
    struct Row
    {
        MailerLite::Field field;
        QString source; // empty: not mapped
    };

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    Compatibility m_compatible;
};
