// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghlcontactfields.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const QStringList &stringFields()
{
    static const QStringList fields {
        u"firstName"_s, u"lastName"_s,   u"name"_s,    u"email"_s,       u"phone"_s,
        u"address1"_s,  u"city"_s,       u"state"_s,   u"postalCode"_s,  u"website"_s,
        u"timezone"_s,  u"source"_s,     u"country"_s, u"companyName"_s, u"assignedTo"_s,
        u"gender"_s,    u"dateOfBirth"_s};
    return fields;
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

void setOrRemove(QJsonObject &contact, const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        contact.remove(key);
    } else {
        contact.insert(key, value);
    }
}

// A custom field item on write: {id | key, field_value | fieldValue | value}.
void mergeCustomField(QJsonArray &stored, const QJsonObject &item, const GhlCustomFieldIndex &index)
{
    QString id = item.value(u"id"_s).toString();
    if (id.isEmpty()) {
        QString key = item.value(u"key"_s).toString();
        id = index.idByKey.value(key, index.idByKey.value(u"contact."_s + key));
    }
    if (id.isEmpty()) {
        return; // the real service ignores fields it cannot resolve
    }
    QJsonValue value = item.contains(u"field_value"_s) ? item.value(u"field_value"_s)
        : item.contains(u"fieldValue"_s)               ? item.value(u"fieldValue"_s)
                                                       : item.value(u"value"_s);
    const QString type = index.dataTypeById.value(id);
    if ((type == u"NUMERICAL" || type == u"MONETORY") && value.isString()) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        if (ok) {
            value = number; // numeric fields read back as numbers (research §3.1)
        }
    }
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (stored.at(i).toObject().value(u"id"_s).toString() == id) {
            if (isEmptyValue(value)) {
                stored.removeAt(i);
            } else {
                stored.replace(i, QJsonObject {{u"id"_s, id}, {u"value"_s, value}});
            }
            return;
        }
    }
    if (!isEmptyValue(value)) {
        stored.append(QJsonObject {{u"id"_s, id}, {u"value"_s, value}});
    }
}

} // namespace

GhlCustomFieldIndex GhlCustomFieldIndex::fromDefinitions(const QJsonArray &definitions)
{
    GhlCustomFieldIndex index;
    for (const QJsonValue &value : definitions) {
        const QJsonObject field = value.toObject();
        const QString id = field.value(u"id"_s).toString();
        index.idByKey.insert(field.value(u"fieldKey"_s).toString(), id);
        index.dataTypeById.insert(id, field.value(u"dataType"_s).toString());
    }
    return index;
}

namespace GhlContactFields {

QStringList validate(const QJsonObject &body)
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    QStringList errors;
    for (const QString &key : stringFields()) {
        const QJsonValue value = body.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            errors.append(u"%1 must be a string"_s.arg(key));
        }
    }
    const QString mail = body.value(u"email"_s).toString();
    if (!mail.isEmpty() && !email.match(mail).hasMatch()) {
        errors.append(u"email must be an email"_s);
    }
    const QString birthday = body.value(u"dateOfBirth"_s).toString();
    if (!birthday.isEmpty() && normalizeBirthday(birthday).isEmpty()) {
        errors.append(u"dateOfBirth must be a valid date"_s);
    }
    if (body.contains(u"dnd"_s) && !body.value(u"dnd"_s).isBool()) {
        errors.append(u"dnd must be a boolean value"_s);
    }
    if (body.contains(u"tags"_s)) {
        const QJsonValue tags = body.value(u"tags"_s);
        bool ok = tags.isArray();
        for (const QJsonValue &tag : tags.toArray()) {
            ok = ok && tag.isString();
        }
        if (!ok) {
            errors.append(u"each value in tags must be a string"_s);
        }
    }
    if (body.contains(u"customFields"_s) && !body.value(u"customFields"_s).isArray()) {
        errors.append(u"customFields must be an array"_s);
    }
    return errors;
}

void apply(QJsonObject &contact, const QJsonObject &body, const GhlCustomFieldIndex &fields)
{
    for (const QString &key : stringFields()) {
        if (!body.contains(key) || key == u"name") {
            continue;
        }
        QString value = body.value(key).toString().trimmed();
        if (key == u"phone") {
            value = normalizePhone(value);
        } else if (key == u"dateOfBirth") {
            value = normalizeBirthday(value);
        }
        setOrRemove(contact, key, value);
    }
    // "name" alone fills first and last name; explicit names win.
    const QString name = body.value(u"name"_s).toString().trimmed();
    if (!name.isEmpty() && !body.contains(u"firstName"_s) && !body.contains(u"lastName"_s)) {
        const qsizetype space = name.indexOf(u' ');
        setOrRemove(contact, u"firstName"_s, space < 0 ? name : name.left(space));
        setOrRemove(contact, u"lastName"_s, space < 0 ? QString() : name.mid(space + 1).trimmed());
    }
    for (const auto &key : {u"dnd"_s, u"dndSettings"_s, u"inboundDndSettings"_s}) {
        if (body.contains(key)) {
            contact.insert(key, body.value(key));
        }
    }
    if (body.contains(u"tags"_s)) {
        QStringList tags;
        for (const QJsonValue &tag : body.value(u"tags"_s).toArray()) {
            const QString text = tag.toString().trimmed();
            if (!text.isEmpty() && !tags.contains(text)) {
                tags.append(text);
            }
        }
        contact.insert(u"tags"_s, QJsonArray::fromStringList(tags));
    }
    if (body.contains(u"customFields"_s)) {
        QJsonArray stored = contact.value(u"customFields"_s).toArray();
        for (const QJsonValue &item : body.value(u"customFields"_s).toArray()) {
            mergeCustomField(stored, item.toObject(), fields);
        }
        contact.insert(u"customFields"_s, stored);
    }
    derive(contact);
}

void derive(QJsonObject &contact)
{
    const QString first = contact.value(u"firstName"_s).toString();
    const QString last = contact.value(u"lastName"_s).toString();
    setOrRemove(contact, u"firstNameLowerCase"_s, first.toLower());
    setOrRemove(contact, u"lastNameLowerCase"_s, last.toLower());
    setOrRemove(contact, u"fullNameLowerCase"_s, QString(first + u' ' + last).trimmed().toLower());
    setOrRemove(contact, u"emailLowerCase"_s, contact.value(u"email"_s).toString().toLower());
}

QString normalizePhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    if (digits.isEmpty()) {
        return {};
    }
    if (phone.trimmed().startsWith(u'+')) {
        return u'+' + digits;
    }
    // Without a country code the API assumes the location's country (US in the fixtures).
    return digits.size() == 10 ? QString(u"+1"_s + digits) : QString(u'+' + digits);
}

QString normalizeBirthday(const QString &text)
{
    static const QRegularExpression yearFirst(u"^(\\d{4})[-/._](\\d{1,2})[-/._](\\d{1,2})"_s);
    static const QRegularExpression yearLast(u"^(\\d{1,2})[-/._](\\d{1,2})[-/._](\\d{4})$"_s);
    QDate date;
    if (const auto m = yearFirst.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto n = yearLast.match(text); n.hasMatch()) {
        date = QDate(n.captured(3).toInt(), n.captured(1).toInt(), n.captured(2).toInt());
    }
    return date.isValid() ? date.toString(u"yyyy-MM-dd"_s) + u"T00:00:00.000Z"_s : QString();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

qint64 toMillis(const QJsonValue &value)
{
    if (value.isDouble()) {
        return qint64(value.toDouble());
    }
    const QString text = value.toString();
    // Fast path for the API's own format, "2021-07-02T05:18:26.704Z": loading 100,000 contacts
    // parses 200,000 of these, and QDateTime::fromString is the slow part.
    static const QRegularExpression wire(
        u"^(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})Z$"_s);
    if (const auto m = wire.match(text); m.hasMatch()) {
        const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                         m.capturedView(3).toInt());
        if (date.isValid()) {
            return date.startOfDay(Qt::UTC).toMSecsSinceEpoch()
                + ((m.capturedView(4).toInt() * 60LL + m.capturedView(5).toInt()) * 60LL
                   + m.capturedView(6).toInt())
                * 1000LL
                + m.capturedView(7).toInt();
        }
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

QString displayName(const QJsonObject &contact)
{
    return QString(contact.value(u"firstName"_s).toString() + u' '
                   + contact.value(u"lastName"_s).toString())
        .trimmed();
}

} // namespace GhlContactFields

} // namespace Sandbox
