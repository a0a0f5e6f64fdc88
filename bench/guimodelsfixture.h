// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "mailerlite/subscriber.h"
#include "store/link.h"

#include <QByteArray>
#include <QList>

// What RecordMirror would deliver to the Contacts page, for bench_guimodels: generated GHL
// contacts in pages of 500, MailerLite subscribers in pages of 1,000 and the stored links.
// Pages are kept serialized (only what the page's models and LinkIndex read), so the process
// does not hold a second copy of every record while the models fill, and are decoded one at a
// time on take (what RecordMirror's worker thread does when it parses a response).
class GuiModelsFixture final
{
public:
    static constexpr int GhlPageSize = 500; // GhlClient::MaxSearchPageLimit
    static constexpr int MlPageSize = 1000; // SubscriberWalker::PageSize

    // `contacts` contacts and 60 % as many subscribers, 85 % of those sharing a contact's
    // address; half of the contacts are linked to the subscriber with their address, as a
    // sync run would have stored them.
    [[nodiscard]] static GuiModelsFixture generate(int contacts, quint32 seed);

    [[nodiscard]] int contacts() const { return m_contacts; }
    [[nodiscard]] int subscribers() const { return m_subscribers; }
    [[nodiscard]] int links() const { return m_links; }
    [[nodiscard]] qsizetype contactPages() const { return m_contactPages.size(); }
    [[nodiscard]] qsizetype subscriberPages() const { return m_subscriberPages.size(); }
    // One contact's and one subscriber's address, lower-cased: searches that find one row.
    [[nodiscard]] const QString &rareContactEmail() const { return m_rareContactEmail; }
    [[nodiscard]] const QString &rareSubscriberEmail() const { return m_rareSubscriberEmail; }

    // Each decodes and drops its page (or the links): call once per page.
    [[nodiscard]] QList<Ghl::Contact> takeContactPage(qsizetype page);
    [[nodiscard]] QList<MailerLite::Subscriber> takeSubscriberPage(qsizetype page);
    [[nodiscard]] QList<Store::Link> takeLinks();

private:
    QList<QByteArray> m_contactPages;
    QList<QByteArray> m_subscriberPages;
    QByteArray m_linkBytes;
    QString m_rareContactEmail;
    QString m_rareSubscriberEmail;
    int m_contacts = 0;
    int m_subscribers = 0;
    int m_links = 0;
};
