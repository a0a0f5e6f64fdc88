// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/fieldref.h"

#include "mapping/mappingjson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Mapping {

namespace {

using namespace MappingJson;

// The names are GHL's JSON member names, except fullName which GHL derives.
constexpr QLatin1StringView standardNames[] = {
    "firstName"_L1,   "lastName"_L1,  "fullName"_L1,    "email"_L1,  "phone"_L1,
    "companyName"_L1, "address1"_L1,  "city"_L1,        "state"_L1,  "country"_L1,
    "postalCode"_L1,  "website"_L1,   "timezone"_L1,    "source"_L1, "type"_L1,
    "dateOfBirth"_L1, "dateAdded"_L1, "dateUpdated"_L1,
};

constexpr QLatin1StringView kindNames[] = {
    "standard"_L1, "custom"_L1, "tag"_L1, "notesDigest"_L1, "openTaskCount"_L1, "nextDueTask"_L1,
};

// Notes digests beyond this are refused: nobody wants 10,000 notes in one field.
constexpr qint64 maxLatestNotes = 100;
constexpr qint64 maxDigestLength = 100000;

} // namespace

FieldRef FieldRef::standard(Standard field)
{
    FieldRef ref;
    ref.m_kind = Kind::Standard;
    ref.m_standard = field;
    return ref;
}

FieldRef FieldRef::custom(const QString &id, const QString &fieldKey, const QString &name)
{
    FieldRef ref;
    ref.m_kind = Kind::Custom;
    ref.m_id = id;
    ref.m_key = fieldKey;
    ref.m_name = name;
    return ref;
}

FieldRef FieldRef::tag(const QString &tagName)
{
    FieldRef ref;
    ref.m_kind = Kind::Tag;
    ref.m_name = tagName;
    return ref;
}

FieldRef FieldRef::notesDigest(int latest, int maxLength)
{
    FieldRef ref;
    ref.m_kind = Kind::NotesDigest;
    ref.m_latest = latest;
    ref.m_maxLength = maxLength;
    return ref;
}

FieldRef FieldRef::openTaskCount()
{
    FieldRef ref;
    ref.m_kind = Kind::OpenTaskCount;
    return ref;
}

FieldRef FieldRef::nextDueTask()
{
    FieldRef ref;
    ref.m_kind = Kind::NextDueTask;
    return ref;
}

Result<FieldRef> FieldRef::fromJson(const QJsonObject &object, const QString &path)
{
    const Result<QString> kindText = requiredString(object, "kind"_L1, path);
    if (!kindText) {
        return kindText.error();
    }
    const auto *kindIt = std::find(std::begin(kindNames), std::end(kindNames), kindText.value());
    if (kindIt == std::end(kindNames)) {
        return invalid(member(path, "kind"_L1),
                       QCoreApplication::translate("Mapping", "“%1” is not a known source kind.")
                           .arg(kindText.value().left(40)));
    }
    FieldRef ref;
    ref.m_kind = static_cast<Kind>(kindIt - std::begin(kindNames));
    Status keys = success();
    switch (ref.m_kind) {
    case Kind::Standard: {
        keys = onlyKnownKeys(object, {"kind"_L1, "field"_L1}, path);
        const Result<QString> name = requiredString(object, "field"_L1, path);
        if (!name) {
            return name.error();
        }
        const std::optional<Standard> field = standardFromName(name.value());
        if (!field) {
            return invalid(
                member(path, "field"_L1),
                QCoreApplication::translate("Mapping", "“%1” is not a GoHighLevel contact field.")
                    .arg(name.value().left(40)));
        }
        ref.m_standard = *field;
        break;
    }
    case Kind::Custom: {
        keys = onlyKnownKeys(object, {"kind"_L1, "id"_L1, "fieldKey"_L1, "name"_L1}, path);
        const Result<QString> id = optionalString(object, "id"_L1, path);
        const Result<QString> key = optionalString(object, "fieldKey"_L1, path);
        const Result<QString> name = optionalString(object, "name"_L1, path);
        for (const Result<QString> *r : {&id, &key, &name}) {
            if (!*r) {
                return r->error();
            }
        }
        if (id.value().isEmpty() && key.value().isEmpty()) {
            return invalid(path,
                           QCoreApplication::translate(
                               "Mapping", "a custom field needs an id or a fieldKey."));
        }
        ref = custom(id.value(), key.value(), name.value());
        break;
    }
    case Kind::Tag: {
        keys = onlyKnownKeys(object, {"kind"_L1, "tag"_L1}, path);
        const Result<QString> tagName = requiredString(object, "tag"_L1, path);
        if (!tagName) {
            return tagName.error();
        }
        ref.m_name = tagName.value();
        break;
    }
    case Kind::NotesDigest: {
        keys = onlyKnownKeys(object, {"kind"_L1, "latest"_L1, "maxLength"_L1}, path);
        const Result<qint64> latest
            = optionalInteger(object, "latest"_L1, path, 0, 1, maxLatestNotes);
        if (!latest) {
            return latest.error();
        }
        const Result<qint64> length
            = optionalInteger(object, "maxLength"_L1, path, 0, 1, maxDigestLength);
        if (!length) {
            return length.error();
        }
        ref.m_latest = static_cast<int>(latest.value());
        ref.m_maxLength = static_cast<int>(length.value());
        break;
    }
    case Kind::OpenTaskCount:
    case Kind::NextDueTask:
        keys = onlyKnownKeys(object, {"kind"_L1}, path);
        break;
    }
    if (!keys) {
        return keys.error();
    }
    return ref;
}

QJsonObject FieldRef::toJson() const
{
    QJsonObject out {{"kind"_L1, kindNames[static_cast<int>(m_kind)]}};
    auto putIfSet = [&out](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty()) {
            out.insert(key, value);
        }
    };
    switch (m_kind) {
    case Kind::Standard:
        out.insert("field"_L1, standardName(m_standard));
        break;
    case Kind::Custom:
        putIfSet("id"_L1, m_id);
        putIfSet("fieldKey"_L1, m_key);
        putIfSet("name"_L1, m_name);
        break;
    case Kind::Tag:
        out.insert("tag"_L1, m_name);
        break;
    case Kind::NotesDigest:
        if (m_latest > 0) {
            out.insert("latest"_L1, m_latest);
        }
        if (m_maxLength > 0) {
            out.insert("maxLength"_L1, m_maxLength);
        }
        break;
    case Kind::OpenTaskCount:
    case Kind::NextDueTask:
        break;
    }
    return out;
}

QString FieldRef::displayName() const
{
    switch (m_kind) {
    case Kind::Standard:
        return standardName(m_standard);
    case Kind::Custom:
        return !m_name.isEmpty() ? m_name : !m_key.isEmpty() ? m_key : m_id;
    case Kind::Tag:
        return QCoreApplication::translate("Mapping", "tag: %1").arg(m_name);
    case Kind::NotesDigest:
        return QCoreApplication::translate("Mapping", "notes digest");
    case Kind::OpenTaskCount:
        return QCoreApplication::translate("Mapping", "open task count");
    case Kind::NextDueTask:
        return QCoreApplication::translate("Mapping", "next due task");
    }
    return {};
}

QString FieldRef::standardName(Standard field)
{
    return standardNames[static_cast<int>(field)];
}

std::optional<FieldRef::Standard> FieldRef::standardFromName(const QString &name)
{
    const auto *it = std::find(std::begin(standardNames), std::end(standardNames), name);
    if (it == std::end(standardNames)) {
        return std::nullopt;
    }
    return static_cast<Standard>(it - std::begin(standardNames));
}

} // namespace Mapping
