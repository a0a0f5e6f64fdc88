// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/jsonfields.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace JsonFields {

QString string(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        // Casting a double beyond the qint64 range is undefined; such numbers keep their digits.
        const double d = value.toDouble();
        if (!(std::abs(d) < 9.2e18)) {
            return QString::number(d, 'g', 17);
        }
        return QString::number(value.toInteger(static_cast<qint64>(d)));
    }
    return {};
}

bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isString()) {
        return value.toString() == u"true";
    }
    return fallback;
}

qint64 integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        return value.toInteger(fallback);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

QStringList stringList(const QJsonObject &object, QLatin1StringView key)
{
    QStringList list;
    const QJsonArray array = object.value(key).toArray();
    list.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isString()) {
            list.append(value.toString());
        }
    }
    return list;
}

QDateTime dateTime(const QJsonObject &object, QLatin1StringView key)
{
    const QString text = object.value(key).toString();
    if (text.isEmpty()) {
        return {};
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
        parsed.setTimeSpec(Qt::UTC);
    }
    if (!parsed.isValid()) {
        parsed = QDateTime(QDate::fromString(text, u"yyyy-MM-dd"_s), QTime(0, 0), Qt::UTC);
    }
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString isoString(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace JsonFields
