// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghlwebhookemitter.h"

#include "ghlcontactfields.h"
#include "log/logging.h"
#include "util/clock.h"
#include "webhookemitter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
using Webhooks::WebhookSignature;

namespace Sandbox {

namespace {

// The contact fields the event schemas list (besides type, locationId, id and name).
const QStringList ContactEventFields
    = {u"address1"_s,  u"city"_s,      u"companyName"_s, u"country"_s,
       u"source"_s,    u"dateAdded"_s, u"dateOfBirth"_s, u"email"_s,
       u"firstName"_s, u"lastName"_s,  u"phone"_s,       u"postalCode"_s,
       u"state"_s,     u"website"_s,   u"assignedTo"_s,  u"customFields"_s};
const QStringList DndFields = {u"dnd"_s, u"dndSettings"_s, u"inboundDndSettings"_s};
// Written by the fake on every change or derived from other fields: not a change of their own.
const QStringList Bookkeeping = {u"dateUpdated"_s, u"firstNameLowerCase"_s, u"lastNameLowerCase"_s,
                                 u"fullNameLowerCase"_s, u"emailLowerCase"_s};

QJsonObject contactEvent(const QJsonObject &contact, bool withDndSettings)
{
    QJsonObject event {{u"id"_s, contact.value(u"id"_s)},
                       {u"locationId"_s, contact.value(u"locationId"_s)},
                       {u"dnd"_s, contact.value(u"dnd"_s).toBool(false)},
                       {u"tags"_s, contact.value(u"tags"_s).toArray()},
                       {u"attachments"_s, contact.value(u"attachments"_s).toArray()}};
    for (const QString &field : ContactEventFields) {
        if (contact.contains(field)) {
            event.insert(field, contact.value(field));
        }
    }
    const QString name = GhlContactFields::displayName(contact);
    if (!name.isEmpty()) {
        event.insert(u"name"_s, name);
    }
    if (withDndSettings && contact.contains(u"dndSettings"_s)) {
        event.insert(u"dndSettings"_s, contact.value(u"dndSettings"_s));
    }
    return event;
}

bool differs(const QJsonObject &before, const QJsonObject &after, const QString &key)
{
    return before.value(key) != after.value(key);
}

} // namespace

GhlWebhookEmitter::GhlWebhookEmitter(QString locationId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_locationId(std::move(locationId))
    , m_clock(clock)
    , m_delivery(new WebhookEmitter(this))
{ }

GhlWebhookEmitter::~GhlWebhookEmitter() = default;

bool GhlWebhookEmitter::ensureKeys()
{
    if (m_rsa && m_ed25519) {
        return true;
    }
    if (m_keysFailed) {
        return false;
    }
    auto rsa = WebhookSignature::generateKeyPair(WebhookSignature::Scheme::GhlRsa);
    auto ed25519 = WebhookSignature::generateKeyPair(WebhookSignature::Scheme::GhlEd25519);
    if (!rsa || !ed25519) {
        m_keysFailed = true;
        qCCritical(lcSandbox).noquote()
            << "cannot make the webhook signing keys:"
            << (rsa ? ed25519.error().toLogString() : rsa.error().toLogString());
        return false;
    }
    m_rsa = std::move(rsa).value();
    m_ed25519 = std::move(ed25519).value();
    return true;
}

QByteArray GhlWebhookEmitter::rsaPublicKey()
{
    return ensureKeys() ? m_rsa->publicKeyPem : QByteArray();
}

QByteArray GhlWebhookEmitter::ed25519PublicKey()
{
    return ensureKeys() ? m_ed25519->publicKeyPem : QByteArray();
}

QJsonObject GhlWebhookEmitter::stats() const
{
    QJsonObject stats = m_delivery->stats();
    stats.insert(u"events"_s, m_eventCounts);
    return stats;
}

void GhlWebhookEmitter::contactCreated(const QJsonObject &contact)
{
    if (isActive()) {
        send(u"ContactCreate"_s, contactEvent(contact, false));
    }
}

void GhlWebhookEmitter::contactChanged(const QJsonObject &before, const QJsonObject &after)
{
    if (!isActive()) {
        return;
    }
    bool tags = false;
    bool dnd = false;
    bool other = false;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (Bookkeeping.contains(key) || !differs(before, after, key)) {
            continue;
        }
        if (key == u"tags") {
            tags = true;
        } else if (DndFields.contains(key)) {
            dnd = true;
        } else {
            other = true;
        }
    }
    // A write that changes several kinds of field gives one event of each kind, as the
    // workflow triggers of the real service do.
    if (other) {
        send(u"ContactUpdate"_s, contactEvent(after, false));
    }
    if (tags) {
        send(u"ContactTagUpdate"_s, contactEvent(after, false));
    }
    if (dnd) {
        send(u"ContactDndUpdate"_s, contactEvent(after, true));
    }
}

void GhlWebhookEmitter::contactDeleted(const QJsonObject &contact)
{
    if (isActive()) {
        send(u"ContactDelete"_s, contactEvent(contact, false));
    }
}

void GhlWebhookEmitter::noteCreated(const QJsonObject &note)
{
    if (!isActive()) {
        return;
    }
    QJsonObject event {{u"id"_s, note.value(u"id"_s)},
                       {u"locationId"_s, m_locationId},
                       {u"contactId"_s, note.value(u"contactId"_s)},
                       {u"body"_s, note.value(u"body"_s).toString()},
                       {u"dateAdded"_s, note.value(u"dateAdded"_s)}};
    send(u"NoteCreate"_s, event);
}

void GhlWebhookEmitter::taskCreated(const QJsonObject &task)
{
    if (!isActive()) {
        return;
    }
    QJsonObject event = task;
    event.remove(u"completed"_s);
    event.insert(u"locationId"_s, m_locationId);
    // Stored tasks carry no creation time; the event is made the moment the task is.
    event.insert(u"dateAdded"_s, GhlContactFields::isoTime(m_clock.now()));
    send(u"TaskCreate"_s, event);
}

void GhlWebhookEmitter::taskCompleted(const QJsonObject &task)
{
    if (!isActive()) {
        return;
    }
    QJsonObject event = task;
    event.remove(u"completed"_s);
    event.insert(u"locationId"_s, m_locationId);
    send(u"TaskComplete"_s, event);
}

void GhlWebhookEmitter::send(const QString &type, QJsonObject event)
{
    m_eventCounts.insert(type, m_eventCounts.value(type).toInteger() + 1);
    event.insert(u"type"_s, type);
    event.insert(u"webhookId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    event.insert(u"timestamp"_s, m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    WebhookEmitter::Headers headers;
    const bool keys = ensureKeys();
    if (keys && m_signatures != Signatures::Ed25519Only) {
        const auto signature
            = WebhookSignature::sign(WebhookSignature::Scheme::GhlRsa, body, m_rsa->privateKeyPem);
        if (signature) {
            headers.append({"x-wh-signature", signature.value()});
        }
    }
    if (keys && m_signatures != Signatures::RsaOnly) {
        const auto signature = WebhookSignature::sign(WebhookSignature::Scheme::GhlEd25519, body,
                                                      m_ed25519->privateKeyPem);
        if (signature) {
            headers.append({"x-ghl-signature", signature.value()});
        }
    }
    if (headers.isEmpty()) {
        // An unsigned event would be refused anyway, so none is sent; the log says why.
        qCCritical(lcSandbox) << "could not sign a" << type << "webhook; not sent";
        return;
    }
    for (const QUrl &url : std::as_const(m_urls)) {
        m_delivery->post(url, body, headers);
    }
}

} // namespace Sandbox
