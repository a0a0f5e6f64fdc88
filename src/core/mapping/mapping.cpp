// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/mapping.h"

#include "mapping/mappingjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Mapping {

namespace {

using namespace MappingJson;

// lupdate files the tr() calls below under the scope they are made in; look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("Mapping::Mapping", text);
}

Result<qint64> readVersion(const QJsonObject &object)
{
    const QJsonValue version = object.value("version"_L1);
    if (version.isUndefined()) {
        return invalid(u"$.version"_s,
                       QCoreApplication::translate("Mapping", "the format version is missing."));
    }
    const Result<qint64> number
        = optionalInteger(object, "version"_L1, u"$"_s, 0, 1, std::numeric_limits<int>::max());
    if (!number) {
        return number.error();
    }
    if (number.value() > Mapping::formatVersion) {
        return Error {Error::Kind::Config,
                      QCoreApplication::translate(
                          "Mapping",
                          "This mapping was saved by a newer version of ContactBridge (format %1); "
                          "this version reads format %2. Please update ContactBridge.")
                          .arg(number.value())
                          .arg(Mapping::formatVersion),
                      u"mapping format version %1 unsupported"_s.arg(number.value())};
    }
    return number;
}

} // namespace

Result<Mapping> Mapping::fromJson(const QJsonObject &object)
{
    const Result<qint64> version = readVersion(object);
    if (!version) {
        return version.error();
    }
    const QString root = u"$"_s;
    const Status keys
        = onlyKnownKeys(object, {"version"_L1, "fields"_L1, "groupRules"_L1, "options"_L1}, root);
    if (!keys) {
        return keys.error();
    }
    Mapping mapping;
    if (object.contains("options"_L1)) {
        const Result<QJsonObject> options
            = requiredObject(object.value("options"_L1), member(root, "options"_L1));
        if (!options) {
            return options.error();
        }
        Result<MappingOptions> parsed
            = MappingOptions::fromJson(options.value(), member(root, "options"_L1));
        if (!parsed) {
            return parsed.error();
        }
        mapping.options = std::move(parsed).value();
    }
    const QString fieldsPath = member(root, "fields"_L1);
    const QJsonValue fields = object.value("fields"_L1);
    if (!fields.isUndefined() && !fields.isArray()) {
        return invalid(fieldsPath, tr("a list is required."));
    }
    QSet<QString> targets;
    const QJsonArray fieldArray = fields.toArray();
    for (qsizetype i = 0; i < fieldArray.size(); ++i) {
        const QString at = element(fieldsPath, i);
        const Result<QJsonObject> item = requiredObject(fieldArray.at(i), at);
        if (!item) {
            return item.error();
        }
        Result<FieldMapping> rule = FieldMapping::fromJson(item.value(), at);
        if (!rule) {
            return rule.error();
        }
        // Two rules writing one field would make the result depend on their order.
        if (targets.contains(rule.value().target)) {
            return invalid(member(at, "target"_L1),
                           tr("the MailerLite field “%1” is already written by an earlier rule.")
                               .arg(rule.value().target));
        }
        targets.insert(rule.value().target);
        mapping.fields.append(std::move(rule).value());
    }
    const QString groupsPath = member(root, "groupRules"_L1);
    const QJsonValue groups = object.value("groupRules"_L1);
    if (!groups.isUndefined() && !groups.isArray()) {
        return invalid(groupsPath, tr("a list is required."));
    }
    const QJsonArray groupArray = groups.toArray();
    for (qsizetype i = 0; i < groupArray.size(); ++i) {
        const QString at = element(groupsPath, i);
        const Result<QJsonObject> item = requiredObject(groupArray.at(i), at);
        if (!item) {
            return item.error();
        }
        Result<GroupRule> rule = GroupRule::fromJson(item.value(), at);
        if (!rule) {
            return rule.error();
        }
        mapping.groupRules.append(std::move(rule).value());
    }
    return mapping;
}

Result<Mapping> Mapping::fromJsonBytes(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {Error::Kind::Config,
                      tr("The mapping file is not valid JSON (at character %1: %2).")
                          .arg(parseError.offset)
                          .arg(parseError.errorString()),
                      u"mapping JSON parse error at offset %1"_s.arg(parseError.offset)};
    }
    if (!doc.isObject()) {
        return invalid(u"$"_s, tr("an object is required."));
    }
    return fromJson(doc.object());
}

QJsonObject Mapping::toJson() const
{
    QJsonArray fieldArray;
    for (const FieldMapping &rule : fields) {
        fieldArray.append(rule.toJson());
    }
    QJsonArray groupArray;
    for (const GroupRule &rule : groupRules) {
        groupArray.append(rule.toJson());
    }
    return {{"version"_L1, formatVersion},
            {"fields"_L1, fieldArray},
            {"groupRules"_L1, groupArray},
            {"options"_L1, options.toJson()}};
}

QByteArray Mapping::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

const FieldMapping *Mapping::fieldFor(const QString &target) const
{
    for (const FieldMapping &rule : fields) {
        if (rule.target == target) {
            return &rule;
        }
    }
    return nullptr;
}

Mapping defaultMapping()
{
    using S = FieldRef::Standard;
    auto text = [](S field, const QString &target) {
        return FieldMapping {FieldRef::standard(field), {Transform::trim()}, target};
    };
    Mapping m;
    m.fields = {
        text(S::Email, u"email"_s),
        text(S::FirstName, u"name"_s),
        text(S::LastName, u"last_name"_s),
        FieldMapping {FieldRef::standard(S::Phone), {Transform::phoneE164()}, u"phone"_s},
        text(S::CompanyName, u"company"_s),
        text(S::City, u"city"_s),
        text(S::State, u"state"_s),
        text(S::Country, u"country"_s),
        text(S::PostalCode, u"zip"_s),
    };
    return m;
}

} // namespace Mapping
