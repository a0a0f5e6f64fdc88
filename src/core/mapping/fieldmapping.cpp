// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/fieldmapping.h"

#include "mapping/mappingjson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Mapping {

namespace {

// MailerLite keys are lower-case ASCII letters, digits and underscores (derived from titles).
bool isFieldKey(const QString &key)
{
    return !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

} // namespace

Result<FieldMapping> FieldMapping::fromJson(const QJsonObject &object, const QString &path)
{
    using namespace MappingJson;
    const Status keys = onlyKnownKeys(object, {"source"_L1, "transforms"_L1, "target"_L1}, path);
    if (!keys) {
        return keys.error();
    }
    const Result<QJsonObject> sourceObject
        = requiredObject(object.value("source"_L1), member(path, "source"_L1));
    if (!sourceObject) {
        return sourceObject.error();
    }
    Result<FieldRef> source = FieldRef::fromJson(sourceObject.value(), member(path, "source"_L1));
    if (!source) {
        return source.error();
    }
    FieldMapping mapping;
    mapping.source = std::move(source).value();
    if (object.contains("transforms"_L1)) {
        Result<TransformChain> chain = TransformChain::fromJson(object.value("transforms"_L1),
                                                                member(path, "transforms"_L1));
        if (!chain) {
            return chain.error();
        }
        mapping.transforms = std::move(chain).value();
    }
    const Result<QString> target = requiredString(object, "target"_L1, path);
    if (!target) {
        return target.error();
    }
    if (!isFieldKey(target.value())) {
        return invalid(
            member(path, "target"_L1),
            QCoreApplication::translate(
                "Mapping", "“%1” is not a MailerLite field key (lower-case letters, digits, _).")
                .arg(target.value().left(40)));
    }
    mapping.target = target.value();
    return mapping;
}

QJsonObject FieldMapping::toJson() const
{
    QJsonObject out {{"source"_L1, source.toJson()}, {"target"_L1, target}};
    if (!transforms.isEmpty()) {
        out.insert("transforms"_L1, transforms.toJson());
    }
    return out;
}

} // namespace Mapping
