// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/mappingjson.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Mapping::MappingJson {

Error invalid(const QString &path, const QString &problem)
{
    return Error {
        Error::Kind::Config,
        QCoreApplication::translate("Mapping", "Mapping file, at %1: %2").arg(path, problem),
        path % u": "_s % problem};
}

QString member(const QString &path, QLatin1StringView key)
{
    return path % u'.' % key;
}

QString member(const QString &path, const QString &key)
{
    return path % u'.' % key;
}

QString element(const QString &path, qsizetype index)
{
    return path % u'[' % QString::number(index) % u']';
}

Status onlyKnownKeys(const QJsonObject &object, std::initializer_list<QLatin1StringView> allowed,
                     const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
            return invalid(member(path, it.key()),
                           QCoreApplication::translate("Mapping", "unknown setting."));
        }
    }
    return success();
}

Result<QString> requiredString(const QJsonObject &object, QLatin1StringView key,
                               const QString &path)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty()) {
        return invalid(member(path, key),
                       QCoreApplication::translate("Mapping", "a non-empty text is required."));
    }
    return value.toString();
}

Result<QString> optionalString(const QJsonObject &object, QLatin1StringView key,
                               const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return QString();
    }
    if (!value.isString()) {
        return invalid(member(path, key),
                       QCoreApplication::translate("Mapping", "must be a text."));
    }
    return value.toString();
}

Result<bool> optionalBool(const QJsonObject &object, QLatin1StringView key, const QString &path,
                          bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isBool()) {
        return invalid(member(path, key),
                       QCoreApplication::translate("Mapping", "must be true or false."));
    }
    return value.toBool();
}

Result<qint64> optionalInteger(const QJsonObject &object, QLatin1StringView key,
                               const QString &path, qint64 fallback, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return fallback;
    }
    const double d = value.toDouble(std::nan(""));
    const qint64 n = value.toInteger(minimum - 1);
    if (!value.isDouble() || std::isnan(d) || d != std::floor(d) || n < minimum || n > maximum) {
        return invalid(
            member(path, key),
            QCoreApplication::translate("Mapping", "must be a whole number from %1 to %2.")
                .arg(minimum)
                .arg(maximum));
    }
    return n;
}

Result<QJsonObject> requiredObject(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        return invalid(path, QCoreApplication::translate("Mapping", "an object is required."));
    }
    return value.toObject();
}

} // namespace Mapping::MappingJson
