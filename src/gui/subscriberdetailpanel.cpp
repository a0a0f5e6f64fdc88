// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriberdetailpanel.h"

#include "profilesession.h"
#include "session/detailloader.h"
#include "ui_subscriberdetailpanel.h"
#include "workerthread.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SubscriberDetailPanel::SubscriberDetailPanel(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SubscriberDetailPanel>())
    , m_session(session)
{
    m_ui->setupUi(this);
    connect(&session, &ProfileSession::opened, this, &SubscriberDetailPanel::attach);
    connect(&session, &ProfileSession::closing, this, [this] { showSubscriber(nullptr); });
    attach();
    showSubscriber(nullptr);
}

SubscriberDetailPanel::~SubscriberDetailPanel() = default;

void SubscriberDetailPanel::attach()
{
    Session::DetailLoader *loader = m_session.details();
    if (!loader) {
        return;
    }
    connect(loader, &Session::DetailLoader::subscriberLoaded, this,
            &SubscriberDetailPanel::showDetails);
    connect(loader, &Session::DetailLoader::subscriberFailed, this,
            &SubscriberDetailPanel::showFailure);
}

void SubscriberDetailPanel::showSubscriber(const SubscriberTableModel::Row *row)
{
    m_id = row ? row->id : 0;
    if (!row) {
        m_ui->stackedWidget->setCurrentWidget(m_ui->placeholderPage);
        return;
    }
    m_ui->stackedWidget->setCurrentWidget(m_ui->detailPage);
    const QLocale locale;
    m_ui->nameLabel->setText(u"<b>%1</b>"_s.arg(
        (row->name.isEmpty() ? row->email : row->name.left(200)).toHtmlEscaped()));
    m_ui->emailLabel->setText(row->email);
    m_ui->typeLabel->setText(SubscriberTableModel::typeText(row->type));
    m_ui->groupsLabel->setText(tr("Loading..."));
    m_ui->createdLabel->setText(
        locale.toString(row->dateCreated.toLocalTime(), QLocale::ShortFormat));
    m_ui->activityLabel->clear();
    m_ui->idLabel->setText(QString::number(row->id));
    m_ui->fieldsTableWidget->setRowCount(0);
    m_ui->problemsLabel->clear();
    if (Session::DetailLoader *loader = m_session.details()) {
        WorkerThread::post(loader,
                           [loader, id = QString::number(row->id)] { loader->loadSubscriber(id); });
    }
}

void SubscriberDetailPanel::showDetails(const Session::SubscriberDetails &details)
{
    if (m_id == 0 || details.subscriber.id != m_id) {
        return; // an answer for a row no longer shown
    }
    const MailerLite::Subscriber &s = details.subscriber;
    m_ui->typeLabel->setText(SubscriberTableModel::typeText(s.type));
    QStringList groups;
    for (const MailerLite::Group &group : details.groups) {
        groups.append(group.name);
    }
    m_ui->groupsLabel->setText(groups.isEmpty() ? tr("No groups") : groups.join(u", "_s));
    m_ui->activityLabel->setText(
        tr("%1 sent, %2 opened, %3 clicked").arg(s.sent).arg(s.opened).arg(s.clicked));
    m_ui->fieldsTableWidget->setRowCount(static_cast<int>(s.fields.size()));
    int row = 0;
    for (auto it = s.fields.cbegin(); it != s.fields.cend(); ++it, ++row) {
        m_ui->fieldsTableWidget->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_ui->fieldsTableWidget->setItem(row, 1, new QTableWidgetItem(it.value().left(500)));
    }
    m_ui->fieldsTableWidget->resizeColumnToContents(0);
    m_ui->problemsLabel->setText(details.problems.join(u'\n'));
}

void SubscriberDetailPanel::showFailure(const QString &idOrEmail, const Error &error)
{
    if (idOrEmail != QString::number(m_id)) {
        return;
    }
    m_ui->groupsLabel->clear();
    m_ui->problemsLabel->setText(tr("The subscriber could not be read: %1").arg(error.message));
}
