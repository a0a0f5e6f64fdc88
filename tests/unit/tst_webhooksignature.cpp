// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook signatures: both GHL schemes round-trip with generated keys and refuse tampered
// bodies, wrong keys, wrong key types and malformed input; the MailerLite HMAC matches an
// independently computed value.
#include "webhook/webhooksignature.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Webhooks::WebhookSignature;
using Scheme = WebhookSignature::Scheme;

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ghlSchemesRoundTrip_data()
    {
        QTest::addColumn<Scheme>("scheme");
        QTest::newRow("RSA x-wh-signature") << Scheme::GhlRsa;
        QTest::newRow("Ed25519 x-ghl-signature") << Scheme::GhlEd25519;
    }

    void ghlSchemesRoundTrip()
    {
        QFETCH(Scheme, scheme);
        const QByteArray body = R"({"type":"ContactCreate","webhookId":"w1"})";
        const auto pair = WebhookSignature::generateKeyPair(scheme);
        QVERIFY(pair.ok());
        const auto signature = WebhookSignature::sign(scheme, body, pair.value().privateKeyPem);
        QVERIFY(signature.ok());
        QVERIFY(
            WebhookSignature::verify(scheme, body, signature.value(), pair.value().publicKeyPem));

        // One changed byte, another key, or a signature made for the other scheme: refused.
        QByteArray tampered = body;
        tampered[10] = 'X';
        QVERIFY(!WebhookSignature::verify(scheme, tampered, signature.value(),
                                          pair.value().publicKeyPem));
        const auto other = WebhookSignature::generateKeyPair(scheme);
        QVERIFY(other.ok());
        QVERIFY(
            !WebhookSignature::verify(scheme, body, signature.value(), other.value().publicKeyPem));
        const Scheme otherScheme = scheme == Scheme::GhlRsa ? Scheme::GhlEd25519 : Scheme::GhlRsa;
        QVERIFY(!WebhookSignature::verify(otherScheme, body, signature.value(),
                                          pair.value().publicKeyPem));
    }

    void malformedInputIsRefused()
    {
        const QByteArray body = "{}";
        const auto pair = WebhookSignature::generateKeyPair(Scheme::GhlEd25519);
        QVERIFY(pair.ok());
        const QByteArray key = pair.value().publicKeyPem;
        QVERIFY(!WebhookSignature::verify(Scheme::GhlEd25519, body, {}, key));
        QVERIFY(!WebhookSignature::verify(Scheme::GhlEd25519, body, "not base64 !!", key));
        QVERIFY(!WebhookSignature::verify(Scheme::GhlEd25519, body, "AAAA", key));
        QVERIFY(!WebhookSignature::verify(Scheme::GhlEd25519, body, "AAAA", "not a key"));
        QVERIFY(!WebhookSignature::verify(Scheme::GhlEd25519, body, "AAAA", {}));
        QVERIFY(!WebhookSignature::sign(Scheme::GhlRsa, body, "not a key").ok());
        // A public key cannot sign.
        QVERIFY(!WebhookSignature::sign(Scheme::GhlEd25519, body, key).ok());
    }

    void publishedKeysParse()
    {
        // A signature can never match them here, but the keys themselves must load, or every
        // real webhook would be refused.
        const auto pair = WebhookSignature::generateKeyPair(Scheme::GhlRsa);
        QVERIFY(pair.ok());
        const auto own = WebhookSignature::sign(Scheme::GhlRsa, "x", pair.value().privateKeyPem);
        QVERIFY(own.ok());
        QVERIFY(WebhookSignature::ghlRsaPublicKey().startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(!WebhookSignature::verify(Scheme::GhlRsa, "x", own.value(),
                                          WebhookSignature::ghlRsaPublicKey()));
        QVERIFY(!WebhookSignature::verify(Scheme::GhlEd25519, "x", own.value(),
                                          WebhookSignature::ghlEd25519PublicKey()));
    }

    void mailerLiteHmacMatchesReference()
    {
        // base64(HMAC-SHA256(body, key)), computed independently (Python hmac module).
        const QByteArray body = R"({"events":[]})";
        const QByteArray expected = "aNjQMVJvKs/nxCCAfhl8nmfAz4VrherBiFceyJnv/zo=";
        const auto signature = WebhookSignature::sign(Scheme::MailerLiteHmac, body, "ml-api-key");
        QVERIFY(signature.ok());
        QCOMPARE(signature.value(), expected);
        QVERIFY(WebhookSignature::verify(Scheme::MailerLiteHmac, body, expected, "ml-api-key"));
        QVERIFY(!WebhookSignature::verify(Scheme::MailerLiteHmac, body, expected, "other-key"));
        QVERIFY(
            !WebhookSignature::verify(Scheme::MailerLiteHmac, body + ' ', expected, "ml-api-key"));
        QVERIFY(!WebhookSignature::verify(Scheme::MailerLiteHmac, body, expected.left(20),
                                          "ml-api-key"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhooksignature.moc"
