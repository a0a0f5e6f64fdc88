// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "mailerlite/subscriber.h"
#include "session/serviceconfig.h"
#include "store/link.h"
#include "util/error.h"

#include <QList>
#include <QObject>

class Clock;

namespace Session {

class Clients;

// Loads what the Contacts page shows: every GHL contact of the location (POST /contacts/search
// in pages of 500 with the searchAfter cursor, so no 10,000-record ceiling), every MailerLite
// subscriber of every type (paged GET /subscribers), and the profile's links from the state
// database. Pages are emitted as they arrive, so a view fills while the rest loads; requests
// are paced by the clients' rate limiters. Lives in a worker thread (it creates its network and
// database connections there, on first use).
class RecordMirror final : public QObject
{
    Q_OBJECT

public:
    enum class Source { Links, Ghl, MailerLite };
    Q_ENUM(Source)

    RecordMirror(ServiceConfig config, const Clock &clock, QObject *parent = nullptr);
    ~RecordMirror() override;

    // Starts loading all three sources; a load in progress is abandoned first (its late pages
    // are never emitted). Emits cleared() first, so views can drop what they hold.
    void refresh();
    // Stops loading; finished sources keep what they emitted.
    void cancel();
    // Re-reads one contact (after an edit at the source): contactChanged() or contactRemoved().
    void refreshContact(const QString &contactId);
    // Re-reads one subscriber by id or email: subscriberChanged().
    void refreshSubscriber(const QString &idOrEmail);
    // Re-reads the links (after a sync run changed them): linksLoaded().
    void reloadLinks();

Q_SIGNALS:
    void cleared();
    void linksLoaded(const QList<Store::Link> &links);
    // `total` is the server's count of all records, for a progress display.
    void contactsPageLoaded(const QList<Ghl::Contact> &contacts, qint64 total);
    void subscribersPageLoaded(const QList<MailerLite::Subscriber> &subscribers, qint64 total);
    void sourceFinished(Session::RecordMirror::Source source);
    // The source stopped; what it emitted so far stays valid.
    void sourceFailed(Session::RecordMirror::Source source, const Error &error);
    void contactChanged(const Ghl::Contact &contact);
    void contactRemoved(const QString &contactId);
    void subscriberChanged(const MailerLite::Subscriber &subscriber);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Session
