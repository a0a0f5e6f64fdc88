// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Webhooks {

// One change a service told us about. GoHighLevel posts one event per request with
// `webhookId` and `timestamp` beside the record (WebhookAuthentication.md); MailerLite Classic
// posts batches {"events": [...]} whose events carry no id of their own, so one is derived from
// what identifies the change (type, subscriber, time, webhook). A plain value.
struct WebhookEvent
{
    enum class Source { Ghl, MailerLite };

    Source source = Source::Ghl;
    QString id; // unique per service: replays are recognised by it
    QString type; // "ContactCreate", "subscriber.unsubscribe", ...
    QDateTime timestamp; // when the service sent it, UTC
    QString locationId; // GHL
    QString contactId; // GHL: the contact the event is about (notes and tasks too)
    QString subscriberId; // MailerLite, as text: ids may exceed 2^53
    QString email; // MailerLite: the subscriber's; GHL: the contact's when the event has it
    QJsonObject payload; // the event as it arrived

    // The event types ContactBridge acts on; others are acknowledged and ignored.
    [[nodiscard]] bool isHandled() const;
    // MailerLite events after which a profile may write the opt-out back to GHL.
    [[nodiscard]] bool isOptOut() const;

    [[nodiscard]] static QString sourceName(Source source);
    // A body that is not one JSON object with a type, an id and a timestamp is a Parse error.
    [[nodiscard]] static Result<WebhookEvent> fromGhl(const QByteArray &body);
    // Every event of a batch, or a Parse error for the whole body.
    [[nodiscard]] static Result<QList<WebhookEvent>> fromMailerLite(const QByteArray &body);
};

} // namespace Webhooks
