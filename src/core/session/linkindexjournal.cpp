// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LinkIndex's change journal: which records each change may have re-statused.
#include "session/linkindex.h"

#include <algorithm>

namespace Session {

namespace {

// Touches kept for readers; beyond this the older half goes and a lagging reader re-reads all.
constexpr std::size_t journalCap = 1U << 18;

} // namespace

std::optional<std::span<const LinkIndex::Touched>> LinkIndex::changesSince(quint64 cursor) const
{
    if (cursor < m_journalStart || cursor > changeCursor()) {
        return std::nullopt;
    }
    return std::span<const Touched>(m_journal).subspan(cursor - m_journalStart);
}

void LinkIndex::record(Touched touched)
{
    if (m_journal.size() >= journalCap) {
        const auto half = static_cast<std::ptrdiff_t>(journalCap / 2);
        m_journal.erase(m_journal.begin(), m_journal.begin() + half);
        m_journalStart += static_cast<quint64>(half);
        m_changeStart = m_journal.size();
    }
    // One change names the same few records several ways (the contact, its address, its
    // link): skip what its last few entries already say. Never look past the change's own
    // entries: a reader may have taken the earlier ones already.
    const std::size_t from
        = std::max(m_changeStart, m_journal.size() - std::min<std::size_t>(m_journal.size(), 8));
    for (auto it = m_journal.cbegin() + static_cast<std::ptrdiff_t>(from); it != m_journal.cend();
         ++it) {
        if (it->subscriberId == touched.subscriberId
            && it->contactHandle == touched.contactHandle) {
            return;
        }
    }
    m_journal.push_back(std::move(touched));
}

void LinkIndex::touchContact(int contact)
{
    const ContactEntry &entry = m_contacts[static_cast<std::size_t>(contact)];
    record({entry.id, 0, contact});
    // A linked subscriber's status is its contact's.
    if (entry.linked) {
        touchSubscriber(entry.linkedSubscriber);
    }
}

void LinkIndex::touchSubscriber(qint64 subscriberId)
{
    record({QString(), subscriberId, -1});
}

void LinkIndex::touchEmail(int email)
{
    if (email < 0) {
        return;
    }
    const EmailEntry &address = m_emails[static_cast<std::size_t>(email)];
    // Among three or more contacts sharing an address, the unlinked ones are in conflict
    // whatever else happens, and the linked ones answer to their own link: only a pair can
    // turn (so a popular address does not make every page touch all its contacts).
    if (address.contacts.size() <= 2) {
        for (const int contact : address.contacts) {
            touchContact(contact);
        }
    }
    for (const qint64 subscriberId : address.subscribers) {
        touchSubscriber(subscriberId);
    }
}

void LinkIndex::touchLinkersOf(qint64 subscriberId)
{
    const auto entry = m_subscribers.constFind(subscriberId);
    if (entry == m_subscribers.cend()) {
        return;
    }
    for (const int contact : entry->linkers) {
        if (m_contacts[static_cast<std::size_t>(contact)].loaded) {
            touchContact(contact);
        }
    }
}

void LinkIndex::touchContactNeighbours(int contact, int email)
{
    // The contact, those sharing its address and the subscriber with it; when linked, the
    // other contacts linking to the same subscriber and those with the subscriber's address
    // (they count its loaded linkers).
    touchContact(contact);
    touchEmail(email);
    const ContactEntry &entry = m_contacts[static_cast<std::size_t>(contact)];
    if (!entry.linked) {
        return;
    }
    const qint64 subscriberId = entry.linkedSubscriber;
    touchLinkersOf(subscriberId);
    if (const SubscriberEntry *subscriber = loadedSubscriber(subscriberId)) {
        touchEmail(subscriber->email);
    }
}

void LinkIndex::resetJournal()
{
    // Readers at the old end fall before the new start: they re-read everything.
    m_journalStart = changeCursor() + 1;
    m_journal.clear();
    m_changeStart = 0;
}

} // namespace Session
