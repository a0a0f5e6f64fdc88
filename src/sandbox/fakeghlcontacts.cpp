// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeGhl: single-contact endpoints (get, create, update, delete, upsert).
#include "fakeghl.h"

#include "ghlerrors.h"

#include "ghl/contactwritefields.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

// A JSON body or the 400 NestJS's body parser gives for anything else.
std::optional<HttpResponse> parseBody(const HttpRequest &request, QJsonObject *body)
{
    bool ok = false;
    *body = request.jsonObject(&ok);
    if (!ok) {
        return GhlErrors::badRequest(u"Unexpected token in JSON body"_s);
    }
    return std::nullopt;
}

QJsonObject without(QJsonObject object, const QStringList &keys)
{
    for (const QString &key : keys) {
        object.remove(key);
    }
    return object;
}

} // namespace

HttpResponse FakeGhl::getContact(const HttpRequest &request)
{
    const auto *record = m_contacts.find(request.args.value(0));
    if (!record) {
        return GhlErrors::notFoundEntity(u"Contact"_s, request.args.value(0));
    }
    return GhlErrors::reply(200, {{u"contact"_s, record->json}});
}

std::optional<HttpResponse> FakeGhl::findDuplicate(const QJsonObject &body,
                                                   const QString &exceptId) const
{
    if (m_options.allowDuplicateContact) {
        return std::nullopt;
    }
    QString field = u"email"_s;
    QString match = m_contacts.findByEmail(body.value(u"email"_s).toString(), exceptId);
    if (match.isEmpty()) {
        field = u"phone"_s;
        match = m_contacts.findByPhone(body.value(u"phone"_s).toString(), exceptId);
    }
    if (match.isEmpty()) {
        return std::nullopt;
    }
    return GhlErrors::duplicateContact(
        match, GhlContactFields::displayName(m_contacts.find(match)->json), field);
}

QJsonObject FakeGhl::insertContact(const QJsonObject &body)
{
    const QString time = GhlContactFields::isoTime(now());
    QJsonObject contact {{u"id"_s, newId()},
                         {u"locationId"_s, m_options.locationId},
                         {u"dateAdded"_s, time},
                         {u"dateUpdated"_s, time},
                         {u"type"_s, u"lead"_s},
                         {u"tags"_s, QJsonArray()},
                         {u"customFields"_s, QJsonArray()}};
    GhlContactFields::apply(contact, without(body, {u"locationId"_s}), m_fieldIndex);
    m_contacts.put(contact);
    countWrites();
    m_webhooks->contactCreated(contact);
    return contact;
}

QJsonObject FakeGhl::changeContact(const QString &id, const QJsonObject &body)
{
    const QJsonObject before = m_contacts.find(id)->json;
    QJsonObject contact = before;
    GhlContactFields::apply(contact, body, m_fieldIndex);
    contact.insert(u"dateUpdated"_s, bumpedTime(contact.value(u"dateUpdated"_s)));
    m_contacts.put(contact);
    countWrites();
    m_webhooks->contactChanged(before, contact);
    return contact;
}

HttpResponse FakeGhl::createContact(const HttpRequest &request)
{
    QJsonObject body;
    if (auto refused = parseBody(request, &body)) {
        return *refused;
    }
    QStringList errors = GhlErrors::unknownProperties(body, Ghl::createContactFields());
    if (body.value(u"locationId"_s).toString().isEmpty()) {
        errors.append(u"locationId should not be empty"_s);
    }
    errors += GhlContactFields::validate(body);
    if (!errors.isEmpty()) {
        return GhlErrors::unprocessable(errors);
    }
    if (auto duplicate = findDuplicate(body, QString())) {
        return *duplicate;
    }
    QJsonObject contact = insertContact(body);
    contact.insert(u"deleted"_s, false); // only the create answer carries it (research §3.1)
    return GhlErrors::reply(201, {{u"contact"_s, contact}});
}

HttpResponse FakeGhl::updateContact(const HttpRequest &request)
{
    const QString id = request.args.value(0);
    QJsonObject body;
    if (auto refused = parseBody(request, &body)) {
        return *refused;
    }
    QStringList allowed = Ghl::updateContactFields();
    if (!m_options.rejectCompanyNameOnUpdate) {
        allowed.append(u"companyName"_s);
    }
    // locationId and gender on PUT are refused by the real service (research §3.2).
    QStringList errors = GhlErrors::unknownProperties(body, allowed);
    errors += GhlContactFields::validate(body);
    if (!errors.isEmpty()) {
        return GhlErrors::unprocessable(errors);
    }
    if (!m_contacts.find(id)) {
        return GhlErrors::notFoundEntity(u"Contact"_s, id);
    }
    if (auto duplicate = findDuplicate(body, id)) {
        return *duplicate;
    }
    return GhlErrors::reply(200, {{u"succeded"_s, true}, {u"contact"_s, changeContact(id, body)}});
}

HttpResponse FakeGhl::deleteContact(const HttpRequest &request)
{
    const QString id = request.args.value(0);
    const auto *record = m_contacts.find(id);
    const QJsonObject contact = record ? record->json : QJsonObject();
    if (!m_contacts.remove(id)) {
        return GhlErrors::notFoundEntity(u"Contact"_s, id);
    }
    m_notes.remove(id);
    m_tasks.remove(id);
    m_appointments.remove(id);
    countWrites();
    m_webhooks->contactDeleted(contact);
    return GhlErrors::reply(200, {{u"succeded"_s, true}});
}

HttpResponse FakeGhl::upsertContact(const HttpRequest &request)
{
    QJsonObject body;
    if (auto refused = parseBody(request, &body)) {
        return *refused;
    }
    QStringList errors = GhlErrors::unknownProperties(
        body, Ghl::createContactFields() + QStringList {u"createNewIfDuplicateAllowed"_s});
    if (body.value(u"locationId"_s).toString().isEmpty()) {
        errors.append(u"locationId should not be empty"_s);
    }
    errors += GhlContactFields::validate(body);
    if (!errors.isEmpty()) {
        return GhlErrors::unprocessable(errors);
    }
    const bool alwaysCreate
        = m_options.allowDuplicateContact && body.value(u"createNewIfDuplicateAllowed"_s).toBool();
    // Email first, then phone; a phone matching another contact is silently ignored (#37).
    QString match;
    if (!alwaysCreate) {
        match = m_contacts.findByEmail(body.value(u"email"_s).toString());
        if (match.isEmpty()) {
            match = m_contacts.findByPhone(body.value(u"phone"_s).toString());
        }
    }
    QJsonObject fields = without(body, {u"createNewIfDuplicateAllowed"_s});
    if (!match.isEmpty() && !m_options.allowDuplicateContact
        && !m_contacts.findByPhone(fields.value(u"phone"_s).toString(), match).isEmpty()) {
        fields.remove(u"phone"_s); // the second identifier is silently ignored (issue #37)
    }
    if (match.isEmpty()) {
        return GhlErrors::reply(200, {{u"new"_s, true}, {u"contact"_s, insertContact(fields)}});
    }
    // An existing contact keeps its gender: upsert ignores it (research §10, issue #313).
    const QJsonObject contact
        = changeContact(match, without(fields, {u"locationId"_s, u"gender"_s}));
    return GhlErrors::reply(200, {{u"new"_s, false}, {u"contact"_s, contact}});
}

} // namespace Sandbox
