// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sync page's plan panel: the counts row, the table with its override editing (combo
// delegate, "Skip / Force selected", "Clear override"), and saving and loading plans.
#include "log/logging.h"
#include "planmodel.h"
#include "planoverridedelegate.h"
#include "profilesession.h"
#include "prompter.h"
#include "syncpage.h"
#include "ui_syncpage.h"

#include <QAction>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using Sync::PlanItem;

namespace {

// QButtonGroup reserves -1 ("pick an id"); the actions use their enum values.
constexpr int AllActions = 1000;
constexpr int Overridden = 1001;

struct CountButton
{
    PlanItem::Action action;
    const char *objectName;
};

// The order of the counts row: what changes first, then what is deliberately left alone.
constexpr CountButton countButtons[] = {
    {PlanItem::Action::Create, "createdCountButton"},
    {PlanItem::Action::Update, "updatedCountButton"},
    {PlanItem::Action::Unsubscribe, "unsubscribedCountButton"},
    {PlanItem::Action::RemoveFromGroups, "groupRemovalsCountButton"},
    {PlanItem::Action::SkipUnchanged, "unchangedCountButton"},
    {PlanItem::Action::SkipInvalid, "invalidCountButton"},
    {PlanItem::Action::BlockedByConsent, "consentCountButton"},
    {PlanItem::Action::Duplicate, "duplicatesCountButton"},
};

QString planFilter()
{
    return QCoreApplication::translate("SyncPage", "ContactBridge plans (*.json);;All files (*)");
}

} // namespace

void SyncPage::setUpPlan()
{
    m_planModel = new PlanModel(this);
    m_planProxy = new QSortFilterProxyModel(this);
    m_planProxy->setSourceModel(m_planModel);
    m_planProxy->setSortRole(PlanModel::SortRole);
    m_planProxy->setFilterRole(PlanModel::ActionNameRole);
    m_planProxy->setFilterKeyColumn(PlanModel::ActionColumn);
    m_ui->planTableView->setModel(m_planProxy);
    m_ui->planTableView->setItemDelegateForColumn(PlanModel::OverrideColumn,
                                                  new PlanOverrideDelegate(m_ui->planTableView));
    m_ui->planTableView->sortByColumn(PlanModel::ActionColumn, Qt::AscendingOrder);
    QHeaderView *header = m_ui->planTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(PlanModel::ActionColumn, 130);
    header->resizeSection(PlanModel::OverrideColumn, 100);
    header->resizeSection(PlanModel::ContactColumn, 160);
    header->resizeSection(PlanModel::EmailColumn, 200);
    header->resizeSection(PlanModel::ChangesColumn, 240);
    header->resizeSection(PlanModel::GroupsColumn, 90);
    header->resizeSection(PlanModel::TypeColumn, 140);

    m_countButtons = new QButtonGroup(this);
    m_countButtons->setExclusive(true);
    // Two rows of counts, so the page fits a 1280-pixel screen beside the page list.
    constexpr int buttonsPerRow = 5;
    auto addButton = [this, buttonsPerRow](const char *objectName, int id) {
        auto *button = new QToolButton(m_ui->planGroupBox);
        button->setObjectName(QString::fromLatin1(objectName));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(tr("Show only these records in the table."));
        const int index = int(m_countButtons->buttons().size());
        m_ui->countsLayout->addWidget(button, index / buttonsPerRow, index % buttonsPerRow,
                                      Qt::AlignLeft);
        m_countButtons->addButton(button, id);
    };
    addButton("allCountButton", AllActions);
    for (const CountButton &b : countButtons) {
        addButton(b.objectName, int(b.action));
    }
    addButton("overriddenCountButton", Overridden);
    m_ui->countsLayout->setColumnStretch(buttonsPerRow, 1);
    m_countButtons->button(AllActions)->setChecked(true);
    m_countButtons->button(AllActions)->setToolTip(tr("Show every record of the plan."));
    connect(m_countButtons, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == Overridden) {
            filterOverridden();
            return;
        }
        filterPlan(id == AllActions ? std::nullopt
                                    : std::optional(static_cast<PlanItem::Action>(id)));
    });
    connect(m_planModel, &PlanModel::overridesChanged, this, &SyncPage::storeOverrides);
    connect(m_ui->savePlanButton, &QPushButton::clicked, this, &SyncPage::savePlan);
    connect(m_ui->loadPlanButton, &QPushButton::clicked, this, &SyncPage::loadPlan);
    setUpOverrideActions();
    updateCounts({});
}

void SyncPage::setUpOverrideActions()
{
    QTableView *view = m_ui->planTableView;
    auto add = [this, view](const QString &text, const char *objectName,
                            const QList<QKeySequence> &keys, PlanItem::Override value) {
        auto *action = new QAction(text, view);
        action->setObjectName(QString::fromLatin1(objectName));
        action->setShortcuts(keys);
        // Only while the table has the focus: Delete and Backspace mean other things elsewhere.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] { overrideSelected(value); });
        return action;
    };
    m_skipAction = add(tr("&Skip selected"), "skipSelectedAction", {QKeySequence::Delete},
                       PlanItem::Override::Skip);
    m_skipAction->setToolTip(tr("Leave the selected records out of this run."));
    m_forceAction
        = add(tr("&Force selected"), "forceSelectedAction",
              {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
              PlanItem::Override::Force);
    m_forceAction->setToolTip(tr("Send the selected unchanged records again."));
    m_clearOverrideAction = add(tr("&Clear override"), "clearOverrideAction",
                                {QKeySequence(Qt::Key_Backspace)}, PlanItem::Override::None);
    m_clearOverrideAction->setToolTip(tr("Apply the selected records as planned."));
}

void SyncPage::filterPlan(std::optional<PlanItem::Action> action)
{
    m_planProxy->setFilterRole(PlanModel::ActionNameRole);
    if (!action) {
        m_planProxy->setFilterRegularExpression(QRegularExpression());
        m_countButtons->button(AllActions)->setChecked(true);
        return;
    }
    const QString name = QRegularExpression::escape(PlanItem::actionName(*action));
    m_planProxy->setFilterRegularExpression(QRegularExpression(u"^%1$"_s.arg(name)));
    m_countButtons->button(int(*action))->setChecked(true);
}

void SyncPage::filterOverridden()
{
    m_planProxy->setFilterRole(PlanModel::OverriddenRole);
    m_planProxy->setFilterRegularExpression(QRegularExpression(u"^true$"_s));
    m_countButtons->button(Overridden)->setChecked(true);
}

void SyncPage::updateCounts(const Sync::Plan &plan)
{
    const QHash<PlanItem::Action, int> counts = plan.counts();
    m_countButtons->button(AllActions)->setText(tr("All: %1").arg(plan.items.size()));
    for (const CountButton &b : countButtons) {
        const int count = counts.value(b.action);
        QAbstractButton *button = m_countButtons->button(int(b.action));
        button->setText(tr("%1: %2").arg(PlanModel::actionText(b.action)).arg(count));
        button->setEnabled(count > 0 || button->isChecked());
    }
    updateOverrideCount();
}

void SyncPage::updateOverrideCount()
{
    const int skipped = m_planModel->overrideCount(PlanItem::Override::Skip);
    const int forced = m_planModel->overrideCount(PlanItem::Override::Force);
    QAbstractButton *button = m_countButtons->button(Overridden);
    button->setText(tr("Overridden: %1").arg(skipped + forced));
    button->setToolTip(
        tr("%1 skipped and %2 forced by you. Show only these records.").arg(skipped).arg(forced));
    button->setEnabled(skipped + forced > 0 || button->isChecked());
}

void SyncPage::onPlanned(const Sync::Plan &plan)
{
    showPlan(plan);
    m_ui->planPlaceholderLabel->setText(tr("The plan has no records: nothing to do."));
}

void SyncPage::showPlan(const Sync::Plan &plan)
{
    m_planModel->setPlan(plan);
    updateCounts(plan);
    filterPlan(std::nullopt);
    m_ui->planStack->setCurrentWidget(plan.items.isEmpty()
                                          ? static_cast<QWidget *>(m_ui->planPlaceholderLabel)
                                          : m_ui->planTableView);
}

void SyncPage::overrideSelected(PlanItem::Override value)
{
    const QModelIndexList selected = m_ui->planTableView->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_ui->statusLabel->setText(tr("Select the records to change first."));
        return;
    }
    QList<int> rows;
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected) {
        rows.append(m_planProxy->mapToSource(index).row());
    }
    const PlanModel::OverrideChange change = m_planModel->setOverride(rows, value);
    if (change.refused == 0) {
        m_ui->statusLabel->setText(
            tr("Changed the override of %1 selected records.").arg(change.changed));
        return;
    }
    m_ui->statusLabel->setText(tr("Changed the override of %1 of %2 selected records; the others "
                                  "stay as they are. %3")
                                   .arg(change.changed)
                                   .arg(rows.size())
                                   .arg(change.refusal));
}

void SyncPage::storeOverrides()
{
    updateOverrideCount();
    std::optional<Sync::Plan> plan = m_sync.lastPlan();
    if (!plan || m_sync.isRunning()) {
        return;
    }
    if (!m_planModel->copyOverridesTo(*plan)) {
        // Cannot happen while the table shows the kept plan (setEditable follows lastPlan()).
        qCCritical(lcGui) << "the plan table does not match the kept plan; overrides not stored";
        return;
    }
    m_sync.setLastPlan(*plan);
}

void SyncPage::updatePlanActions()
{
    const bool ready = m_session.isOpen() && !m_sync.isRunning();
    const bool editable = ready && m_sync.lastPlan().has_value();
    m_planModel->setEditable(editable);
    for (QAction *action : {m_skipAction, m_forceAction, m_clearOverrideAction}) {
        action->setEnabled(editable);
    }
    m_ui->savePlanButton->setEnabled(editable);
    m_ui->loadPlanButton->setEnabled(ready);
}

void SyncPage::savePlan()
{
    const std::optional<Sync::Plan> plan = m_sync.lastPlan();
    if (!plan) {
        return;
    }
    const QString suggested = u"contactbridge-plan-%1-%2.json"_s.arg(
        m_session.profile().name, plan->createdAt.toString(u"yyyyMMdd-HHmmss"_s));
    const QString path
        = m_session.prompter().saveFileName(this, tr("Save plan"), suggested, planFilter());
    if (path.isEmpty()) {
        return;
    }
    if (const Status saved = plan->save(path); !saved.ok()) {
        m_ui->statusLabel->setText(saved.error().message);
        return;
    }
    m_ui->statusLabel->setText(tr("Saved the plan of %1 records to %2.")
                                   .arg(plan->items.size())
                                   .arg(QDir::toNativeSeparators(path)));
}

void SyncPage::loadPlan()
{
    if (!m_session.isOpen() || m_sync.isRunning()) {
        return;
    }
    // Prompter offers only a file-name question; the user picks an existing plan file with it.
    const QString path = m_session.prompter().openFileName(this, tr("Load plan"), planFilter());
    if (path.isEmpty()) {
        return;
    }
    Result<Sync::Plan> loaded = Sync::Plan::load(path);
    if (!loaded.ok()) {
        m_ui->statusLabel->setText(loaded.error().message);
        return;
    }
    const Sync::Plan &plan = loaded.value();
    const QString profile = m_session.profile().name;
    if (plan.profile != profile) {
        // Links, groups and consent decisions in a plan belong to the profile that made it.
        m_ui->statusLabel->setText(tr("Not loaded: this plan was made for profile \"%1\", and "
                                      "the open profile is \"%2\". Open profile \"%1\" to apply "
                                      "it.")
                                       .arg(plan.profile, profile));
        return;
    }
    m_sync.setLastPlan(plan);
    showPlan(plan);
    const QString made = QLocale().toString(plan.createdAt.toLocalTime(), QLocale::ShortFormat);
    m_ui->statusLabel->setText(
        tr("Loaded the plan of %1 records made %2; Run this plan applies exactly it.")
            .arg(plan.items.size())
            .arg(made));
    m_ui->summaryLabel->setText(tr("A saved plan is loaded: review it, then press Run this plan. "
                                   "It is applied as saved, with its overrides, not planned "
                                   "again."));
    updateActions();
}
