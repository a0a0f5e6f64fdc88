// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine: what MailerLite holds for the contacts of a retry.
#include "sync/syncengine.h"

#include "mailerlite/mailerliteclient.h"

using namespace Qt::StringLiterals;
using Severity = Store::LogEntry::Severity;

namespace Sync {

void SyncEngine::lookUpRetried()
{
    // A retry follows failures whose outcome is unknown: the write may have reached MailerLite
    // with its answer lost, or not at all. Planning from the links alone would guess (and an
    // unsubscribe that never arrived would then be skipped as "not in MailerLite", leaving
    // someone who opted out active). So each retried contact is looked up by email, with its
    // groups: two requests per contact, which beats reading the whole list for a few contacts.
    QStringList emails;
    for (const Ghl::Contact &contact : std::as_const(m_contacts)) {
        const QString key = contact.email.trimmed().toLower();
        if (!key.isEmpty() && !emails.contains(key)) {
            emails.append(key);
        }
    }
    m_remote.emplace();
    if (emails.isEmpty()) {
        fetchActivity();
        return;
    }
    log(Severity::Info,
        tr("Looking up %n retried contact(s) in MailerLite.", nullptr, int(emails.size())));
    auto pending = std::make_shared<int>(int(emails.size()));
    const auto oneDone = [this, pending] {
        if (--*pending == 0 && !stopIfCancelled()) {
            fetchActivity();
        }
    };
    for (const QString &email : std::as_const(emails)) {
        m_ml->getSubscriber(
            email, m_calls, [this, email, oneDone](Result<MailerLite::Subscriber> found) {
                if (m_finished) {
                    return;
                }
                if (!found.ok()) {
                    if (found.error().kind == Error::Kind::NotFound) {
                        oneDone(); // not in MailerLite: the plan creates it
                        return;
                    }
                    fail(found.error());
                    return;
                }
                const MailerLite::Subscriber s = found.value();
                m_remote->insert(email,
                                 RemoteSubscriber {s.id, s.email, s.type, s.name, s.fields, {}});
                m_ml->subscriberGroups(
                    email, m_calls,
                    [this, email, oneDone](Result<QList<MailerLite::Group>> groups) {
                        if (m_finished) {
                            return;
                        }
                        if (!groups.ok()) {
                            fail(groups.error());
                            return;
                        }
                        for (const MailerLite::Group &g : groups.value()) {
                            (*m_remote)[email].groups.append(g.id);
                        }
                        oneDone();
                    });
            });
    }
}

} // namespace Sync
