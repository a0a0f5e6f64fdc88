// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/webhooksignature.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Webhooks {

namespace {

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Context = std::unique_ptr<EVP_MD_CTX, ContextFree>;

// GoHighLevel's key for x-wh-signature, from WebhookAuthentication.md.
constexpr auto GhlRsaPem = "-----BEGIN PUBLIC KEY-----\n"
                           "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC\n"
                           "Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6\n"
                           "dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB\n"
                           "csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv\n"
                           "uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF\n"
                           "3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU\n"
                           "J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp\n"
                           "IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN\n"
                           "h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC\n"
                           "HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ\n"
                           "PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk\n"
                           "T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==\n"
                           "-----END PUBLIC KEY-----\n";
// The Ed25519 key for x-ghl-signature as the official SDK's users configure it (research note
// GHL-API.md §9: known from third-party code; a profile can replace it).
constexpr auto GhlEd25519Pem = "-----BEGIN PUBLIC KEY-----\n"
                               "MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=\n"
                               "-----END PUBLIC KEY-----\n";

Bio memoryBio(const QByteArray &data)
{
    return Bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

// The key of the scheme's type, or nothing: an RSA key must not verify an Ed25519 header.
Key readKey(const QByteArray &pem, bool isPrivate, WebhookSignature::Scheme scheme)
{
    const Bio bio = memoryBio(pem);
    if (!bio) {
        return {};
    }
    Key key(isPrivate ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                      : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    const int wanted = scheme == WebhookSignature::Scheme::GhlRsa ? EVP_PKEY_RSA : EVP_PKEY_ED25519;
    if (!key || EVP_PKEY_get_base_id(key.get()) != wanted) {
        return {};
    }
    return key;
}

// SHA-256 for RSA; Ed25519 hashes by itself and takes no digest.
const EVP_MD *digestOf(WebhookSignature::Scheme scheme)
{
    return scheme == WebhookSignature::Scheme::GhlRsa ? EVP_sha256() : nullptr;
}

QByteArray hmac(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256);
}

QByteArray pemOf(EVP_PKEY *key, bool isPrivate)
{
    const Bio bio(BIO_new(BIO_s_mem()));
    const int written = isPrivate
        ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
        : PEM_write_bio_PUBKEY(bio.get(), key);
    if (written != 1) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

Error cryptoError(const char *what)
{
    return Error {Error::Kind::Internal,
                  QCoreApplication::translate("Webhooks::WebhookSignature",
                                              "Could not make a webhook signature."),
                  QString::fromLatin1(what)};
}

} // namespace

bool WebhookSignature::verify(Scheme scheme, const QByteArray &body,
                              const QByteArray &signatureBase64, const QByteArray &key)
{
    const auto decoded = QByteArray::fromBase64Encoding(signatureBase64.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || key.isEmpty()) {
        return false;
    }
    const QByteArray &signature = decoded.decoded;
    if (scheme == Scheme::MailerLiteHmac) {
        const QByteArray expected = hmac(body, key);
        // Constant time, so the comparison does not tell an attacker how much was right.
        return signature.size() == expected.size()
            && CRYPTO_memcmp(signature.constData(), expected.constData(),
                             static_cast<size_t>(expected.size()))
            == 0;
    }
    const Key publicKey = readKey(key, false, scheme);
    const Context context(EVP_MD_CTX_new());
    if (!publicKey || !context
        || EVP_DigestVerifyInit(context.get(), nullptr, digestOf(scheme), nullptr, publicKey.get())
            != 1) {
        return false;
    }
    return EVP_DigestVerify(context.get(),
                            reinterpret_cast<const unsigned char *>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(body.constData()),
                            static_cast<size_t>(body.size()))
        == 1;
}

Result<QByteArray> WebhookSignature::sign(Scheme scheme, const QByteArray &body,
                                          const QByteArray &key)
{
    if (scheme == Scheme::MailerLiteHmac) {
        return hmac(body, key).toBase64();
    }
    const Key privateKey = readKey(key, true, scheme);
    const Context context(EVP_MD_CTX_new());
    if (!privateKey || !context
        || EVP_DigestSignInit(context.get(), nullptr, digestOf(scheme), nullptr, privateKey.get())
            != 1) {
        return cryptoError("sign: unusable private key");
    }
    const auto *data = reinterpret_cast<const unsigned char *>(body.constData());
    size_t size = 0;
    if (EVP_DigestSign(context.get(), nullptr, &size, data, static_cast<size_t>(body.size()))
        != 1) {
        return cryptoError("sign: size query failed");
    }
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       data, static_cast<size_t>(body.size()))
        != 1) {
        return cryptoError("sign: signing failed");
    }
    signature.truncate(static_cast<qsizetype>(size));
    return signature.toBase64();
}

Result<WebhookSignature::KeyPair> WebhookSignature::generateKeyPair(Scheme scheme)
{
    if (scheme == Scheme::MailerLiteHmac) {
        return cryptoError("generateKeyPair: HMAC has no key pair");
    }
    const Key key(scheme == Scheme::GhlRsa
                      ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048))
                      : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key) {
        return cryptoError("generateKeyPair: key generation failed");
    }
    KeyPair pair {pemOf(key.get(), true), pemOf(key.get(), false)};
    if (pair.privateKeyPem.isEmpty() || pair.publicKeyPem.isEmpty()) {
        return cryptoError("generateKeyPair: PEM encoding failed");
    }
    return pair;
}

QByteArray WebhookSignature::ghlRsaPublicKey()
{
    return QByteArray(GhlRsaPem);
}

QByteArray WebhookSignature::ghlEd25519PublicKey()
{
    return QByteArray(GhlEd25519Pem);
}

} // namespace Webhooks
