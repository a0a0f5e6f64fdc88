// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingdocument.h"

#include <QUndoCommand>

using namespace Qt::StringLiterals;

// The mapping before and after one edit.
class MappingSnapshotCommand final : public QUndoCommand
{
public:
    MappingSnapshotCommand(MappingDocument &document, Mapping::Mapping before,
                           Mapping::Mapping after, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void redo() override { m_document.assign(m_after); }
    void undo() override { m_document.assign(m_before); }

private:
    MappingDocument &m_document;
    Mapping::Mapping m_before;
    Mapping::Mapping m_after;
};

MappingDocument::MappingDocument(QObject *parent)
    : QObject(parent)
    , m_mapping(Mapping::defaultMapping())
{ }

void MappingDocument::reset(const Mapping::Mapping &mapping)
{
    m_undo.clear();
    assign(mapping);
    m_undo.setClean();
}

void MappingDocument::assign(const Mapping::Mapping &mapping)
{
    m_mapping = mapping;
    Q_EMIT changed();
}

void MappingDocument::replace(const Mapping::Mapping &mapping, const QString &description)
{
    if (mapping == m_mapping) {
        return;
    }
    // push() runs redo(), which assigns and emits changed().
    m_undo.push(new MappingSnapshotCommand(*this, m_mapping, mapping, description));
}

void MappingDocument::mapField(const Mapping::FieldRef &source, const QString &target,
                               const Mapping::TransformChain &transforms)
{
    Mapping::Mapping next = m_mapping;
    Mapping::FieldMapping rule {source, transforms, target};
    bool replaced = false;
    for (Mapping::FieldMapping &existing : next.fields) {
        if (existing.target == target) {
            existing = rule;
            replaced = true;
            break;
        }
    }
    if (!replaced) {
        next.fields.append(rule);
    }
    replace(next, tr("Map %1 to %2").arg(source.displayName(), target));
}

void MappingDocument::unmap(const QString &target)
{
    Mapping::Mapping next = m_mapping;
    next.fields.removeIf([&target](const Mapping::FieldMapping &f) { return f.target == target; });
    replace(next, tr("Unmap %1").arg(target));
}

void MappingDocument::setTransforms(const QString &target,
                                    const Mapping::TransformChain &transforms)
{
    Mapping::Mapping next = m_mapping;
    for (Mapping::FieldMapping &rule : next.fields) {
        if (rule.target == target) {
            rule.transforms = transforms;
        }
    }
    replace(next, tr("Change the transforms of %1").arg(target));
}

void MappingDocument::setGroupRules(const QList<Mapping::GroupRule> &rules,
                                    const QString &description)
{
    Mapping::Mapping next = m_mapping;
    next.groupRules = rules;
    replace(next, description);
}

void MappingDocument::setOptions(const Mapping::MappingOptions &options)
{
    Mapping::Mapping next = m_mapping;
    next.options = options;
    replace(next, tr("Change the mapping options"));
}
