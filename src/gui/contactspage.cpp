// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactspage.h"

#include "contactdetailpanel.h"
#include "contacttablemodel.h"
#include "profilesession.h"
#include "recordfilterproxy.h"
#include "session/contacteditor.h"
#include "session/detailloader.h"
#include "subscriberdetailpanel.h"
#include "subscribertablemodel.h"
#include "synccontroller.h"
#include "ui_contactspage.h"
#include "workerthread.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;
using Session::LinkStatus;
using Session::RecordMirror;

namespace {

// Rows reserved ahead from a page's total at most: a wrong total must not take the memory.
constexpr qint64 s_maxReserved = 500000;

} // namespace

ContactsPage::ContactsPage(ProfileSession &session, SyncController &sync, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ContactsPage>())
    , m_session(session)
    , m_sync(sync)
    , m_contacts(new ContactTableModel(this))
    , m_subscribers(new SubscriberTableModel(this))
    , m_contactProxy(new RecordFilterProxy(this))
    , m_subscriberProxy(new RecordFilterProxy(this))
{
    m_ui->setupUi(this);
    m_contacts->setLinkIndex(&m_links);
    m_subscribers->setLinkIndex(&m_links);
    m_contactProxy->setSourceModel(m_contacts);
    m_subscriberProxy->setSourceModel(m_subscribers);
    setupViews();

    m_contactPanel = new ContactDetailPanel(session, this);
    m_subscriberPanel = new SubscriberDetailPanel(session, this);
    m_ui->detailTabWidget->addTab(m_contactPanel, tr("GoHighLevel contact"));
    m_ui->detailTabWidget->addTab(m_subscriberPanel, tr("MailerLite subscriber"));

    setupFilters(m_ui->contactsStatusComboBox, true);
    setupFilters(m_ui->subscribersStatusComboBox, false);
    m_ui->subscribersTypeComboBox->addItem(tr("All types"), QString());
    for (const QString &type : SubscriberTableModel::knownTypes()) {
        m_ui->subscribersTypeComboBox->addItem(SubscriberTableModel::typeText(type), type);
    }
    connect(m_ui->subscribersTypeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_subscriberProxy->setTypeFilter(m_ui->subscribersTypeComboBox->currentData().toString());
    });
    connect(m_ui->contactsSearchLineEdit, &QLineEdit::textChanged, m_contactProxy,
            &RecordFilterProxy::setSearchText);
    connect(m_ui->subscribersSearchLineEdit, &QLineEdit::textChanged, m_subscriberProxy,
            &RecordFilterProxy::setSearchText);
    connect(m_ui->contactsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &ContactsPage::contactSelected);
    connect(m_ui->subscribersTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &ContactsPage::subscriberSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ContactsPage::refresh);
    connect(m_contactPanel, &ContactDetailPanel::syncRequested, this, &ContactsPage::requestSync);
    connect(m_contactPanel, &ContactDetailPanel::detailsShown, this,
            &ContactsPage::onContactDetailsShown);
    connect(&sync, &SyncController::finished, this,
            [this](const Sync::RunSummary &summary) { onSyncFinished(summary.dryRun); });
    connect(&session, &ProfileSession::opened, this, &ContactsPage::attach);
    connect(&session, &ProfileSession::closing, this, &ContactsPage::detach);
    showBanner({});
    updateCounts();
    if (session.isOpen()) {
        attach();
    }
}

ContactsPage::~ContactsPage() = default;

void ContactsPage::setupFilters(QComboBox *status, bool forContacts)
{
    status->addItem(tr("All statuses"), -1);
    const QList<LinkStatus> statuses {
        LinkStatus::Linked, LinkStatus::EmailMatch,
        forContacts ? LinkStatus::GhlOnly : LinkStatus::MailerLiteOnly, LinkStatus::Conflict};
    for (LinkStatus s : statuses) {
        status->addItem(Session::LinkIndex::statusText(s), static_cast<int>(s));
    }
    RecordFilterProxy *proxy = forContacts ? m_contactProxy : m_subscriberProxy;
    connect(status, &QComboBox::currentIndexChanged, this, [status, proxy] {
        const int value = status->currentData().toInt();
        proxy->setStatusFilter(value < 0 ? std::nullopt
                                         : std::optional(static_cast<LinkStatus>(value)));
    });
}

void ContactsPage::attach()
{
    RecordMirror *mirror = m_session.mirror();
    if (!mirror) {
        return;
    }
    ++m_generation;
    connect(mirror, &RecordMirror::cleared, this, guarded(&ContactsPage::detachData));
    connect(mirror, &RecordMirror::linksLoaded, this, guarded(&ContactsPage::onLinksLoaded));
    connect(mirror, &RecordMirror::contactsPageLoaded, this,
            guarded(&ContactsPage::onContactsPage));
    connect(mirror, &RecordMirror::subscribersPageLoaded, this,
            guarded(&ContactsPage::onSubscribersPage));
    connect(mirror, &RecordMirror::sourceFinished, this, guarded(&ContactsPage::onSourceFinished));
    connect(mirror, &RecordMirror::sourceFailed, this, guarded(&ContactsPage::onSourceFailed));
    connect(mirror, &RecordMirror::contactChanged, this, guarded(&ContactsPage::onContactChanged));
    connect(mirror, &RecordMirror::contactRemoved, this, guarded(&ContactsPage::onContactRemoved));
    connect(mirror, &RecordMirror::subscriberChanged, this,
            guarded(&ContactsPage::onSubscriberChanged));
    if (Session::DetailLoader *loader = m_session.details()) {
        connect(loader, &Session::DetailLoader::subscriberLoaded, this,
                guarded(&ContactsPage::onSubscriberDetails));
    }
    if (Session::ContactEditor *editor = m_session.editor()) {
        connect(editor, &Session::ContactEditor::contactChanged, this,
                guarded(&ContactsPage::onContactChanged));
        connect(editor, &Session::ContactEditor::contactDeleted, this,
                guarded(&ContactsPage::onContactRemoved));
    }
    refresh();
}

void ContactsPage::detachData()
{
    m_contactPanel->showContact(nullptr);
    m_subscriberPanel->showSubscriber(nullptr);
    m_links.clear();
    m_contacts->clear();
    m_subscribers->clear();
    m_contactTotal = m_subscriberTotal = -1;
    m_contactsDone = m_subscribersDone = false;
    // Everything is read again from MailerLite: no link needs to stand in for a subscriber.
    m_linksFromSync = false;
    stopShowcase();
    updateCounts();
}

void ContactsPage::onSubscriberChanged(const MailerLite::Subscriber &subscriber)
{
    m_links.updateSubscriber(subscriber);
    m_subscribers->updateSubscriber(subscriber);
    linksChanged();
}

void ContactsPage::detach()
{
    ++m_generation;
    m_pendingEdit.clear();
    m_pendingSelect.clear();
    detachData();
}

void ContactsPage::refresh()
{
    if (RecordMirror *mirror = m_session.mirror()) {
        showBanner({});
        m_contactsDone = m_subscribersDone = false;
        WorkerThread::post(mirror, [mirror] { mirror->refresh(); });
        updateCounts();
    }
}

void ContactsPage::onContactsPage(const QList<Ghl::Contact> &contacts, qint64 total)
{
    m_contactTotal = total;
    // The first page tells how many follow: room for them all at once, instead of every table
    // and index growing (and rehashing what it holds) page after page.
    const qsizetype expected = std::min<qint64>(total, s_maxReserved);
    m_links.reserveContacts(expected);
    m_contacts->reserve(expected);
    m_links.addContacts(contacts);
    m_contacts->appendContacts(contacts);
    linksChanged();
    updateCounts();
    if (!m_pendingSelect.isEmpty() && m_contacts->rowOf(m_pendingSelect) >= 0) {
        selectContact(std::exchange(m_pendingSelect, QString()));
    }
}

void ContactsPage::onSubscribersPage(const QList<MailerLite::Subscriber> &subscribers, qint64 total)
{
    m_subscriberTotal = total;
    const qsizetype expected = std::min<qint64>(total, s_maxReserved);
    m_links.reserveSubscribers(expected);
    m_subscribers->reserve(expected);
    m_links.addSubscribers(subscribers);
    m_subscribers->appendSubscribers(subscribers);
    linksChanged();
    updateCounts();
}

void ContactsPage::onSourceFinished(RecordMirror::Source source)
{
    m_contactsDone = m_contactsDone || source == RecordMirror::Source::Ghl;
    m_subscribersDone = m_subscribersDone || source == RecordMirror::Source::MailerLite;
    updateCounts();
}

void ContactsPage::onSourceFailed(RecordMirror::Source source, const Error &error)
{
    onSourceFinished(source);
    const QString what = source == RecordMirror::Source::Ghl ? tr("GoHighLevel contacts")
        : source == RecordMirror::Source::MailerLite         ? tr("MailerLite subscribers")
                                                             : tr("Links");
    showBanner(tr("%1 stopped loading: %2").arg(what, error.message));
}

void ContactsPage::onContactChanged(const Ghl::Contact &contact)
{
    m_links.updateContact(contact);
    m_contacts->updateContact(contact);
    linksChanged();
    updateCounts();
    const int row = m_contacts->rowOf(contact.id);
    if (m_contactPanel->contactId() == contact.id) {
        m_contactPanel->showContact(&m_contacts->rowAt(row));
    }
    if (m_pendingEdit == contact.id) {
        m_pendingEdit.clear();
        selectContact(contact.id);
        m_contactPanel->openEditDialog();
    }
}

void ContactsPage::onContactRemoved(const QString &contactId)
{
    m_links.removeContact(contactId);
    m_contacts->removeContact(contactId);
    if (m_contactPanel->contactId() == contactId) {
        m_contactPanel->showContact(nullptr);
    }
    if (m_contactTotal > 0) {
        --m_contactTotal;
    }
    linksChanged();
    updateCounts();
}

void ContactsPage::linksChanged()
{
    m_contacts->refreshStatuses();
    m_subscribers->refreshStatuses();
}

void ContactsPage::contactSelected()
{
    if (m_following) {
        return;
    }
    if (!m_showcaseSelecting) {
        stopShowcase(); // the user chose: no more showing around
    }
    const QModelIndex current = m_ui->contactsTableView->currentIndex();
    const int row = m_contactProxy->mapToSource(current).row();
    if (row < 0) {
        m_contactPanel->showContact(nullptr);
        m_subscribers->setHighlightedRow(-1);
        return;
    }
    const ContactTableModel::Row &contact = m_contacts->rowAt(row);
    m_contactPanel->showContact(&contact);
    m_contacts->setHighlightedRow(-1);
    const auto partner = m_links.subscriberOf(contact.id);
    const int partnerRow = partner ? m_subscribers->rowOf(*partner) : -1;
    m_subscribers->setHighlightedRow(partnerRow);
    m_subscriberPanel->showSubscriber(partnerRow >= 0 ? &m_subscribers->rowAt(partnerRow)
                                                      : nullptr);
    const QModelIndex target = partnerRow >= 0
        ? m_subscriberProxy->mapFromSource(m_subscribers->index(partnerRow, 0))
        : QModelIndex();
    m_following = true;
    if (target.isValid()) {
        m_ui->subscribersTableView->setCurrentIndex(target);
        m_ui->subscribersTableView->scrollTo(target);
    } else {
        m_ui->subscribersTableView->clearSelection();
    }
    m_following = false;
}

void ContactsPage::subscriberSelected()
{
    if (m_following) {
        return;
    }
    const QModelIndex current = m_ui->subscribersTableView->currentIndex();
    const int row = m_subscriberProxy->mapToSource(current).row();
    if (row < 0) {
        m_subscriberPanel->showSubscriber(nullptr);
        m_contacts->setHighlightedRow(-1);
        return;
    }
    const SubscriberTableModel::Row &subscriber = m_subscribers->rowAt(row);
    m_subscriberPanel->showSubscriber(&subscriber);
    m_subscribers->setHighlightedRow(-1);
    const auto partner = m_links.contactOf(subscriber.id);
    const int partnerRow = partner ? m_contacts->rowOf(*partner) : -1;
    m_contacts->setHighlightedRow(partnerRow);
    m_contactPanel->showContact(partnerRow >= 0 ? &m_contacts->rowAt(partnerRow) : nullptr);
    const QModelIndex target = partnerRow >= 0
        ? m_contactProxy->mapFromSource(m_contacts->index(partnerRow, 0))
        : QModelIndex();
    m_following = true;
    if (target.isValid()) {
        m_ui->contactsTableView->setCurrentIndex(target);
        m_ui->contactsTableView->scrollTo(target);
    } else {
        m_ui->contactsTableView->clearSelection();
    }
    m_following = false;
}

void ContactsPage::selectContact(const QString &contactId)
{
    const int row = m_contacts->rowOf(contactId);
    if (row < 0) {
        m_pendingSelect = contactId;
        return;
    }
    QModelIndex target = m_contactProxy->mapFromSource(m_contacts->index(row, 0));
    if (!target.isValid()) {
        // A filter hides it: the user asked for this contact, so show everything.
        m_ui->contactsSearchLineEdit->clear();
        m_ui->contactsStatusComboBox->setCurrentIndex(0);
        target = m_contactProxy->mapFromSource(m_contacts->index(row, 0));
    }
    m_ui->detailTabWidget->setCurrentWidget(m_contactPanel);
    m_ui->contactsTableView->setCurrentIndex(target);
    m_ui->contactsTableView->scrollTo(target, QAbstractItemView::PositionAtCenter);
}

void ContactsPage::editContact(const QString &contactId)
{
    if (m_contacts->rowOf(contactId) >= 0) {
        selectContact(contactId);
        m_contactPanel->openEditDialog();
        return;
    }
    // Not loaded (yet): read it first; onContactChanged() opens the dialog.
    RecordMirror *mirror = m_session.mirror();
    if (!mirror) {
        return;
    }
    m_pendingEdit = contactId;
    WorkerThread::post(mirror, [mirror, contactId] { mirror->refreshContact(contactId); });
}

void ContactsPage::updateCounts()
{
    const QLocale locale;
    const auto text = [&locale](qsizetype loaded, qint64 total, bool done) {
        if (done || total < 0) {
            return tr("%1 records").arg(locale.toString(loaded));
        }
        return tr("Loaded %1 of %2").arg(locale.toString(loaded), locale.toString(total));
    };
    m_ui->contactsCountLabel->setText(text(m_contacts->rowCount(), m_contactTotal, m_contactsDone));
    m_ui->subscribersCountLabel->setText(
        text(m_subscribers->rowCount(), m_subscriberTotal, m_subscribersDone));
    const bool loading = m_session.isOpen() && (!m_contactsDone || !m_subscribersDone);
    m_ui->loadingLabel->setText(!m_session.isOpen() ? tr("No profile is open.")
                                    : loading       ? tr("Loading records...")
                                                    : tr("All records loaded."));
}

void ContactsPage::showBanner(const QString &text)
{
    m_ui->bannerLabel->setText(text);
    m_ui->bannerLabel->setVisible(!text.isEmpty());
    m_ui->bannerLabel->setStyleSheet(u"color: #c62828;"_s);
}

void ContactsPage::requestSync(const QString &contactId)
{
    if (!m_sync.retry({contactId})) {
        showBanner(tr("A sync is already running, or no profile is open. Try again when it ends."));
        return;
    }
    showBanner({});
}
