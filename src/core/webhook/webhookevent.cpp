// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/webhookevent.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Webhooks {

namespace {

// The list: contact changes and the activity mirrored into digests.
const QStringList GhlHandled
    = {u"ContactCreate"_s,    u"ContactUpdate"_s, u"ContactDelete"_s, u"ContactTagUpdate"_s,
       u"ContactDndUpdate"_s, u"NoteCreate"_s,    u"TaskCreate"_s,    u"TaskComplete"_s};
const QStringList MailerLiteHandled = {u"subscriber.create"_s,
                                       u"subscriber.update"_s,
                                       u"subscriber.unsubscribe"_s,
                                       u"subscriber.add_to_group"_s,
                                       u"subscriber.remove_from_group"_s,
                                       u"subscriber.bounced"_s,
                                       u"subscriber.complaint"_s};
const QStringList MailerLiteOptOuts
    = {u"subscriber.unsubscribe"_s, u"subscriber.bounced"_s, u"subscriber.complaint"_s};

Error parseError(const QString &detail)
{
    return Error {Error::Kind::Parse,
                  QCoreApplication::translate("Webhooks::WebhookEvent",
                                              "The webhook is not in the expected format."),
                  detail};
}

Result<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return parseError(u"not a JSON object: %1"_s.arg(error.errorString()));
    }
    return document.object();
}

// A JSON number or string id as text, without going through a double.
QString idText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    return value.isDouble() ? QString::number(value.toInteger()) : QString();
}

} // namespace

bool WebhookEvent::isHandled() const
{
    return (source == Source::Ghl ? GhlHandled : MailerLiteHandled).contains(type);
}

bool WebhookEvent::isOptOut() const
{
    return source == Source::MailerLite && MailerLiteOptOuts.contains(type);
}

QString WebhookEvent::sourceName(Source source)
{
    return source == Source::Ghl ? u"ghl"_s : u"mailerlite"_s;
}

Result<WebhookEvent> WebhookEvent::fromGhl(const QByteArray &body)
{
    const Result<QJsonObject> object = objectOf(body);
    if (!object.ok()) {
        return object.error();
    }
    const QJsonObject &o = object.value();
    WebhookEvent event;
    event.source = Source::Ghl;
    event.payload = o;
    event.type = o.value("type"_L1).toString();
    event.id = o.value("webhookId"_L1).toString();
    event.timestamp = QDateTime::fromString(o.value("timestamp"_L1).toString(), Qt::ISODateWithMs);
    event.locationId = o.value("locationId"_L1).toString();
    // Contact events name the contact "id"; note and task events carry "contactId".
    event.contactId = o.contains("contactId"_L1) ? o.value("contactId"_L1).toString()
                                                 : o.value("id"_L1).toString();
    event.email = o.value("email"_L1).toString();
    if (event.type.isEmpty() || event.id.isEmpty() || !event.timestamp.isValid()) {
        return parseError(u"GHL webhook without type, webhookId or timestamp"_s);
    }
    event.timestamp = event.timestamp.toUTC();
    return event;
}

Result<QList<WebhookEvent>> WebhookEvent::fromMailerLite(const QByteArray &body)
{
    const Result<QJsonObject> object = objectOf(body);
    if (!object.ok()) {
        return object.error();
    }
    const QJsonValue events = object.value().value("events"_L1);
    if (!events.isArray()) {
        return parseError(u"MailerLite webhook without an events array"_s);
    }
    QList<WebhookEvent> result;
    for (const QJsonValue &value : events.toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject subscriber
            = o.value("data"_L1).toObject().value("subscriber"_L1).toObject();
        WebhookEvent event;
        event.source = Source::MailerLite;
        event.payload = o;
        event.type = o.value("type"_L1).toString();
        const qint64 seconds = o.value("timestamp"_L1).toInteger(-1);
        event.timestamp
            = seconds >= 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
        event.subscriberId = idText(subscriber.value("id"_L1));
        event.email = subscriber.value("email"_L1).toString();
        if (event.type.isEmpty() || !event.timestamp.isValid()
            || (event.subscriberId.isEmpty() && event.email.isEmpty())) {
            return parseError(u"MailerLite event without type, timestamp or subscriber"_s);
        }
        // The same change delivered twice hashes to the same id; joining two groups in the same
        // second are two changes.
        const QByteArray key = event.type.toUtf8() + '|' + event.subscriberId.toUtf8() + '|'
            + event.email.toLower().toUtf8() + '|' + QByteArray::number(seconds) + '|'
            + idText(o.value("webhook_id"_L1)).toUtf8() + '|'
            + idText(o.value("data"_L1).toObject().value("group"_L1).toObject().value("id"_L1))
                  .toUtf8();
        event.id = QString::fromLatin1(
            QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
        result.append(event);
    }
    return result;
}

} // namespace Webhooks
