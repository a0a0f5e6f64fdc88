// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "mailerlite/subscriber.h"
#include "session/linkindexslots.h"
#include "store/link.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace Session {

// How a GHL contact and a MailerLite subscriber relate, for the side-by-side view.
enum class LinkStatus {
    Linked, // a stored link, and both records carry the same email
    EmailMatch, // no link yet, but a record on the other side has the same email
    GhlOnly, // a contact with nothing in MailerLite
    MailerLiteOnly, // a subscriber no contact links to or shares an email with
    Conflict, // linked but the emails differ or the linked subscriber is gone, several contacts
              // link to one subscriber, or an unlinked contact shares its email with others
};

// Pairs contacts and subscribers by stored link, else by email (trimmed, case-insensitive),
// and answers each side's status and partner. Records may arrive in any order and in pages;
// every answer reflects everything added so far. Pure logic, no I/O; lives in the caller's
// thread.
class LinkIndex final
{
    Q_DECLARE_TR_FUNCTIONS(Session::LinkIndex)

public:
    void clear();
    // Replaces the links. Returns those that are new or say something new (another subscriber,
    // payload or subscriber type) since the previous call: after a sync run, what it changed.
    QList<Store::Link> setLinks(const QList<Store::Link> &links);
    // Room for `total` contacts or subscribers (a first page's total): the tables then fill
    // without rehashing every id and address they hold. Never shrinks.
    void reserveContacts(qsizetype total);
    void reserveSubscribers(qsizetype total);
    void addContacts(const QList<Ghl::Contact> &contacts);
    void addSubscribers(const QList<MailerLite::Subscriber> &subscribers);
    // A re-read or edited record replaces the one with the same id.
    void updateContact(const Ghl::Contact &contact);
    void removeContact(const QString &contactId);
    void updateSubscriber(const MailerLite::Subscriber &subscriber);

    [[nodiscard]] LinkStatus contactStatus(const QString &contactId) const;
    [[nodiscard]] LinkStatus subscriberStatus(qint64 subscriberId) const;
    // The partner the view highlights: the linked record, else the email match.
    [[nodiscard]] std::optional<qint64> subscriberOf(const QString &contactId) const;
    [[nodiscard]] std::optional<QString> contactOf(qint64 subscriberId) const;
    // Why a record is in conflict, translated; empty when it is not.
    [[nodiscard]] QString conflictReason(const QString &contactId) const;
    // Why a record has its status (whatever it is), translated: the status column's tooltip.
    [[nodiscard]] QString contactStatusReason(const QString &contactId) const;
    [[nodiscard]] QString subscriberStatusReason(qint64 subscriberId) const;

    // A record whose status may have changed: a contact (contactId set) or a subscriber.
    struct Touched
    {
        QString contactId;
        qint64 subscriberId = 0;
        int contactHandle = -1; // the contact's contactHandle(), when a contact
    };
    // Where a reader of changesSince() stands now.
    [[nodiscard]] quint64 changeCursor() const { return m_journalStart + m_journal.size(); }
    // The records whose status may have changed since `cursor` (each change names every record
    // it can affect, so re-reading these is as good as re-reading all). Nothing when the
    // reader must re-read everything: the links were replaced, or it fell too far behind.
    [[nodiscard]] std::optional<std::span<const Touched>> changesSince(quint64 cursor) const;

    // A contact's place in the index, stable until clear(): a table that keeps it re-reads a
    // status, or finds the row a journal entry names, without hashing the id again (100,000
    // rows load with a few hundred thousand such reads). -1 while the index does not know it.
    [[nodiscard]] int contactHandle(const QString &contactId) const
    {
        return contactSlot(contactId);
    }
    [[nodiscard]] LinkStatus contactStatusAt(int handle) const { return statusOfContact(handle); }
    // Handles are valid while this stays the same; unique per index and clear().
    [[nodiscard]] quint64 handleGeneration() const { return m_handleGeneration; }

    // For filters and tooltips ("Email match only").
    [[nodiscard]] static QString statusText(LinkStatus status);
    // For the narrow status column ("Email match").
    [[nodiscard]] static QString shortStatusText(LinkStatus status);

private:
    [[nodiscard]] static QString keyOf(const QString &email) { return email.trimmed().toLower(); }

    // Contact ids and addresses are interned: each is hashed once on the way in, and every
    // status read and journal walk after that is vector indexing (100,000 contacts make a
    // few million such reads while they load). Slots are never reused until clear().
    struct ContactEntry
    {
        QString id;
        int email = -1; // address slot while loaded; -1: no address
        bool loaded = false;
        bool linked = false; // holds a stored link (loaded or not)
        qint64 linkedSubscriber = 0;
    };
    struct EmailEntry
    {
        QString key;
        QList<int> contacts; // loaded contacts with this address, in arrival order
        // Every loaded subscriber with it (a stale page may briefly show one twice): whom a
        // change at the address touches; `owner` is the one the address answers with.
        QList<qint64> subscribers;
        qint64 owner = 0;
        bool hasOwner = false;
    };
    struct SubscriberEntry
    {
        int email = -1; // address slot while loaded
        bool loaded = false;
        QList<int> linkers; // contacts holding a link to it, loaded or not
    };

    [[nodiscard]] int contactSlot(const QString &contactId) const
    {
        return m_contactSlots.find(contactId, [this](int slot) -> const QString & {
            return m_contacts[static_cast<std::size_t>(slot)].id;
        });
    }
    int internContact(const QString &contactId);
    // -1 for an empty key.
    int internEmail(const QString &key);
    [[nodiscard]] const SubscriberEntry *loadedSubscriber(qint64 subscriberId) const;
    [[nodiscard]] QString keyAt(int email) const;
    // The address slot a contact's status reads: -1 when it has none or is not loaded.
    [[nodiscard]] int statusEmail(int contact) const;
    [[nodiscard]] LinkStatus statusOfContact(int contact) const;
    // The loaded contacts holding a link to `subscriberId`.
    [[nodiscard]] int loadedLinkersOf(qint64 subscriberId) const;
    [[nodiscard]] QString firstLoadedLinkerOf(qint64 subscriberId) const;
    void indexContact(int contact, int email);
    void unindexContact(int contact);
    // Journal helpers: a record, and everything whose status reads it.
    void record(Touched touched);
    void touchContact(int contact);
    void touchSubscriber(qint64 subscriberId);
    void touchEmail(int email);
    void touchLinkersOf(qint64 subscriberId);
    void touchContactNeighbours(int contact, int email);
    void resetJournal();
    void reserveEmails();
    [[nodiscard]] static quint64 nextHandleGeneration();

    // What a link says about its subscriber, to tell which links a run changed (a run that
    // found nothing to push still renews syncedAt, so that does not count).
    struct LinkStamp
    {
        qint64 subscriberId = 0;
        QString payloadHash;
        QString subscriberType;
        bool operator==(const LinkStamp &) const = default;
    };

    QHash<QString, LinkStamp> m_linkStamps;
    LinkIndexSlots m_contactSlots;
    std::vector<ContactEntry> m_contacts;
    LinkIndexSlots m_emailSlots;
    std::vector<EmailEntry> m_emails;
    QHash<qint64, SubscriberEntry> m_subscribers; // loaded, or linked to
    // Touched records since m_journalStart, so the tables re-read a few rows after a page
    // instead of all of them.
    std::vector<Touched> m_journal;
    quint64 m_journalStart = 0;
    std::size_t m_changeStart = 0; // where the change being recorded began
    quint64 m_handleGeneration = nextHandleGeneration();
    qsizetype m_expectedContacts = 0;
    qsizetype m_expectedSubscribers = 0;
};

} // namespace Session
