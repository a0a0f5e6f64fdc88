// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingtablemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using Mapping::FieldRef;
using Mapping::Transform;

namespace {

bool isDigest(const FieldRef &source)
{
    switch (source.kind()) {
    case FieldRef::Kind::NotesDigest:
    case FieldRef::Kind::OpenTaskCount:
    case FieldRef::Kind::NextDueTask:
        return true;
    default:
        return false;
    }
}

QString param(const Transform &t, const char *name)
{
    const QJsonValue value = t.parameters().value(QLatin1StringView(name));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

MappingTableModel::MappingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString MappingTableModel::transformText(const Transform &t)
{
    using K = Transform::Kind;
    switch (t.kind()) {
    case K::Trim:
        return tr("trim");
    case K::Lower:
        return tr("lower case");
    case K::Upper:
        return tr("upper case");
    case K::TitleCase:
        return tr("title case");
    case K::PhoneE164: {
        const QString region = param(t, "region");
        return region.isEmpty() ? tr("phone in E.164")
                                : tr("phone in E.164 (region %1)").arg(region);
    }
    case K::DateFormat: {
        const QString format = param(t, "format");
        return tr("date as %1").arg(format.isEmpty() ? u"yyyy-MM-dd"_s : format);
    }
    case K::Join:
        return tr("join with \"%1\"")
            .arg(t.parameters().contains("separator"_L1) ? param(t, "separator") : u", "_s);
    case K::Split:
        return tr("split at \"%1\"")
            .arg(t.parameters().contains("separator"_L1) ? param(t, "separator") : u","_s);
    case K::Constant:
        return tr("always \"%1\"").arg(param(t, "value"));
    case K::DefaultIfEmpty:
        return tr("\"%1\" when empty").arg(param(t, "value"));
    case K::TagPresent: {
        const QString tag = param(t, "tag");
        const QString present
            = t.parameters().contains("present"_L1) ? param(t, "present") : tr("yes");
        const QString absent = t.parameters().contains("absent"_L1) ? param(t, "absent") : tr("no");
        return tag.isEmpty() ? tr("\"%1\" if true, else \"%2\"").arg(present, absent)
                             : tr("\"%1\" if tagged %2, else \"%3\"").arg(present, tag, absent);
    }
    case K::Truncate:
        return tr("at most %1 characters").arg(param(t, "limit"));
    }
    return Transform::kindName(t.kind());
}

QString MappingTableModel::transformsText(const Mapping::TransformChain &chain)
{
    if (chain.isEmpty()) {
        return tr("(as is)");
    }
    QStringList steps;
    for (const Transform &t : chain.steps()) {
        steps.append(transformText(t));
    }
    return steps.join(u" \u2192 "_s);
}

MappingTableModel::Row MappingTableModel::fieldRow(const Mapping::FieldMapping &field,
                                                   const Mapping::MappingOptions &options)
{
    Row row;
    row.kind = isDigest(field.source) ? RowKind::Digest : RowKind::Field;
    row.source = field.source.displayName();
    row.transforms = transformsText(field.transforms);
    row.target = field.target;
    row.targetKey = field.target;
    switch (field.source.kind()) {
    case FieldRef::Kind::Custom:
        row.details = tr("GHL custom field %1")
                          .arg(field.source.customKey().isEmpty() ? field.source.customId()
                                                                  : field.source.customKey());
        break;
    case FieldRef::Kind::Tag:
        row.details = tr("true when the contact has the tag");
        break;
    case FieldRef::Kind::NotesDigest: {
        const int latest = field.source.latest() > 0 ? field.source.latest() : options.notesLatest;
        const int length
            = field.source.maxLength() > 0 ? field.source.maxLength() : options.notesMaxLength;
        row.details = tr("latest %n note(s), at most %1 characters", nullptr, latest).arg(length);
        break;
    }
    case FieldRef::Kind::OpenTaskCount:
        row.details = tr("number of tasks not completed");
        break;
    case FieldRef::Kind::NextDueTask:
        row.details = tr("title and due date of the earliest open task");
        break;
    case FieldRef::Kind::Standard:
        break;
    }
    return row;
}

MappingTableModel::Row MappingTableModel::groupRow(const Mapping::GroupRule &rule)
{
    Row row;
    row.kind = RowKind::GroupRule;
    row.source = tr("tag: %1").arg(rule.tag);
    row.transforms = QString();
    const QString name = rule.groupName.isEmpty() ? tr("(unnamed)") : rule.groupName;
    row.target = rule.groupId != 0 ? tr("group %1 (#%2)").arg(name).arg(rule.groupId)
                                   : tr("group %1").arg(name);
    row.targetKey = rule.groupName;
    QStringList notes;
    notes.append(rule.removeWhenTagRemoved ? tr("leaves the group when the tag is removed")
                                           : tr("stays in the group when the tag is removed"));
    if (rule.createGroupIfMissing) {
        notes.append(tr("the group is created if missing"));
    }
    row.details = notes.join(u"; "_s);
    return row;
}

void MappingTableModel::setMapping(const Mapping::Mapping &mapping)
{
    beginResetModel();
    m_rows.clear();
    std::vector<Row> digests;
    for (const Mapping::FieldMapping &field : mapping.fields) {
        Row row = fieldRow(field, mapping.options);
        (row.kind == RowKind::Digest ? digests : m_rows).push_back(std::move(row));
    }
    m_rows.insert(m_rows.end(), digests.begin(), digests.end());
    for (const Mapping::GroupRule &rule : mapping.groupRules) {
        m_rows.push_back(groupRow(rule));
    }
    endResetModel();
}

void MappingTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MappingTableModel::count(RowKind kind) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [kind](const Row &row) { return row.kind == kind; }));
}

int MappingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RuleColumn:
            return row.kind == RowKind::Field ? tr("Field")
                : row.kind == RowKind::Digest ? tr("Notes and tasks")
                                              : tr("Tag to group");
        case SourceColumn:
            return row.source;
        case TransformsColumn:
            return row.transforms;
        case TargetColumn:
            return row.target;
        case DetailsColumn:
            return row.details;
        default:
            return {};
        }
    case RowKindRole:
        return int(row.kind);
    case TargetKeyRole:
        return row.targetKey;
    default:
        return {};
    }
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case SourceColumn:
        return tr("GoHighLevel");
    case TransformsColumn:
        return tr("Transforms");
    case TargetColumn:
        return tr("MailerLite");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}
