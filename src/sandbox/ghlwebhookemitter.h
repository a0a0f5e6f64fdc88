// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook/webhooksignature.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <optional>

class Clock;

namespace Sandbox {

class WebhookEmitter;

// The webhooks of the fake GoHighLevel location: turns its changes into the events of
// specs/ghl/webhook-events (ContactCreate, ContactUpdate, ContactDelete, ContactTagUpdate,
// ContactDndUpdate, NoteCreate, TaskCreate, TaskComplete) with the "webhookId" and
// "timestamp" of WebhookAuthentication.md, signs each body with the sandbox's own key pairs
// (x-wh-signature RSA, x-ghl-signature Ed25519) and hands it to a WebhookEmitter for every
// configured URL. Does nothing while no URL is set, so a sandbox without webhooks pays nothing.
// Lives in the fake server's thread.
class GhlWebhookEmitter final : public QObject
{
    Q_OBJECT

public:
    enum class Signatures { Both, RsaOnly, Ed25519Only };

    GhlWebhookEmitter(QString locationId, const Clock &clock, QObject *parent = nullptr);
    ~GhlWebhookEmitter() override;

    [[nodiscard]] bool isActive() const { return !m_urls.isEmpty(); }
    [[nodiscard]] const QList<QUrl> &urls() const { return m_urls; }
    void setUrls(const QList<QUrl> &urls) { m_urls = urls; }
    [[nodiscard]] Signatures signatures() const { return m_signatures; }
    void setSignatures(Signatures signatures) { m_signatures = signatures; }

    // The public keys that verify this sandbox's signatures (PEM). The key pairs are made on
    // first use: RSA 2048 takes a noticeable moment. Empty if OpenSSL could not make them.
    [[nodiscard]] QByteArray rsaPublicKey();
    [[nodiscard]] QByteArray ed25519PublicKey();

    // The changes the fake reports, with contacts, notes and tasks as its API renders them.
    void contactCreated(const QJsonObject &contact);
    // One event per kind of change: tags, DND, and any other field.
    void contactChanged(const QJsonObject &before, const QJsonObject &after);
    void contactDeleted(const QJsonObject &contact);
    void noteCreated(const QJsonObject &note);
    void taskCreated(const QJsonObject &task);
    void taskCompleted(const QJsonObject &task);

    [[nodiscard]] WebhookEmitter &delivery() { return *m_delivery; }
    // The delivery counters and the events made per type.
    [[nodiscard]] QJsonObject stats() const;

private:
    [[nodiscard]] bool ensureKeys();
    void send(const QString &type, QJsonObject event);

    QString m_locationId;
    const Clock &m_clock;
    QList<QUrl> m_urls;
    Signatures m_signatures = Signatures::Both;
    std::optional<Webhooks::WebhookSignature::KeyPair> m_rsa;
    std::optional<Webhooks::WebhookSignature::KeyPair> m_ed25519;
    bool m_keysFailed = false;
    QJsonObject m_eventCounts; // type -> events made
    WebhookEmitter *m_delivery; // child
};

} // namespace Sandbox
