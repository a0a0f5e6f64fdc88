// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghlfieldmodel.h"

#include "mapping/mapper.h"

#include <QFont>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace {

// Long notes or hostile 10,000-character values must not blow up a list row.
constexpr int sampleDisplayLength = 60;

QString elided(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > sampleDisplayLength ? line.left(sampleDisplayLength) + u"…"_s : line;
}

} // namespace

GhlFieldModel::GhlFieldModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GhlFieldModel::setCatalog(const Session::FieldCatalog &catalog,
                               const QList<Ghl::Contact> &samples)
{
    const QList<Session::FieldCatalog::GhlField> fields = catalog.ghlFields();
    // One rule per field, written to a key named after the field id, so one Mapper pass per
    // sample reads every field exactly as a sync would.
    Mapping::Mapping probe;
    for (const auto &field : fields) {
        probe.fields.append({field.ref, {}, field.id});
    }
    Mapping::Mapper mapper(probe, catalog.ghlCustomFields);
    QHash<QString, QString> samplesById;
    for (const Ghl::Contact &contact : samples) {
        const Mapping::DesiredSubscriber out = mapper.map(contact);
        for (auto it = out.fields.cbegin(); it != out.fields.cend(); ++it) {
            if (!it.value().trimmed().isEmpty() && !samplesById.contains(it.key())) {
                samplesById.insert(it.key(), it.value());
            }
        }
    }
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_rows.reserve(static_cast<size_t>(fields.size()));
    for (const auto &field : fields) {
        m_rowById.insert(field.id, static_cast<int>(m_rows.size()));
        m_rows.push_back({field, elided(samplesById.value(field.id)), false});
    }
    endResetModel();
}

void GhlFieldModel::setMappedIds(const QSet<QString> &ids)
{
    for (Row &row : m_rows) {
        row.mapped = ids.contains(row.field.id);
    }
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void GhlFieldModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

QString GhlFieldModel::fieldId(int row) const
{
    const auto *f = field(row);
    return f ? f->id : QString();
}

const Session::FieldCatalog::GhlField *GhlFieldModel::field(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_rows.at(static_cast<size_t>(row)).field;
}

int GhlFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GhlFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GhlFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(static_cast<size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.field.name;
        case TypeColumn:
            return row.field.type;
        case SampleColumn:
            return row.sample;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return row.field.custom ? tr("Custom field %1 (%2)").arg(row.field.name, row.field.type)
                                : tr("Standard field %1 (%2)").arg(row.field.name, row.field.type);
    case Qt::AccessibleTextRole:
        return row.mapped ? tr("%1, %2, mapped").arg(row.field.name, row.field.type)
                          : tr("%1, %2").arg(row.field.name, row.field.type);
    case Qt::FontRole:
        if (row.mapped && index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case FieldIdRole:
        return row.field.id;
    case TypeRole:
        return row.field.type;
    case MappedRole:
        return row.mapped;
    case CustomRole:
        return row.field.custom;
    default:
        return {};
    }
}

QVariant GhlFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("GoHighLevel field");
    case TypeColumn:
        return tr("Type");
    case SampleColumn:
        return tr("Sample value");
    default:
        return {};
    }
}

Qt::ItemFlags GhlFieldModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList GhlFieldModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *GhlFieldModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = fieldId(index.row());
        if (index.model() == this && !id.isEmpty() && !ids.contains(id)) {
            ids.append(id);
        }
    }
    if (ids.isEmpty()) {
        return nullptr;
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), bytes);
    return data;
}

QStringList GhlFieldModel::decodeIds(const QMimeData *data)
{
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType))) {
        return {};
    }
    const QByteArray bytes = data->data(QString::fromLatin1(MimeType));
    QDataStream stream(bytes);
    // Any program can drop this type. QDataStream reserves a list's stated size before reading
    // it, so the count is checked first: each id takes at least its 4-byte length.
    quint32 count = 0;
    stream >> count;
    if (stream.status() != QDataStream::Ok || count > quint32(bytes.size() / 4)) {
        return {};
    }
    QStringList ids;
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        QString id;
        stream >> id;
        ids.append(id);
    }
    if (stream.status() != QDataStream::Ok) {
        return {};
    }
    ids.removeAll(QString());
    return ids;
}

Qt::DropActions GhlFieldModel::supportedDragActions() const
{
    return Qt::CopyAction;
}
