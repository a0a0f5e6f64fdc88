// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Profiles {

// How a profile hears about changes between its scheduled runs (fast polling, webhooks) and
// what it writes back to GoHighLevel when someone opts out in MailerLite. Everything is off by
// default: each one sends requests or opens a port the user has to choose. A plain value.
struct RealtimeSettings
{
    enum class WriteBack {
        Off,
        EmailDnd, // set the GHL contact's email do-not-disturb (needs contacts.write)
        Tag, // add writeBackTag to the GHL contact (needs contacts.write)
    };

    // Fast polling's interval, and what a poll that finds no changed contact costs: the GHL
    // search since the cursor; MailerLite and the field lists are read only after a change.
    static constexpr int FastPollMinutes = 1;
    static constexpr int NoChangePollGhlRequests = 1;
    static constexpr int NoChangePollMailerLiteRequests = 0;

    // Poll GHL every minute for contacts added or updated since the cursor.
    bool fastPolling = false;
    // Listen for both services' webhooks on webhookBindAddress:webhookPort. Loopback by
    // default: exposing it is the user's choice, through their own tunnel or proxy.
    bool webhooksEnabled = false;
    QString webhookBindAddress = QStringLiteral("127.0.0.1");
    quint16 webhookPort = 8787;
    // PEM public keys that sign GHL webhooks; empty: the keys GoHighLevel publishes. Only a
    // test server such as the sandbox needs others.
    QByteArray ghlRsaPublicKey;
    QByteArray ghlEd25519PublicKey;
    WriteBack writeBack = WriteBack::Off;
    QString writeBackTag = QStringLiteral("mailerlite-unsubscribed");

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<RealtimeSettings> fromJson(const QJsonObject &object);
    [[nodiscard]] static QString writeBackName(WriteBack writeBack);
};

} // namespace Profiles
