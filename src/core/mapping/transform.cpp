// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/transform.h"

#include "mapping/mappingjson.h"
#include "mapping/phonenormalizer.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Mapping {

namespace {

using namespace MappingJson;

struct KindName
{
    Transform::Kind kind;
    QLatin1StringView name;
};

constexpr KindName kindNames[] = {
    {Transform::Kind::Trim, "trim"_L1},
    {Transform::Kind::Lower, "lower"_L1},
    {Transform::Kind::Upper, "upper"_L1},
    {Transform::Kind::TitleCase, "titleCase"_L1},
    {Transform::Kind::PhoneE164, "phoneE164"_L1},
    {Transform::Kind::DateFormat, "dateFormat"_L1},
    {Transform::Kind::Join, "join"_L1},
    {Transform::Kind::Split, "split"_L1},
    {Transform::Kind::Constant, "constant"_L1},
    {Transform::Kind::DefaultIfEmpty, "defaultIfEmpty"_L1},
    {Transform::Kind::TagPresent, "tagPresent"_L1},
    {Transform::Kind::Truncate, "truncate"_L1},
};

constexpr qint64 maxTruncateLimit = 1000000;

// lupdate files the tr() calls below under the scope they are made in; look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("Mapping::Transform", text);
}

// A format must name at least one date part, or every date would become the same text.
bool isUsableDateFormat(const QString &format)
{
    const QString sample = QLocale::c().toString(QDate(2031, 12, 24), format);
    return format.contains(u'y') || format.contains(u'M') || format.contains(u'd')
        ? !sample.isEmpty()
        : false;
}

} // namespace

Transform::Transform(Kind kind, QJsonObject parameters)
    : m_kind(kind)
    , m_params(std::move(parameters))
{
    switch (m_kind) {
    case Kind::PhoneE164:
        m_text = m_params.value("region"_L1).toString().toUpper();
        break;
    case Kind::DateFormat:
        m_text = m_params.value("format"_L1).toString(u"yyyy-MM-dd"_s);
        break;
    case Kind::Join:
        m_text = m_params.value("separator"_L1).toString(u", "_s);
        break;
    case Kind::Split:
        m_text = m_params.value("separator"_L1).toString(u","_s);
        break;
    case Kind::Constant:
    case Kind::DefaultIfEmpty:
        m_text = m_params.value("value"_L1).toString();
        break;
    case Kind::TagPresent:
        m_text = m_params.value("tag"_L1).toString();
        m_present = m_params.value("present"_L1).toString(u"yes"_s);
        m_absent = m_params.value("absent"_L1).toString(u"no"_s);
        break;
    case Kind::Truncate:
        m_limit = static_cast<int>(m_params.value("limit"_L1).toInteger());
        break;
    case Kind::Trim:
    case Kind::Lower:
    case Kind::Upper:
    case Kind::TitleCase:
        break;
    }
}

Transform Transform::phoneE164(const QString &region)
{
    Q_ASSERT(region.isEmpty() || PhoneNormalizer::isKnownRegion(region));
    return Transform(Kind::PhoneE164,
                     region.isEmpty() ? QJsonObject() : QJsonObject {{"region"_L1, region}});
}

Transform Transform::dateFormat(const QString &format)
{
    Q_ASSERT(isUsableDateFormat(format));
    return Transform(Kind::DateFormat, {{"format"_L1, format}});
}

Transform Transform::join(const QString &separator)
{
    return Transform(Kind::Join, {{"separator"_L1, separator}});
}

Transform Transform::split(const QString &separator)
{
    Q_ASSERT(!separator.isEmpty());
    return Transform(Kind::Split, {{"separator"_L1, separator}});
}

Transform Transform::constant(const QString &value)
{
    return Transform(Kind::Constant, {{"value"_L1, value}});
}

Transform Transform::defaultIfEmpty(const QString &value)
{
    return Transform(Kind::DefaultIfEmpty, {{"value"_L1, value}});
}

Transform Transform::tagPresent(const QString &tag, const QString &present, const QString &absent)
{
    QJsonObject params {{"present"_L1, present}, {"absent"_L1, absent}};
    if (!tag.isEmpty()) {
        params.insert("tag"_L1, tag);
    }
    return Transform(Kind::TagPresent, params);
}

Transform Transform::truncate(int limit)
{
    Q_ASSERT(limit > 0);
    return Transform(Kind::Truncate, {{"limit"_L1, limit}});
}

Result<Transform> Transform::create(Kind kind, const QJsonObject &parameters, const QString &path)
{
    // The keys each kind accepts besides "op"; checked before the values.
    Status keys = success();
    switch (kind) {
    case Kind::Trim:
    case Kind::Lower:
    case Kind::Upper:
    case Kind::TitleCase:
        keys = onlyKnownKeys(parameters, {}, path);
        break;
    case Kind::PhoneE164:
        keys = onlyKnownKeys(parameters, {"region"_L1}, path);
        break;
    case Kind::DateFormat:
        keys = onlyKnownKeys(parameters, {"format"_L1}, path);
        break;
    case Kind::Join:
    case Kind::Split:
        keys = onlyKnownKeys(parameters, {"separator"_L1}, path);
        break;
    case Kind::Constant:
    case Kind::DefaultIfEmpty:
        keys = onlyKnownKeys(parameters, {"value"_L1}, path);
        break;
    case Kind::TagPresent:
        keys = onlyKnownKeys(parameters, {"tag"_L1, "present"_L1, "absent"_L1}, path);
        break;
    case Kind::Truncate:
        keys = onlyKnownKeys(parameters, {"limit"_L1}, path);
        break;
    }
    if (!keys) {
        return keys.error();
    }
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (it.key() != "limit"_L1 && !it.value().isString()) {
            return invalid(member(path, it.key()), tr("must be a text."));
        }
    }
    const QString text = parameters.value("region"_L1).toString();
    switch (kind) {
    case Kind::PhoneE164:
        if (parameters.contains("region"_L1) && !PhoneNormalizer::isKnownRegion(text)) {
            return invalid(member(path, "region"_L1),
                           tr("“%1” is not a known two-letter region code.").arg(text));
        }
        break;
    case Kind::DateFormat:
        if (parameters.contains("format"_L1)
            && !isUsableDateFormat(parameters.value("format"_L1).toString())) {
            return invalid(member(path, "format"_L1),
                           tr("the date format must contain a year, month or day (yyyy, MM, dd)."));
        }
        break;
    case Kind::Split:
        if (parameters.contains("separator"_L1)
            && parameters.value("separator"_L1).toString().isEmpty()) {
            return invalid(member(path, "separator"_L1), tr("the separator must not be empty."));
        }
        break;
    case Kind::Constant:
        if (!parameters.contains("value"_L1)) {
            return invalid(member(path, "value"_L1), tr("a value is required."));
        }
        break;
    case Kind::DefaultIfEmpty:
        if (parameters.value("value"_L1).toString().isEmpty()) {
            return invalid(member(path, "value"_L1), tr("a non-empty value is required."));
        }
        break;
    case Kind::Truncate: {
        const Result<qint64> limit
            = optionalInteger(parameters, "limit"_L1, path, 0, 1, maxTruncateLimit);
        if (!limit) {
            return limit.error();
        }
        if (limit.value() == 0) {
            return invalid(member(path, "limit"_L1), tr("a limit is required."));
        }
        break;
    }
    case Kind::Trim:
    case Kind::Lower:
    case Kind::Upper:
    case Kind::TitleCase:
    case Kind::Join:
    case Kind::TagPresent:
        break;
    }
    return Transform(kind, parameters);
}

Result<Transform> Transform::fromJson(const QJsonObject &object, const QString &path)
{
    const Result<QString> op = requiredString(object, "op"_L1, path);
    if (!op) {
        return op.error();
    }
    const std::optional<Kind> kind = kindFromName(op.value());
    if (!kind) {
        return invalid(member(path, "op"_L1),
                       tr("“%1” is not a known transform.").arg(op.value().left(40)));
    }
    QJsonObject parameters = object;
    parameters.remove("op"_L1);
    return create(*kind, parameters, path);
}

QJsonObject Transform::toJson() const
{
    QJsonObject out = m_params;
    out.insert("op"_L1, kindName(m_kind));
    return out;
}

QString Transform::kindName(Kind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind) {
            return k.name;
        }
    }
    return {};
}

std::optional<Transform::Kind> Transform::kindFromName(const QString &name)
{
    for (const KindName &k : kindNames) {
        if (k.name == name) {
            return k.kind;
        }
    }
    return std::nullopt;
}

} // namespace Mapping
