// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeGhl: tags, notes, tasks, appointments, custom field definitions and the OAuth token.
#include "fakeghl.h"

#include "ghlerrors.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

// The tags body {"tags":[...]} with class-validator's checks; empty list when valid.
QStringList checkTags(const QJsonObject &body)
{
    QStringList errors = GhlErrors::unknownProperties(body, {u"tags"_s});
    bool strings = body.value(u"tags"_s).isArray();
    for (const QJsonValue &tag : body.value(u"tags"_s).toArray()) {
        strings = strings && tag.isString();
    }
    if (!strings) {
        errors.append(u"each value in tags must be a string"_s);
    }
    return errors;
}

QStringList toStrings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array) {
        list.append(value.toString());
    }
    return list;
}

} // namespace

HttpResponse FakeGhl::addTags(const HttpRequest &request)
{
    const QString id = request.args.value(0);
    const QJsonObject body = request.jsonObject();
    if (const QStringList errors = checkTags(body); !errors.isEmpty()) {
        return GhlErrors::unprocessable(errors);
    }
    const auto *record = m_contacts.find(id);
    if (!record) {
        return GhlErrors::notFoundEntity(u"Contact"_s, id);
    }
    QStringList tags = toStrings(record->json.value(u"tags"_s).toArray());
    for (const QString &tag : toStrings(body.value(u"tags"_s).toArray())) {
        if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed())) {
            tags.append(tag.trimmed());
        }
    }
    changeContact(id, {{u"tags"_s, QJsonArray::fromStringList(tags)}});
    return GhlErrors::reply(201, {{u"tags"_s, QJsonArray::fromStringList(tags)}});
}

HttpResponse FakeGhl::removeTags(const HttpRequest &request)
{
    const QString id = request.args.value(0);
    const QJsonObject body = request.jsonObject();
    if (const QStringList errors = checkTags(body); !errors.isEmpty()) {
        return GhlErrors::unprocessable(errors);
    }
    const auto *record = m_contacts.find(id);
    if (!record) {
        return GhlErrors::notFoundEntity(u"Contact"_s, id);
    }
    const QStringList removed = toStrings(body.value(u"tags"_s).toArray());
    QStringList tags;
    for (const QString &tag : toStrings(record->json.value(u"tags"_s).toArray())) {
        if (!removed.contains(tag, Qt::CaseInsensitive)) {
            tags.append(tag);
        }
    }
    changeContact(id, {{u"tags"_s, QJsonArray::fromStringList(tags)}});
    return GhlErrors::reply(200, {{u"tags"_s, QJsonArray::fromStringList(tags)}});
}

HttpResponse FakeGhl::readNoteOrTask(const HttpRequest &request, bool task, bool remove)
{
    const QString contactId = request.args.value(0);
    if (!m_contacts.find(contactId)) {
        return GhlErrors::notFoundEntity(u"Contact"_s, contactId);
    }
    QList<QJsonObject> &list = (task ? m_tasks : m_notes)[contactId];
    const QString kind = task ? u"task"_s : u"note"_s;
    if (request.args.size() < 2) {
        QJsonArray items;
        for (const QJsonObject &item : std::as_const(list)) {
            items.append(item);
        }
        return GhlErrors::reply(200, {{kind + u's', items}});
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).value(u"id"_s).toString() != request.args.at(1)) {
            continue;
        }
        if (!remove) {
            return GhlErrors::reply(200, {{kind, list.at(i)}});
        }
        list.removeAt(i);
        countWrites();
        return GhlErrors::reply(200, {{u"succeded"_s, true}});
    }
    return GhlErrors::notFoundEntity(task ? u"Task"_s : u"Note"_s, request.args.at(1));
}

HttpResponse FakeGhl::writeNoteOrTask(const HttpRequest &request, bool task, bool create)
{
    const QString contactId = request.args.value(0);
    bool ok = false;
    const QJsonObject body = request.jsonObject(&ok);
    if (!ok) {
        return GhlErrors::badRequest(u"Unexpected token in JSON body"_s);
    }
    // NotesDTO / CreateTaskParams of apps/contacts.json.
    const QStringList allowed = task
        ? QStringList {u"title"_s, u"body"_s, u"dueDate"_s, u"completed"_s, u"assignedTo"_s}
        : QStringList {u"userId"_s, u"body"_s, u"title"_s, u"color"_s, u"pinned"_s};
    QStringList errors = GhlErrors::unknownProperties(body, allowed);
    const QStringList required = !create ? QStringList()
        : task                           ? QStringList {u"title"_s, u"dueDate"_s}
                                         : QStringList {u"body"_s};
    for (const QString &field : required) {
        if (body.value(field).toString().isEmpty()) {
            errors.append(field + u" should not be empty"_s);
        }
    }
    for (const auto &field : {u"completed"_s, u"pinned"_s}) {
        if ((body.contains(field) || (task && create && field == u"completed"))
            && !body.value(field).isBool() && allowed.contains(field)) {
            errors.append(field + u" must be a boolean value"_s);
        }
    }
    if (!errors.isEmpty()) {
        return GhlErrors::unprocessable(errors);
    }
    if (!m_contacts.find(contactId)) {
        return GhlErrors::notFoundEntity(u"Contact"_s, contactId);
    }
    QList<QJsonObject> &list = (task ? m_tasks : m_notes)[contactId];
    qsizetype index = -1;
    if (create) {
        QJsonObject item {{u"id"_s, newId()}, {u"contactId"_s, contactId}};
        if (!task) {
            item.insert(u"dateAdded"_s, GhlContactFields::isoTime(now()));
        }
        list.prepend(item); // newest first, as the lists come back
        index = 0;
    } else {
        const QString itemId = request.args.value(1);
        for (qsizetype i = 0; i < list.size() && index < 0; ++i) {
            index = list.at(i).value(u"id"_s).toString() == itemId ? i : -1;
        }
        if (index < 0) {
            return GhlErrors::notFoundEntity(task ? u"Task"_s : u"Note"_s, itemId);
        }
    }
    QJsonObject &item = list[index];
    const bool wasCompleted = item.value(u"completed"_s).toBool();
    for (auto it = body.begin(); it != body.end(); ++it) {
        QJsonValue value = it.value();
        if (it.key() == u"dueDate") {
            const qint64 ms = GhlContactFields::toMillis(value);
            if (ms >= 0) {
                value = GhlContactFields::isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
            }
        }
        item.insert(it.key(), value);
    }
    countWrites();
    if (create && task) {
        m_webhooks->taskCreated(item);
    } else if (create) {
        m_webhooks->noteCreated(item);
    } else if (task && !wasCompleted && item.value(u"completed"_s).toBool()) {
        m_webhooks->taskCompleted(item);
    }
    return GhlErrors::reply(create ? 201 : 200, {{task ? u"task"_s : u"note"_s, item}});
}

HttpResponse FakeGhl::listNotes(const HttpRequest &request)
{
    return readNoteOrTask(request, false, false);
}

HttpResponse FakeGhl::getNote(const HttpRequest &request)
{
    return readNoteOrTask(request, false, false);
}

HttpResponse FakeGhl::createNote(const HttpRequest &request)
{
    return writeNoteOrTask(request, false, true);
}

HttpResponse FakeGhl::updateNote(const HttpRequest &request)
{
    return writeNoteOrTask(request, false, false);
}

HttpResponse FakeGhl::deleteNote(const HttpRequest &request)
{
    return readNoteOrTask(request, false, true);
}

HttpResponse FakeGhl::listTasks(const HttpRequest &request)
{
    return readNoteOrTask(request, true, false);
}

HttpResponse FakeGhl::getTask(const HttpRequest &request)
{
    return readNoteOrTask(request, true, false);
}

HttpResponse FakeGhl::createTask(const HttpRequest &request)
{
    return writeNoteOrTask(request, true, true);
}

HttpResponse FakeGhl::updateTask(const HttpRequest &request)
{
    return writeNoteOrTask(request, true, false);
}

HttpResponse FakeGhl::completeTask(const HttpRequest &request)
{
    const QJsonObject body = request.jsonObject();
    QStringList errors = GhlErrors::unknownProperties(body, {u"completed"_s});
    if (!body.value(u"completed"_s).isBool()) {
        errors.append(u"completed must be a boolean value"_s);
    }
    if (!errors.isEmpty()) {
        return GhlErrors::unprocessable(errors);
    }
    return writeNoteOrTask(request, true, false);
}

HttpResponse FakeGhl::deleteTask(const HttpRequest &request)
{
    return readNoteOrTask(request, true, true);
}

HttpResponse FakeGhl::listAppointments(const HttpRequest &request)
{
    const QString id = request.args.value(0);
    if (!m_contacts.find(id)) {
        return GhlErrors::notFoundEntity(u"Contact"_s, id);
    }
    return GhlErrors::reply(200, {{u"events"_s, m_appointments.value(id)}});
}

HttpResponse FakeGhl::listCustomFields(const HttpRequest &request)
{
    const QString model = request.query.queryItemValue(u"model"_s);
    if (!model.isEmpty() && model != u"contact" && model != u"opportunity" && model != u"all") {
        return GhlErrors::unprocessable(
            {u"model must be one of the following values: contact, opportunity, all"_s});
    }
    QJsonArray fields;
    for (const QJsonValue &field : std::as_const(m_customFields)) {
        const QString fieldModel = field.toObject().value(u"model"_s).toString(u"contact"_s);
        if (model.isEmpty() || model == u"all" || model == fieldModel) {
            fields.append(field);
        }
    }
    return GhlErrors::reply(200, {{u"customFields"_s, fields}});
}

HttpResponse FakeGhl::oauthToken(const HttpRequest &request)
{
    QHash<QString, QString> form;
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        QByteArray body = request.body;
        body.replace('+', ' '); // form encoding writes spaces as '+'
        const QUrlQuery query(QString::fromUtf8(body));
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
            form.insert(name, value);
        }
    }
    const GhlTokenStore::Grant grant = m_tokens.grant(form, now());
    return GhlErrors::reply(grant.status, grant.body);
}

} // namespace Sandbox
