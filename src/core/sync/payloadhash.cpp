// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/payloadhash.h"

#include <QCryptographicHash>

namespace Sync {

namespace {

// UTF-8 of `text` appended to `out`; ASCII (most keys and values) is copied without building a
// temporary byte array per value, which matters at 100,000 subscribers a plan.
void appendUtf8(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *dst = out.data() + start;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x80) {
            out.resize(start);
            out.append(text.toUtf8());
            return;
        }
        *dst++ = static_cast<char>(c);
    }
}

} // namespace

QString payloadHash(const QString &emailKey, const QString &name,
                    const QMap<QString, QString> &fields, QList<qint64> groups,
                    const QStringList &groupNames, bool optedOut)
{
    // Unit and record separators cannot occur in the values' meaning, so no two different
    // payloads serialise alike. The bytes are gathered first and hashed in one go.
    constexpr char unit = '\x1f';
    constexpr char record = '\x1e';
    QByteArray bytes;
    bytes.reserve(256);
    appendUtf8(bytes, emailKey);
    bytes.append(record);
    appendUtf8(bytes, name);
    bytes.append(record);
    for (auto it = fields.begin(); it != fields.end(); ++it) { // QMap iterates in key order
        appendUtf8(bytes, it.key());
        bytes.append(unit);
        appendUtf8(bytes, it.value());
        bytes.append(record);
    }
    std::sort(groups.begin(), groups.end());
    for (qint64 id : groups) {
        bytes.append(QByteArray::number(id));
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
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace Sync
