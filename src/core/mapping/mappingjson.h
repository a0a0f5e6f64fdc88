// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QStringList>

// Strict readers for mapping files. Every failure names the JSON path of the problem
// ("$.fields[2].transforms[0].limit"), because a user editing the file by hand needs to find it.
namespace Mapping::MappingJson {

[[nodiscard]] Error invalid(const QString &path, const QString &problem);
[[nodiscard]] QString member(const QString &path, QLatin1StringView key);
[[nodiscard]] QString member(const QString &path, const QString &key);
[[nodiscard]] QString element(const QString &path, qsizetype index);

// Members outside `allowed` are an error: a typo must not silently drop a setting.
[[nodiscard]] Status onlyKnownKeys(const QJsonObject &object,
                                   std::initializer_list<QLatin1StringView> allowed,
                                   const QString &path);
[[nodiscard]] Result<QString> requiredString(const QJsonObject &object, QLatin1StringView key,
                                             const QString &path);
[[nodiscard]] Result<QString> optionalString(const QJsonObject &object, QLatin1StringView key,
                                             const QString &path);
[[nodiscard]] Result<bool> optionalBool(const QJsonObject &object, QLatin1StringView key,
                                        const QString &path, bool fallback);
// Whole numbers in [minimum, maximum] only.
[[nodiscard]] Result<qint64> optionalInteger(const QJsonObject &object, QLatin1StringView key,
                                             const QString &path, qint64 fallback, qint64 minimum,
                                             qint64 maximum);
[[nodiscard]] Result<QJsonObject> requiredObject(const QJsonValue &value, const QString &path);

} // namespace Mapping::MappingJson
