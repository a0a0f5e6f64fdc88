// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/contact.h"

#include "util/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace JsonFields;

namespace Ghl {

namespace {

// The text members and where they live in the JSON, so reading and writing stay in step.
struct TextMember
{
    QLatin1StringView key;
    QString Contact::*member;
};

const TextMember textMembers[] = {
    {"id"_L1, &Contact::id},
    {"locationId"_L1, &Contact::locationId},
    {"firstName"_L1, &Contact::firstName},
    {"lastName"_L1, &Contact::lastName},
    {"email"_L1, &Contact::email},
    {"phone"_L1, &Contact::phone},
    {"companyName"_L1, &Contact::companyName},
    {"address1"_L1, &Contact::address1},
    {"city"_L1, &Contact::city},
    {"state"_L1, &Contact::state},
    {"country"_L1, &Contact::country},
    {"postalCode"_L1, &Contact::postalCode},
    {"website"_L1, &Contact::website},
    {"timezone"_L1, &Contact::timezone},
    {"source"_L1, &Contact::source},
    {"type"_L1, &Contact::type},
    {"businessId"_L1, &Contact::businessId},
    {"assignedTo"_L1, &Contact::assignedTo},
    {"dateOfBirth"_L1, &Contact::dateOfBirth},
};

// Members toJson() always writes from the typed fields, so their JSON is never kept.
const QLatin1StringView alwaysTyped[] = {"dnd"_L1, "tags"_L1, "customFields"_L1};

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
        c.*(m.member) = string(object, m.key);
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
                             {shared(string(setting, "status"_L1)), string(setting, "message"_L1),
                              string(setting, "code"_L1)});
    }
    c.tags = stringList(object, "tags"_L1);
    const QJsonArray fields = object.value("customFields"_L1).toArray();
    for (const QJsonValue &field : fields) {
        const QJsonObject f = field.toObject();
        // Reads render {id, value}; some older payloads use field_value.
        const QJsonValue value
            = f.contains("value"_L1) ? f.value("value"_L1) : f.value("field_value"_L1);
        c.customFields.append({string(f, "id"_L1), value});
    }
    c.dateAdded = dateTime(object, "dateAdded"_L1);
    c.dateUpdated = dateTime(object, "dateUpdated"_L1);
    // Keeping the whole object would hold every typed value twice (100,000 contacts in a run).
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (!isTyped(c, key)) {
            c.m_raw.insert(key, it.value());
        }
    }
    return c;
}

QJsonObject Contact::toJson() const
{
    QJsonObject out = m_raw;
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
