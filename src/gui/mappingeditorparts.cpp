// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MappingEditor, continued: group rules, digest options, auto-map and new MailerLite fields.
#include "mappingeditor.h"
#include "ui_mappingeditor.h"

#include "ghlfieldmodel.h"
#include "grouprulesmodel.h"
#include "mailerlitefieldmodel.h"
#include "mapping/mapper.h"
#include "mapping/mappingfile.h"
#include "mappingdocument.h"
#include "profilesession.h"
#include "prompter.h"
#include "session/fieldcatalogloader.h"
#include "workerthread.h"

#include <QHeaderView>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

void MappingEditor::setupGroupsTab()
{
    m_ui->groupRulesView->setModel(m_groupModel);
    QHeaderView *header = m_ui->groupRulesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GroupRulesModel::TagColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(GroupRulesModel::GroupColumn, QHeaderView::Stretch);
    m_ui->groupRulesView->verticalHeader()->setVisible(false);
    connect(m_groupModel, &GroupRulesModel::ruleEdited, this,
            [this](int row, const Mapping::GroupRule &rule) {
                QList<Mapping::GroupRule> rules = m_document->mapping().groupRules;
                if (row >= 0 && row < rules.size()) {
                    rules[row] = rule;
                    m_document->setGroupRules(rules, tr("Edit the rule for tag %1").arg(rule.tag));
                }
            });
    connect(m_ui->addRuleButton, &QPushButton::clicked, this, [this] { addGroupRule(); });
    connect(m_ui->tagLineEdit, &QLineEdit::returnPressed, this, [this] { addGroupRule(); });
    connect(m_ui->removeRuleButton, &QPushButton::clicked, this, &MappingEditor::removeGroupRule);

    for (QSpinBox *box : {m_ui->notesLatestSpinBox, m_ui->notesLengthSpinBox}) {
        connect(box, &QSpinBox::editingFinished, this, &MappingEditor::applyOptionsForm);
    }
    for (QLineEdit *edit : {m_ui->regionLineEdit, m_ui->syncedTagLineEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, &MappingEditor::applyOptionsForm);
    }
}

bool MappingEditor::addGroupRule()
{
    const QString tag = m_ui->tagLineEdit->text().trimmed();
    const QString group = m_ui->groupComboBox->currentText().trimmed();
    if (tag.isEmpty() || group.isEmpty()) {
        showMessage(tr("A rule needs a tag and a group."), true);
        return false;
    }
    Mapping::GroupRule rule;
    rule.tag = tag;
    rule.groupName = group;
    for (const MailerLite::Group &existing : std::as_const(m_catalog.groups)) {
        if (existing.name.compare(group, Qt::CaseInsensitive) == 0) {
            rule.groupId = existing.id;
            rule.groupName = existing.name;
        }
    }
    rule.removeWhenTagRemoved = m_ui->removeCheckBox->isChecked();
    rule.createGroupIfMissing = m_ui->createCheckBox->isChecked();
    if (rule.groupId == 0 && !rule.createGroupIfMissing) {
        showMessage(tr("MailerLite has no group “%1”. Check “Create if missing” to have the "
                       "sync create it.")
                        .arg(group),
                    true);
        return false;
    }
    QList<Mapping::GroupRule> rules = m_document->mapping().groupRules;
    rules.append(rule);
    m_document->setGroupRules(rules, tr("Add the rule for tag %1").arg(tag));
    m_ui->tagLineEdit->clear();
    showMessage(tr("Contacts tagged “%1” will join “%2”.").arg(tag, rule.groupName));
    return true;
}

void MappingEditor::removeGroupRule()
{
    const int row = m_ui->groupRulesView->currentIndex().row();
    QList<Mapping::GroupRule> rules = m_document->mapping().groupRules;
    if (row < 0 || row >= rules.size()) {
        showMessage(tr("Select a rule to remove."), true);
        return;
    }
    const QString tag = rules.at(row).tag;
    rules.removeAt(row);
    m_document->setGroupRules(rules, tr("Remove the rule for tag %1").arg(tag));
}

void MappingEditor::refreshGroupPreview()
{
    const Mapping::Mapping &mapping = m_document->mapping();
    QList<GroupRulesModel::Preview> previews(mapping.groupRules.size());
    for (qsizetype i = 0; i < mapping.groupRules.size(); ++i) {
        const Mapping::GroupRule &rule = mapping.groupRules.at(i);
        for (const MailerLite::Group &group : std::as_const(m_catalog.groups)) {
            if ((rule.groupId != 0 && group.id == rule.groupId)
                || (rule.groupId == 0
                    && group.name.compare(rule.groupName, Qt::CaseInsensitive) == 0)) {
                previews[i].members = group.total;
            }
        }
    }
    // The engine's own Mapper decides membership (tag case, synced tag, rules that keep a
    // contact in a group another rule would remove it from): the preview cannot disagree.
    Mapping::Mapping rulesOnly;
    rulesOnly.groupRules = mapping.groupRules;
    rulesOnly.options = mapping.options;
    Mapping::Mapper mapper(rulesOnly);
    QSet<QString> seen;
    int counted = 0;
    for (const QList<Ghl::Contact> *list : {&m_contacts, &m_samples}) {
        for (const Ghl::Contact &contact : *list) {
            if (seen.contains(contact.id)) {
                continue;
            }
            seen.insert(contact.id);
            const Mapping::DesiredSubscriber out = mapper.map(contact);
            if (!out.inSyncedSet) {
                continue;
            }
            ++counted;
            for (qsizetype i = 0; i < mapping.groupRules.size(); ++i) {
                const Mapping::GroupRule &rule = mapping.groupRules.at(i);
                const Mapping::DesiredSubscriber::GroupRef ref {rule.groupId, rule.groupName,
                                                                rule.createGroupIfMissing};
                previews[i].join += out.groups.contains(ref) ? 1 : 0;
                previews[i].leave += out.groupsToLeave.contains(ref) ? 1 : 0;
            }
        }
    }
    m_groupModel->setPreviews(previews);
    m_ui->groupPreviewLabel->setText(
        mapping.groupRules.isEmpty()
            ? tr("No rules yet: add a tag and a group above.")
            : tr("Counted over %n loaded contact(s) in the synced set. “Would leave” counts "
                 "contacts without the tag, removed from the group if they are members.",
                 nullptr, counted));
}

void MappingEditor::refreshOptionsForm()
{
    const Mapping::MappingOptions &options = m_document->mapping().options;
    const QSignalBlocker b1(m_ui->notesLatestSpinBox);
    const QSignalBlocker b2(m_ui->notesLengthSpinBox);
    const QSignalBlocker b3(m_ui->regionLineEdit);
    const QSignalBlocker b4(m_ui->syncedTagLineEdit);
    m_ui->notesLatestSpinBox->setValue(options.notesLatest);
    m_ui->notesLengthSpinBox->setValue(options.notesMaxLength);
    m_ui->regionLineEdit->setText(options.defaultPhoneRegion);
    m_ui->syncedTagLineEdit->setText(options.syncedTag);
}

void MappingEditor::applyOptionsForm()
{
    Mapping::MappingOptions options = m_document->mapping().options;
    options.notesLatest = m_ui->notesLatestSpinBox->value();
    options.notesMaxLength = m_ui->notesLengthSpinBox->value();
    options.defaultPhoneRegion = m_ui->regionLineEdit->text().trimmed().toUpper();
    options.syncedTag = m_ui->syncedTagLineEdit->text().trimmed();
    // Checked by the core, as a saved file would be: a bad region must not reach a sync.
    const Result<Mapping::MappingOptions> checked
        = Mapping::MappingOptions::fromJson(options.toJson(), u"$.options"_s);
    if (!checked.ok()) {
        showMessage(checked.error().message, true);
        refreshOptionsForm();
        return;
    }
    m_document->setOptions(checked.value());
}

void MappingEditor::proposeAutoMap()
{
    const Mapping::AutoMapper::Suggestions suggestions
        = Mapping::AutoMapper::propose(m_catalog.ghlCustomFields, m_catalog.mailerLiteFields);
    m_proposals.clear();
    m_ui->proposalsListWidget->clear();
    for (const Mapping::AutoMapper::Proposal &p : suggestions.proposals) {
        const Mapping::FieldMapping *existing = m_document->mapping().fieldFor(p.target);
        if (existing && existing->source == p.source) {
            continue; // already mapped that way
        }
        m_proposals.append(p);
        auto *item = new QListWidgetItem(
            existing ? tr("%1 → %2 (replaces %3): %4")
                           .arg(p.source.displayName(), p.target, existing->source.displayName(),
                                p.reason)
                     : tr("%1 → %2: %3").arg(p.source.displayName(), p.target, p.reason),
            m_ui->proposalsListWidget);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        // Replacing a rule the user made is opt-in.
        item->setCheckState(existing ? Qt::Unchecked : Qt::Checked);
    }
    for (const Mapping::AutoMapper::Proposal &p : suggestions.refused) {
        auto *item = new QListWidgetItem(
            tr("Not proposed: %1 → %2: %3").arg(p.source.displayName(), p.target, p.reason),
            m_ui->proposalsListWidget);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_ui->acceptProposalsButton->setEnabled(!m_proposals.isEmpty());
    m_ui->proposalsGroupBox->setVisible(true);
    showMessage(m_proposals.isEmpty() ? tr("Auto-map found nothing new to propose.")
                                      : tr("%n pair(s) proposed: check the ones to apply.", nullptr,
                                           static_cast<int>(m_proposals.size())));
    m_ui->proposalsListWidget->setFocus();
}

void MappingEditor::acceptProposals()
{
    Mapping::Mapping next = m_document->mapping();
    int applied = 0;
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        const QListWidgetItem *item = m_ui->proposalsListWidget->item(static_cast<int>(i));
        if (!item || item->checkState() != Qt::Checked) {
            continue;
        }
        const Mapping::AutoMapper::Proposal &p = m_proposals.at(i);
        Mapping::FieldMapping rule {p.source, defaultChain(m_catalog.idOf(p.source), p.target),
                                    p.target};
        next.fields.removeIf([&p](const Mapping::FieldMapping &f) { return f.target == p.target; });
        next.fields.append(rule);
        ++applied;
    }
    // One undo step for the whole batch.
    m_document->replace(next, tr("Apply %n auto-map proposal(s)", nullptr, applied));
    m_ui->proposalsGroupBox->setVisible(false);
    m_proposals.clear();
    showMessage(tr("%n proposal(s) applied.", nullptr, applied));
}

void MappingEditor::requestNewField(const QStringList &sourceIds)
{
    const auto source
        = sourceIds.size() == 1 ? m_catalog.ghlField(sourceIds.first()) : std::nullopt;
    if (!source) {
        showMessage(tr("Drop one GoHighLevel field to create a MailerLite field for it."), true);
        return;
    }
    if (!m_loader) {
        showMessage(tr("Open a profile to create MailerLite fields."), true);
        return;
    }
    if (m_pendingSource) {
        showMessage(tr("A MailerLite field is being created; wait for it to finish."), true);
        return;
    }
    const QString type = Session::FieldCatalog::mailerLiteTypeFor(source->type);
    const std::optional<QString> title = m_session.prompter().askText(
        this, tr("New MailerLite field"),
        tr("Create a MailerLite %1 field for %2, titled:").arg(type, source->name), source->name);
    if (!title || title->trimmed().isEmpty()) {
        return;
    }
    m_pendingSource = source->id;
    showMessage(tr("Creating the MailerLite field “%1”…").arg(title->trimmed()));
    Session::FieldCatalogLoader *loader = m_loader;
    WorkerThread::post(loader,
                       [loader, t = title->trimmed(), type] { loader->createField(t, type); });
}

void MappingEditor::onFieldCreated(const MailerLite::Field &field)
{
    m_catalog.addMailerLiteField(field);
    m_mailerLiteModel->setFields(m_catalog.mailerLiteFields);
    m_ui->transformEditor->setContext(m_samples, m_catalog.ghlCustomFields,
                                      m_catalog.mailerLiteFields);
    const std::optional<QString> sourceId = std::exchange(m_pendingSource, std::nullopt);
    refreshFromDocument();
    if (sourceId) {
        requestMapping({*sourceId}, field.key);
    }
}

bool MappingEditor::importMapping()
{
    const QString path = m_session.prompter().openFileName(this, tr("Import mapping"),
                                                           tr("Mapping files (*.json)"));
    if (path.isEmpty()) {
        return false;
    }
    const Result<Mapping::Mapping> mapping = Mapping::MappingFile::load(path);
    if (!mapping.ok()) {
        showMessage(mapping.error().message, true);
        return false;
    }
    // Undoable like any edit; saving is still a separate step.
    m_document->replace(mapping.value(), tr("Import mapping"));
    showMessage(tr("Mapping imported; save it to use it for syncs."));
    return true;
}

bool MappingEditor::exportMapping()
{
    const QString suggested = u"%1-mapping.json"_s.arg(m_session.isOpen() ? m_session.profile().name
                                                                          : u"contactbridge"_s);
    const QString path = m_session.prompter().saveFileName(this, tr("Export mapping"), suggested,
                                                           tr("Mapping files (*.json)"));
    if (path.isEmpty()) {
        return false;
    }
    const Status status = Mapping::MappingFile::save(m_document->mapping(), path);
    if (!status.ok()) {
        showMessage(status.error().message, true);
        return false;
    }
    showMessage(tr("Mapping exported."));
    return true;
}
