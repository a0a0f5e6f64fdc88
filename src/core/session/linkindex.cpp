// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/linkindex.h"

#include <algorithm>
#include <atomic>

namespace Session {

quint64 LinkIndex::nextHandleGeneration()
{
    static std::atomic<quint64> generation {0};
    return ++generation;
}

void LinkIndex::clear()
{
    m_handleGeneration = nextHandleGeneration();
    m_linkStamps.clear();
    m_contactSlots.clear();
    m_contacts.clear();
    m_emailSlots.clear();
    m_emails.clear();
    m_subscribers.clear();
    m_expectedContacts = 0;
    m_expectedSubscribers = 0;
    resetJournal();
}

QList<Store::Link> LinkIndex::setLinks(const QList<Store::Link> &links)
{
    QList<Store::Link> rewritten;
    QHash<QString, LinkStamp> stamps;
    stamps.reserve(links.size());
    for (ContactEntry &entry : m_contacts) {
        entry.linked = false;
        entry.linkedSubscriber = 0;
    }
    for (SubscriberEntry &entry : m_subscribers) {
        entry.linkers.clear();
    }
    m_contactSlots.reserve(m_contactSlots.size() + links.size());
    m_subscribers.reserve(m_subscribers.size() + links.size());
    for (const Store::Link &link : links) {
        if (link.contactId.isEmpty()) {
            continue;
        }
        const LinkStamp stamp {link.subscriberId, link.payloadHash, link.subscriberType};
        const auto known = m_linkStamps.constFind(link.contactId);
        if (known == m_linkStamps.cend() || !(*known == stamp)) {
            rewritten.append(link);
        }
        stamps.insert(link.contactId, stamp);
        const int contact = internContact(link.contactId);
        ContactEntry &entry = m_contacts[static_cast<std::size_t>(contact)];
        entry.linked = true;
        entry.linkedSubscriber = link.subscriberId;
        m_subscribers[link.subscriberId].linkers.append(contact);
    }
    m_linkStamps = std::move(stamps);
    resetJournal(); // any row may have changed
    return rewritten;
}

void LinkIndex::reserveContacts(qsizetype total)
{
    m_expectedContacts = std::max(m_expectedContacts, total);
    m_contactSlots.reserve(total);
    m_contacts.reserve(static_cast<std::size_t>(std::max<qsizetype>(total, 0)));
    reserveEmails();
}

void LinkIndex::reserveSubscribers(qsizetype total)
{
    m_expectedSubscribers = std::max(m_expectedSubscribers, total);
    if (total > m_subscribers.capacity()) {
        m_subscribers.reserve(total);
    }
    reserveEmails();
}

void LinkIndex::reserveEmails()
{
    // At most one address per record on either side.
    const qsizetype addresses = m_expectedContacts + m_expectedSubscribers;
    m_emailSlots.reserve(addresses);
    m_emails.reserve(static_cast<std::size_t>(addresses));
}

void LinkIndex::addContacts(const QList<Ghl::Contact> &contacts)
{
    m_contactSlots.reserve(m_contactSlots.size() + contacts.size());
    for (const Ghl::Contact &contact : contacts) {
        updateContact(contact);
    }
}

void LinkIndex::addSubscribers(const QList<MailerLite::Subscriber> &subscribers)
{
    m_subscribers.reserve(m_subscribers.size() + subscribers.size());
    for (const MailerLite::Subscriber &subscriber : subscribers) {
        updateSubscriber(subscriber);
    }
}

void LinkIndex::updateContact(const Ghl::Contact &contact)
{
    m_changeStart = m_journal.size();
    if (contact.id.isEmpty()) {
        return;
    }
    const int email = internEmail(keyOf(contact.email));
    const int slot = internContact(contact.id);
    const ContactEntry &entry = m_contacts[static_cast<std::size_t>(slot)];
    if (entry.loaded && entry.email == email) {
        return;
    }
    unindexContact(slot);
    indexContact(slot, email);
}

void LinkIndex::removeContact(const QString &contactId)
{
    m_changeStart = m_journal.size();
    const int slot = contactSlot(contactId);
    if (slot >= 0) {
        unindexContact(slot);
    }
}

void LinkIndex::updateSubscriber(const MailerLite::Subscriber &subscriber)
{
    m_changeStart = m_journal.size();
    const int email = internEmail(keyOf(subscriber.email));
    const qint64 id = subscriber.id;
    SubscriberEntry &entry = m_subscribers[id];
    const int previous = entry.email;
    if (entry.loaded) {
        if (previous == email) {
            return;
        }
        // Only drop the old address if it still points here (addresses are unique in
        // MailerLite, but a stale page may briefly disagree with a re-read record).
        if (previous >= 0) {
            EmailEntry &old = m_emails[static_cast<std::size_t>(previous)];
            old.subscribers.removeOne(id);
            if (old.hasOwner && old.owner == id) {
                old.hasOwner = false;
            }
        }
    }
    entry.loaded = true;
    entry.email = email;
    if (email >= 0) {
        EmailEntry &now = m_emails[static_cast<std::size_t>(email)];
        now.subscribers.append(id);
        now.owner = id;
        now.hasOwner = true;
    }
    // The entry is not used past here: the touches only read the index.
    if (previous >= 0 && previous != email) {
        touchEmail(previous);
    }
    touchSubscriber(id);
    touchEmail(email);
    touchLinkersOf(id);
}

LinkStatus LinkIndex::contactStatus(const QString &contactId) const
{
    return statusOfContact(contactSlot(contactId));
}

LinkStatus LinkIndex::statusOfContact(int contact) const
{
    // Hot path (every touched row after every page): vector reads only.
    const ContactEntry *entry
        = contact >= 0 ? &m_contacts[static_cast<std::size_t>(contact)] : nullptr;
    const int email = statusEmail(contact);
    if (entry && entry->linked) {
        const SubscriberEntry *subscriber = loadedSubscriber(entry->linkedSubscriber);
        // A twin without a link is the twin's conflict: this pair agrees, and the sync links
        // one contact per address.
        if (!subscriber || subscriber->email != email
            || loadedLinkersOf(entry->linkedSubscriber) > 1) {
            return LinkStatus::Conflict;
        }
        return LinkStatus::Linked;
    }
    if (email < 0) {
        return LinkStatus::GhlOnly;
    }
    const EmailEntry &address = m_emails[static_cast<std::size_t>(email)];
    if (address.contacts.size() > 1) {
        return LinkStatus::Conflict;
    }
    if (!address.hasOwner) {
        return LinkStatus::GhlOnly;
    }
    // The subscriber with this address already belongs to another contact.
    return loadedLinkersOf(address.owner) > 0 ? LinkStatus::Conflict : LinkStatus::EmailMatch;
}

LinkStatus LinkIndex::subscriberStatus(qint64 subscriberId) const
{
    const SubscriberEntry *entry = loadedSubscriber(subscriberId);
    if (!entry) {
        return LinkStatus::MailerLiteOnly;
    }
    const int linkers = loadedLinkersOf(subscriberId);
    if (linkers > 1) {
        return LinkStatus::Conflict;
    }
    if (linkers == 1) {
        for (const int contact : entry->linkers) {
            if (m_contacts[static_cast<std::size_t>(contact)].loaded) {
                return statusOfContact(contact);
            }
        }
    }
    // A link from a contact that is not (or no longer) loaded says nothing about this
    // subscriber: it is judged by its address like an unlinked one.
    if (entry->email < 0) {
        return LinkStatus::MailerLiteOnly;
    }
    const QList<int> &sharing = m_emails[static_cast<std::size_t>(entry->email)].contacts;
    if (sharing.isEmpty()) {
        return LinkStatus::MailerLiteOnly;
    }
    if (sharing.size() > 1 || m_contacts[static_cast<std::size_t>(sharing.first())].linked) {
        return LinkStatus::Conflict;
    }
    return LinkStatus::EmailMatch;
}

std::optional<qint64> LinkIndex::subscriberOf(const QString &contactId) const
{
    const int slot = contactSlot(contactId);
    if (slot < 0) {
        return std::nullopt;
    }
    const ContactEntry &entry = m_contacts[static_cast<std::size_t>(slot)];
    if (entry.linked) {
        return entry.linkedSubscriber;
    }
    if (!entry.loaded || entry.email < 0) {
        return std::nullopt;
    }
    const EmailEntry &address = m_emails[static_cast<std::size_t>(entry.email)];
    if (!address.hasOwner) {
        return std::nullopt;
    }
    return address.owner;
}

std::optional<QString> LinkIndex::contactOf(qint64 subscriberId) const
{
    if (loadedLinkersOf(subscriberId) > 0) {
        return firstLoadedLinkerOf(subscriberId);
    }
    const SubscriberEntry *entry = loadedSubscriber(subscriberId);
    if (!entry || entry->email < 0) {
        return std::nullopt;
    }
    const QList<int> &sharing = m_emails[static_cast<std::size_t>(entry->email)].contacts;
    if (sharing.isEmpty()) {
        return std::nullopt;
    }
    return m_contacts[static_cast<std::size_t>(sharing.first())].id;
}

int LinkIndex::internContact(const QString &contactId)
{
    // One hash for the look-up and the insert.
    const int fresh = static_cast<int>(m_contacts.size());
    const int slot
        = m_contactSlots.findOrInsert(contactId, fresh, [this](int at) -> const QString & {
              return m_contacts[static_cast<std::size_t>(at)].id;
          });
    if (slot == fresh) {
        m_contacts.push_back(ContactEntry {contactId, -1, false, false, 0});
    }
    return slot;
}

int LinkIndex::internEmail(const QString &key)
{
    if (key.isEmpty()) {
        return -1;
    }
    const int fresh = static_cast<int>(m_emails.size());
    const int slot = m_emailSlots.findOrInsert(key, fresh, [this](int at) -> const QString & {
        return m_emails[static_cast<std::size_t>(at)].key;
    });
    if (slot == fresh) {
        m_emails.push_back(EmailEntry {key, {}, {}, 0, false});
    }
    return slot;
}

const LinkIndex::SubscriberEntry *LinkIndex::loadedSubscriber(qint64 subscriberId) const
{
    const auto entry = m_subscribers.constFind(subscriberId);
    return entry != m_subscribers.cend() && entry->loaded ? &*entry : nullptr;
}

QString LinkIndex::keyAt(int email) const
{
    return email >= 0 ? m_emails[static_cast<std::size_t>(email)].key : QString();
}

int LinkIndex::statusEmail(int contact) const
{
    if (contact < 0) {
        return -1;
    }
    const ContactEntry &entry = m_contacts[static_cast<std::size_t>(contact)];
    return entry.loaded ? entry.email : -1;
}

int LinkIndex::loadedLinkersOf(qint64 subscriberId) const
{
    const auto entry = m_subscribers.constFind(subscriberId);
    if (entry == m_subscribers.cend()) {
        return 0;
    }
    int loaded = 0;
    for (const int contact : entry->linkers) {
        loaded += m_contacts[static_cast<std::size_t>(contact)].loaded ? 1 : 0;
    }
    return loaded;
}

QString LinkIndex::firstLoadedLinkerOf(qint64 subscriberId) const
{
    const auto entry = m_subscribers.constFind(subscriberId);
    if (entry == m_subscribers.cend()) {
        return {};
    }
    for (const int contact : entry->linkers) {
        const ContactEntry &linker = m_contacts[static_cast<std::size_t>(contact)];
        if (linker.loaded) {
            return linker.id;
        }
    }
    return {};
}

void LinkIndex::indexContact(int contact, int email)
{
    ContactEntry &entry = m_contacts[static_cast<std::size_t>(contact)];
    entry.loaded = true;
    entry.email = email;
    if (email >= 0) {
        m_emails[static_cast<std::size_t>(email)].contacts.append(contact);
    }
    touchContactNeighbours(contact, email);
}

void LinkIndex::unindexContact(int contact)
{
    ContactEntry &entry = m_contacts[static_cast<std::size_t>(contact)];
    if (!entry.loaded) {
        return;
    }
    const int email = entry.email;
    touchContactNeighbours(contact, email);
    if (email >= 0) {
        m_emails[static_cast<std::size_t>(email)].contacts.removeOne(contact);
    }
    entry.loaded = false;
    entry.email = -1;
}

} // namespace Session
