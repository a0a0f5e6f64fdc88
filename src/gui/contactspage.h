// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/linkindex.h"
#include "session/recorddetails.h"
#include "session/recordmirror.h"

#include <QWidget>

#include <memory>

class ContactDetailPanel;
class ContactTableModel;
class ProfileSession;
class RecordFilterProxy;
class SubscriberDetailPanel;
class SubscriberTableModel;
class SyncController;
class QComboBox;
class QItemSelectionModel;

namespace Ui {
class ContactsPage;
}

// GHL contacts and MailerLite subscribers side by side, each with search, a link-status filter
// (and a type filter for subscribers), filled page by page from the session's RecordMirror.
// Selecting a row highlights and selects its partner in the other table; the detail panel
// below shows both records and offers the fixes at the source. Lives in the GUI thread.
class ContactsPage final : public QWidget
{
    Q_OBJECT

public:
    ContactsPage(ProfileSession &session, SyncController &sync, QWidget *parent = nullptr);
    ~ContactsPage() override;

    [[nodiscard]] const Session::LinkIndex &linkIndex() const { return m_links; }
    [[nodiscard]] ContactTableModel &contactModel() const { return *m_contacts; }
    [[nodiscard]] SubscriberTableModel &subscriberModel() const { return *m_subscribers; }

Q_SIGNALS:
    // selectFirstLinked() is done: the contact shown (empty when there is none) has its notes,
    // tasks and appointments on screen.
    void firstLinkedShown(const QString &contactId);

public Q_SLOTS:
    // Opens the edit dialog for this contact (reading it first when it is not loaded yet).
    void editContact(const QString &contactId);
    // Shows this contact (clearing filters that hide it), once it is loaded.
    void selectContact(const QString &contactId);
    // Shows a linked contact and its subscriber, for a first look (and the screenshots): the
    // first linked contact in the table's order that has notes and tasks, trying a few (each
    // costs three GHL reads), else the one with the most activity. firstLinkedShown() follows.
    void selectFirstLinked();
    void refresh();

private:
    // Wraps a handler of a service signal so that answers queued before the last reload or
    // close (from an earlier load) are dropped.
    template<typename... Args>
    auto guarded(void (ContactsPage::*handler)(Args...))
    {
        return [this, generation = m_generation, handler](Args... args) {
            if (generation == m_generation) {
                (this->*handler)(args...);
            }
        };
    }

    void setupViews();
    void attach();
    void detach();
    void detachData();
    void onLinksLoaded(const QList<Store::Link> &links);
    void onSyncFinished(bool dryRun);
    void onSubscriberDetails(const Session::SubscriberDetails &details);
    void onContactDetailsShown(const QString &contactId, int notes, int tasks);
    void showcaseNext();
    void stopShowcase();
    void onSubscriberChanged(const MailerLite::Subscriber &subscriber);
    void onSourceFinished(Session::RecordMirror::Source source);
    void onSourceFailed(Session::RecordMirror::Source source, const Error &error);
    void setupFilters(QComboBox *status, bool forContacts);
    void onContactsPage(const QList<Ghl::Contact> &contacts, qint64 total);
    void onSubscribersPage(const QList<MailerLite::Subscriber> &subscribers, qint64 total);
    void onContactChanged(const Ghl::Contact &contact);
    void onContactRemoved(const QString &contactId);
    void linksChanged();
    void contactSelected();
    void subscriberSelected();
    void updateCounts();
    void showBanner(const QString &text);
    void requestSync(const QString &contactId);

    const std::unique_ptr<Ui::ContactsPage> m_ui;
    ProfileSession &m_session;
    SyncController &m_sync;
    Session::LinkIndex m_links;
    ContactTableModel *m_contacts;
    SubscriberTableModel *m_subscribers;
    RecordFilterProxy *m_contactProxy;
    RecordFilterProxy *m_subscriberProxy;
    ContactDetailPanel *m_contactPanel;
    SubscriberDetailPanel *m_subscriberPanel;
    quint64 m_generation = 0; // answers of an earlier load are ignored
    qint64 m_contactTotal = -1;
    qint64 m_subscriberTotal = -1;
    bool m_contactsDone = false;
    bool m_subscribersDone = false;
    bool m_following = false; // selecting the partner must not select back
    QString m_pendingSelect;
    QString m_pendingEdit;
    // The next links loaded follow a sync run that wrote to MailerLite: the subscribers those
    // links describe are shown from them, without reading MailerLite again.
    bool m_linksFromSync = false;
    // selectFirstLinked(): the candidates still to try, the best seen and its score.
    QStringList m_showcase;
    QString m_showcaseBest;
    int m_showcaseScore = -1;
    bool m_showcaseFinal = false; // the best was selected again: report once it is shown
    bool m_showcaseSelecting = false;
};
