// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuredetailwidget.h"
#include "failuremodel.h"
#include "failurespage.h"
#include "fakeghl.h"
#include "guifixture.h"
#include "store/failurestore.h"
#include "store/runstore.h"
#include "store/statedatabase.h"
#include "synccontroller.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Store::FailureRecord;

namespace {

FailureRecord failure(const QString &contact, const QString &kind, int http, const QString &message)
{
    FailureRecord f;
    f.contactId = contact;
    f.email = contact + u"@example.com"_s;
    f.errorKind = kind;
    f.httpStatus = http;
    f.serverMessage = message;
    f.payload
        = u"{\"email\":\"%1@example.com\",\"access_token\":\"sentinel-secret-77\"}"_s.arg(contact);
    return f;
}

} // namespace

class TestFailuresPage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<Store::StateDatabase> m_db;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<FailuresPage> m_page;

    QTreeView *tree() const { return m_page->findChild<QTreeView *>(u"failureTreeView"_s); }
    QPushButton *button(const QString &name) const
    {
        return m_page->findChild<QPushButton *>(name);
    }
    QString profile() const { return GuiFixture::profileName(); }

    void seed(const QList<FailureRecord> &failures)
    {
        Store::FailureStore store(*m_db, m_fixture->clock());
        for (const FailureRecord &f : failures) {
            QVERIFY(store.record(profile(), std::nullopt, f).ok());
        }
    }

    // Selects the failure of `contactId` in the tree (making it current).
    bool selectContact(const QString &contactId)
    {
        FailureModel *model = m_page->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                const QModelIndex child = model->index(r, 0, group);
                if (child.data(FailureModel::ContactIdRole).toString() == contactId) {
                    tree()->selectionModel()->setCurrentIndex(
                        child, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    return true;
                }
            }
        }
        return false;
    }

    FailureRecord stored(const QString &contactId) const
    {
        Store::FailureStore store(*m_db, m_fixture->clock());
        const auto all = store.list(profile());
        for (const FailureRecord &f : all.value()) {
            if (f.contactId == contactId) {
                return f;
            }
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        QCOMPARE(m_fixture->start(), QString());
        auto db = Store::StateDatabase::open(m_fixture->databasePath(), u"test-seed"_s);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        seed({failure(u"c1"_s, u"validation"_s, 422, u"email is invalid"_s),
              failure(u"c2"_s, u"validation"_s, 422, u"=HYPERLINK(\"http://evil\",\"x\")"_s),
              failure(u"c3"_s, u"rate-limited"_s, 429, u"+too many, \"slow down\""_s),
              failure(u"c4"_s, u"validation"_s, 400, u"@SUM(A1:A9)"_s)});
        m_sync = std::make_unique<SyncController>(m_fixture->session());
        m_page = std::make_unique<FailuresPage>(m_fixture->session(), *m_sync);
        m_page->resize(1280, 700);
    }

    void cleanup()
    {
        m_page.reset();
        m_sync.reset();
        m_db.reset();
        m_fixture.reset();
    }

    void groupsOpenFailuresByErrorClass()
    {
        FailureModel *model = m_page->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data(FailureModel::ErrorKindRole).toString(), u"validation"_s);
        QCOMPARE(model->index(0, 0).data(FailureModel::CountRole).toInt(), 3);
        QCOMPARE(model->index(1, 0).data(FailureModel::ErrorKindRole).toString(),
                 u"rate-limited"_s);
        QVERIFY(tree()->isExpanded(model->index(0, 0)));
        QVERIFY(button(u"retryAllButton"_s)->isEnabled());
        QVERIFY(!button(u"retrySelectedButton"_s)->isEnabled());
        QVERIFY(button(u"exportButton"_s)->isEnabled());
    }

    void showsTheDetailOfTheCurrentFailure()
    {
        auto *detail = m_page->findChild<FailureDetailWidget *>(u"detailWidget"_s);
        QVERIFY(detail);
        QVERIFY(!detail->failure());
        QVERIFY(selectContact(u"c3"_s));
        QVERIFY(detail->failure());
        QCOMPARE(detail->failure()->contactId, u"c3"_s);
        QCOMPARE(detail->findChild<QLabel *>(u"httpValueLabel"_s)->text(), u"429"_s);
        QCOMPARE(detail->findChild<QPlainTextEdit *>(u"messageTextEdit"_s)->toPlainText(),
                 u"+too many, \"slow down\""_s);
        const QString payload
            = detail->findChild<QPlainTextEdit *>(u"payloadTextEdit"_s)->toPlainText();
        QVERIFY2(payload.contains(u"\"email\": \"c3@example.com\""_s), qPrintable(payload));
        QVERIFY(!payload.contains(u"sentinel-secret-77"_s));
        QVERIFY(button(u"retrySelectedButton"_s)->isEnabled());
        QVERIFY(button(u"ignoreButton"_s)->isEnabled());
    }

    void ignoresSelectedWithReason()
    {
        ScriptedPrompter &prompter = m_fixture->prompter();
        QVERIFY(selectContact(u"c1"_s));
        // Cancelled: nothing changes.
        prompter.texts.enqueue(std::nullopt);
        QTest::mouseClick(button(u"ignoreButton"_s), Qt::LeftButton);
        QCOMPARE(stored(u"c1"_s).status, FailureRecord::Status::Open);
        // An empty reason is refused.
        prompter.texts.enqueue(u"   "_s);
        QTest::mouseClick(button(u"ignoreButton"_s), Qt::LeftButton);
        QCOMPARE(stored(u"c1"_s).status, FailureRecord::Status::Open);
        QVERIFY(!m_page->findChild<QLabel *>(u"messageLabel"_s)->isHidden());

        prompter.texts.enqueue(u"address bounces, owner informed"_s);
        QTest::mouseClick(button(u"ignoreButton"_s), Qt::LeftButton);
        QVERIFY(prompter.unexpected.isEmpty());
        QCOMPARE(prompter.asked.count(u"Ignore failures"_s), 3);
        const FailureRecord ignored = stored(u"c1"_s);
        QCOMPARE(ignored.status, FailureRecord::Status::Ignored);
        QCOMPARE(ignored.ignoreReason, u"address bounces, owner informed"_s);
        QCOMPARE(stored(u"c2"_s).status, FailureRecord::Status::Open);
        QCOMPARE(m_page->model()->failureCount(), 3);

        m_page->setFilter(FailuresPage::Filter::Ignored);
        QCOMPARE(m_page->model()->failureCount(), 1);
        QCOMPARE(m_page->model()->failures().first().contactId, u"c1"_s);
        m_page->setFilter(FailuresPage::Filter::All);
        QCOMPARE(m_page->model()->failureCount(), 4);
    }

    void ignoringAGroupIgnoresItsFailures()
    {
        tree()->selectionModel()->select(m_page->model()->index(0, 0),
                                         QItemSelectionModel::ClearAndSelect
                                             | QItemSelectionModel::Rows);
        m_fixture->prompter().texts.enqueue(u"known data problem"_s);
        QTest::mouseClick(button(u"ignoreButton"_s), Qt::LeftButton);
        QCOMPARE(stored(u"c1"_s).status, FailureRecord::Status::Ignored);
        QCOMPARE(stored(u"c2"_s).status, FailureRecord::Status::Ignored);
        QCOMPARE(stored(u"c4"_s).status, FailureRecord::Status::Ignored);
        QCOMPARE(stored(u"c3"_s).status, FailureRecord::Status::Open);
        QCOMPARE(m_page->model()->rowCount(), 1);
    }

    void exportsCsvWithoutPayloadsOrFormulas()
    {
        const QString path = m_fixture->directory() + u"/failures.csv"_s;
        m_fixture->prompter().fileNames.enqueue(path);
        QTest::mouseClick(button(u"exportButton"_s), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(), FailuresPage::csvHeader().join(u','));
        QCOMPARE(lines.first(),
                 u"Contact id,Email,Error class,HTTP status,Message,Attempts,First failed,"
                 "Last attempt,Status"_s);
        QVERIFY2(text.contains(u"c2,c2@example.com,validation,422,"
                               "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1,"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u",'@SUM(A1:A9),"_s));
        QVERIFY(text.contains(u"\"'+too many, \"\"slow down\"\"\""_s));
        QVERIFY(!text.contains(u"sentinel-secret-77"_s));
        QVERIFY(!text.contains(u"access_token"_s));
        QVERIFY(!text.contains(u"c1@example.com\\\""_s)); // no payload JSON at all
        QVERIFY(text.contains(u",open\r\n"_s) || text.endsWith(u",open\r\n"_s));
    }

    void reportsExportErrors()
    {
        m_fixture->prompter().fileNames.enqueue(u"/proc/cb-failures.csv"_s);
        QTest::mouseClick(button(u"exportButton"_s), Qt::LeftButton);
        auto *message = m_page->findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().startsWith(u"Cannot write the file"_s),
                 qPrintable(message->text()));
        // Cancelling the file dialog writes nothing and says nothing new.
        m_fixture->prompter().fileNames.enqueue(QString());
        QTest::mouseClick(button(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(m_fixture->prompter().unexpected.isEmpty());
    }

    void editContactFollowsWritePermission()
    {
        ProfileSession &session = m_fixture->session();
        QPushButton *edit = button(u"editContactButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(session.ghlCheck().has_value(), 10000);
        QVERIFY(session.canWriteGhl());
        QVERIFY(!edit->isEnabled()); // nothing selected
        QVERIFY(selectContact(u"c4"_s));
        QVERIFY(edit->isEnabled());
        QSignalSpy requested(m_page.get(), &FailuresPage::editContactRequested);
        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), u"c4"_s);

        // Without write access (here: no open profile) the button says why.
        session.close();
        QVERIFY(!edit->isEnabled());
        QCOMPARE(edit->toolTip(), session.writeDisabledReason());
        QVERIFY(!edit->toolTip().isEmpty());
        QCOMPARE(m_page->model()->rowCount(), 0);
    }

    void retrySelectedSyncsThoseContactsAndClosesTheirFailures()
    {
        // Failures for real sandbox contacts, so the retry can succeed.
        const auto &contacts = m_fixture->sandbox().ghl()->contacts();
        QStringList ids;
        for (const auto &[added, id] : contacts.byAdded()) {
            Q_UNUSED(added)
            const QString email = contacts.find(id)->json.value("email"_L1).toString();
            if (email.contains(u'@') && !email.contains(u' ')) {
                ids.append(id);
            }
            if (ids.size() == 6) {
                break;
            }
        }
        QCOMPARE(ids.size(), 6);
        QList<FailureRecord> seeded;
        for (const QString &id : std::as_const(ids)) {
            seeded.append(failure(id, u"network"_s, 0, u"connection dropped"_s));
        }
        seed(seeded);
        m_page->reload();
        const QModelIndex group = m_page->model()->index(0, 0);
        QCOMPARE(group.data(FailureModel::ErrorKindRole).toString(), u"network"_s);
        tree()->selectionModel()->select(
            group, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QSignalSpy started(m_sync.get(), &SyncController::started);
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QTest::mouseClick(button(u"retrySelectedButton"_s), Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().value<SyncController::Kind>(),
                 SyncController::Kind::Retry);
        QVERIFY(!button(u"retrySelectedButton"_s)->isEnabled());
        QVERIFY(!button(u"retryAllButton"_s)->isEnabled());
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().first().value<Sync::RunSummary>();
        QVERIFY(!summary.dryRun);

        // The run touched exactly the retried contacts; each applied one closed its failure.
        Store::RunStore runs(*m_db, m_fixture->clock());
        const auto items = runs.items(summary.runId);
        QVERIFY(items.ok());
        QVERIFY(!items.value().isEmpty());
        int applied = 0;
        for (const Store::RunItemRecord &item : items.value()) {
            QVERIFY2(ids.contains(item.contactId), qPrintable(item.contactId));
            if (item.outcome == u"applied"_s) {
                ++applied;
                QCOMPARE(stored(item.contactId).status, FailureRecord::Status::Retried);
            }
        }
        QVERIFY(applied > 0);
        // Contacts MailerLite already holds as wanted are settled too, without a write.
        int closed = 0;
        for (const QString &id : std::as_const(ids)) {
            closed += stored(id).status == FailureRecord::Status::Retried ? 1 : 0;
        }
        QVERIFY(closed >= applied);
        // The page reloaded: closed failures left the open list; the unrelated ones stay.
        QCOMPARE(m_page->model()->failureCount(), 4 + 6 - closed);
        QVERIFY(button(u"retryAllButton"_s)->isEnabled());
    }

    void retryAllTakesEveryOpenContact()
    {
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QTest::mouseClick(button(u"retryAllButton"_s), Qt::LeftButton);
        QVERIFY(m_sync->isRunning());
        QCOMPARE(m_sync->runningKind(), SyncController::Kind::Retry);
        QVERIFY(!button(u"retryAllButton"_s)->isEnabled());
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().first().value<Sync::RunSummary>();
        // c1..c4 do not exist in GHL: nothing is applied, nothing is closed.
        QCOMPARE(m_page->model()->failureCount(), 4);
        Store::RunStore runs(*m_db, m_fixture->clock());
        const auto run = runs.get(summary.runId);
        QVERIFY(run.ok());
        QCOMPARE(run.value().counts.created + run.value().counts.updated, 0);
    }
};

QTEST_MAIN(TestFailuresPage)
#include "tst_failurespage.moc"
