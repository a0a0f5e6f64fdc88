// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "session/serviceconfig.h"
#include "util/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

class Clock;

namespace Session {

// Fixes records at the source: edits GHL contacts, their tags, notes and tasks, and deletes
// contacts, through the GHL write endpoints (scope contacts.write). Every call answers with
// exactly one of succeeded() or failed(), carrying the contact id; a change to the contact
// itself is followed by contactChanged() with the contact as GHL now has it.
// Lives in a worker thread.
class ContactEditor final : public QObject
{
    Q_OBJECT

public:
    ContactEditor(ServiceConfig config, const Clock &clock, QObject *parent = nullptr);
    ~ContactEditor() override;

    // `fields` holds contact JSON members to change: email, firstName, lastName, phone,
    // companyName. Unchanged members may be left out.
    void updateContact(const QString &contactId, const QJsonObject &fields);
    void addTags(const QString &contactId, const QStringList &tags);
    void removeTags(const QString &contactId, const QStringList &tags);
    void addNote(const QString &contactId, const QString &body);
    void addTask(const QString &contactId, const QString &title, const QDateTime &due,
                 const QString &body);
    void setTaskCompleted(const QString &contactId, const QString &taskId, bool completed);
    void deleteTask(const QString &contactId, const QString &taskId);
    void deleteContact(const QString &contactId);

Q_SIGNALS:
    // `what` says what was done, translated, for a status line ("Tags added").
    void succeeded(const QString &contactId, const QString &what);
    void failed(const QString &contactId, const Error &error);
    void contactChanged(const Ghl::Contact &contact);
    // Notes or tasks changed: the detail panel should reload.
    void activityChanged(const QString &contactId);
    void contactDeleted(const QString &contactId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Session
