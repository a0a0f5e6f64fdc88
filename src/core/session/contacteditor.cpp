// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/contacteditor.h"

#include "ghl/ghlclient.h"
#include "log/logging.h"
#include "session/clients.h"

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Session {

namespace {

// Refused before any request: GHL would answer 422 for these, with a less helpful text.
Error invalidInput(const QString &message, const QString &detail)
{
    return Error {Error::Kind::Validation, message, detail, 0};
}

// PUT /contacts/{id} answers {"contact": {...}} with the whole record; a partial answer (no
// location, no creation date) is re-read instead of showing a half-empty row.
bool isComplete(const Ghl::Contact &contact, const QString &contactId)
{
    return contact.id == contactId && !contact.locationId.isEmpty() && contact.dateAdded.isValid();
}

} // namespace

struct ContactEditor::Private
{
    ContactEditor *q;
    ServiceConfig config;
    const Clock &clock;
    Clients *clients = nullptr; // created on first use, in the thread that uses it
    QObject *calls = nullptr; // the parent of every request; deleted before the clients

    Api::GhlClient &ghl()
    {
        if (!clients) {
            clients = new Clients(config, clock, q);
            calls = new QObject(q);
        }
        return clients->ghl();
    }

    // The answer to one write: failed() with the service's explanation intact, or succeeded()
    // followed by whatever the change means for the views (`after`).
    template<typename T>
    Api::Callback<T> answer(const QString &contactId, const QString &what,
                            std::function<void(const T &)> after = {})
    {
        return [this, contactId, what, after = std::move(after)](Result<T> result) {
            if (!result.ok()) {
                qCWarning(lcApiGhl)
                    << "edit of contact" << contactId << "failed:" << result.error().toLogString();
                Q_EMIT q->failed(contactId, result.error());
                return;
            }
            Q_EMIT q->succeeded(contactId, what);
            if (after) {
                after(result.value());
            }
        };
    }

    void reread(const QString &contactId)
    {
        ghl().getContact(contactId, calls, [this, contactId](Result<Ghl::Contact> contact) {
            if (contact.ok()) {
                Q_EMIT q->contactChanged(contact.value());
            } else {
                // The change itself succeeded; the view keeps its older copy until a refresh.
                qCWarning(lcApiGhl)
                    << "contact" << contactId
                    << "not re-read after an edit:" << contact.error().toLogString();
            }
        });
    }

    void fail(const QString &contactId, const Error &error)
    {
        // Asynchronous like every other answer, so callers see one behaviour.
        QMetaObject::invokeMethod(
            q, [this, contactId, error] { Q_EMIT q->failed(contactId, error); },
            Qt::QueuedConnection);
    }
};

ContactEditor::ContactEditor(ServiceConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {this, std::move(config), clock}))
{ }

ContactEditor::~ContactEditor()
{
    // Requests first, while the clients exist, so no callback reaches a destroyed editor.
    delete d->calls;
    delete d->clients;
}

void ContactEditor::updateContact(const QString &contactId, const QJsonObject &fields)
{
    if (fields.isEmpty()) {
        d->fail(contactId, invalidInput(tr("Nothing to change."), u"empty update"_s));
        return;
    }
    d->ghl().updateContact(contactId, fields, d->calls,
                           d->answer<Ghl::Contact>(contactId, tr("Contact saved"),
                                                   [this, contactId](const Ghl::Contact &c) {
                                                       if (isComplete(c, contactId)) {
                                                           Q_EMIT contactChanged(c);
                                                       } else {
                                                           d->reread(contactId);
                                                       }
                                                   }));
}

void ContactEditor::addTags(const QString &contactId, const QStringList &tags)
{
    if (tags.isEmpty()) {
        d->fail(contactId, invalidInput(tr("No tag to add."), u"no tags"_s));
        return;
    }
    // The answer holds only the tags; the row shows the whole contact, so it is read again.
    d->ghl().addTags(
        contactId, tags, d->calls,
        d->answer<QStringList>(contactId, tr("Tags added"),
                               [this, contactId](const QStringList &) { d->reread(contactId); }));
}

void ContactEditor::removeTags(const QString &contactId, const QStringList &tags)
{
    if (tags.isEmpty()) {
        d->fail(contactId, invalidInput(tr("No tag to remove."), u"no tags"_s));
        return;
    }
    d->ghl().removeTags(
        contactId, tags, d->calls,
        d->answer<QStringList>(contactId, tr("Tags removed"),
                               [this, contactId](const QStringList &) { d->reread(contactId); }));
}

void ContactEditor::addNote(const QString &contactId, const QString &body)
{
    if (body.trimmed().isEmpty()) {
        d->fail(contactId, invalidInput(tr("A note needs some text."), u"empty note"_s));
        return;
    }
    Ghl::Note note;
    note.body = body;
    d->ghl().createNote(
        contactId, note, d->calls,
        d->answer<Ghl::Note>(contactId, tr("Note added"), [this, contactId](const Ghl::Note &) {
            Q_EMIT activityChanged(contactId);
        }));
}

void ContactEditor::addTask(const QString &contactId, const QString &title, const QDateTime &due,
                            const QString &body)
{
    if (title.trimmed().isEmpty() || !due.isValid()) {
        d->fail(contactId,
                invalidInput(tr("A task needs a title and a due date."), u"incomplete task"_s));
        return;
    }
    Ghl::Task task;
    task.title = title;
    task.dueDate = due;
    task.body = body;
    d->ghl().createTask(
        contactId, task, d->calls,
        d->answer<Ghl::Task>(contactId, tr("Task added"), [this, contactId](const Ghl::Task &) {
            Q_EMIT activityChanged(contactId);
        }));
}

void ContactEditor::setTaskCompleted(const QString &contactId, const QString &taskId,
                                     bool completed)
{
    d->ghl().completeTask(
        contactId, taskId, completed, d->calls,
        d->answer<Ghl::Task>(
            contactId, completed ? tr("Task completed") : tr("Task reopened"),
            [this, contactId](const Ghl::Task &) { Q_EMIT activityChanged(contactId); }));
}

void ContactEditor::deleteTask(const QString &contactId, const QString &taskId)
{
    d->ghl().deleteTask(contactId, taskId, d->calls,
                        d->answer<std::monostate>(contactId, tr("Task deleted"),
                                                  [this, contactId](const std::monostate &) {
                                                      Q_EMIT activityChanged(contactId);
                                                  }));
}

void ContactEditor::deleteContact(const QString &contactId)
{
    d->ghl().deleteContact(contactId, d->calls,
                           d->answer<std::monostate>(contactId, tr("Contact deleted"),
                                                     [this, contactId](const std::monostate &) {
                                                         Q_EMIT contactDeleted(contactId);
                                                     }));
}

} // namespace Session
