// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/payloadhash.h"

#include <QCryptographicHash>

namespace Sync {

QString payloadHash(const QString &emailKey, const QString &name,
                    const QMap<QString, QString> &fields, QList<qint64> groups,
                    const QStringList &groupNames, bool optedOut)
{
    // Unit and record separators cannot occur in the values' meaning, so no two different
    // payloads serialise alike.
    constexpr char unit = '\x1f';
    constexpr char record = '\x1e';
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(emailKey.toUtf8());
    hash.addData(QByteArrayView(&record, 1));
    hash.addData(name.toUtf8());
    hash.addData(QByteArrayView(&record, 1));
    for (auto it = fields.begin(); it != fields.end(); ++it) { // QMap iterates in key order
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView(&unit, 1));
        hash.addData(it.value().toUtf8());
        hash.addData(QByteArrayView(&record, 1));
    }
    std::sort(groups.begin(), groups.end());
    for (qint64 id : groups) {
        hash.addData(QByteArray::number(id));
        hash.addData(QByteArrayView(&unit, 1));
    }
    QStringList names = groupNames;
    names.sort();
    for (const QString &n : names) {
        hash.addData(n.toUtf8());
        hash.addData(QByteArrayView(&unit, 1));
    }
    hash.addData(QByteArrayView(&record, 1));
    hash.addData(optedOut ? "1" : "0");
    return QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace Sync
