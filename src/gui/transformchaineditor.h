// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "ghl/customfielddef.h"
#include "mailerlite/field.h"
#include "mapping/fieldmapping.h"
#include "mapping/mappingoptions.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class TransformChainEditor;
}

// Edits the transform chain of one field rule: add (with parameters), remove and reorder
// steps. Below it, a live preview on the sample contacts (value before -> after the chain,
// computed by the core Mapper exactly as a sync would) and a type check through the
// PreflightValidator that warns about values MailerLite would reject. Edits are reported
// (chainEdited) so they go through the undo stack. Lives in the GUI thread.
class TransformChainEditor final : public QWidget
{
    Q_OBJECT

public:
    enum PreviewColumn { ContactColumn, BeforeColumn, AfterColumn, PreviewColumnCount };

    explicit TransformChainEditor(QWidget *parent = nullptr);
    ~TransformChainEditor() override;

    void setContext(const QList<Ghl::Contact> &samples,
                    const QList<Ghl::CustomFieldDef> &customFields,
                    const QList<MailerLite::Field> &mailerLiteFields);
    // The rule to edit; nullopt shows a hint instead.
    void setRule(const std::optional<Mapping::FieldMapping> &rule,
                 const Mapping::MappingOptions &options);

    // The same as the buttons, for keyboard users and tests. An empty string on success, else
    // why the transform was refused (also shown in the editor).
    QString addTransform(Mapping::Transform::Kind kind, const QStringList &parameters);
    void removeStep(int index);
    void moveStep(int index, int delta);

    // The first type check problems of the current preview (up to three translated lines).
    [[nodiscard]] QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void chainEdited(const QString &target, const Mapping::TransformChain &chain);

private:
    void updateParameterFields();
    void addFromForm();
    void refreshSteps();
    void refreshPreview();

    const std::unique_ptr<Ui::TransformChainEditor> m_ui;
    QList<Ghl::Contact> m_samples;
    QList<Ghl::CustomFieldDef> m_customFields;
    QList<MailerLite::Field> m_mailerLiteFields;
    std::optional<Mapping::FieldMapping> m_rule;
    Mapping::MappingOptions m_options;
    QStringList m_warnings;
};
