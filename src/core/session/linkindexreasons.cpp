// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LinkIndex's texts: why a record has its status, and the status names.
#include "session/linkindex.h"

namespace Session {

QString LinkIndex::conflictReason(const QString &contactId) const
{
    if (contactStatus(contactId) != LinkStatus::Conflict) {
        return {};
    }
    // A conflict needs a loaded or linked contact, so it has a slot.
    const ContactEntry &entry = m_contacts[static_cast<std::size_t>(contactSlot(contactId))];
    const int email = entry.loaded ? entry.email : -1;
    const QString key = keyAt(email);
    if (entry.linked) {
        const qint64 link = entry.linkedSubscriber;
        const SubscriberEntry *subscriber = loadedSubscriber(link);
        if (!subscriber) {
            return tr("The linked MailerLite subscriber %1 is not among the loaded ones: it no "
                      "longer exists, or it is not loaded yet.")
                .arg(link);
        }
        if (loadedLinkersOf(link) > 1) {
            return tr("%n contact(s) are linked to the same MailerLite subscriber %1.", nullptr,
                      loadedLinkersOf(link))
                .arg(link);
        }
        if (subscriber->email != email) {
            return tr("The linked MailerLite subscriber has the email \"%1\", this contact has "
                      "\"%2\".")
                .arg(keyAt(subscriber->email), key);
        }
    }
    const EmailEntry *address = email >= 0 ? &m_emails[static_cast<std::size_t>(email)] : nullptr;
    const qsizetype sharing = address ? address->contacts.size() : 0;
    if (sharing > 1) {
        return tr("%n contact(s) share the email \"%1\".", nullptr, static_cast<int>(sharing))
            .arg(key);
    }
    const qint64 match = address && address->hasOwner ? address->owner : 0;
    return tr("The MailerLite subscriber with this email is already linked to contact %1.")
        .arg(firstLoadedLinkerOf(match));
}

QString LinkIndex::contactStatusReason(const QString &contactId) const
{
    switch (contactStatus(contactId)) {
    case LinkStatus::Linked:
        return tr("Linked to MailerLite subscriber %1, which has the same email.")
            .arg(subscriberOf(contactId).value_or(0));
    case LinkStatus::EmailMatch:
        return tr("Not linked yet: MailerLite subscriber %1 has the same email.")
            .arg(subscriberOf(contactId).value_or(0));
    case LinkStatus::GhlOnly:
        return statusEmail(contactSlot(contactId)) < 0
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
            const int slot = contactSlot(*partner);
            const ContactEntry &linker = m_contacts[static_cast<std::size_t>(slot)];
            if (linker.linked && linker.linkedSubscriber != subscriberId) {
                return tr("GHL contact %1 has this email but is linked to MailerLite "
                          "subscriber %2.")
                    .arg(*partner)
                    .arg(linker.linkedSubscriber);
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

} // namespace Session
