// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/mappingoptions.h"

#include "mapping/mappingjson.h"
#include "mapping/phonenormalizer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Mapping {

Result<MappingOptions> MappingOptions::fromJson(const QJsonObject &object, const QString &path)
{
    using namespace MappingJson;
    const Status keys = onlyKnownKeys(
        object, {"defaultPhoneRegion"_L1, "notesLatest"_L1, "notesMaxLength"_L1, "syncedTag"_L1},
        path);
    if (!keys) {
        return keys.error();
    }
    MappingOptions options;
    const Result<QString> region = optionalString(object, "defaultPhoneRegion"_L1, path);
    if (!region) {
        return region.error();
    }
    if (object.contains("defaultPhoneRegion"_L1)) {
        if (!PhoneNormalizer::isKnownRegion(region.value())) {
            return invalid(member(path, "defaultPhoneRegion"_L1),
                           QCoreApplication::translate(
                               "Mapping", "“%1” is not a known two-letter region code.")
                               .arg(region.value().left(40)));
        }
        options.defaultPhoneRegion = region.value();
    }
    const Result<qint64> latest
        = optionalInteger(object, "notesLatest"_L1, path, options.notesLatest, 1, 100);
    if (!latest) {
        return latest.error();
    }
    const Result<qint64> length
        = optionalInteger(object, "notesMaxLength"_L1, path, options.notesMaxLength, 1, 100000);
    if (!length) {
        return length.error();
    }
    const Result<QString> syncedTag = optionalString(object, "syncedTag"_L1, path);
    if (!syncedTag) {
        return syncedTag.error();
    }
    options.notesLatest = static_cast<int>(latest.value());
    options.notesMaxLength = static_cast<int>(length.value());
    options.syncedTag = syncedTag.value();
    return options;
}

QJsonObject MappingOptions::toJson() const
{
    QJsonObject out {{"defaultPhoneRegion"_L1, defaultPhoneRegion},
                     {"notesLatest"_L1, notesLatest},
                     {"notesMaxLength"_L1, notesMaxLength}};
    if (!syncedTag.isEmpty()) {
        out.insert("syncedTag"_L1, syncedTag);
    }
    return out;
}

} // namespace Mapping
