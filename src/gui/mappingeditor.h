// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "mapping/automapper.h"
#include "mapping/transformchain.h"
#include "session/fieldcatalog.h"
#include "util/error.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class GhlFieldModel;
class GroupRulesModel;
class MailerLiteFieldModel;
class MappingDocument;
class ProfileSession;
class WorkerThread;

namespace Session {
class FieldCatalogLoader;
}
namespace Ui {
class MappingEditor;
}

// The visual field mapper for the open profile: GHL fields on the left, MailerLite fields on
// the right, connectors between mapped pairs; drag and drop (or Map selected, Ctrl+M) maps,
// a drop on empty space creates a MailerLite field. Below, the transform chain of the selected
// rule with a live preview and type check. Tabs for tag -> group rules (with join/leave
// previews) and the digest options. Auto-map proposals, undo/redo (Ctrl+Z, Ctrl+Shift+Z),
// Save into the profile (Ctrl+S), Import/Export as JSON. The catalog comes from a
// FieldCatalogLoader on the editor's own worker thread, or from setCatalog().
// Lives in the GUI thread.
class MappingEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit MappingEditor(ProfileSession &session, QWidget *parent = nullptr);
    ~MappingEditor() override;

    // Reads the profile's mapping (discarding unsaved edits) and loads the catalog again.
    void reload();
    // The catalog and sample contacts, as the loader would deliver them.
    void setCatalog(const Session::FieldCatalog &catalog, const QList<Ghl::Contact> &samples);
    // Contacts the host already has (e.g. the record mirror's): group previews count them too.
    void setContacts(const QList<Ghl::Contact> &contacts);

    [[nodiscard]] MappingDocument &document() const { return *m_document; }
    [[nodiscard]] const Session::FieldCatalog &catalog() const { return m_catalog; }
    [[nodiscard]] GhlFieldModel *ghlModel() const { return m_ghlModel; }
    [[nodiscard]] MailerLiteFieldModel *mailerLiteModel() const { return m_mailerLiteModel; }
    [[nodiscard]] GroupRulesModel *groupRulesModel() const { return m_groupModel; }
    [[nodiscard]] QString message() const;

    // The actions behind the buttons and shortcuts.
    bool mapSelected();
    void unmapSelected();
    void proposeAutoMap();
    void acceptProposals();
    bool save();
    bool importMapping();
    bool exportMapping();
    bool addGroupRule();
    void removeGroupRule();

Q_SIGNALS:
    void catalogLoaded();
    void saved();

private:
    void startSession();
    void stopSession();
    // The profile is closing: drop the loader and everything loaded for it.
    void clearSession();
    void setupActions();
    void setupGroupsTab();
    void refreshFromDocument();
    void refreshConnectors();
    void refreshGroupPreview();
    void refreshOptionsForm();
    void applyOptionsForm();
    void updateTransformEditor();
    void requestMapping(const QStringList &sourceIds, const QString &key);
    void requestNewField(const QStringList &sourceIds);
    void onFieldCreated(const MailerLite::Field &field);
    void showMessage(const QString &text, bool error = false);
    [[nodiscard]] QString selectedTarget() const;
    [[nodiscard]] bool compatible(const QString &sourceId, const QString &key) const;
    // Transforms a new rule starts with: E.164 for phones, yyyy-MM-dd for dates.
    [[nodiscard]] Mapping::TransformChain defaultChain(const QString &sourceId,
                                                       const QString &key) const;

    ProfileSession &m_session;
    const std::unique_ptr<Ui::MappingEditor> m_ui;
    MappingDocument *m_document;
    GhlFieldModel *m_ghlModel;
    MailerLiteFieldModel *m_mailerLiteModel;
    GroupRulesModel *m_groupModel;
    std::unique_ptr<WorkerThread> m_worker;
    Session::FieldCatalogLoader *m_loader = nullptr;
    Session::FieldCatalog m_catalog;
    QList<Ghl::Contact> m_samples;
    QList<Ghl::Contact> m_contacts;
    QList<Mapping::AutoMapper::Proposal> m_proposals;
    // The GHL field waiting for the MailerLite field being created for it.
    std::optional<QString> m_pendingSource;
};
