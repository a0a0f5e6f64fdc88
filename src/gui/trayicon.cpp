// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "log/logging.h"

#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    m_syncNow = m_menu->addAction(tr("&Sync now"));
    m_show = m_menu->addAction(tr("S&how ContactBridge"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    connect(m_syncNow, &QAction::triggered, this, &TrayIcon::syncNowRequested);
    connect(m_show, &QAction::triggered, this, &TrayIcon::showRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick) {
                        Q_EMIT showRequested();
                    }
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showRequested);
    } else {
        qCInfo(lcGui) << "no system tray on this desktop; the window stays the only view";
    }
    apply(Status::Idle, tr("ContactBridge: no sync has run yet"));
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setVisible(bool visible)
{
    if (m_tray) {
        m_tray->setVisible(visible);
    }
}

void TrayIcon::setRunning(const QString &profile)
{
    apply(Status::Running, tr("ContactBridge: syncing %1…").arg(profile));
}

void TrayIcon::setRunState(const Sync::RunSummary &summary)
{
    using Outcome = Sync::RunSummary::Outcome;
    const QString reason = summary.error ? summary.error->message : QString();
    QString title;
    QString message;
    QSystemTrayIcon::MessageIcon level = QSystemTrayIcon::Warning;
    switch (summary.outcome) {
    case Outcome::Succeeded:
        apply(Status::Succeeded,
              tr("ContactBridge: the last sync of %1 succeeded (%2 created, %3 updated)")
                  .arg(summary.profile)
                  .arg(summary.counts.created)
                  .arg(summary.counts.updated));
        return;
    case Outcome::Cancelled:
        apply(Status::Cancelled,
              tr("ContactBridge: the last sync of %1 was cancelled").arg(summary.profile));
        return;
    case Outcome::ItemsFailed:
        apply(Status::ItemsFailed,
              tr("ContactBridge: the last sync of %1 finished; %n item(s) failed", nullptr,
                 int(summary.counts.failed))
                  .arg(summary.profile));
        title = tr("Sync finished with failures");
        message = tr("%n item(s) of %1 failed. Open \"Failed items\" to see why and retry.",
                     nullptr, int(summary.counts.failed))
                      .arg(summary.profile);
        break;
    case Outcome::BlastRadius:
        apply(Status::Error,
              tr("ContactBridge: the last sync of %1 stopped at the unsubscribe limit")
                  .arg(summary.profile));
        title = tr("Sync stopped");
        message = tr("The sync of %1 would have unsubscribed or removed more subscribers than "
                     "its limit allows. Nothing was applied; review it in the app.")
                      .arg(summary.profile);
        break;
    case Outcome::Stopped:
        apply(Status::Error,
              tr("ContactBridge: the last sync of %1 stopped: %2").arg(summary.profile, reason));
        title = tr("Sync stopped");
        message = tr("The sync of %1 stopped: %2").arg(summary.profile, reason);
        level = QSystemTrayIcon::Critical;
        break;
    }
    Q_EMIT notified(title, message);
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, message, level);
    }
}

void TrayIcon::apply(Status status, const QString &toolTip)
{
    m_status = status;
    m_toolTip = toolTip;
    m_icon = iconFor(status);
    m_syncNow->setEnabled(status != Status::Running);
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(toolTip);
    }
}

QIcon TrayIcon::iconFor(Status status)
{
    // Drawn, so the status reads at tray size without image files: the app's blue disc with
    // a two-way arrow mark, and a badge coloured by status.
    QColor badge;
    switch (status) {
    case Status::Idle:
    case Status::Cancelled:
        badge = QColor(0x9a, 0xa0, 0xa6);
        break;
    case Status::Running:
        badge = QColor(0x1a, 0x73, 0xe8);
        break;
    case Status::Succeeded:
        badge = QColor(0x1e, 0x8e, 0x3e);
        break;
    case Status::ItemsFailed:
        badge = QColor(0xf2, 0x99, 0x00);
        break;
    case Status::Error:
        badge = QColor(0xd9, 0x30, 0x25);
        break;
    }
    QIcon icon;
    for (const int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2d, 0x6c, 0xdf));
        p.drawEllipse(QRectF(0, 0, s * 0.86, s * 0.86));
        QPen arrow(Qt::white, std::max(1.0, s / 12));
        arrow.setCapStyle(Qt::RoundCap);
        p.setPen(arrow);
        p.drawLine(QPointF(s * 0.2, s * 0.33), QPointF(s * 0.62, s * 0.33));
        p.drawLine(QPointF(s * 0.52, s * 0.23), QPointF(s * 0.62, s * 0.33));
        p.drawLine(QPointF(s * 0.24, s * 0.53), QPointF(s * 0.66, s * 0.53));
        p.drawLine(QPointF(s * 0.24, s * 0.53), QPointF(s * 0.34, s * 0.63));
        p.setPen(QPen(Qt::white, std::max(1.0, s / 16)));
        p.setBrush(badge);
        p.drawEllipse(QRectF(s * 0.52, s * 0.52, s * 0.46, s * 0.46));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
