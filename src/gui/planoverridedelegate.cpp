// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planoverridedelegate.h"

#include "planmodel.h"

#include <QComboBox>
#include <QStandardItemModel>

using Override = Sync::PlanItem::Override;

PlanOverrideDelegate::PlanOverrideDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *PlanOverrideDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("overrideComboBox"));
    combo->setAccessibleName(tr("Override"));
    for (const Override value : {Override::None, Override::Skip, Override::Force}) {
        combo->addItem(PlanModel::overrideActionText(value), int(value));
    }
    // The combo's own model is a QStandardItemModel: its items can be disabled one by one.
    auto *items = qobject_cast<QStandardItemModel *>(combo->model());
    const std::pair<Override, int> refusals[] = {{Override::Skip, PlanModel::SkipRefusalRole},
                                                 {Override::Force, PlanModel::ForceRefusalRole}};
    for (const auto &[value, role] : refusals) {
        const QString refusal = index.data(role).toString();
        QStandardItem *item = items ? items->item(int(value)) : nullptr;
        if (item && !refusal.isEmpty()) {
            item->setEnabled(false);
            item->setToolTip(refusal);
        }
    }
    // A choice is final: commit and close at once. createEditor() is const in Qt's API, while
    // the signals that hand the value over are not.
    auto *self = const_cast<PlanOverrideDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void PlanOverrideDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        return;
    }
    combo->setCurrentIndex(combo->findData(index.data(PlanModel::OverrideRole).toInt()));
}

void PlanOverrideDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0) {
        return;
    }
    // The model refuses what the rules forbid; a disabled entry cannot be picked anyway.
    model->setData(index, combo->currentData(), Qt::EditRole);
}
