// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/linkindex.h"

namespace Session {

void LinkIndex::clear()
{
    m_linkStamps.clear();
    m_linkedSubscriberByContact.clear();
    m_linkingContactsBySubscriber.clear();
    m_contactEmails.clear();
    m_subscriberEmails.clear();
    m_contactsByEmail.clear();
    m_subscriberByEmail.clear();
    m_subscribersByEmail.clear();
    resetJournal();
}

QList<Store::Link> LinkIndex::setLinks(const QList<Store::Link> &links)
{
    QList<Store::Link> rewritten;
    QHash<QString, LinkStamp> stamps;
    stamps.reserve(links.size());
    m_linkedSubscriberByContact.clear();
    m_linkingContactsBySubscriber.clear();
    m_linkedSubscriberByContact.reserve(links.size());
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
        m_linkedSubscriberByContact.insert(link.contactId, link.subscriberId);
        m_linkingContactsBySubscriber[link.subscriberId].append(link.contactId);
    }
    m_linkStamps = std::move(stamps);
    resetJournal(); // any row may have changed
    return rewritten;
}

void LinkIndex::addContacts(const QList<Ghl::Contact> &contacts)
{
    m_contactEmails.reserve(m_contactEmails.size() + contacts.size());
    for (const Ghl::Contact &contact : contacts) {
        updateContact(contact);
    }
}

void LinkIndex::addSubscribers(const QList<MailerLite::Subscriber> &subscribers)
{
    m_subscriberEmails.reserve(m_subscriberEmails.size() + subscribers.size());
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
    const QString key = keyOf(contact.email);
    const auto known = m_contactEmails.constFind(contact.id);
    if (known != m_contactEmails.cend() && *known == key) {
        return;
    }
    unindexContact(contact.id);
    indexContact(contact.id, key);
}

void LinkIndex::removeContact(const QString &contactId)
{
    m_changeStart = m_journal.size();
    unindexContact(contactId);
}

void LinkIndex::updateSubscriber(const MailerLite::Subscriber &subscriber)
{
    m_changeStart = m_journal.size();
    const QString key = keyOf(subscriber.email);
    const auto known = m_subscriberEmails.constFind(subscriber.id);
    if (known != m_subscriberEmails.cend()) {
        if (*known == key) {
            return;
        }
        // Only drop the old address if it still points here (addresses are unique in
        // MailerLite, but a stale page may briefly disagree with a re-read record).
        touchEmail(*known);
        const auto sharing = m_subscribersByEmail.find(*known);
        if (sharing != m_subscribersByEmail.end()) {
            sharing->removeOne(subscriber.id);
            if (sharing->isEmpty()) {
                m_subscribersByEmail.erase(sharing);
            }
        }
        const auto owner = m_subscriberByEmail.constFind(*known);
        if (owner != m_subscriberByEmail.cend() && *owner == subscriber.id) {
            m_subscriberByEmail.erase(owner);
        }
    }
    indexSubscriber(subscriber.id, key);
    touchSubscriber(subscriber.id);
    touchEmail(key);
    touchLinkersOf(subscriber.id);
}

LinkStatus LinkIndex::contactStatus(const QString &contactId) const
{
    // Hot path (every row after every page): lookups only, no container copies.
    const auto known = m_contactEmails.constFind(contactId);
    const QString key = known == m_contactEmails.cend() ? QString() : *known;
    const auto link = m_linkedSubscriberByContact.constFind(contactId);
    const auto sharing
        = key.isEmpty() ? m_contactsByEmail.cend() : m_contactsByEmail.constFind(key);
    const bool sharedEmail = sharing != m_contactsByEmail.cend() && sharing->size() > 1;
    if (link != m_linkedSubscriberByContact.cend()) {
        const auto subscriber = m_subscriberEmails.constFind(*link);
        // A twin without a link is the twin's conflict: this pair agrees, and the sync links
        // one contact per address.
        if (subscriber == m_subscriberEmails.cend() || *subscriber != key
            || loadedLinkersOf(*link) > 1) {
            return LinkStatus::Conflict;
        }
        return LinkStatus::Linked;
    }
    if (key.isEmpty()) {
        return LinkStatus::GhlOnly;
    }
    if (sharedEmail) {
        return LinkStatus::Conflict;
    }
    const auto match = m_subscriberByEmail.constFind(key);
    if (match == m_subscriberByEmail.cend()) {
        return LinkStatus::GhlOnly;
    }
    // The subscriber with this address already belongs to another contact.
    return loadedLinkersOf(*match) > 0 ? LinkStatus::Conflict : LinkStatus::EmailMatch;
}

LinkStatus LinkIndex::subscriberStatus(qint64 subscriberId) const
{
    if (!m_subscriberEmails.contains(subscriberId)) {
        return LinkStatus::MailerLiteOnly;
    }
    const int linkers = loadedLinkersOf(subscriberId);
    if (linkers > 1) {
        return LinkStatus::Conflict;
    }
    if (linkers == 1) {
        for (const QString &contactId : *m_linkingContactsBySubscriber.constFind(subscriberId)) {
            if (m_contactEmails.contains(contactId)) {
                return contactStatus(contactId);
            }
        }
    }
    // A link from a contact that is not (or no longer) loaded says nothing about this
    // subscriber: it is judged by its address like an unlinked one.
    const QString &key = *m_subscriberEmails.constFind(subscriberId);
    const auto sharing
        = key.isEmpty() ? m_contactsByEmail.cend() : m_contactsByEmail.constFind(key);
    if (sharing == m_contactsByEmail.cend() || sharing->isEmpty()) {
        return LinkStatus::MailerLiteOnly;
    }
    if (sharing->size() > 1 || m_linkedSubscriberByContact.contains(sharing->first())) {
        return LinkStatus::Conflict;
    }
    return LinkStatus::EmailMatch;
}

std::optional<qint64> LinkIndex::subscriberOf(const QString &contactId) const
{
    const auto link = m_linkedSubscriberByContact.constFind(contactId);
    if (link != m_linkedSubscriberByContact.cend()) {
        return *link;
    }
    const QString key = m_contactEmails.value(contactId);
    const auto match
        = key.isEmpty() ? m_subscriberByEmail.cend() : m_subscriberByEmail.constFind(key);
    if (match == m_subscriberByEmail.cend()) {
        return std::nullopt;
    }
    return *match;
}

std::optional<QString> LinkIndex::contactOf(qint64 subscriberId) const
{
    if (loadedLinkersOf(subscriberId) > 0) {
        return firstLoadedLinkerOf(subscriberId);
    }
    const QString key = m_subscriberEmails.value(subscriberId);
    const QStringList sharing = key.isEmpty() ? QStringList() : m_contactsByEmail.value(key);
    if (sharing.isEmpty()) {
        return std::nullopt;
    }
    return sharing.first();
}

QString LinkIndex::conflictReason(const QString &contactId) const
{
    if (contactStatus(contactId) != LinkStatus::Conflict) {
        return {};
    }
    const QString key = m_contactEmails.value(contactId);
    const auto link = m_linkedSubscriberByContact.constFind(contactId);
    if (link != m_linkedSubscriberByContact.cend()) {
        const auto subscriber = m_subscriberEmails.constFind(*link);
        if (subscriber == m_subscriberEmails.cend()) {
            return tr("The linked MailerLite subscriber %1 is not among the loaded ones: it no "
                      "longer exists, or it is not loaded yet.")
                .arg(*link);
        }
        if (loadedLinkersOf(*link) > 1) {
            return tr("%n contact(s) are linked to the same MailerLite subscriber %1.", nullptr,
                      loadedLinkersOf(*link))
                .arg(*link);
        }
        if (*subscriber != key) {
            return tr("The linked MailerLite subscriber has the email \"%1\", this contact has "
                      "\"%2\".")
                .arg(*subscriber, key);
        }
    }
    const int sharing = m_contactsByEmail.value(key).size();
    if (sharing > 1) {
        return tr("%n contact(s) share the email \"%1\".", nullptr, sharing).arg(key);
    }
    const qint64 match = m_subscriberByEmail.value(key);
    return tr("The MailerLite subscriber with this email is already linked to contact %1.")
        .arg(firstLoadedLinkerOf(match));
}

QString LinkIndex::contactStatusReason(const QString &contactId) const
{
    switch (contactStatus(contactId)) {
    case LinkStatus::Linked:
        return tr("Linked to MailerLite subscriber %1, which has the same email.")
            .arg(m_linkedSubscriberByContact.value(contactId));
    case LinkStatus::EmailMatch:
        return tr("Not linked yet: MailerLite subscriber %1 has the same email.")
            .arg(subscriberOf(contactId).value_or(0));
    case LinkStatus::GhlOnly:
        return m_contactEmails.value(contactId).isEmpty()
            ? tr("This contact has no email, so it has no MailerLite subscriber.")
            : tr("No loaded MailerLite subscriber has this email.");
    case LinkStatus::MailerLiteOnly:
        break;
    case LinkStatus::Conflict:
        return conflictReason(contactId);
    }
    return {};
}

QString LinkIndex::subscriberStatusReason(qint64 subscriberId) const
{
    const std::optional<QString> partner = contactOf(subscriberId);
    switch (subscriberStatus(subscriberId)) {
    case LinkStatus::Linked:
        return tr("Linked to GHL contact %1, which has the same email.")
            .arg(partner.value_or(QString()));
    case LinkStatus::EmailMatch:
        return tr("Not linked yet: GHL contact %1 has the same email.")
            .arg(partner.value_or(QString()));
    case LinkStatus::GhlOnly:
        break;
    case LinkStatus::MailerLiteOnly:
        return tr("No loaded GHL contact is linked to this subscriber or has its email.");
    case LinkStatus::Conflict:
        if (!partner) {
            break;
        }
        if (loadedLinkersOf(subscriberId) == 0) {
            // Judged by its address: the contact with it is linked elsewhere, or shared.
            const auto link = m_linkedSubscriberByContact.constFind(*partner);
            if (link != m_linkedSubscriberByContact.cend() && *link != subscriberId) {
                return tr("GHL contact %1 has this email but is linked to MailerLite "
                          "subscriber %2.")
                    .arg(*partner)
                    .arg(*link);
            }
        }
        return conflictReason(*partner);
    }
    return {};
}

QString LinkIndex::statusText(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Linked:
        return tr("Linked");
    case LinkStatus::EmailMatch:
        return tr("Email match only");
    case LinkStatus::GhlOnly:
        return tr("GHL only");
    case LinkStatus::MailerLiteOnly:
        return tr("MailerLite only");
    case LinkStatus::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString LinkIndex::shortStatusText(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Linked:
        return tr("Linked");
    case LinkStatus::EmailMatch:
        return tr("Email match");
    case LinkStatus::GhlOnly:
        return tr("GHL only");
    case LinkStatus::MailerLiteOnly:
        return tr("ML only");
    case LinkStatus::Conflict:
        return tr("Conflict");
    }
    return {};
}

int LinkIndex::loadedLinkersOf(qint64 subscriberId) const
{
    const auto linkers = m_linkingContactsBySubscriber.constFind(subscriberId);
    if (linkers == m_linkingContactsBySubscriber.cend()) {
        return 0;
    }
    int loaded = 0;
    for (const QString &contactId : *linkers) {
        loaded += m_contactEmails.contains(contactId) ? 1 : 0;
    }
    return loaded;
}

QString LinkIndex::firstLoadedLinkerOf(qint64 subscriberId) const
{
    const auto linkers = m_linkingContactsBySubscriber.constFind(subscriberId);
    if (linkers == m_linkingContactsBySubscriber.cend()) {
        return {};
    }
    for (const QString &contactId : *linkers) {
        if (m_contactEmails.contains(contactId)) {
            return contactId;
        }
    }
    return {};
}

void LinkIndex::indexContact(const QString &contactId, const QString &emailKey)
{
    m_contactEmails.insert(contactId, emailKey);
    if (!emailKey.isEmpty()) {
        m_contactsByEmail[emailKey].append(contactId);
    }
    touchContactNeighbours(contactId, emailKey);
}

void LinkIndex::unindexContact(const QString &contactId)
{
    const auto known = m_contactEmails.find(contactId);
    if (known == m_contactEmails.end()) {
        return;
    }
    touchContactNeighbours(contactId, *known);
    if (!known->isEmpty()) {
        const auto sharing = m_contactsByEmail.find(*known);
        if (sharing != m_contactsByEmail.end()) {
            sharing->removeOne(contactId);
            if (sharing->isEmpty()) {
                m_contactsByEmail.erase(sharing);
            }
        }
    }
    m_contactEmails.erase(known);
}

void LinkIndex::indexSubscriber(qint64 subscriberId, const QString &emailKey)
{
    m_subscriberEmails.insert(subscriberId, emailKey);
    if (!emailKey.isEmpty()) {
        m_subscribersByEmail[emailKey].append(subscriberId);
        m_subscriberByEmail.insert(emailKey, subscriberId);
    }
}

} // namespace Session
