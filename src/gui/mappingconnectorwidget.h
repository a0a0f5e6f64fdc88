// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QList>
#include <QPointer>
#include <QWidget>

class QAbstractItemView;

// The strip between the two field lists of the mapper: a line joins each mapped pair, from the
// GHL row on the left to the MailerLite row on the right. Rows scrolled out of view are joined
// to the strip's top or bottom edge (dashed), so a mapping never silently disappears. Repaints
// when either list scrolls, resizes or changes. Lives in the GUI thread.
class MappingConnectorWidget final : public QWidget
{
    Q_OBJECT

public:
    struct Pair
    {
        int left = -1; // row in the left view's model
        int right = -1; // row in the right view's model
        bool selected = false; // drawn thicker: the rule being edited
    };

    explicit MappingConnectorWidget(QWidget *parent = nullptr);

    void setViews(QAbstractItemView *left, QAbstractItemView *right);
    void setPairs(const QList<Pair> &pairs);
    [[nodiscard]] const QList<Pair> &pairs() const { return m_pairs; }

    // The lines as painted, in this widget's coordinates, in pair order; with `visible` set
    // for each, whether both ends are on screen.
    [[nodiscard]] QList<QLineF> connectorLines(QList<bool> *visible = nullptr) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Vertical position of `row` of `view` in this widget; clamped to the edges when hidden.
    [[nodiscard]] qreal rowY(QAbstractItemView *view, int row, bool *shown) const;
    void watch(QAbstractItemView *view);

    QPointer<QAbstractItemView> m_left;
    QPointer<QAbstractItemView> m_right;
    QList<Pair> m_pairs;
};
