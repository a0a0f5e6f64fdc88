// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Contacts page against the sandbox: paged loading, link statuses for every case, the
// partner highlight, fixes at the source and the read-only state.
#include "contactdetailpanel.h"
#include "contacteditdialog.h"
#include "contactspage.h"
#include "contacttablemodel.h"
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "guifixture.h"
#include "mlsubscriberstore.h"
#include "store/linkstore.h"
#include "store/statedatabase.h"
#include "subscriberdetailpanel.h"
#include "subscribertablemodel.h"
#include "sync/runsummary.h"
#include "synccontroller.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using Session::LinkStatus;

namespace {

constexpr int loadTimeoutMs = 30000;
constexpr int runTimeoutMs = 120000;

bool fullyLoaded(const ContactsPage &page)
{
    return page.contactModel().rowCount() == 200 && page.subscriberModel().rowCount() == 80
        && !page.contactModel().isSweeping() && !page.subscriberModel().isSweeping();
}

int findContact(const ContactTableModel &model, LinkStatus status, bool withEmail = true)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.statusAt(row) == status && (!withEmail || !model.rowAt(row).email.isEmpty())) {
            return row;
        }
    }
    return -1;
}

int findSubscriber(const SubscriberTableModel &model, LinkStatus status)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.statusAt(row) == status) {
            return row;
        }
    }
    return -1;
}

QString statusCell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

int countContacts(const ContactTableModel &model, LinkStatus status)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        count += model.statusAt(row) == status ? 1 : 0;
    }
    return count;
}

bool settled(const ContactsPage &page)
{
    return !page.contactModel().isSweeping() && !page.subscriberModel().isSweeping();
}

// The MailerLite reads of subscribers (the list, one by id, its groups), by endpoint.
QJsonObject subscriberReads(GuiFixture &fixture)
{
    QJsonObject reads;
    const QJsonObject byEndpoint
        = fixture.sandbox().mailerLite()->stats().value(u"by_endpoint"_s).toObject();
    for (auto it = byEndpoint.begin(); it != byEndpoint.end(); ++it) {
        if (it.key().startsWith(u"GET /subscribers"_s)) {
            reads.insert(it.key(), it.value());
        }
    }
    return reads;
}

std::optional<Sync::RunSummary> runAndWait(SyncController &sync, bool (SyncController::*start)())
{
    QSignalSpy finished(&sync, &SyncController::finished);
    if (!(sync.*start)() || !finished.wait(runTimeoutMs) || finished.size() != 1) {
        return std::nullopt;
    }
    return finished.first().first().value<Sync::RunSummary>();
}

} // namespace

class TestContactsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsRowsAndRendersEveryLinkStatus()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        ContactsPage page(fixture.session(), sync);
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(page), loadTimeoutMs);
        auto *contactsCount = page.findChild<QLabel *>(u"contactsCountLabel"_s);
        QTRY_COMPARE(contactsCount->text(), u"200 records"_s);

        ContactTableModel &contacts = page.contactModel();
        SubscriberTableModel &subscribers = page.subscriberModel();
        // Before any link: the sandbox's overlap gives email matches, the rest is one-sided.
        const int matchRow = findContact(contacts, LinkStatus::EmailMatch);
        const int ghlOnlyRow = findContact(contacts, LinkStatus::GhlOnly);
        const int mlOnlyRow = findSubscriber(subscribers, LinkStatus::MailerLiteOnly);
        QVERIFY(matchRow >= 0 && ghlOnlyRow >= 0 && mlOnlyRow >= 0);
        const QString linkedId = contacts.rowAt(matchRow).id;
        const QString conflictId = contacts.rowAt(ghlOnlyRow).id;
        const qint64 partnerId = *page.linkIndex().subscriberOf(linkedId);
        const qint64 strangerId = subscribers.rowAt(mlOnlyRow).id;

        // Links in the state database: one agreeing, one pointing at another address.
        {
            auto db = Store::StateDatabase::open(fixture.databasePath(), u"test-links"_s);
            QVERIFY(db.ok());
            Store::LinkStore links(*db.value());
            Store::Link agreeing;
            agreeing.contactId = linkedId;
            agreeing.subscriberId = partnerId;
            agreeing.email = contacts.rowAt(matchRow).email;
            agreeing.payloadHash = u"hash"_s;
            agreeing.syncedAt = fixture.clock().now();
            QVERIFY(links.upsert(GuiFixture::profileName(), agreeing).ok());
            Store::Link stale;
            stale.contactId = conflictId;
            stale.subscriberId = strangerId;
            stale.email = contacts.rowAt(ghlOnlyRow).email;
            stale.payloadHash = u"hash"_s;
            stale.syncedAt = fixture.clock().now();
            QVERIFY(links.upsert(GuiFixture::profileName(), stale).ok());
        }
        QTest::mouseClick(page.findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(page) && contacts.rowOf(linkedId) >= 0
                                     && contacts.statusAt(contacts.rowOf(linkedId))
                                         == LinkStatus::Linked,
                                 loadTimeoutMs);

        const int col = ContactTableModel::StatusColumn;
        QCOMPARE(statusCell(contacts, contacts.rowOf(linkedId), col), u"Linked"_s);
        QCOMPARE(statusCell(contacts, contacts.rowOf(conflictId), col), u"Conflict"_s);
        const QString reason
            = statusCell(contacts, contacts.rowOf(conflictId), col, Qt::ToolTipRole);
        QVERIFY2(reason.contains(u"differ"_s) || reason.contains(u"has the email"_s),
                 qPrintable(reason));
        QVERIFY(contacts.index(contacts.rowOf(conflictId), col).data(Qt::DecorationRole).isValid());
        const int scol = SubscriberTableModel::StatusColumn;
        QCOMPARE(statusCell(subscribers, subscribers.rowOf(partnerId), scol), u"Linked"_s);
        QCOMPARE(statusCell(subscribers, subscribers.rowOf(strangerId), scol), u"Conflict"_s);
        const int stillMatch = findContact(contacts, LinkStatus::EmailMatch);
        QVERIFY(stillMatch >= 0);
        QCOMPARE(statusCell(contacts, stillMatch, col), u"Email match"_s);
        QVERIFY(statusCell(contacts, stillMatch, col, Qt::ToolTipRole)
                    .startsWith(u"Email match only: Not linked yet"_s));
        QCOMPARE(statusCell(contacts, findContact(contacts, LinkStatus::GhlOnly, false), col),
                 u"GHL only"_s);
        QCOMPARE(
            statusCell(subscribers, findSubscriber(subscribers, LinkStatus::MailerLiteOnly), scol),
            u"ML only"_s);

        // Selecting the linked contact selects and highlights its subscriber, and back.
        auto *contactsView = page.findChild<QTableView *>(u"contactsTableView"_s);
        auto *subscribersView = page.findChild<QTableView *>(u"subscribersTableView"_s);
        contactsView->setCurrentIndex(
            contactsView->model()->index(contacts.rowOf(linkedId), 0)); // no sort, no filter
        QCOMPARE(subscribers.highlightedRow(), subscribers.rowOf(partnerId));
        QCOMPARE(subscribersView->currentIndex().row(), subscribers.rowOf(partnerId));
        QCOMPARE(contactsView->currentIndex().row(), contacts.rowOf(linkedId));
        QCOMPARE(contacts.highlightedRow(), -1);
        const int otherMatch = findSubscriber(subscribers, LinkStatus::EmailMatch);
        QVERIFY(otherMatch >= 0);
        subscribersView->setCurrentIndex(subscribersView->model()->index(otherMatch, 0));
        const auto backPartner = page.linkIndex().contactOf(subscribers.rowAt(otherMatch).id);
        QVERIFY(backPartner);
        QCOMPARE(contacts.highlightedRow(), contacts.rowOf(*backPartner));
        QCOMPARE(contactsView->currentIndex().row(), contacts.rowOf(*backPartner));
        QCOMPARE(page.findChild<ContactDetailPanel *>()->contactId(), *backPartner);

        // The status filter keeps only conflicts.
        auto *statusFilter = page.findChild<QComboBox *>(u"contactsStatusComboBox"_s);
        statusFilter->setCurrentIndex(statusFilter->findText(u"Conflict"_s));
        QVERIFY(contactsView->model()->rowCount() >= 1);
        for (int row = 0; row < contactsView->model()->rowCount(); ++row) {
            QCOMPARE(contactsView->model()->index(row, col).data().toString(), u"Conflict"_s);
        }
    }

    void syncedSubscribersShowLinkedWithoutReadingThemBack()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        ContactsPage page(fixture.session(), sync);
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(page), loadTimeoutMs);
        ContactTableModel &contacts = page.contactModel();
        SubscriberTableModel &subscribers = page.subscriberModel();
        QCOMPARE(countContacts(contacts, LinkStatus::Linked), 0);
        QSet<qint64> loadedBefore;
        for (int row = 0; row < subscribers.rowCount(); ++row) {
            loadedBefore.insert(subscribers.rowAt(row).id);
        }
        // What MailerLite had answered when the run ended: the page must not read more.
        QJsonObject readsAtEnd;
        connect(&sync, &SyncController::finished, &page,
                [&readsAtEnd, &fixture] { readsAtEnd = subscriberReads(fixture); });

        // A preview writes nothing, so it adds no rows.
        const auto previewed = runAndWait(sync, &SyncController::preview);
        QVERIFY(previewed && previewed->dryRun);
        QTRY_VERIFY(settled(page));
        QCOMPARE(subscribers.rowCount(), 80);

        const auto applied = runAndWait(sync, &SyncController::applyPlan);
        QVERIFY(applied);
        QVERIFY(!applied->dryRun);
        QCOMPARE(applied->outcome, Sync::RunSummary::Outcome::Succeeded);
        Store::LinkStore store(*fixture.session().database());
        const auto links = store.loadAll(GuiFixture::profileName());
        QVERIFY(links.ok());
        QVERIFY(links.value().size() > 80); // the run created subscribers
        QTRY_COMPARE_WITH_TIMEOUT(countContacts(contacts, LinkStatus::Linked),
                                  int(links.value().size()), loadTimeoutMs);
        QTRY_VERIFY(settled(page));
        // What stays in conflict is the data's own (twins sharing an address), not the run's.
        QSet<QString> linkedIds;
        for (const Store::Link &link : links.value()) {
            linkedIds.insert(link.contactId);
        }
        for (int row = 0; row < contacts.rowCount(); ++row) {
            if (contacts.statusAt(row) == LinkStatus::Conflict) {
                QVERIFY(!linkedIds.contains(contacts.rowAt(row).id));
                const QString reason = statusCell(contacts, row, 0, Qt::ToolTipRole);
                QVERIFY2(!reason.contains(u"not loaded"_s), qPrintable(reason));
            }
        }
        int created = 0;
        for (const Store::Link &link : links.value()) {
            const int contactRow = contacts.rowOf(link.contactId);
            const int subscriberRow = subscribers.rowOf(link.subscriberId);
            QVERIFY(contactRow >= 0 && subscriberRow >= 0);
            QCOMPARE(contacts.statusAt(contactRow), LinkStatus::Linked);
            QCOMPARE(subscribers.statusAt(subscriberRow), LinkStatus::Linked);
            QVERIFY(subscribers.isSecondHand(subscriberRow));
            if (loadedBefore.contains(link.subscriberId)) {
                continue;
            }
            ++created;
            const QModelIndex email
                = subscribers.index(subscriberRow, SubscriberTableModel::EmailColumn);
            QCOMPARE(email.data().toString(), link.email);
            QVERIFY(email.data(Qt::ToolTipRole).toString().contains(u"written by the last sync"_s));
        }
        QVERIFY(created > 0);
        QCOMPARE(subscribers.rowCount(), fixture.sandbox().mailerLite()->store().subscriberCount());
        QCOMPARE(subscriberReads(fixture), readsAtEnd);

        // A linked contact with activity, its subscriber beside it, read from MailerLite.
        // The page's share of a 1280 x 800 main window (after the page list): the status column
        // comes first and whole, and nothing scrolls sideways.
        page.resize(1080, 690);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.minimumSizeHint().width() <= 1080);
        for (const QString &name : {u"contactsTableView"_s, u"subscribersTableView"_s}) {
            const auto *view = page.findChild<QTableView *>(name);
            const QHeaderView *header = view->horizontalHeader();
            QCOMPARE(header->logicalIndex(0), 0);
            QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), u"Link status"_s);
            const int needed = view->fontMetrics().horizontalAdvance(u"Email match"_s)
                + view->iconSize().width();
            QVERIFY2(header->sectionSize(0) > needed, qPrintable(name));
            QVERIFY2(!view->horizontalScrollBar()->isVisible(), qPrintable(name));
            const int email = name.startsWith(u"contacts"_s)
                ? int(ContactTableModel::EmailColumn)
                : int(SubscriberTableModel::EmailColumn);
            QVERIFY(header->sectionSize(email) >= 140);
        }
        // Tags are hidden by default; the header's context menu brings them back.
        QHeaderView *contactsHeader
            = page.findChild<QTableView *>(u"contactsTableView"_s)->horizontalHeader();
        QVERIFY(contactsHeader->isSectionHidden(ContactTableModel::TagsColumn));
        QAction *tags = nullptr;
        for (QAction *action : contactsHeader->actions()) {
            tags = action->text() == u"Tags"_s ? action : tags;
        }
        QVERIFY(tags && !tags->isChecked());
        tags->trigger();
        QVERIFY(!contactsHeader->isSectionHidden(ContactTableModel::TagsColumn));
        QSignalSpy shown(&page, &ContactsPage::firstLinkedShown);
        page.selectFirstLinked();
        QVERIFY(shown.wait(loadTimeoutMs));
        const QString shownId = shown.first().first().toString();
        QCOMPARE(contacts.statusAt(contacts.rowOf(shownId)), LinkStatus::Linked);
        QCOMPARE(page.findChild<ContactDetailPanel *>()->contactId(), shownId);
        const auto *notes = page.findChild<QListWidget *>(u"notesListWidget"_s);
        QVERIFY(notes->count() > 0 && notes->item(0)->text() != u"No notes"_s);
        const qint64 partner = *page.linkIndex().subscriberOf(shownId);
        QCOMPARE(page.findChild<SubscriberDetailPanel *>()->subscriberId(), partner);
        QTRY_VERIFY_WITH_TIMEOUT(!subscribers.isSecondHand(subscribers.rowOf(partner)),
                                 loadTimeoutMs);
        QCOMPARE(subscribers.statusAt(subscribers.rowOf(partner)), LinkStatus::Linked);
        const auto *fields = page.findChild<QTableWidget *>(u"fieldsTableWidget"_s);
        QVERIFY(fields->rowCount() > 0);
        QCOMPARE(fields->item(0, 1)->text().isEmpty(), false); // only fields with a value
        QVERIFY(page.findChild<QLabel *>(u"groupsLabel"_s)->text() != u"Loading..."_s);

        // Refresh reads MailerLite's own records instead.
        QTest::mouseClick(page.findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
        auto *loading = page.findChild<QLabel *>(u"loadingLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(loading->text() == u"All records loaded."_s && settled(page)
                                     && countContacts(contacts, LinkStatus::Linked)
                                         == links.value().size(),
                                 loadTimeoutMs);
        QCOMPARE(subscribers.rowCount(), fixture.sandbox().mailerLite()->store().subscriberCount());
        for (int row = 0; row < subscribers.rowCount(); ++row) {
            QVERIFY(!subscribers.isSecondHand(row));
        }
    }

    void editFlowChangesTheSource()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        ContactsPage page(fixture.session(), sync);
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(page), loadTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.session().canWriteGhl(), loadTimeoutMs);
        const QString id = page.contactModel().rowAt(3).id;

        page.editContact(id);
        ContactEditDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<ContactEditDialog *>()) != nullptr);
        auto *email = dialog->findChild<QLineEdit *>(u"emailLineEdit"_s);
        auto *save
            = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
        email->setText(u"not an address"_s);
        QVERIFY(!save->isEnabled());
        email->setText(u"fixed.at.source@example.test"_s);
        dialog->findChild<QLineEdit *>(u"firstNameLineEdit"_s)->setText(u"Renamed"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        const auto ghlJson = [&fixture, &id] {
            const auto *record = fixture.sandbox().ghl()->contacts().find(id);
            return record ? record->json : QJsonObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(ghlJson().value(u"firstName"_s).toString(), u"Renamed"_s,
                                  loadTimeoutMs);
        QCOMPARE(ghlJson().value(u"email"_s).toString(), u"fixed.at.source@example.test"_s);
        QTRY_COMPARE(page.contactModel().rowAt(page.contactModel().rowOf(id)).firstName,
                     u"Renamed"_s);

        // Tags through the prompter.
        fixture.prompter().texts.enqueue(u"from-the-page, second"_s);
        QTest::mouseClick(page.findChild<QPushButton *>(u"addTagButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            ghlJson().value(u"tags"_s).toArray().contains(QJsonValue(u"from-the-page"_s)),
            loadTimeoutMs);

        // Deleting asks first (destructive), then removes the contact everywhere.
        fixture.prompter().confirmations.enqueue(true);
        QTest::mouseClick(page.findChild<QPushButton *>(u"deleteContactButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.sandbox().ghl()->contacts().find(id) == nullptr,
                                 loadTimeoutMs);
        QTRY_COMPARE(page.contactModel().rowOf(id), -1);
        QVERIFY(fixture.prompter().asked.last().startsWith(u"Delete contact"_s));
        QVERIFY(fixture.prompter().unexpected.isEmpty());
    }

    void readOnlyTokenDisablesFixes()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        // Swap in the sandbox's read-only token and open the profile again.
        QObject context;
        bool written = false;
        fixture.secrets().write(fixture.session().profile().ghlTokenKey(),
                                fixture.sandbox().readOnlyGhlToken(), &context,
                                [&written](const Secrets::SecretResult &) { written = true; });
        QTRY_VERIFY(written);
        SyncController sync(fixture.session());
        ContactsPage page(fixture.session(), sync);
        fixture.session().reopen();
        QTRY_VERIFY_WITH_TIMEOUT(fullyLoaded(page), loadTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.session().ghlCheck().has_value(), loadTimeoutMs);
        QVERIFY(!fixture.session().canWriteGhl());
        page.selectContact(page.contactModel().rowAt(0).id);
        auto *edit = page.findChild<QPushButton *>(u"editButton"_s);
        QTRY_VERIFY(!edit->isEnabled());
        QCOMPARE(edit->toolTip(), fixture.session().writeDisabledReason());
        QVERIFY(!edit->toolTip().isEmpty());
        QVERIFY(!page.findChild<QPushButton *>(u"deleteContactButton"_s)->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(u"syncButton"_s)->isEnabled());
        // editContact() from the Failures page opens nothing either.
        page.editContact(page.contactModel().rowAt(0).id);
        QVERIFY(page.findChild<ContactEditDialog *>() == nullptr);
    }
};

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
