// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/fieldvalues.h"

#include <algorithm>

namespace Mapping {

FieldValues::FieldValues(std::initializer_list<std::pair<QString, QString>> values)
{
    for (const auto &[key, value] : values) {
        insert(key, value);
    }
}

FieldValues::FieldValues(const QMap<QString, QString> &map)
{
    if (map.isEmpty()) {
        return;
    }
    d = new Data;
    d->keys.reserve(map.size());
    d->values.reserve(map.size());
    for (auto it = map.begin(); it != map.end(); ++it) { // QMap iterates in key order
        d->keys.append(it.key());
        d->values.append(it.value());
    }
}

FieldValues::FieldValues(QStringList sortedKeys, QStringList values)
{
    Q_ASSERT(sortedKeys.size() == values.size());
    Q_ASSERT(std::adjacent_find(sortedKeys.cbegin(), sortedKeys.cend(),
                                [](const QString &a, const QString &b) { return !(a < b); })
             == sortedKeys.cend());
    if (sortedKeys.isEmpty()) {
        return;
    }
    d = new Data;
    d->keys = std::move(sortedKeys);
    d->values = std::move(values);
}

qsizetype FieldValues::indexOf(const QString &key) const
{
    if (!d) {
        return -1;
    }
    const auto it = std::lower_bound(d->keys.cbegin(), d->keys.cend(), key);
    return it != d->keys.cend() && *it == key ? it - d->keys.cbegin() : -1;
}

QString FieldValues::value(const QString &key, const QString &fallback) const
{
    const qsizetype i = indexOf(key);
    return i >= 0 ? d->values.at(i) : fallback;
}

FieldValues::const_iterator FieldValues::constFind(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i >= 0 ? const_iterator(d.constData(), i) : end();
}

void FieldValues::insert(const QString &key, const QString &value)
{
    if (!d) {
        d = new Data;
    }
    // Non-const d detaches from other copies; the lists themselves detach only when written.
    const auto at
        = std::lower_bound(std::as_const(d->keys).begin(), std::as_const(d->keys).end(), key);
    const qsizetype i = at - std::as_const(d->keys).begin();
    if (at != std::as_const(d->keys).end() && *at == key) {
        d->values[i] = value;
        return;
    }
    d->keys.insert(i, key);
    d->values.insert(i, value);
}

QMap<QString, QString> FieldValues::toMap() const
{
    QMap<QString, QString> out;
    for (auto it = begin(); it != end(); ++it) {
        out.insert(it.key(), it.value());
    }
    return out;
}

bool FieldValues::operator==(const FieldValues &other) const
{
    if (d == other.d) {
        return true;
    }
    if (size() != other.size()) {
        return false;
    }
    return size() == 0 || (d->keys == other.d->keys && d->values == other.d->values);
}

} // namespace Mapping
