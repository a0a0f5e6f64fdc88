// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/payloadhash.h"

#include <QVarLengthArray>

#include <openssl/evp.h>

#include <memory>

#include <algorithm>
#include <charconv>

namespace Sync {

namespace {

// Serialised payloads of ordinary subscribers fit here, so hashing one allocates nothing.
using Bytes = QVarLengthArray<char, 512>;

// UTF-8 of `text` appended to `out`. ASCII (most keys and values) is narrowed in place
// without a temporary byte array per value; both loops are branch-free per character, which
// matters at 100,000 subscribers a plan.
void appendUtf8(Bytes &out, const QString &text)
{
    const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    char16_t bits = 0;
    for (qsizetype i = 0; i < size; ++i) {
        bits |= src[i];
    }
    if (bits >= 0x80) {
        const QByteArray utf8 = text.toUtf8();
        out.append(utf8.constData(), utf8.size());
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + size);
    char *dst = out.data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        dst[i] = static_cast<char>(src[i]);
    }
}

void appendNumber(Bytes &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    out.append(digits, end - digits);
}

// libcrypto's SHA-256 uses the CPU's SHA extensions where present: at 100,000 items a plan,
// Qt's portable implementation was a fifth of the planning time. The digest is fetched once
// (a fetch takes a lock) and each thread reuses its own context.
void sha256(const Bytes &bytes, unsigned char *digest)
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    struct CtxFree
    {
        void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
    };
    thread_local const std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
    unsigned int length = 0;
    if (!md || !ctx || !EVP_DigestInit_ex2(ctx.get(), md, nullptr)
        || !EVP_DigestUpdate(ctx.get(), bytes.constData(), static_cast<size_t>(bytes.size()))
        || !EVP_DigestFinal_ex(ctx.get(), digest, &length)) {
        // Only a broken libcrypto gets here; the one-shot call still gives the right digest.
        EVP_Digest(bytes.constData(), static_cast<size_t>(bytes.size()), digest, &length,
                   EVP_sha256(), nullptr);
    }
}

} // namespace

QString payloadHash(const QString &emailKey, const QString &name,
                    const Mapping::FieldValues &fields, QList<qint64> groups,
                    const QStringList &groupNames, bool optedOut)
{
    // Unit and record separators cannot occur in the values' meaning, so no two different
    // payloads serialise alike. The bytes are gathered first and hashed in one go.
    constexpr char unit = '\x1f';
    constexpr char record = '\x1e';
    Bytes bytes;
    appendUtf8(bytes, emailKey);
    bytes.append(record);
    appendUtf8(bytes, name);
    bytes.append(record);
    for (auto it = fields.begin(); it != fields.end(); ++it) { // in key order
        appendUtf8(bytes, it.key());
        bytes.append(unit);
        appendUtf8(bytes, it.value());
        bytes.append(record);
    }
    std::sort(groups.begin(), groups.end());
    for (qint64 id : groups) {
        appendNumber(bytes, id);
        bytes.append(unit);
    }
    QStringList names = groupNames;
    names.sort();
    for (const QString &n : names) {
        appendUtf8(bytes, n);
        bytes.append(unit);
    }
    bytes.append(record);
    bytes.append(optedOut ? '1' : '0');
    unsigned char digest[EVP_MAX_MD_SIZE];
    sha256(bytes, digest);
    // The first 16 bytes as 32 lower-case hex digits.
    constexpr char hex[] = "0123456789abcdef";
    QString out(32, Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    for (int i = 0; i < 16; ++i) {
        *dst++ = static_cast<char16_t>(hex[digest[i] >> 4]);
        *dst++ = static_cast<char16_t>(hex[digest[i] & 0xf]);
    }
    return out;
}

} // namespace Sync
