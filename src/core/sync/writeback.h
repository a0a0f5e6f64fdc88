// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/profile.h"
#include "webhook/webhookevent.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class Clock;

namespace Api {
class GhlClient;
}
namespace Ghl {
class Contact;
}
namespace Store {
class StateDatabase;
struct Link;
} // namespace Store

namespace Sync {

// Writes MailerLite opt-outs (unsubscribe, bounce, complaint) back to GoHighLevel as the
// profile's RealtimeSettings::writeBack says: the contact's email do-not-disturb, or a tag.
// Each write is recorded in the consent ledger. Loop protection: what it writes is remembered,
// so the GHL change it causes (a ContactDndUpdate or ContactTagUpdate webhook, or the contact
// showing up in the next incremental poll) is recognised as its echo and never becomes a new
// MailerLite write. Lives in the thread of its GhlClient and StateDatabase.
class WriteBack final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Kind {
            Written, // DND set or tag added in GHL
            AlreadySet, // the contact had it already: nothing sent
            NoContact, // no linked or matching GHL contact
            Off, // the profile does not write back
            Failed, // GHL refused or could not be reached; `message` says why
        };
        QString eventId;
        Kind kind = Kind::Failed;
        QString contactId;
        QString message;
    };
    using Done = std::function<void(const QList<Outcome> &)>;

    // How long after a write-back GHL's report of it counts as its echo. GHL sends its
    // webhooks within seconds; a poll sees the change within a minute or two.
    static constexpr std::chrono::minutes EchoWindow {10};

    WriteBack(Api::GhlClient &ghl, Store::StateDatabase &db, const Clock &clock,
              Profiles::Profile profile, QObject *parent = nullptr);
    ~WriteBack() override;

    // `events` are MailerLite events with isOptOut(); `done` runs once with one outcome per
    // event, in order (at once when the profile does not write back). The events are handled
    // one after the other: each sends at most two GHL requests (find the contact, write).
    // Destroying the WriteBack aborts the requests in flight, and `done` does not run.
    void apply(const QList<Webhooks::WebhookEvent> &events, Done done);
    // Whether a GHL event is the echo of a write-back (same contact, the state written).
    [[nodiscard]] bool isEcho(const Webhooks::WebhookEvent &ghlEvent) const;

private:
    struct Batch;
    using Finish = std::function<void(Outcome)>;

    void next(const std::shared_ptr<Batch> &batch);
    void handle(const Webhooks::WebhookEvent &event, const Finish &finish);
    void searchByEmail(const Webhooks::WebhookEvent &event, const Finish &finish);
    void writeTo(const Webhooks::WebhookEvent &event, const Ghl::Contact &contact,
                 const std::optional<Store::Link> &link, const Finish &finish);
    // The ledger entry and the link's subscriber type after a write (or an AlreadySet).
    [[nodiscard]] Status settle(const Webhooks::WebhookEvent &event, const Ghl::Contact &contact,
                                const std::optional<Store::Link> &link, bool written);
    [[nodiscard]] Outcome outcome(const Webhooks::WebhookEvent &event, Outcome::Kind kind,
                                  const QString &contactId, const QString &message) const;

    Api::GhlClient &m_ghl;
    Store::StateDatabase &m_db;
    const Clock &m_clock;
    Profiles::Profile m_profile;
    QObject *m_calls; // parent of the GHL requests in flight
    bool m_closing = false;
};

} // namespace Sync
