// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdetailpanel.h"

#include "contacteditdialog.h"
#include "profilesession.h"
#include "prompter.h"
#include "session/contacteditor.h"
#include "session/detailloader.h"
#include "taskdialog.h"
#include "ui_contactdetailpanel.h"
#include "util/clock.h"
#include "workerthread.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        if (const QString tag = part.trimmed(); !tag.isEmpty() && !tags.contains(tag)) {
            tags.append(tag);
        }
    }
    return tags;
}

QString shortDate(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

ContactDetailPanel::ContactDetailPanel(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ContactDetailPanel>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->tasksTreeWidget->header()->setStretchLastSection(false);
    m_ui->tasksTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ContactDetailPanel::openEditDialog);
    connect(m_ui->addTagButton, &QPushButton::clicked, this, &ContactDetailPanel::addTags);
    connect(m_ui->removeTagButton, &QPushButton::clicked, this, &ContactDetailPanel::removeTags);
    connect(m_ui->addNoteButton, &QPushButton::clicked, this, &ContactDetailPanel::addNote);
    connect(m_ui->addTaskButton, &QPushButton::clicked, this, &ContactDetailPanel::addTask);
    connect(m_ui->completeTaskButton, &QPushButton::clicked, this, &ContactDetailPanel::toggleTask);
    connect(m_ui->deleteTaskButton, &QPushButton::clicked, this, &ContactDetailPanel::deleteTask);
    connect(m_ui->deleteContactButton, &QPushButton::clicked, this,
            &ContactDetailPanel::deleteContact);
    connect(m_ui->syncButton, &QPushButton::clicked, this, [this] {
        if (m_contact) {
            Q_EMIT syncRequested(m_contact->id);
        }
    });
    connect(m_ui->tasksTreeWidget, &QTreeWidget::currentItemChanged, this,
            &ContactDetailPanel::updateWriteAccess);
    connect(&session, &ProfileSession::opened, this, &ContactDetailPanel::attach);
    connect(&session, &ProfileSession::connectionChecked, this,
            &ContactDetailPanel::updateWriteAccess);
    connect(&session, &ProfileSession::closing, this, [this] { showContact(nullptr); });
    attach();
    showContact(nullptr);
    showMessage({}, false);
}

ContactDetailPanel::~ContactDetailPanel() = default;

void ContactDetailPanel::attach()
{
    if (Session::DetailLoader *loader = m_session.details()) {
        connect(loader, &Session::DetailLoader::contactLoaded, this,
                &ContactDetailPanel::showDetails);
    }
    Session::ContactEditor *editor = m_session.editor();
    if (!editor) {
        return;
    }
    connect(editor, &Session::ContactEditor::succeeded, this,
            [this](const QString &contactId, const QString &what) {
                if (contactId == this->contactId()) {
                    showMessage(what, false);
                }
            });
    connect(editor, &Session::ContactEditor::failed, this,
            [this](const QString &contactId, const Error &error) {
                if (contactId == this->contactId()) {
                    showMessage(error.message, true);
                }
            });
    connect(editor, &Session::ContactEditor::activityChanged, this,
            [this](const QString &contactId) {
                if (contactId == this->contactId()) {
                    reloadDetails();
                }
            });
    updateWriteAccess();
}

void ContactDetailPanel::showContact(const ContactTableModel::Row *row)
{
    if (!row) {
        m_contact.reset();
        m_tasks.clear();
        m_ui->stackedWidget->setCurrentWidget(m_ui->placeholderPage);
        return;
    }
    const bool same = m_contact && m_contact->id == row->id;
    m_contact = *row;
    m_ui->stackedWidget->setCurrentWidget(m_ui->detailPage);
    showFields(*row);
    if (!same) {
        showMessage({}, false);
        reloadDetails();
    }
    updateWriteAccess();
}

void ContactDetailPanel::showFields(const ContactTableModel::Row &row)
{
    const QString name = row.name().isEmpty() ? tr("(no name)") : row.name().left(200);
    // An empty value says so, rather than leaving a hole in the form.
    const auto orNone = [](const QString &value) {
        return value.isEmpty() ? tr("(none)") : value;
    };
    m_ui->nameLabel->setText(u"<b>%1</b>"_s.arg(name.toHtmlEscaped()));
    m_ui->emailLabel->setText(orNone(row.email));
    m_ui->phoneLabel->setText(orNone(row.phone));
    m_ui->companyLabel->setText(orNone(row.companyName));
    m_ui->tagsLabel->setText(row.tags.isEmpty() ? tr("No tags") : row.tags.join(u", "_s));
    m_ui->sourceLabel->setText(orNone(row.source));
    m_ui->dndLabel->setText(row.emailDnd ? tr("On: no email may be sent") : tr("Off"));
    m_ui->addedLabel->setText(shortDate(row.dateAdded));
    m_ui->updatedLabel->setText(shortDate(row.dateUpdated));
    m_ui->idLabel->setText(row.id);
}

void ContactDetailPanel::reloadDetails()
{
    m_ui->notesListWidget->clear();
    m_ui->tasksTreeWidget->clear();
    m_ui->appointmentsListWidget->clear();
    m_tasks.clear();
    m_ui->activityTabWidget->setTabText(0, tr("Notes"));
    m_ui->activityTabWidget->setTabText(1, tr("Tasks"));
    m_ui->activityTabWidget->setTabText(2, tr("Appointments"));
    m_ui->problemsLabel->setText(tr("Loading notes, tasks and appointments..."));
    Session::DetailLoader *loader = m_session.details();
    if (loader && m_contact) {
        WorkerThread::post(loader, [loader, id = m_contact->id] { loader->loadContact(id); });
    }
}

void ContactDetailPanel::showDetails(const Session::ContactDetails &details)
{
    if (!m_contact || details.contactId != m_contact->id) {
        return; // an answer for a contact no longer shown
    }
    m_ui->notesListWidget->clear();
    for (const Ghl::Note &note : details.notes) {
        // Long notes (thousands of characters) are cut for the list; HTML shows as text.
        m_ui->notesListWidget->addItem(
            tr("%1: %2").arg(shortDate(note.dateAdded), note.body.left(600)));
    }
    if (details.notes.isEmpty()) {
        m_ui->notesListWidget->addItem(tr("No notes"));
    }
    m_tasks = details.tasks;
    m_ui->tasksTreeWidget->clear();
    for (const Ghl::Task &task : details.tasks) {
        auto *item = new QTreeWidgetItem(
            m_ui->tasksTreeWidget,
            {task.title, shortDate(task.dueDate), task.completed ? tr("Completed") : tr("Open")});
        item->setData(0, Qt::UserRole, task.id);
        item->setData(0, Qt::UserRole + 1, task.completed);
    }
    m_ui->appointmentsListWidget->clear();
    for (const Ghl::Appointment &a : details.appointments) {
        m_ui->appointmentsListWidget->addItem(
            tr("%1  %2 (%3)").arg(shortDate(a.startTime), a.title, a.appointmentStatus));
    }
    if (details.appointments.isEmpty()) {
        m_ui->appointmentsListWidget->addItem(tr("No appointments"));
    }
    m_ui->activityTabWidget->setTabText(0, tr("Notes (%1)").arg(details.notes.size()));
    m_ui->activityTabWidget->setTabText(1, tr("Tasks (%1)").arg(details.tasks.size()));
    m_ui->activityTabWidget->setTabText(2,
                                        tr("Appointments (%1)").arg(details.appointments.size()));
    m_ui->problemsLabel->setText(details.problems.join(u'\n'));
    updateWriteAccess();
    Q_EMIT detailsShown(details.contactId, static_cast<int>(details.notes.size()),
                        static_cast<int>(details.tasks.size()));
}

void ContactDetailPanel::updateWriteAccess()
{
    const bool canWrite = m_session.canWriteGhl() && m_session.editor() && m_contact;
    const QString reason = m_session.canWriteGhl() ? QString() : m_session.writeDisabledReason();
    const QList<QPushButton *> buttons {m_ui->editButton,         m_ui->addTagButton,
                                        m_ui->removeTagButton,    m_ui->addNoteButton,
                                        m_ui->addTaskButton,      m_ui->deleteContactButton,
                                        m_ui->completeTaskButton, m_ui->deleteTaskButton};
    const bool taskSelected = selectedTask().has_value();
    for (QPushButton *button : buttons) {
        const bool needsTask
            = button == m_ui->completeTaskButton || button == m_ui->deleteTaskButton;
        button->setEnabled(canWrite && (!needsTask || taskSelected));
        button->setToolTip(reason);
    }
    m_ui->removeTagButton->setEnabled(m_ui->removeTagButton->isEnabled() && m_contact
                                      && !m_contact->tags.isEmpty());
    m_ui->syncButton->setEnabled(m_contact.has_value());
}

void ContactDetailPanel::showMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty()); // no empty gap above the fields
    m_ui->messageLabel->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
}

template<typename F>
void ContactDetailPanel::postEdit(F &&call)
{
    Session::ContactEditor *editor = m_session.editor();
    if (!editor || !m_contact || !m_session.canWriteGhl()) {
        return;
    }
    showMessage(tr("Saving..."), false);
    WorkerThread::post(
        editor, [editor, id = m_contact->id, call = std::forward<F>(call)] { call(*editor, id); });
}

void ContactDetailPanel::openEditDialog()
{
    if (!m_contact || !m_session.canWriteGhl()) {
        return;
    }
    auto *dialog = new ContactEditDialog(*m_contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QJsonObject fields = dialog->changedFields();
        if (fields.isEmpty() || dialog->contactId() != contactId()) {
            return;
        }
        postEdit([fields](Session::ContactEditor &editor, const QString &id) {
            editor.updateContact(id, fields);
        });
    });
    dialog->open();
}

void ContactDetailPanel::addTags()
{
    const auto text = m_session.prompter().askText(this, tr("Add tags"),
                                                   tr("Tags to add, separated by commas:"));
    const QStringList tags = text ? splitTags(*text) : QStringList();
    if (!tags.isEmpty()) {
        postEdit([tags](Session::ContactEditor &e, const QString &id) { e.addTags(id, tags); });
    }
}

void ContactDetailPanel::removeTags()
{
    if (!m_contact) {
        return;
    }
    const auto text = m_session.prompter().askText(this, tr("Remove tags"),
                                                   tr("Tags to remove, separated by commas:"),
                                                   m_contact->tags.join(u", "_s));
    const QStringList tags = text ? splitTags(*text) : QStringList();
    if (!tags.isEmpty()) {
        postEdit([tags](Session::ContactEditor &e, const QString &id) { e.removeTags(id, tags); });
    }
}

void ContactDetailPanel::addNote()
{
    const auto text = m_session.prompter().askText(this, tr("Add note"), tr("Note:"));
    if (text && !text->trimmed().isEmpty()) {
        postEdit(
            [body = *text](Session::ContactEditor &e, const QString &id) { e.addNote(id, body); });
    }
}

void ContactDetailPanel::addTask()
{
    if (!m_contact || !m_session.canWriteGhl()) {
        return;
    }
    auto *dialog = new TaskDialog(m_session.clock().now().addDays(1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        postEdit([title = dialog->title(), due = dialog->due(),
                  body = dialog->body()](Session::ContactEditor &e, const QString &id) {
            e.addTask(id, title, due, body);
        });
    });
    dialog->open();
}

std::optional<std::pair<QString, bool>> ContactDetailPanel::selectedTask() const
{
    const QTreeWidgetItem *item = m_ui->tasksTreeWidget->currentItem();
    if (!item) {
        return std::nullopt;
    }
    return std::pair {item->data(0, Qt::UserRole).toString(),
                      item->data(0, Qt::UserRole + 1).toBool()};
}

void ContactDetailPanel::toggleTask()
{
    if (const auto task = selectedTask()) {
        postEdit([task](Session::ContactEditor &e, const QString &id) {
            e.setTaskCompleted(id, task->first, !task->second);
        });
    }
}

void ContactDetailPanel::deleteTask()
{
    const auto task = selectedTask();
    if (!task
        || !m_session.prompter().confirm(this, tr("Delete task"),
                                         tr("Delete the task \"%1\" in GoHighLevel?")
                                             .arg(m_ui->tasksTreeWidget->currentItem()->text(0)),
                                         true)) {
        return;
    }
    postEdit([taskId = task->first](Session::ContactEditor &e, const QString &id) {
        e.deleteTask(id, taskId);
    });
}

void ContactDetailPanel::deleteContact()
{
    if (!m_contact
        || !m_session.prompter().confirm(
            this, tr("Delete contact"),
            tr("Delete %1 from GoHighLevel? This cannot be undone.")
                .arg(m_contact->email.isEmpty() ? m_contact->id : m_contact->email),
            true)) {
        return;
    }
    postEdit([](Session::ContactEditor &e, const QString &id) { e.deleteContact(id); });
}
