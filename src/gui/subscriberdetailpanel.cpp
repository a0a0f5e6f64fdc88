// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriberdetailpanel.h"

#include "profilesession.h"
#include "session/detailloader.h"
#include "ui_subscriberdetailpanel.h"
#include "workerthread.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString shortDate(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

SubscriberDetailPanel::SubscriberDetailPanel(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SubscriberDetailPanel>())
    , m_session(session)
{
    m_ui->setupUi(this);
    // Compact rows: a field is one line, its full value in the tooltip.
    m_ui->fieldsTableWidget->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
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
    m_ui->nameLabel->setText(u"<b>%1</b>"_s.arg(
        (row->name.isEmpty() ? row->email : row->name.left(200)).toHtmlEscaped()));
    m_ui->emailLabel->setText(row->email);
    m_ui->typeLabel->setText(row->type.isEmpty() ? tr("Loading...")
                                                 : SubscriberTableModel::typeText(row->type));
    m_ui->groupsLabel->setText(tr("Loading..."));
    m_ui->createdLabel->setText(shortDate(row->dateCreated));
    m_ui->activityLabel->clear();
    m_ui->idLabel->setText(QString::number(row->id));
    m_ui->fieldsTableWidget->setRowCount(0);
    m_ui->problemsLabel->setText(
        row->writtenBySync
            ? tr("Shown as the last sync wrote it; reading MailerLite's own record...")
            : QString());
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
    m_ui->createdLabel->setText(shortDate(s.dateCreated));
    m_ui->activityLabel->setText(
        tr("%1 sent, %2 opened, %3 clicked").arg(s.sent).arg(s.opened).arg(s.clicked));
    // Only the fields with a value: an account has dozens, most of them empty for anyone.
    QList<std::pair<QString, QString>> filled;
    for (auto it = s.fields.cbegin(); it != s.fields.cend(); ++it) {
        if (!it.value().trimmed().isEmpty()) {
            filled.append({it.key(), it.value()});
        }
    }
    m_ui->fieldsTableWidget->setRowCount(static_cast<int>(filled.size()));
    for (int row = 0; row < filled.size(); ++row) {
        m_ui->fieldsTableWidget->setItem(row, 0, new QTableWidgetItem(filled.at(row).first));
        auto *value = new QTableWidgetItem(filled.at(row).second.left(500));
        value->setToolTip(filled.at(row).second.left(2000));
        m_ui->fieldsTableWidget->setItem(row, 1, value);
    }
    m_ui->fieldsTableWidget->resizeColumnToContents(0);
    m_ui->fieldsCaptionLabel->setText(
        tr("Fields with a value: %1 of %2").arg(filled.size()).arg(s.fields.size()));
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
