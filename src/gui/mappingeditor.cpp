// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingeditor.h"
#include "ui_mappingeditor.h"

#include "ghlfieldmodel.h"
#include "grouprulesmodel.h"
#include "log/logging.h"
#include "mailerlitefieldmodel.h"
#include "mappingdocument.h"
#include "profile/profilestore.h"
#include "profilesession.h"
#include "prompter.h"
#include "session/fieldcatalogloader.h"
#include "workerthread.h"

#include <QAction>
#include <QHeaderView>

using namespace Qt::StringLiterals;

MappingEditor::MappingEditor(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::MappingEditor>())
    , m_document(new MappingDocument(this))
    , m_ghlModel(new GhlFieldModel(this))
    , m_mailerLiteModel(new MailerLiteFieldModel(this))
    , m_groupModel(new GroupRulesModel(this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setVisible(false);
    m_ui->proposalsGroupBox->setVisible(false);
    m_ui->ghlFieldsView->setModel(m_ghlModel);
    m_ui->mailerLiteFieldsView->setModel(m_mailerLiteModel);
    m_ui->connectorWidget->setViews(m_ui->ghlFieldsView, m_ui->mailerLiteFieldsView);
    for (QTreeView *view : {m_ui->ghlFieldsView, m_ui->mailerLiteFieldsView}) {
        view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->header()->setStretchLastSection(true);
    }
    m_ui->fieldsSplitter->setStretchFactor(0, 3);
    m_ui->fieldsSplitter->setStretchFactor(1, 2);
    m_mailerLiteModel->setCompatibility(
        [this](const QString &sourceId, const QString &key) { return compatible(sourceId, key); });

    connect(m_document, &MappingDocument::changed, this, &MappingEditor::refreshFromDocument);
    connect(m_mailerLiteModel, &MailerLiteFieldModel::mappingRequested, this,
            &MappingEditor::requestMapping);
    connect(m_mailerLiteModel, &MailerLiteFieldModel::newFieldRequested, this,
            &MappingEditor::requestNewField);
    connect(m_ui->mailerLiteFieldsView->selectionModel(), &QItemSelectionModel::currentChanged,
            this, [this] {
                updateTransformEditor();
                refreshConnectors();
            });
    connect(m_ui->transformEditor, &TransformChainEditor::chainEdited, this,
            [this](const QString &target, const Mapping::TransformChain &chain) {
                m_document->setTransforms(target, chain);
            });
    setupActions();
    setupGroupsTab();

    connect(&m_session, &ProfileSession::opened, this, &MappingEditor::reload);
    connect(&m_session, &ProfileSession::closing, this, &MappingEditor::clearSession);
    if (m_session.isOpen()) {
        reload();
    } else {
        clearSession();
    }
}

MappingEditor::~MappingEditor()
{
    // The loader is deleted in its thread; no answer may reach this half-destroyed editor.
    stopSession();
}

void MappingEditor::setupActions()
{
    const auto action = [this](QToolButton *button, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(button->text(), this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(
            u"%1 (%2)"_s.arg(button->accessibleName(), keys.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        button->setDefaultAction(a);
        return a;
    };
    action(m_ui->autoMapButton, QKeySequence(u"Ctrl+Shift+A"_s), [this] { proposeAutoMap(); });
    action(m_ui->mapSelectedButton, QKeySequence(u"Ctrl+M"_s), [this] { mapSelected(); });
    action(m_ui->unmapButton, QKeySequence(u"Ctrl+Backspace"_s), [this] { unmapSelected(); });
    action(m_ui->importButton, QKeySequence(u"Ctrl+O"_s), [this] { importMapping(); });
    action(m_ui->exportButton, QKeySequence(u"Ctrl+E"_s), [this] { exportMapping(); });
    action(m_ui->saveButton, QKeySequence::Save, [this] { save(); });

    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence(u"Ctrl+Z"_s));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence(u"Ctrl+Shift+Z"_s));
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_ui->undoButton->setDefaultAction(undo);
    m_ui->redoButton->setDefaultAction(redo);

    // Delete in the right list unmaps, like a "remove" key anywhere else.
    auto *unmapKey = new QAction(this);
    unmapKey->setShortcut(QKeySequence::Delete);
    unmapKey->setShortcutContext(Qt::WidgetShortcut);
    connect(unmapKey, &QAction::triggered, this, [this] { unmapSelected(); });
    m_ui->mailerLiteFieldsView->addAction(unmapKey);

    connect(m_ui->acceptProposalsButton, &QPushButton::clicked, this,
            &MappingEditor::acceptProposals);
    connect(m_ui->dismissProposalsButton, &QPushButton::clicked, this,
            [this] { m_ui->proposalsGroupBox->setVisible(false); });
}

void MappingEditor::reload()
{
    stopSession();
    if (!m_session.isOpen()) {
        return;
    }
    // The stored file, not the session's copy: a save since the profile was opened is newer.
    const QString name = m_session.profile().name;
    const Result<Profiles::Profile> stored = m_session.profiles().load(name);
    const QJsonObject saved = stored.ok() ? stored.value().mapping : m_session.profile().mapping;
    const Result<Mapping::Mapping> mapping = saved.isEmpty()
        ? Result<Mapping::Mapping>(Mapping::defaultMapping())
        : Mapping::Mapping::fromJson(saved);
    if (mapping.ok()) {
        m_document->reset(mapping.value());
    } else {
        qCWarning(lcGui) << "profile mapping not readable:" << mapping.error().toLogString();
        m_document->reset(Mapping::defaultMapping());
        showMessage(tr("The saved mapping cannot be read (%1); the default mapping is shown.")
                        .arg(mapping.error().message),
                    true);
    }
    startSession();
}

void MappingEditor::startSession()
{
    m_worker = std::make_unique<WorkerThread>(u"FieldCatalog"_s);
    m_loader = m_worker->adopt(
        new Session::FieldCatalogLoader(m_session.serviceConfig(), m_session.clock()));
    connect(m_loader, &Session::FieldCatalogLoader::loaded, this, &MappingEditor::setCatalog);
    connect(m_loader, &Session::FieldCatalogLoader::failed, this, [this](const Error &error) {
        showMessage(tr("The fields could not be loaded: %1").arg(error.message), true);
    });
    connect(m_loader, &Session::FieldCatalogLoader::fieldCreated, this,
            &MappingEditor::onFieldCreated);
    connect(m_loader, &Session::FieldCatalogLoader::fieldCreationFailed, this,
            [this](const QString &title, const Error &error) {
                m_pendingSource.reset();
                showMessage(
                    tr("The MailerLite field “%1” was not created: %2").arg(title, error.message),
                    true);
            });
    showMessage(tr("Loading the fields of both services…"));
    Session::FieldCatalogLoader *loader = m_loader;
    WorkerThread::post(loader, [loader] { loader->load(); });
}

void MappingEditor::stopSession()
{
    m_loader = nullptr;
    m_worker.reset();
    m_pendingSource.reset();
}

void MappingEditor::clearSession()
{
    stopSession();
    m_catalog = {};
    m_samples.clear();
    m_contacts.clear();
    m_ghlModel->clear();
    m_mailerLiteModel->clear();
    m_ui->transformEditor->setContext({}, {}, {});
    m_ui->groupComboBox->clear();
    m_ui->proposalsGroupBox->setVisible(false);
    m_document->reset(Mapping::defaultMapping());
    showMessage(tr("Open a profile to edit its mapping."));
}

void MappingEditor::setCatalog(const Session::FieldCatalog &catalog,
                               const QList<Ghl::Contact> &samples)
{
    m_catalog = catalog;
    m_samples = samples;
    m_ghlModel->setCatalog(catalog, samples);
    m_mailerLiteModel->setFields(catalog.mailerLiteFields);
    m_ui->transformEditor->setContext(samples, catalog.ghlCustomFields, catalog.mailerLiteFields);
    m_ui->groupComboBox->clear();
    for (const MailerLite::Group &group : catalog.groups) {
        m_ui->groupComboBox->addItem(group.name, group.id);
    }
    m_ui->groupComboBox->setCurrentIndex(-1);
    if (!m_ui->messageLabel->isHidden() && !m_ui->messageLabel->property("error").toBool()) {
        m_ui->messageLabel->setVisible(false);
    }
    refreshFromDocument();
    Q_EMIT catalogLoaded();
}

void MappingEditor::setContacts(const QList<Ghl::Contact> &contacts)
{
    m_contacts = contacts;
    refreshGroupPreview();
}

QString MappingEditor::message() const
{
    return !m_ui->messageLabel->isHidden() ? m_ui->messageLabel->text() : QString();
}

void MappingEditor::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setProperty("error", error);
    m_ui->messageLabel->setStyleSheet(
        error ? u"QLabel { background: #fdecea; color: #611a15; padding: 6px; }"_s
              : u"QLabel { background: #e8f4fd; color: #0d3c61; padding: 6px; }"_s);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void MappingEditor::refreshFromDocument()
{
    const Mapping::Mapping &mapping = m_document->mapping();
    QSet<QString> mappedIds;
    QHash<QString, QString> sources;
    for (const Mapping::FieldMapping &rule : mapping.fields) {
        mappedIds.insert(m_catalog.idOf(rule.source));
        sources.insert(rule.target, rule.source.displayName());
    }
    m_ghlModel->setMappedIds(mappedIds);
    m_mailerLiteModel->setMappedSources(sources);
    m_groupModel->setRules(mapping.groupRules);
    refreshConnectors();
    updateTransformEditor();
    refreshGroupPreview();
    refreshOptionsForm();
    m_ui->saveButton->defaultAction()->setEnabled(m_session.isOpen());
}

void MappingEditor::refreshConnectors()
{
    const QString selected = selectedTarget();
    QList<MappingConnectorWidget::Pair> pairs;
    for (const Mapping::FieldMapping &rule : m_document->mapping().fields) {
        const int left = m_ghlModel->rowOf(m_catalog.idOf(rule.source));
        const int right = m_mailerLiteModel->rowOf(rule.target);
        if (left >= 0 && right >= 0) {
            pairs.append({left, right, rule.target == selected});
        }
    }
    m_ui->connectorWidget->setPairs(pairs);
}

QString MappingEditor::selectedTarget() const
{
    return m_mailerLiteModel->key(m_ui->mailerLiteFieldsView->currentIndex().row());
}

void MappingEditor::updateTransformEditor()
{
    const Mapping::FieldMapping *rule = m_document->mapping().fieldFor(selectedTarget());
    m_ui->transformEditor->setRule(rule ? std::optional(*rule) : std::nullopt,
                                   m_document->mapping().options);
}

bool MappingEditor::compatible(const QString &sourceId, const QString &key) const
{
    const auto source = m_catalog.ghlField(sourceId);
    const MailerLite::Field *target = m_catalog.mailerLiteField(key);
    return source && target && Mapping::AutoMapper::compatible(source->type, target->type);
}

Mapping::TransformChain MappingEditor::defaultChain(const QString &sourceId,
                                                    const QString &key) const
{
    const auto source = m_catalog.ghlField(sourceId);
    const MailerLite::Field *target = m_catalog.mailerLiteField(key);
    if (!source || !target) {
        return {};
    }
    if (source->type == u"PHONE"_s) {
        return {Mapping::Transform::phoneE164()};
    }
    if (source->type == u"DATE"_s && target->type == u"DATE"_s) {
        return {Mapping::Transform::dateFormat(u"yyyy-MM-dd"_s)};
    }
    if (target->type == u"TEXT"_s && source->type != u"LARGE_TEXT"_s) {
        return {Mapping::Transform::trim()};
    }
    return {};
}

void MappingEditor::requestMapping(const QStringList &sourceIds, const QString &key)
{
    const auto source
        = sourceIds.size() == 1 ? m_catalog.ghlField(sourceIds.first()) : std::nullopt;
    if (!source) {
        showMessage(tr("That field is not in the GoHighLevel list."), true);
        return;
    }
    if (!compatible(source->id, key)) {
        showMessage(tr("%1 (%2) cannot be written to the MailerLite %3 field %4.")
                        .arg(source->name, source->type,
                             m_catalog.mailerLiteField(key) ? m_catalog.mailerLiteField(key)->type
                                                            : QString(),
                             key),
                    true);
        return;
    }
    m_document->mapField(source->ref, key, defaultChain(source->id, key));
    showMessage(tr("%1 now fills the MailerLite field %2.").arg(source->name, key));
    const int row = m_mailerLiteModel->rowOf(key);
    m_ui->mailerLiteFieldsView->setCurrentIndex(m_mailerLiteModel->index(row, 0));
}

bool MappingEditor::mapSelected()
{
    const QString sourceId = m_ghlModel->fieldId(m_ui->ghlFieldsView->currentIndex().row());
    if (sourceId.isEmpty()) {
        showMessage(tr("Select a GoHighLevel field on the left first."), true);
        return false;
    }
    const QString key = selectedTarget();
    if (key.isEmpty()) {
        // Nothing selected on the right: the keyboard way to "drop onto empty space".
        requestNewField({sourceId});
        return m_pendingSource.has_value();
    }
    const Mapping::Mapping before = m_document->mapping();
    requestMapping({sourceId}, key);
    return !(before == m_document->mapping());
}

void MappingEditor::unmapSelected()
{
    const QString key = selectedTarget();
    if (key.isEmpty() || !m_document->mapping().fieldFor(key)) {
        showMessage(tr("Select a mapped MailerLite field on the right to unmap it."), true);
        return;
    }
    m_document->unmap(key);
    showMessage(tr("The MailerLite field %1 is no longer filled by the sync.").arg(key));
}

bool MappingEditor::save()
{
    if (!m_session.isOpen()) {
        return false;
    }
    Result<Profiles::Profile> profile = m_session.profiles().load(m_session.profile().name);
    if (!profile.ok()) {
        showMessage(tr("The profile could not be read: %1").arg(profile.error().message), true);
        return false;
    }
    Profiles::Profile updated = profile.value();
    updated.mapping = m_document->mapping().toJson();
    const Status status = m_session.profiles().save(updated);
    if (!status.ok()) {
        showMessage(tr("The mapping was not saved: %1").arg(status.error().message), true);
        return false;
    }
    m_document->markSaved();
    showMessage(tr("The mapping is saved in profile %1.").arg(updated.name));
    Q_EMIT saved();
    return true;
}
