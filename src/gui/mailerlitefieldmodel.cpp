// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerlitefieldmodel.h"

#include "ghlfieldmodel.h"

#include <QFont>
#include <QMimeData>

using namespace Qt::StringLiterals;

MailerLiteFieldModel::MailerLiteFieldModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MailerLiteFieldModel::setFields(const QList<MailerLite::Field> &fields)
{
    QHash<QString, QString> sources;
    for (const Row &row : m_rows) {
        sources.insert(row.field.key, row.source);
    }
    beginResetModel();
    m_rows.clear();
    m_rowByKey.clear();
    // Built-in fields first (email, name, ...), as MailerLite's own screens list them.
    for (const bool builtIn : {true, false}) {
        for (const MailerLite::Field &field : fields) {
            if (field.isBuiltIn() == builtIn) {
                m_rowByKey.insert(field.key, static_cast<int>(m_rows.size()));
                m_rows.push_back({field, sources.value(field.key)});
            }
        }
    }
    endResetModel();
}

void MailerLiteFieldModel::setMappedSources(const QHash<QString, QString> &sources)
{
    for (Row &row : m_rows) {
        row.source = sources.value(row.field.key);
    }
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void MailerLiteFieldModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowByKey.clear();
    endResetModel();
}

QString MailerLiteFieldModel::key(int row) const
{
    const auto *f = field(row);
    return f ? f->key : QString();
}

const MailerLite::Field *MailerLiteFieldModel::field(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_rows.at(static_cast<size_t>(row)).field;
}

int MailerLiteFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MailerLiteFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailerLiteFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(static_cast<size_t>(index.row()));
    const QString title = row.field.title.isEmpty() ? row.field.key : row.field.title;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return title;
        case KeyColumn:
            return row.field.key;
        case TypeColumn:
            return row.field.type;
        case SourceColumn:
            return row.source;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return row.source.isEmpty()
            ? tr("%1 (%2): drop a GoHighLevel field here to map it").arg(title, row.field.type)
            : tr("%1 (%2) is filled from %3").arg(title, row.field.type, row.source);
    case Qt::AccessibleTextRole:
        return row.source.isEmpty()
            ? tr("%1, %2, not mapped").arg(title, row.field.type)
            : tr("%1, %2, mapped from %3").arg(title, row.field.type, row.source);
    case Qt::FontRole:
        if (!row.source.isEmpty() && index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KeyRole:
        return row.field.key;
    case TypeRole:
        return row.field.type;
    case BuiltInRole:
        return row.field.isBuiltIn();
    case MappedRole:
        return !row.source.isEmpty();
    default:
        return {};
    }
}

QVariant MailerLiteFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("MailerLite field");
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Mapped from");
    default:
        return {};
    }
}

Qt::ItemFlags MailerLiteFieldModel::flags(const QModelIndex &index) const
{
    // The root accepts drops too: dropping on empty space creates a field.
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList MailerLiteFieldModel::mimeTypes() const
{
    return {QString::fromLatin1(GhlFieldModel::MimeType)};
}

Qt::DropActions MailerLiteFieldModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool MailerLiteFieldModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                           const QModelIndex &parent) const
{
    if (action != Qt::CopyAction) {
        return false;
    }
    const QStringList ids = GhlFieldModel::decodeIds(data);
    if (ids.isEmpty()) {
        return false;
    }
    if (!parent.isValid()) {
        return true; // a new field
    }
    // One MailerLite field holds one value: several sources cannot go onto one field.
    const QString target = key(parent.row());
    return ids.size() == 1 && !target.isEmpty()
        && (!m_compatible || m_compatible(ids.first(), target));
}

bool MailerLiteFieldModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                        int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const QStringList ids = GhlFieldModel::decodeIds(data);
    if (parent.isValid()) {
        Q_EMIT mappingRequested(ids, key(parent.row()));
    } else {
        Q_EMIT newFieldRequested(ids);
    }
    return true;
}
