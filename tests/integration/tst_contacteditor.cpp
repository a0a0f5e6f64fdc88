// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfixture.h"

#include "session/contacteditor.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Session::ContactEditor;

namespace {

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray()) {
        out.append(v.toString());
    }
    return out;
}

} // namespace

class TestContactEditor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxHost> m_host;
    SystemClock m_clock;
    QString m_contact;

    QJsonObject stored(const QString &id) const
    {
        const auto *record = m_host->ghl()->contacts().find(id);
        return record ? record->json : QJsonObject();
    }

    // Waits for the one answer of a call: the `what` of succeeded(), or fails the test.
    static QString succeeded(ContactEditor &editor, const std::function<void()> &call)
    {
        QSignalSpy ok(&editor, &ContactEditor::succeeded);
        QSignalSpy failed(&editor, &ContactEditor::failed);
        call();
        if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 10000)) {
            return u"<no answer>"_s;
        }
        if (!failed.isEmpty()) {
            return u"<failed: %1>"_s.arg(failed.first().at(1).value<Error>().toLogString());
        }
        return ok.first().at(1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = std::make_unique<Sandbox::SandboxHost>(SessionFixture::options(60, 0));
        QVERIFY(m_host->start());
        m_contact = m_host->ghl()->contacts().byAdded().begin()->second;
    }

    void updatesEmailAndName()
    {
        ContactEditor editor(SessionFixture::config(*m_host, QString()), m_clock);
        QSignalSpy changed(&editor, &ContactEditor::contactChanged);
        const QJsonObject fields {{u"email"_s, u"fixed.address@example.com"_s},
                                  {u"firstName"_s, u"Renée"_s}};
        QCOMPARE(succeeded(editor, [&] { editor.updateContact(m_contact, fields); }),
                 u"Contact saved"_s);
        QTRY_COMPARE(changed.size(), 1);
        const auto contact = changed.first().first().value<Ghl::Contact>();
        QCOMPARE(contact.id, m_contact);
        QCOMPARE(contact.email, u"fixed.address@example.com"_s);
        QCOMPARE(stored(m_contact).value(u"email"_s).toString(), u"fixed.address@example.com"_s);
        QCOMPARE(stored(m_contact).value(u"firstName"_s).toString(), u"Renée"_s);
    }

    void addsAndRemovesTags()
    {
        ContactEditor editor(SessionFixture::config(*m_host, QString()), m_clock);
        QSignalSpy changed(&editor, &ContactEditor::contactChanged);
        QCOMPARE(succeeded(editor,
                           [&] {
                               editor.addTags(m_contact, {u"cb-test-a"_s, u"cb-test-b"_s});
                           }),
                 u"Tags added"_s);
        QTRY_COMPARE(changed.size(), 1); // re-read: the answer only held the tags
        QVERIFY(changed.first().first().value<Ghl::Contact>().tags.contains(u"cb-test-a"_s));
        QVERIFY(strings(stored(m_contact).value(u"tags"_s)).contains(u"cb-test-b"_s));

        QCOMPARE(succeeded(editor, [&] { editor.removeTags(m_contact, {u"cb-test-a"_s}); }),
                 u"Tags removed"_s);
        QTRY_COMPARE(changed.size(), 2);
        const QStringList tags = strings(stored(m_contact).value(u"tags"_s));
        QVERIFY(!tags.contains(u"cb-test-a"_s));
        QVERIFY(tags.contains(u"cb-test-b"_s));
        QVERIFY(!changed.last().first().value<Ghl::Contact>().tags.contains(u"cb-test-a"_s));
    }

    void notesAndTasks()
    {
        ContactEditor editor(SessionFixture::config(*m_host, QString()), m_clock);
        QSignalSpy activity(&editor, &ContactEditor::activityChanged);
        const QString notesPath = u"/contacts/%1/notes"_s.arg(m_contact);
        const qsizetype notesBefore
            = SessionFixture::ghl(*m_host, "GET", notesPath).value(u"notes"_s).toArray().size();
        QCOMPARE(succeeded(editor, [&] { editor.addNote(m_contact, u"Called, wants a demo"_s); }),
                 u"Note added"_s);
        const QJsonArray notes
            = SessionFixture::ghl(*m_host, "GET", notesPath).value(u"notes"_s).toArray();
        QCOMPARE(notes.size(), notesBefore + 1);
        bool found = false;
        for (const QJsonValue &n : notes) {
            found = found || n.toObject().value(u"body"_s).toString() == u"Called, wants a demo"_s;
        }
        QVERIFY(found);

        const QString tasksPath = u"/contacts/%1/tasks"_s.arg(m_contact);
        const QDateTime due(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        QCOMPARE(
            succeeded(editor, [&] { editor.addTask(m_contact, u"Send offer"_s, due, u"PDF"_s); }),
            u"Task added"_s);
        QString taskId;
        for (const QJsonValue &t :
             SessionFixture::ghl(*m_host, "GET", tasksPath).value(u"tasks"_s).toArray()) {
            if (t.toObject().value(u"title"_s).toString() == u"Send offer"_s) {
                taskId = t.toObject().value(u"id"_s).toString();
                QCOMPARE(t.toObject().value(u"completed"_s).toBool(), false);
            }
        }
        QVERIFY(!taskId.isEmpty());

        QCOMPARE(succeeded(editor, [&] { editor.setTaskCompleted(m_contact, taskId, true); }),
                 u"Task completed"_s);
        const QString taskPath = tasksPath + u'/' + taskId;
        QCOMPARE(SessionFixture::ghl(*m_host, "GET", taskPath)
                     .value(u"task"_s)
                     .toObject()
                     .value(u"completed"_s)
                     .toBool(),
                 true);

        QCOMPARE(succeeded(editor, [&] { editor.deleteTask(m_contact, taskId); }),
                 u"Task deleted"_s);
        QVERIFY(SessionFixture::ghl(*m_host, "GET", taskPath).value(u"task"_s).isUndefined());
        QCOMPARE(activity.size(), 4);
        QCOMPARE(activity.first().first().toString(), m_contact);
    }

    void deletesContact()
    {
        const QString victim = std::prev(m_host->ghl()->contacts().byAdded().end())->second;
        QVERIFY(!stored(victim).isEmpty());
        ContactEditor editor(SessionFixture::config(*m_host, QString()), m_clock);
        QSignalSpy deleted(&editor, &ContactEditor::contactDeleted);
        QCOMPARE(succeeded(editor, [&] { editor.deleteContact(victim); }), u"Contact deleted"_s);
        QCOMPARE(deleted.size(), 1);
        QVERIFY(stored(victim).isEmpty());
    }

    void readOnlyTokenIsRefused()
    {
        Session::ServiceConfig config = SessionFixture::config(*m_host, QString());
        config.ghlToken = m_host->readOnlyGhlToken().toUtf8();
        ContactEditor editor(config, m_clock);
        QSignalSpy failed(&editor, &ContactEditor::failed);
        QSignalSpy ok(&editor, &ContactEditor::succeeded);
        const QString before = stored(m_contact).value(u"lastName"_s).toString();
        editor.updateContact(m_contact, {{u"lastName"_s, u"Changed"_s}});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toString(), m_contact);
        const auto error = failed.first().at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Auth);
        QCOMPARE(error.httpStatus, 401);
        QVERIFY2(error.message.contains(u"contacts.write"_s), qPrintable(error.message));
        QCOMPARE(ok.size(), 0);
        QCOMPARE(stored(m_contact).value(u"lastName"_s).toString(), before);

        editor.addNote(m_contact, u"not allowed"_s);
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.last().at(1).value<Error>().kind, Error::Kind::Auth);
    }

    void emptyInputIsRefusedWithoutRequest()
    {
        ContactEditor editor(SessionFixture::config(*m_host, QString()), m_clock);
        QSignalSpy failed(&editor, &ContactEditor::failed);
        editor.addTags(m_contact, {});
        editor.addTask(m_contact, u"No due date"_s, QDateTime(), QString());
        QVERIFY(failed.isEmpty()); // answers are asynchronous, like every other
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.first().at(1).value<Error>().kind, Error::Kind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestContactEditor)
#include "tst_contacteditor.moc"
