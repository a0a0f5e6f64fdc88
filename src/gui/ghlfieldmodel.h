// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "session/fieldcatalog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <vector>

// The left list of the field mapper: the GHL fields a value can come from (standard, digests,
// custom) with their type and a value from the sample contacts. A drag source: mimeData()
// writes the dragged field ids as MimeType. Lives in the GUI thread.
class GhlFieldModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr auto MimeType = "application/x-cb-field";
    enum Column { NameColumn, TypeColumn, SampleColumn, ColumnCount };
    enum Role {
        FieldIdRole = Qt::UserRole + 1,
        TypeRole,
        MappedRole, // bool: some rule reads this field
        CustomRole, // bool: a GHL custom field
    };

    explicit GhlFieldModel(QObject *parent = nullptr);

    // Fields from the catalog; sample values through the core Mapper, the first non-empty
    // value among the samples.
    void setCatalog(const Session::FieldCatalog &catalog, const QList<Ghl::Contact> &samples);
    void setMappedIds(const QSet<QString> &ids);
    void clear();

    [[nodiscard]] int rowOf(const QString &fieldId) const { return m_rowById.value(fieldId, -1); }
    [[nodiscard]] QString fieldId(int row) const;
    [[nodiscard]] const Session::FieldCatalog::GhlField *field(int row) const;

    // Field ids from drag data; empty when `data` holds none.
    [[nodiscard]] static QStringList decodeIds(const QMimeData *data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Row
    {
        Session::FieldCatalog::GhlField field;
        QString sample;
        bool mapped = false;
    };

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowById;
};
