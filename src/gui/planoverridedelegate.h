// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Edits PlanModel's override column with a combo box: "As planned", "Skip", "Force". Choices the
// sync rules refuse for the row are shown disabled, with the reason as their tooltip; picking a
// choice commits it at once.
// Lives in the GUI thread.
class PlanOverrideDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PlanOverrideDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
