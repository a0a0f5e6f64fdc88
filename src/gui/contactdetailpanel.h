// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacttablemodel.h"
#include "session/recorddetails.h"
#include "util/error.h"

#include <QWidget>

#include <memory>
#include <optional>

class ProfileSession;

namespace Ui {
class ContactDetailPanel;
}

// The GHL tab of the Contacts page's detail panel: the contact's fields and tags, its notes,
// tasks and appointments (read on demand through the session's DetailLoader), and the fixes at
// the source (edit, tags, notes, tasks, delete) through its ContactEditor. The fixes are
// disabled, with the reason as tooltip, while the token may not write contacts.
// Lives in the GUI thread.
class ContactDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactDetailPanel(ProfileSession &session, QWidget *parent = nullptr);
    ~ContactDetailPanel() override;

    // nullptr shows the placeholder. The same contact again keeps its loaded activity.
    void showContact(const ContactTableModel::Row *row);
    [[nodiscard]] QString contactId() const { return m_contact ? m_contact->id : QString(); }

    // Opens the edit dialog (window-modal, not blocking) for the contact shown.
    void openEditDialog();
    void updateWriteAccess();

Q_SIGNALS:
    void syncRequested(const QString &contactId);
    // The contact's notes, tasks and appointments are on screen.
    void detailsShown(const QString &contactId, int notes, int tasks);

private:
    void attach();
    void showFields(const ContactTableModel::Row &row);
    void showDetails(const Session::ContactDetails &details);
    void reloadDetails();
    void showMessage(const QString &text, bool problem);
    void addTags();
    void removeTags();
    void addNote();
    void addTask();
    void toggleTask();
    void deleteTask();
    void deleteContact();
    [[nodiscard]] std::optional<std::pair<QString, bool>> selectedTask() const;

    template<typename F>
    void postEdit(F &&call);

    const std::unique_ptr<Ui::ContactDetailPanel> m_ui;
    ProfileSession &m_session;
    std::optional<ContactTableModel::Row> m_contact;
    QList<Ghl::Task> m_tasks;
};
