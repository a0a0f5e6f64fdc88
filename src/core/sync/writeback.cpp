// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/writeback.h"

#include "ghl/contact.h"
#include "ghl/ghlclient.h"
#include "log/logging.h"
#include "store/consentledger.h"
#include "store/link.h"
#include "store/linkstore.h"
#include "store/statedatabase.h"
#include "sync/writebackjournal.h"
#include "util/clock.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

using Kind = WriteBack::Outcome::Kind;
using RealtimeSettings = Profiles::RealtimeSettings;

// The MailerLite subscriber type an opt-out event leaves behind.
QString typeAfter(const Webhooks::WebhookEvent &event)
{
    if (event.type == u"subscriber.bounced") {
        return u"bounced"_s;
    }
    return event.type == u"subscriber.complaint" ? u"junk"_s : u"unsubscribed"_s;
}

// Stored in GoHighLevel, where the contact's owner reads it: names MailerLite and the event.
QString dndMessage(const Webhooks::WebhookEvent &event)
{
    if (event.type == u"subscriber.bounced") {
        return u"Email bounced in MailerLite (subscriber.bounced)"_s;
    }
    if (event.type == u"subscriber.complaint") {
        return u"Marked as spam in MailerLite (subscriber.complaint)"_s;
    }
    return u"Unsubscribed in MailerLite (subscriber.unsubscribe)"_s;
}

// Only the Email channel's DND turns on. The other channels go back as they are, in case the
// service replaces the whole object; the global "dnd" flag, which would also block calls and
// texts, is not sent.
QJsonObject emailDndBody(const Ghl::Contact &contact, const Webhooks::WebhookEvent &event)
{
    QJsonObject settings;
    for (auto it = contact.dndSettings.begin(); it != contact.dndSettings.end(); ++it) {
        QJsonObject channel {{u"status"_s, it->status}};
        if (!it->message.isEmpty()) {
            channel.insert(u"message"_s, it->message);
        }
        if (!it->code.isEmpty()) {
            channel.insert(u"code"_s, it->code);
        }
        settings.insert(it.key(), channel);
    }
    settings.insert(u"Email"_s,
                    QJsonObject {{u"status"_s, u"active"_s}, {u"message"_s, dndMessage(event)}});
    return {{u"dndSettings"_s, settings}};
}

bool echoes(const WriteBackJournal::Entry &entry, const QJsonObject &payload)
{
    if (entry.kind == WriteBackJournal::Entry::Kind::Tag) {
        const QJsonArray tags = payload.value("tags"_L1).toArray();
        return std::any_of(tags.begin(), tags.end(), [&entry](const QJsonValue &tag) {
            return tag.toString().compare(entry.tag, Qt::CaseInsensitive) == 0;
        });
    }
    return payload.value("dndSettings"_L1)
               .toObject()
               .value("Email"_L1)
               .toObject()
               .value("status"_L1)
               .toString()
        == u"active";
}

} // namespace

struct WriteBack::Batch
{
    QList<Webhooks::WebhookEvent> events;
    QList<Outcome> outcomes;
    Done done;
};

WriteBack::WriteBack(Api::GhlClient &ghl, Store::StateDatabase &db, const Clock &clock,
                     Profiles::Profile profile, QObject *parent)
    : QObject(parent)
    , m_ghl(ghl)
    , m_db(db)
    , m_clock(clock)
    , m_profile(std::move(profile))
    , m_calls(new QObject(this))
{ }

WriteBack::~WriteBack()
{
    // Aborted requests still answer (Cancelled) while they are deleted: ignore them.
    m_closing = true;
    delete m_calls;
}

void WriteBack::apply(const QList<Webhooks::WebhookEvent> &events, Done done)
{
    if (m_profile.realtime.writeBack == RealtimeSettings::WriteBack::Off) {
        QList<Outcome> outcomes;
        for (const Webhooks::WebhookEvent &event : events) {
            outcomes.append(outcome(event, Kind::Off, {},
                                    tr("This profile does not write opt-outs back to "
                                       "GoHighLevel.")));
        }
        done(outcomes);
        return;
    }
    next(std::make_shared<Batch>(Batch {events, {}, std::move(done)}));
}

void WriteBack::next(const std::shared_ptr<Batch> &batch)
{
    if (batch->outcomes.size() == batch->events.size()) {
        const Done done = std::move(batch->done);
        done(batch->outcomes);
        return;
    }
    handle(batch->events.at(batch->outcomes.size()), [this, batch](const Outcome &result) {
        if (m_closing) {
            return;
        }
        qCInfo(lcWebhook) << "write-back of event" << result.eventId << "for contact"
                          << result.contactId << "ended as" << int(result.kind);
        batch->outcomes.append(result);
        next(batch);
    });
}

WriteBack::Outcome WriteBack::outcome(const Webhooks::WebhookEvent &event, Kind kind,
                                      const QString &contactId, const QString &message) const
{
    Outcome o;
    o.eventId = event.id;
    o.kind = kind;
    o.contactId = contactId;
    o.message = message;
    return o;
}

void WriteBack::handle(const Webhooks::WebhookEvent &event, const Finish &finish)
{
    if (!event.isOptOut()) {
        finish(outcome(event, Kind::Failed, {},
                       tr("The MailerLite event %1 is not an unsubscribe, bounce or complaint.")
                           .arg(event.type)));
        return;
    }
    // Our own link first: the contact this subscriber was synced from.
    const Store::LinkStore links(m_db);
    std::optional<Store::Link> link;
    bool isNumber = false;
    const qint64 subscriberId = event.subscriberId.toLongLong(&isNumber);
    if (isNumber && subscriberId != 0) {
        auto found = links.findBySubscriber(m_profile.name, subscriberId);
        if (!found.ok()) {
            finish(outcome(event, Kind::Failed, {}, found.error().message));
            return;
        }
        link = found.value();
    }
    if (!link && !event.email.trimmed().isEmpty()) {
        auto found = links.findByEmail(m_profile.name, event.email);
        if (!found.ok()) {
            finish(outcome(event, Kind::Failed, {}, found.error().message));
            return;
        }
        link = found.value();
    }
    if (!link) {
        searchByEmail(event, finish);
        return;
    }
    // The contact as it is now: whether it has the DND or tag already, and its other channels.
    m_ghl.getContact(
        link->contactId, m_calls, [this, event, link, finish](Result<Ghl::Contact> contact) {
            if (m_closing) {
                return;
            }
            if (contact.ok()) {
                writeTo(event, contact.value(), link, finish);
            } else if (contact.error().kind == Error::Kind::NotFound) {
                finish(outcome(
                    event, Kind::NoContact, link->contactId,
                    tr("The GoHighLevel contact %1 no longer exists.").arg(link->contactId)));
            } else {
                finish(outcome(event, Kind::Failed, link->contactId, contact.error().message));
            }
        });
}

void WriteBack::searchByEmail(const Webhooks::WebhookEvent &event, const Finish &finish)
{
    if (event.email.trimmed().isEmpty()) {
        finish(outcome(event, Kind::NoContact, {},
                       tr("No GoHighLevel contact is linked to MailerLite subscriber %1.")
                           .arg(event.subscriberId)));
        return;
    }
    Api::GhlClient::SearchQuery query;
    query.locationId = m_profile.locationId;
    query.email = event.email.trimmed();
    query.pageLimit = 1;
    query.sortField = u"dateAdded"_s; // the oldest of duplicates, as the sync picks it
    m_ghl.searchContacts(query, m_calls, [this, event, finish](Result<Api::GhlClient::Page> page) {
        if (m_closing) {
            return;
        }
        if (!page.ok()) {
            finish(outcome(event, Kind::Failed, {}, page.error().message));
        } else if (page.value().contacts.isEmpty()) {
            finish(
                outcome(event, Kind::NoContact, {},
                        tr("No GoHighLevel contact has the email address of MailerLite "
                           "subscriber %1.")
                            .arg(event.subscriberId.isEmpty() ? event.email : event.subscriberId)));
        } else {
            writeTo(event, page.value().contacts.constFirst(), std::nullopt, finish);
        }
    });
}

void WriteBack::writeTo(const Webhooks::WebhookEvent &event, const Ghl::Contact &contact,
                        const std::optional<Store::Link> &link, const Finish &finish)
{
    const bool dnd = m_profile.realtime.writeBack == RealtimeSettings::WriteBack::EmailDnd;
    const QString tag = m_profile.realtime.writeBackTag;
    const bool already
        = dnd ? contact.emailDndActive() : contact.tags.contains(tag, Qt::CaseInsensitive);
    if (already) {
        const Status settled = settle(event, contact, link, false);
        finish(outcome(event, settled.ok() ? Kind::AlreadySet : Kind::Failed, contact.id,
                       settled.ok() ? (dnd ? tr("The contact already has email do-not-disturb.")
                                           : tr("The contact already has the tag \"%1\".").arg(tag))
                                    : settled.error().message));
        return;
    }
    // Remembered before sending: GHL's webhook about the change may come before its answer.
    WriteBackJournal journal(m_db, m_profile.name);
    WriteBackJournal::Entry entry;
    entry.contactId = contact.id;
    entry.kind = dnd ? WriteBackJournal::Entry::Kind::EmailDnd : WriteBackJournal::Entry::Kind::Tag;
    entry.tag = dnd ? QString() : tag;
    entry.eventId = event.id;
    entry.writtenAt = m_clock.now();
    const Result<qint64> recorded = journal.record(entry);
    if (!recorded.ok()) {
        finish(outcome(event, Kind::Failed, contact.id, recorded.error().message));
        return;
    }
    const qint64 journalId = recorded.value();
    auto answered = [this, event, contact, link, finish, journalId](const auto &result) {
        if (m_closing) {
            return;
        }
        if (!result.ok()) {
            if (const Status s = WriteBackJournal(m_db, m_profile.name).remove(journalId);
                !s.ok()) {
                qCWarning(lcWebhook)
                    << "cannot forget a failed write-back:" << s.error().toLogString();
            }
            finish(outcome(event, Kind::Failed, contact.id,
                           tr("GoHighLevel did not accept the change to contact %1: %2")
                               .arg(contact.id, result.error().message)));
            return;
        }
        const Status settled = settle(event, contact, link, true);
        // The change is made in GHL either way; a storage problem is reported with it.
        finish(outcome(event, Kind::Written, contact.id,
                       settled.ok() ? QString() : settled.error().message));
    };
    if (dnd) {
        m_ghl.updateContact(contact.id, emailDndBody(contact, event), m_calls, answered);
    } else {
        m_ghl.addTags(contact.id, {tag}, m_calls, answered);
    }
}

Status WriteBack::settle(const Webhooks::WebhookEvent &event, const Ghl::Contact &contact,
                         const std::optional<Store::Link> &link, bool written)
{
    return m_db.transaction([&]() -> Status {
        const QString type = typeAfter(event);
        if (written) {
            Store::ConsentEntry entry;
            entry.profile = m_profile.name;
            entry.contactId = contact.id;
            entry.email = event.email.isEmpty() ? contact.email : event.email;
            entry.subscriberId = link ? link->subscriberId : event.subscriberId.toLongLong();
            entry.oldStatus = link ? link->subscriberType : QString();
            entry.newStatus = type;
            entry.reason = m_profile.realtime.writeBack == RealtimeSettings::WriteBack::EmailDnd
                ? tr("MailerLite %1: email do-not-disturb set in GoHighLevel.").arg(event.type)
                : tr("MailerLite %1: tag \"%2\" added in GoHighLevel.")
                      .arg(event.type, m_profile.realtime.writeBackTag);
            entry.source = Store::ConsentEntry::Source::Writeback;
            entry.createdAt = m_clock.now();
            if (const Status s = Store::ConsentLedger(m_db).append(entry); !s.ok()) {
                return s;
            }
        }
        // The next sync then knows the subscriber opted out and plans no MailerLite write.
        if (link && link->subscriberType != type) {
            Store::Link changed = *link;
            changed.subscriberType = type;
            return Store::LinkStore(m_db).upsert(m_profile.name, changed);
        }
        return success();
    });
}

bool WriteBack::isEcho(const Webhooks::WebhookEvent &ghlEvent) const
{
    static const QStringList echoTypes
        = {u"ContactDndUpdate"_s, u"ContactTagUpdate"_s, u"ContactUpdate"_s};
    if (ghlEvent.source != Webhooks::WebhookEvent::Source::Ghl || ghlEvent.contactId.isEmpty()
        || !echoTypes.contains(ghlEvent.type)) {
        return false;
    }
    const auto recent
        = WriteBackJournal(m_db, m_profile.name)
              .since(ghlEvent.contactId,
                     m_clock.now().addSecs(-std::chrono::seconds(EchoWindow).count()));
    if (!recent.ok()) {
        qCWarning(lcWebhook) << "cannot read the write-back journal:"
                             << recent.error().toLogString();
        return false;
    }
    const QList<WriteBackJournal::Entry> &entries = recent.value();
    return std::any_of(
        entries.begin(), entries.end(),
        [&ghlEvent](const WriteBackJournal::Entry &e) { return echoes(e, ghlEvent.payload); });
}

} // namespace Sync
