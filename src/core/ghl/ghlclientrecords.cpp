// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GhlClient: tags, notes, tasks, appointments and custom field definitions.
#include "ghl/ghlclient.h"

#include "ghl/ghlclientparse.h"
#include "ghl/ghlerrors.h"
#include "util/jsonfields.h"

using namespace Qt::StringLiterals;

namespace Api {

namespace {

QString readScope()
{
    return QString::fromLatin1(GhlErrors::ScopeContactsRead);
}

QString writeScope()
{
    return QString::fromLatin1(GhlErrors::ScopeContactsWrite);
}

Result<QStringList> tagsIn(const QJsonObject &envelope)
{
    if (!envelope.value(u"tags"_s).isArray()) {
        return GhlParse::missing(u"tags"_s);
    }
    return JsonFields::stringList(envelope, "tags"_L1);
}

// NotesDTO: body is required; color is not modelled by Ghl::Note and never sent.
QJsonObject noteBody(const Ghl::Note &note)
{
    QJsonObject body {{u"body"_s, note.body}};
    if (!note.title.isEmpty()) {
        body.insert(u"title"_s, note.title);
    }
    if (!note.userId.isEmpty()) {
        body.insert(u"userId"_s, note.userId);
    }
    body.insert(u"pinned"_s, note.pinned);
    return body;
}

// CreateTaskParams / UpdateTaskBody: title, dueDate and completed are required on create.
QJsonObject taskBody(const Ghl::Task &task)
{
    QJsonObject body {{u"title"_s, task.title}, {u"completed"_s, task.completed}};
    if (task.dueDate.isValid()) {
        body.insert(u"dueDate"_s, JsonFields::isoString(task.dueDate));
    }
    if (!task.body.isEmpty()) {
        body.insert(u"body"_s, task.body);
    }
    if (!task.assignedTo.isEmpty()) {
        body.insert(u"assignedTo"_s, task.assignedTo);
    }
    return body;
}

} // namespace

ApiCall *GhlClient::addTags(const QString &contactId, const QStringList &tags, QObject *context,
                            Callback<QStringList> done)
{
    const QJsonObject body {{u"tags"_s, QJsonArray::fromStringList(tags)}};
    Request r {"POST",
               u"/contacts/%1/tags"_s.arg(contactId),
               u"/contacts/{contactId}/tags"_s,
               {},
               QJsonDocument(body),
               writeScope(),
               {}};
    // Adding a tag twice leaves the same set: safe to resend.
    r.options.idempotent = true;
    return call<QStringList>(r, context, tagsIn, std::move(done));
}

ApiCall *GhlClient::removeTags(const QString &contactId, const QStringList &tags, QObject *context,
                               Callback<QStringList> done)
{
    // DELETE with a JSON body, as the API defines it.
    const QJsonObject body {{u"tags"_s, QJsonArray::fromStringList(tags)}};
    Request r {"DELETE",
               u"/contacts/%1/tags"_s.arg(contactId),
               u"/contacts/{contactId}/tags"_s,
               {},
               QJsonDocument(body),
               writeScope(),
               {}};
    return call<QStringList>(r, context, tagsIn, std::move(done));
}

ApiCall *GhlClient::listContactNotes(const QString &contactId, QObject *context,
                                     Callback<QList<Ghl::Note>> done)
{
    Request r {"GET",
               u"/contacts/%1/notes"_s.arg(contactId),
               u"/contacts/{contactId}/notes"_s,
               {},
               {},
               readScope(),
               {}};
    return call<QList<Ghl::Note>>(
        r, context, [](const QJsonObject &o) { return GhlParse::listIn<Ghl::Note>(o, u"notes"_s); },
        std::move(done));
}

ApiCall *GhlClient::getNote(const QString &contactId, const QString &noteId, QObject *context,
                            Callback<Ghl::Note> done)
{
    Request r {"GET",
               u"/contacts/%1/notes/%2"_s.arg(contactId, noteId),
               u"/contacts/{contactId}/notes/{id}"_s,
               {},
               {},
               readScope(),
               {}};
    return call<Ghl::Note>(
        r, context,
        [](const QJsonObject &o) { return GhlParse::objectIn<Ghl::Note>(o, u"note"_s); },
        std::move(done));
}

ApiCall *GhlClient::createNote(const QString &contactId, const Ghl::Note &note, QObject *context,
                               Callback<Ghl::Note> done)
{
    Request r {"POST", u"/contacts/%1/notes"_s.arg(contactId), u"/contacts/{contactId}/notes"_s,
               {},     QJsonDocument(noteBody(note)),          writeScope(),
               {}};
    return call<Ghl::Note>(
        r, context,
        [](const QJsonObject &o) { return GhlParse::objectIn<Ghl::Note>(o, u"note"_s); },
        std::move(done));
}

ApiCall *GhlClient::updateNote(const QString &contactId, const QString &noteId,
                               const Ghl::Note &note, QObject *context, Callback<Ghl::Note> done)
{
    Request r {"PUT",
               u"/contacts/%1/notes/%2"_s.arg(contactId, noteId),
               u"/contacts/{contactId}/notes/{id}"_s,
               {},
               QJsonDocument(noteBody(note)),
               writeScope(),
               {}};
    return call<Ghl::Note>(
        r, context,
        [](const QJsonObject &o) { return GhlParse::objectIn<Ghl::Note>(o, u"note"_s); },
        std::move(done));
}

ApiCall *GhlClient::deleteNote(const QString &contactId, const QString &noteId, QObject *context,
                               Callback<std::monostate> done)
{
    Request r {"DELETE",
               u"/contacts/%1/notes/%2"_s.arg(contactId, noteId),
               u"/contacts/{contactId}/notes/{id}"_s,
               {},
               {},
               writeScope(),
               {}};
    return call<std::monostate>(r, context, GhlParse::nothing, std::move(done));
}

ApiCall *GhlClient::listContactTasks(const QString &contactId, QObject *context,
                                     Callback<QList<Ghl::Task>> done)
{
    Request r {"GET",
               u"/contacts/%1/tasks"_s.arg(contactId),
               u"/contacts/{contactId}/tasks"_s,
               {},
               {},
               readScope(),
               {}};
    return call<QList<Ghl::Task>>(
        r, context, [](const QJsonObject &o) { return GhlParse::listIn<Ghl::Task>(o, u"tasks"_s); },
        std::move(done));
}

ApiCall *GhlClient::getTask(const QString &contactId, const QString &taskId, QObject *context,
                            Callback<Ghl::Task> done)
{
    Request r {"GET",
               u"/contacts/%1/tasks/%2"_s.arg(contactId, taskId),
               u"/contacts/{contactId}/tasks/{taskId}"_s,
               {},
               {},
               readScope(),
               {}};
    return call<Ghl::Task>(
        r, context,
        [](const QJsonObject &o) { return GhlParse::objectIn<Ghl::Task>(o, u"task"_s); },
        std::move(done));
}

ApiCall *GhlClient::createTask(const QString &contactId, const Ghl::Task &task, QObject *context,
                               Callback<Ghl::Task> done)
{
    Request r {"POST", u"/contacts/%1/tasks"_s.arg(contactId), u"/contacts/{contactId}/tasks"_s,
               {},     QJsonDocument(taskBody(task)),          writeScope(),
               {}};
    return call<Ghl::Task>(
        r, context,
        [](const QJsonObject &o) { return GhlParse::objectIn<Ghl::Task>(o, u"task"_s); },
        std::move(done));
}

ApiCall *GhlClient::updateTask(const QString &contactId, const QString &taskId,
                               const Ghl::Task &task, QObject *context, Callback<Ghl::Task> done)
{
    Request r {"PUT",
               u"/contacts/%1/tasks/%2"_s.arg(contactId, taskId),
               u"/contacts/{contactId}/tasks/{taskId}"_s,
               {},
               QJsonDocument(taskBody(task)),
               writeScope(),
               {}};
    return call<Ghl::Task>(
        r, context,
        [](const QJsonObject &o) { return GhlParse::objectIn<Ghl::Task>(o, u"task"_s); },
        std::move(done));
}

ApiCall *GhlClient::completeTask(const QString &contactId, const QString &taskId, bool completed,
                                 QObject *context, Callback<Ghl::Task> done)
{
    const QJsonObject body {{u"completed"_s, completed}};
    Request r {"PUT",
               u"/contacts/%1/tasks/%2/completed"_s.arg(contactId, taskId),
               u"/contacts/{contactId}/tasks/{taskId}/completed"_s,
               {},
               QJsonDocument(body),
               writeScope(),
               {}};
    return call<Ghl::Task>(
        r, context,
        [](const QJsonObject &o) { return GhlParse::objectIn<Ghl::Task>(o, u"task"_s); },
        std::move(done));
}

ApiCall *GhlClient::deleteTask(const QString &contactId, const QString &taskId, QObject *context,
                               Callback<std::monostate> done)
{
    Request r {"DELETE",
               u"/contacts/%1/tasks/%2"_s.arg(contactId, taskId),
               u"/contacts/{contactId}/tasks/{taskId}"_s,
               {},
               {},
               writeScope(),
               {}};
    return call<std::monostate>(r, context, GhlParse::nothing, std::move(done));
}

ApiCall *GhlClient::listContactAppointments(const QString &contactId, QObject *context,
                                            Callback<QList<Ghl::Appointment>> done)
{
    Request r {"GET",
               u"/contacts/%1/appointments"_s.arg(contactId),
               u"/contacts/{contactId}/appointments"_s,
               {},
               {},
               readScope(),
               {}};
    return call<QList<Ghl::Appointment>>(
        r, context,
        [](const QJsonObject &o) { return GhlParse::listIn<Ghl::Appointment>(o, u"events"_s); },
        std::move(done));
}

ApiCall *GhlClient::listCustomFields(const QString &locationId, QObject *context,
                                     Callback<QList<Ghl::CustomFieldDef>> done)
{
    QUrlQuery query;
    query.addQueryItem(u"model"_s, u"contact"_s);
    Request r {"GET",
               u"/locations/%1/customFields"_s.arg(location(locationId)),
               u"/locations/{locationId}/customFields"_s,
               query,
               {},
               QString::fromLatin1(GhlErrors::ScopeCustomFieldsRead),
               {}};
    return call<QList<Ghl::CustomFieldDef>>(
        r, context,
        [](const QJsonObject &o) {
            return GhlParse::listIn<Ghl::CustomFieldDef>(o, u"customFields"_s);
        },
        std::move(done));
}

} // namespace Api
