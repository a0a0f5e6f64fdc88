// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ContactsPage, second part: the table layout, links after a sync run, and showing a linked
// contact for a first look.
#include "contactdetailpanel.h"
#include "contactspage.h"
#include "contacttablemodel.h"
#include "profilesession.h"
#include "recordfilterproxy.h"
#include "subscriberdetailpanel.h"
#include "subscribertablemodel.h"
#include "ui_contactspage.h"
#include "workerthread.h"

#include <QAction>
#include <QHeaderView>

#include <algorithm>

using namespace Qt::StringLiterals;
using Session::LinkStatus;
using Session::RecordMirror;

namespace {

// Linked contacts selectFirstLinked() tries before settling for the best one seen.
constexpr int s_showcaseTries = 8;
// Room around a cell's text: margins, the focus frame and, in a header, the sort arrow.
constexpr int s_cellPadding = 24;
constexpr int s_iconRoom = 20;

struct ColumnWidth
{
    int column;
    int width; // pixels, for typical content
    bool shown = true;
};

// Uniform, fixed-height rows (the view never measures 100,000 rows) and widths for 1280 px:
// the status column fits its icon and longest short text, the email column takes what is left
// (so there is no horizontal scroll bar), the others start at a typical content width and can
// be dragged wider. The header's context menu shows or hides every column but the status.
void setupView(QTableView *view, QAbstractItemModel *model, int statusColumn, int emailColumn,
               const QList<ColumnWidth> &widths)
{
    view->setModel(model);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSortIndicator(-1, Qt::AscendingOrder);

    const QFontMetrics cell = view->fontMetrics();
    int statusWidth = header->fontMetrics().horizontalAdvance(
        model->headerData(statusColumn, Qt::Horizontal).toString());
    for (int status = 0; status <= static_cast<int>(LinkStatus::Conflict); ++status) {
        const QString text = Session::LinkIndex::shortStatusText(static_cast<LinkStatus>(status));
        statusWidth = std::max(statusWidth, cell.horizontalAdvance(text) + s_iconRoom);
    }
    header->resizeSection(statusColumn, statusWidth + s_cellPadding);
    for (const ColumnWidth &width : widths) {
        header->resizeSection(width.column, width.width);
        header->setSectionHidden(width.column, !width.shown);
    }
    header->setSectionResizeMode(emailColumn, QHeaderView::Stretch);

    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column == statusColumn) {
            continue;
        }
        auto *action = new QAction(model->headerData(column, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        QObject::connect(action, &QAction::toggled, header, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
        header->addAction(action);
    }
}

int textWidth(const QWidget *widget, const QStringList &texts)
{
    int width = 0;
    for (const QString &text : texts) {
        width = std::max(width, widget->fontMetrics().horizontalAdvance(text));
    }
    return width + s_cellPadding;
}

int charactersWidth(const QWidget *widget, int characters)
{
    return widget->fontMetrics().averageCharWidth() * characters + s_cellPadding;
}

} // namespace

void ContactsPage::setupViews()
{
    // Tags are in the detail panel and the search: hidden by default, so that names and
    // addresses fit at 1280 px; the header's context menu shows them.
    QTableView *contacts = m_ui->contactsTableView;
    setupView(contacts, m_contactProxy, ContactTableModel::StatusColumn,
              ContactTableModel::EmailColumn,
              {{ContactTableModel::NameColumn, charactersWidth(contacts, 15)},
               {ContactTableModel::PhoneColumn, charactersWidth(contacts, 14)},
               {ContactTableModel::TagsColumn, charactersWidth(contacts, 14), false}});
    QTableView *subscribers = m_ui->subscribersTableView;
    QStringList types;
    for (const QString &type : SubscriberTableModel::knownTypes()) {
        types.append(SubscriberTableModel::typeText(type));
    }
    setupView(subscribers, m_subscriberProxy, SubscriberTableModel::StatusColumn,
              SubscriberTableModel::EmailColumn,
              {{SubscriberTableModel::NameColumn, charactersWidth(subscribers, 15)},
               {SubscriberTableModel::TypeColumn, textWidth(subscribers, types)}});
    m_ui->tablesSplitter->setStretchFactor(0, 1);
    m_ui->tablesSplitter->setStretchFactor(1, 1);
    m_ui->tablesSplitter->setSizes({1000, 1000});
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 1);
}

void ContactsPage::onSyncFinished(bool dryRun)
{
    // A dry run writes nothing; after a real one the links it wrote describe the subscribers
    // it created or changed exactly, which spares reading every one of them back from
    // MailerLite (60 requests a minute).
    m_linksFromSync = m_linksFromSync || !dryRun;
    if (RecordMirror *mirror = m_session.mirror()) {
        WorkerThread::post(mirror, [mirror] { mirror->reloadLinks(); });
    }
}

void ContactsPage::onLinksLoaded(const QList<Store::Link> &links)
{
    const QList<Store::Link> changed = m_links.setLinks(links);
    if (std::exchange(m_linksFromSync, false)) {
        QList<MailerLite::Subscriber> written;
        written.reserve(changed.size());
        for (const Store::Link &link : changed) {
            if (link.subscriberId != 0) {
                written.append(SubscriberTableModel::fromLink(link));
            }
        }
        m_links.addSubscribers(written);
        m_subscribers->addWrittenBySync(written);
        updateCounts();
    }
    linksChanged();
}

void ContactsPage::onSubscriberDetails(const Session::SubscriberDetails &details)
{
    // The detail panel read MailerLite's own record: it replaces a row written by the sync.
    if (m_subscribers->rowOf(details.subscriber.id) >= 0) {
        onSubscriberChanged(details.subscriber);
    }
}

void ContactsPage::selectFirstLinked()
{
    stopShowcase();
    m_contacts->flushStatuses();
    m_subscribers->flushStatuses();
    for (int row = 0; row < m_contactProxy->rowCount() && m_showcase.size() < s_showcaseTries;
         ++row) {
        const int source = m_contactProxy->mapToSource(m_contactProxy->index(row, 0)).row();
        if (m_contacts->statusAt(source) == LinkStatus::Linked) {
            m_showcase.append(m_contacts->rowAt(source).id);
        }
    }
    if (m_showcase.isEmpty()) {
        Q_EMIT firstLinkedShown({});
        return;
    }
    showcaseNext();
}

void ContactsPage::onContactDetailsShown(const QString &contactId, int notes, int tasks)
{
    if (m_showcase.isEmpty() || m_showcase.first() != contactId) {
        return;
    }
    if (m_showcaseFinal) {
        stopShowcase();
        Q_EMIT firstLinkedShown(contactId);
        return;
    }
    const int score = (notes > 0 ? 1 : 0) + (tasks > 0 ? 1 : 0);
    if (score > m_showcaseScore) {
        m_showcaseBest = contactId;
        m_showcaseScore = score;
    }
    m_showcase.removeFirst();
    const bool done = score == 2 || m_showcase.isEmpty();
    if (done && m_showcaseBest == contactId) {
        stopShowcase();
        Q_EMIT firstLinkedShown(contactId);
        return;
    }
    if (done) {
        // Show the best one again; report once its activity is back on screen.
        m_showcase = {m_showcaseBest};
        m_showcaseFinal = true;
    }
    showcaseNext();
}

void ContactsPage::showcaseNext()
{
    m_showcaseSelecting = true;
    // Deselect first: selecting the contact already shown would not read its activity again.
    m_ui->contactsTableView->setCurrentIndex({});
    selectContact(m_showcase.first());
    m_showcaseSelecting = false;
}

void ContactsPage::stopShowcase()
{
    m_showcase.clear();
    m_showcaseBest.clear();
    m_showcaseScore = -1;
    m_showcaseFinal = false;
}
