// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingconnectorwidget.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

MappingConnectorWidget::MappingConnectorWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // Decoration only: the same information is in the lists' "Mapped from" column.
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Connectors between mapped fields"));
}

QSize MappingConnectorWidget::sizeHint() const
{
    return {56, 200};
}

void MappingConnectorWidget::setViews(QAbstractItemView *left, QAbstractItemView *right)
{
    m_left = left;
    m_right = right;
    watch(left);
    watch(right);
    update();
}

void MappingConnectorWidget::watch(QAbstractItemView *view)
{
    if (!view) {
        return;
    }
    const auto repaint = [this] {
        update();
    };
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, repaint);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, repaint);
        connect(model, &QAbstractItemModel::layoutChanged, this, repaint);
        connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
        connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
    }
}

void MappingConnectorWidget::setPairs(const QList<Pair> &pairs)
{
    m_pairs = pairs;
    update();
}

bool MappingConnectorWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Move
        || event->type() == QEvent::LayoutRequest) {
        update();
    }
    return QWidget::eventFilter(watched, event);
}

qreal MappingConnectorWidget::rowY(QAbstractItemView *view, int row, bool *shown) const
{
    QWidget *viewport = view->viewport();
    const QModelIndex index = view->model() ? view->model()->index(row, 0) : QModelIndex();
    const QRect rect = index.isValid() ? view->visualRect(index) : QRect();
    const int top = viewport->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
    const int bottom = top + viewport->height();
    if (rect.isEmpty()) {
        *shown = false;
        return top;
    }
    const qreal y = top + rect.center().y() + 0.5;
    *shown = y >= top && y <= bottom;
    return std::clamp<qreal>(y, top, bottom);
}

QList<QLineF> MappingConnectorWidget::connectorLines(QList<bool> *visible) const
{
    QList<QLineF> lines;
    if (!m_left || !m_right) {
        return lines;
    }
    for (const Pair &pair : m_pairs) {
        bool leftShown = false;
        bool rightShown = false;
        const qreal y1 = rowY(m_left, pair.left, &leftShown);
        const qreal y2 = rowY(m_right, pair.right, &rightShown);
        lines.append(QLineF(0, y1, width(), y2));
        if (visible) {
            visible->append(leftShown && rightShown);
        }
    }
    return lines;
}

void MappingConnectorWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QList<bool> visible;
    const QList<QLineF> lines = connectorLines(&visible);
    const QColor color = palette().color(QPalette::Highlight);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QLineF &line = lines.at(i);
        QPen pen(color, m_pairs.at(i).selected ? 3.0 : 1.5);
        if (!visible.at(i)) {
            pen.setStyle(Qt::DashLine);
            pen.setColor(palette().color(QPalette::Mid));
        }
        painter.setPen(pen);
        // An S-curve reads better than straight lines when many pairs cross.
        QPainterPath path(line.p1());
        const qreal mid = width() / 2.0;
        path.cubicTo(QPointF(mid, line.y1()), QPointF(mid, line.y2()), line.p2());
        painter.drawPath(path);
        painter.setBrush(pen.color());
        painter.drawEllipse(line.p1(), 2.5, 2.5);
        painter.drawEllipse(line.p2(), 2.5, 2.5);
        painter.setBrush(Qt::NoBrush);
    }
}
