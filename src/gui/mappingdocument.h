// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/mapping.h"

#include <QObject>
#include <QUndoStack>

// The mapping being edited in the field mapper, with undo/redo. Every edit is one command on
// the undo stack holding the mapping before and after (mappings are a few kilobytes, so whole
// snapshots are simpler and safer than inverse operations). Lives in the GUI thread.
class MappingDocument final : public QObject
{
    Q_OBJECT

public:
    explicit MappingDocument(QObject *parent = nullptr);

    [[nodiscard]] const Mapping::Mapping &mapping() const { return m_mapping; }
    [[nodiscard]] QUndoStack *undoStack() { return &m_undo; }
    // True when the mapping differs from what was loaded or last saved.
    [[nodiscard]] bool isModified() const { return !m_undo.isClean(); }

    // Starts over with `mapping` (loading a profile): no undo history, not modified.
    void reset(const Mapping::Mapping &mapping);
    // Marks the current state as saved.
    void markSaved() { m_undo.setClean(); }

    // Undoable edits; each does nothing when it would not change the mapping.
    void replace(const Mapping::Mapping &mapping, const QString &description);
    // One rule per MailerLite field: an existing rule for `target` is replaced.
    void mapField(const Mapping::FieldRef &source, const QString &target,
                  const Mapping::TransformChain &transforms = {});
    void unmap(const QString &target);
    void setTransforms(const QString &target, const Mapping::TransformChain &transforms);
    void setGroupRules(const QList<Mapping::GroupRule> &rules, const QString &description);
    void setOptions(const Mapping::MappingOptions &options);

Q_SIGNALS:
    // The mapping changed (an edit, undo, redo or reset).
    void changed();

private:
    friend class MappingSnapshotCommand;
    void assign(const Mapping::Mapping &mapping);

    Mapping::Mapping m_mapping;
    QUndoStack m_undo;
};
