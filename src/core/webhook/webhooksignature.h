// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>

namespace Webhooks {

// The signatures both services put on their webhooks, checked over the raw body exactly as it
// arrived (re-serialising the JSON would change the bytes):
// - GoHighLevel x-wh-signature: base64 RSA PKCS#1 v1.5 over SHA-256 (WebhookAuthentication.md);
// - GoHighLevel x-ghl-signature: base64 Ed25519 (the official SDK prefers it when present);
// - MailerLite Classic X-MailerLite-Signature: base64 HMAC-SHA256 keyed with the API key.
// Making signatures is for the sandbox and tests, which play the services' part.
class WebhookSignature final
{
public:
    enum class Scheme { GhlRsa, GhlEd25519, MailerLiteHmac };

    struct KeyPair
    {
        QByteArray privateKeyPem;
        QByteArray publicKeyPem;
    };

    // `key`: the PEM public key for the GHL schemes, the shared secret for MailerLite. False
    // for any malformed signature or key: a webhook that cannot be checked is not trusted.
    [[nodiscard]] static bool verify(Scheme scheme, const QByteArray &body,
                                     const QByteArray &signatureBase64, const QByteArray &key);
    // `key`: the PEM private key for the GHL schemes, the shared secret for MailerLite.
    [[nodiscard]] static Result<QByteArray> sign(Scheme scheme, const QByteArray &body,
                                                 const QByteArray &key);
    // A fresh key pair for a GHL scheme (RSA 2048 or Ed25519).
    [[nodiscard]] static Result<KeyPair> generateKeyPair(Scheme scheme);

    // The public keys GoHighLevel publishes for its webhooks.
    [[nodiscard]] static QByteArray ghlRsaPublicKey();
    [[nodiscard]] static QByteArray ghlEd25519PublicKey();
};

} // namespace Webhooks
