// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/contact.h"

#include "util/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace Ghl {

namespace {

// The text members and where they live in the JSON, so reading and writing stay in step.
struct TextMember
{
    QLatin1StringView key;
    QString Contact::*member;
    bool repeats = false; // a value many contacts share (interned)
};

const TextMember textMembers[] = {
    {"id"_L1, &Contact::id, false},
    {"locationId"_L1, &Contact::locationId, true},
    {"firstName"_L1, &Contact::firstName, false},
    {"lastName"_L1, &Contact::lastName, false},
    {"email"_L1, &Contact::email, false},
    {"phone"_L1, &Contact::phone, false},
    {"companyName"_L1, &Contact::companyName, true},
    {"address1"_L1, &Contact::address1, false},
    {"city"_L1, &Contact::city, true},
    {"state"_L1, &Contact::state, true},
    {"country"_L1, &Contact::country, true},
    {"postalCode"_L1, &Contact::postalCode, true},
    {"website"_L1, &Contact::website, false},
    {"timezone"_L1, &Contact::timezone, true},
    {"source"_L1, &Contact::source, true},
    {"type"_L1, &Contact::type, true},
    {"businessId"_L1, &Contact::businessId, false},
    {"assignedTo"_L1, &Contact::assignedTo, true},
    {"dateOfBirth"_L1, &Contact::dateOfBirth, false},
};

// Members toJson() always writes from the typed fields, so their JSON is never kept.
const QLatin1StringView alwaysTyped[] = {"dnd"_L1, "tags"_L1, "customFields"_L1};

// Values that repeat across the contacts of an account (location, country, time zone, source,
// type, owner, tags, custom field ids) share one copy: 100,000 parsed contacts otherwise hold
// 100,000 copies of each. The table is per thread (parsing runs on any thread) and bounded:
// it starts over when full, which only costs sharing, never a wrong value.
QString interned(const QString &text)
{
    constexpr qsizetype maxInterned = 4096;
    thread_local QSet<QString> table;
    if (text.isEmpty()) {
        return text;
    }
    const auto it = table.constFind(text);
    if (it != table.cend()) {
        return *it;
    }
    if (table.size() >= maxInterned) {
        table.clear();
    }
    table.insert(text);
    return text;
}

// Null, booleans and numbers live inside a QJsonValue; strings, arrays and objects point into
// a container.
bool needsContainer(const QJsonValue &value)
{
    return value.isString() || value.isArray() || value.isObject();
}

// `value` with its arrays and objects rebuilt, so that nothing in it points into the
// container it was read from (appending an array or object only shares it).
QJsonValue detached(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray()) {
            out.append(detached(v));
        }
        return out;
    }
    if (value.isObject()) {
        const QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it) {
            out.insert(it.key(), detached(it.value()));
        }
        return out;
    }
    return value;
}

// Channel names and statuses repeat in every contact: the common ones share static text.
QString shared(const QString &text)
{
    static constexpr QStringView common[] = {u"Email", u"SMS",    u"Call",     u"WhatsApp", u"GMB",
                                             u"FB",    u"active", u"inactive", u"permanent"};
    for (const QStringView c : common) {
        if (c == text) {
            return QString::fromRawData(c.data(), c.size());
        }
    }
    return text;
}

// Whether the typed fields of `c` reproduce member `key` in toJson().
bool isTyped(const Contact &c, const QString &key)
{
    for (const TextMember &m : textMembers) {
        if (m.key == key) {
            return true;
        }
    }
    for (const QLatin1StringView k : alwaysTyped) {
        if (k == key) {
            return true;
        }
    }
    if (key == "dndSettings"_L1) {
        return !c.dndSettings.isEmpty();
    }
    if (key == "dateAdded"_L1) {
        return c.dateAdded.isValid();
    }
    if (key == "dateUpdated"_L1) {
        return c.dateUpdated.isValid();
    }
    return false;
}

} // namespace

Result<Contact> Contact::fromJson(const QJsonObject &object)
{
    Contact c;
    for (const TextMember &m : textMembers) {
        c.*(m.member) = m.repeats ? interned(string(object, m.key)) : string(object, m.key);
    }
    if (c.id.isEmpty()) {
        return Error {
            Error::Kind::Parse,
            QCoreApplication::translate("Ghl", "GoHighLevel sent a contact without an id."),
            u"contact object without id"_s};
    }
    c.dnd = boolean(object, "dnd"_L1);
    const QJsonObject dnd = object.value("dndSettings"_L1).toObject();
    for (auto it = dnd.begin(); it != dnd.end(); ++it) {
        const QJsonObject setting = it.value().toObject();
        c.dndSettings.insert(shared(it.key()),
                             {shared(string(setting, "status"_L1)),
                              interned(string(setting, "message"_L1)),
                              interned(string(setting, "code"_L1))});
    }
    c.tags = stringList(object, "tags"_L1);
    for (QString &tag : c.tags) {
        tag = interned(tag);
    }
    const QJsonArray fields = object.value("customFields"_L1).toArray();
    c.customFields.reserve(fields.size());
    // A string, array or object value read from the page keeps the page's whole {id, value}
    // container alive. Copied into one array per contact, the values share one container of
    // their own, and the page's memory goes when the page does.
    QJsonArray held;
    for (const QJsonValue &field : fields) {
        const QJsonObject f = field.toObject();
        // Reads render {id, value}; some older payloads use field_value.
        const QJsonValue value
            = f.contains("value"_L1) ? f.value("value"_L1) : f.value("field_value"_L1);
        if (needsContainer(value)) {
            held.append(detached(value));
        }
        c.customFields.append({interned(string(f, "id"_L1)), value});
    }
    qsizetype next = 0;
    for (CustomFieldValue &f : c.customFields) {
        if (needsContainer(f.value)) {
            f.value = held.at(next++);
        }
    }
    c.dateAdded = dateTime(object, "dateAdded"_L1);
    c.dateUpdated = dateTime(object, "dateUpdated"_L1);
    // Keeping the whole object would hold every typed value twice (100,000 contacts in a run).
    QJsonObject raw;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (!isTyped(c, key)) {
            raw.insert(key, it.value());
        }
    }
    if (!raw.isEmpty()) {
        c.m_raw = QJsonDocument(raw).toJson(QJsonDocument::Compact);
        c.m_raw.squeeze();
    }
    return c;
}

QJsonObject Contact::raw() const
{
    // Written by fromJson() from a valid object, so it always reads back.
    return m_raw.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(m_raw).object();
}

QJsonObject Contact::toJson() const
{
    QJsonObject out = raw();
    for (const TextMember &m : textMembers) {
        const QString &value = this->*(m.member);
        if (value.isEmpty()) {
            out.remove(m.key);
        } else {
            out.insert(m.key, value);
        }
    }
    out.insert("dnd"_L1, dnd);
    QJsonObject settings;
    for (auto it = dndSettings.begin(); it != dndSettings.end(); ++it) {
        QJsonObject setting {{"status"_L1, it->status}};
        if (!it->message.isEmpty()) {
            setting.insert("message"_L1, it->message);
        }
        if (!it->code.isEmpty()) {
            setting.insert("code"_L1, it->code);
        }
        settings.insert(it.key(), setting);
    }
    if (!settings.isEmpty()) {
        out.insert("dndSettings"_L1, settings);
    }
    out.insert("tags"_L1, QJsonArray::fromStringList(tags));
    QJsonArray fields;
    for (const CustomFieldValue &f : customFields) {
        fields.append(QJsonObject {{"id"_L1, f.id}, {"value"_L1, f.value}});
    }
    out.insert("customFields"_L1, fields);
    if (dateAdded.isValid()) {
        out.insert("dateAdded"_L1, isoString(dateAdded));
    }
    if (dateUpdated.isValid()) {
        out.insert("dateUpdated"_L1, isoString(dateUpdated));
    }
    return out;
}

bool Contact::emailDndActive() const
{
    return dnd || dndSettings.value(u"Email"_s).status == u"active";
}

QJsonValue Contact::customFieldValue(const QString &fieldId) const
{
    for (const CustomFieldValue &f : customFields) {
        if (f.id == fieldId) {
            return f.value;
        }
    }
    return QJsonValue::Undefined;
}

QString Contact::fullName() const
{
    return QString(firstName + u' ' + lastName).trimmed();
}

} // namespace Ghl
