// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sync page and SyncController against the sandbox: preview -> run -> failure -> retry,
// the blast-radius question, cancelling mid-run, closing mid-run, the log panel, and the
// preview's overrides (skip / force through the model, the view's actions and the keyboard,
// honoured by the applied plan; saved and loaded with the plan).
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "guifixture.h"
#include "logfilterproxy.h"
#include "logmodel.h"
#include "planmodel.h"
#include "store/failurestore.h"
#include "store/runstore.h"
#include "store/statedatabase.h"
#include "sync/plan.h"
#include "synccontroller.h"
#include "syncpage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Sync::PlanItem;
using Sync::RunSummary;
using Override = Sync::PlanItem::Override;

namespace {

constexpr int RunTimeoutMs = 120'000;

// Slow enough answers that a run is still going when the test cancels it.
Sandbox::SandboxHost::Options slowOptions()
{
    Sandbox::SandboxHost::Options options = GuiFixture::defaultOptions();
    options.contacts = 3000;
    options.rateLimitMode = Sandbox::RateLimitMode::Fast;
    options.ghlFaults = u"latency_ms=150"_s;
    options.mlFaults = u"latency_ms=150"_s;
    return options;
}

// Fewer writes than the executor's starting budget of 60 sub-requests per endpoint and minute.
// When every MailerLite answer is cut short, the executor never reads the sandbox's real
// (unlimited) budget from an answer, so it keeps to that starting budget: 200 contacts
// (about 130 creates) took 132 s to fail, longer than a run may take here.
constexpr int StartingBudget = 60;

Sandbox::SandboxHost::Options failingRunOptions()
{
    Sandbox::SandboxHost::Options options = GuiFixture::defaultOptions();
    options.contacts = 50;
    options.mlSubscribers = 20;
    return options;
}

} // namespace

class TestSyncPage final : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QWidget &page, const QString &name)
    {
        T *widget = page.findChild<T *>(name);
        if (!widget) {
            qWarning("no widget %s", qPrintable(name));
        }
        return widget;
    }

    // Clicks `button` and waits for the run it starts; the summary, or nothing on a hang.
    static std::optional<RunSummary> clickAndWait(SyncController &sync, QAbstractButton *button)
    {
        QSignalSpy finished(&sync, &SyncController::finished);
        if (!button->isEnabled()) {
            qWarning("%s is disabled", qPrintable(button->objectName()));
            return std::nullopt;
        }
        button->click();
        if (!sync.isRunning() || !finished.wait(RunTimeoutMs) || finished.size() != 1) {
            return std::nullopt;
        }
        return finished.first().first().value<RunSummary>();
    }

    static QList<Store::FailureRecord> openFailures(GuiFixture &fixture)
    {
        Store::FailureStore store(*fixture.session().database(), fixture.clock());
        auto list = store.list(GuiFixture::profileName(), Store::FailureRecord::Status::Open);
        return list.ok() ? list.value() : QList<Store::FailureRecord> {};
    }

    static bool inMailerLite(GuiFixture &fixture, const QString &email)
    {
        return subscriber(fixture, email) != nullptr;
    }

    static const Sandbox::MlSubscriber *subscriber(GuiFixture &fixture, const QString &email)
    {
        const auto all = fixture.sandbox().mailerLite()->store().subscribers({}, 0, 1'000'000);
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Sandbox::MlSubscriber *s) {
            return s->email.compare(email, Qt::CaseInsensitive) == 0;
        });
        return it == all.cend() ? nullptr : *it;
    }

    static bool groupExists(GuiFixture &fixture, const QString &name)
    {
        const auto groups = fixture.sandbox().mailerLite()->store().groups(0, 1'000'000);
        return std::any_of(groups.cbegin(), groups.cend(),
                           [&](const Sandbox::MlGroup *g) { return g->name == name; });
    }

    // The inspection API's "mutate", as a test edits records behind the app's back.
    static bool mutate(Sandbox::SandboxServer *server, const QJsonObject &body)
    {
        Sandbox::HttpRequest request;
        request.method = "POST";
        request.path = u"/_sandbox/mutate"_s;
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return server->dispatch(request).status == 200;
    }

    static QList<int> rowsWith(const PlanModel &model, PlanItem::Action action)
    {
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.item(row).action == action) {
                rows.append(row);
            }
        }
        return rows;
    }

    static QModelIndex viewIndex(SyncPage &page, int sourceRow, int column = 0)
    {
        return page.planProxy()->mapFromSource(page.planModel()->index(sourceRow, column));
    }

    // Selects these source rows in the plan table, as a user does with Ctrl+click.
    static void selectRows(SyncPage &page, QTableView *view, const QList<int> &rows)
    {
        view->clearSelection();
        for (const int row : rows) {
            view->selectionModel()->select(viewIndex(page, row),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static Override overrideOf(SyncController &sync, int row)
    {
        return sync.lastPlan() ? sync.lastPlan()->items.at(row).override : Override::None;
    }

private Q_SLOTS:
    void previewRunFailureRetry()
    {
        GuiFixture fixture(failingRunOptions());
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        SyncPage page(fixture.session(), sync);
        QAbstractItemModelTester planTester(page.planProxy(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester logTester(page.logProxy(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *preview = child<QPushButton>(page, u"previewButton"_s);
        auto *run = child<QPushButton>(page, u"runButton"_s);
        auto *retry = child<QPushButton>(page, u"retryFailedButton"_s);
        auto *summaryLabel = child<QLabel>(page, u"summaryLabel"_s);
        QVERIFY(preview && run && retry && summaryLabel);
        QVERIFY(!run->isEnabled()); // nothing previewed yet
        const qsizetype before = fixture.sandbox().mailerLite()->store().subscriberCount();

        // Preview: a dry run whose plan fills the table; MailerLite is untouched.
        const auto previewed = clickAndWait(sync, preview);
        QVERIFY(previewed);
        QCOMPARE(previewed->outcome, RunSummary::Outcome::Succeeded);
        QVERIFY(previewed->dryRun);
        QVERIFY(sync.lastPlan());
        const Sync::Plan plan = *sync.lastPlan();
        const int creates = plan.count(Sync::PlanItem::Action::Create);
        QVERIFY(creates > 0);
        QVERIFY2(plan.writeCount() <= StartingBudget, "the failing run would wait for budget");
        QCOMPARE(page.planModel()->rowCount(), int(plan.items.size()));
        QCOMPARE(fixture.sandbox().mailerLite()->store().subscriberCount(), before);
        QVERIFY(run->isEnabled());
        QVERIFY(page.logModel()->rowCount() > 0);

        // The counts row filters the table.
        auto *created = child<QToolButton>(page, u"createdCountButton"_s);
        QVERIFY(created);
        QCOMPARE(created->text(), u"Create: %1"_s.arg(creates));
        created->click();
        QCOMPARE(page.planProxy()->rowCount(), creates);
        child<QToolButton>(page, u"allCountButton"_s)->click();
        QCOMPARE(page.planProxy()->rowCount(), int(plan.items.size()));

        // Run with every MailerLite answer cut in half: the server does the work but the
        // answers are lost. The batches are retried (their upserts converge when repeated), then
        // their items fail, are recorded as open failures, and the page says so. Records
        // MailerLite would refuse are listed with the failures too (class validation).
        Sandbox::FaultInjector::Rates failing;
        failing.truncate = 1.0;
        fixture.sandbox().mailerLite()->faults().setRates(failing);
        const auto applied = clickAndWait(sync, run);
        QVERIFY(applied);
        QCOMPARE(applied->outcome, RunSummary::Outcome::ItemsFailed);
        QVERIFY(!applied->dryRun);
        QVERIFY(applied->counts.failed > 0);
        QVERIFY(!sync.lastPlan()); // a plan is applied once
        QVERIFY(!run->isEnabled());
        const QString validation = Error::kindName(Error::Kind::Validation);
        const QList<Store::FailureRecord> failures = openFailures(fixture);
        QList<Store::FailureRecord> lost; // the writes whose answers were cut
        for (const Store::FailureRecord &f : failures) {
            if (f.errorKind != validation) {
                lost.append(f);
            }
        }
        QCOMPARE(int(lost.size()), applied->counts.failed);
        QCOMPARE(int(failures.size() - lost.size()), applied->counts.skippedInvalid);
        QVERIFY(summaryLabel->text().contains(u"%1 items failed"_s.arg(applied->counts.failed)));
        QVERIFY(retry->isVisible() || !page.isVisible());
        QVERIFY(retry->isEnabled());
        QCOMPARE(retry->text(), u"Retry %1 failed items"_s.arg(failures.size()));

        // The service recovers: retrying the open failures' contacts succeeds, and the writes
        // whose answers were lost are found, not duplicated. Invalid records stay listed until
        // they are fixed in GoHighLevel.
        fixture.sandbox().mailerLite()->faults().setRates({});
        QSignalSpy started(&sync, &SyncController::started);
        const auto retried = clickAndWait(sync, retry);
        QVERIFY(retried);
        QCOMPARE(started.first().first().value<SyncController::Kind>(),
                 SyncController::Kind::Retry);
        QCOMPARE(retried->outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(retried->counts.failed, 0);
        const QList<Store::FailureRecord> remaining = openFailures(fixture);
        for (const Store::FailureRecord &f : remaining) {
            QVERIFY2(
                f.errorKind == validation,
                qPrintable(u"still open after the retry: %1 (%2)"_s.arg(f.email, f.errorKind)));
        }
        QCOMPARE(remaining.size(), failures.size() - lost.size());
        for (const Store::FailureRecord &f : std::as_const(lost)) {
            QVERIFY2(inMailerLite(fixture, f.email), qPrintable(f.email));
        }
        QCOMPARE(fixture.sandbox().mailerLite()->store().subscriberCount(), before + creates);
        QCOMPARE(retry->isEnabled(), !remaining.isEmpty());
        QVERIFY(summaryLabel->text().contains(u"Sync finished"_s));
    }

    void blastRadiusAsksFirst()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        SyncPage page(fixture.session(), sync);
        auto *preview = child<QPushButton>(page, u"previewButton"_s);
        auto *run = child<QPushButton>(page, u"runButton"_s);
        QVERIFY(preview && run);
        QVERIFY(clickAndWait(sync, preview));
        QVERIFY(sync.lastPlan());
        Sync::Plan plan = *sync.lastPlan();
        plan.blastRadiusExceeded = true;
        plan.blastRadiusMessage = u"too many"_s;
        sync.setLastPlan(plan);
        const qsizetype before = fixture.sandbox().mailerLite()->store().subscriberCount();

        // "No": nothing starts, the plan stays for later.
        fixture.prompter().confirmations.enqueue(false);
        run->click();
        QVERIFY(!sync.isRunning());
        QCOMPARE(fixture.prompter().asked.size(), 1);
        QVERIFY(fixture.prompter().asked.first().startsWith(u"Apply a large removal?"_s));
        QVERIFY(fixture.prompter().asked.first().contains(
            u"%1 subscribers"_s.arg(plan.destructiveCount())));
        QVERIFY(fixture.prompter().asked.first().contains(u"blast radius"_s));
        QVERIFY(sync.lastPlan());

        // "Yes": the plan is applied as previewed.
        fixture.prompter().confirmations.enqueue(true);
        const auto applied = clickAndWait(sync, run);
        QVERIFY(applied);
        QCOMPARE(applied->outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(applied->counts.created, plan.count(Sync::PlanItem::Action::Create));
        QCOMPARE(fixture.sandbox().mailerLite()->store().subscriberCount(),
                 before + plan.count(Sync::PlanItem::Action::Create));
        QVERIFY(fixture.prompter().unexpected.isEmpty());
    }

    void cancelMidRun()
    {
        GuiFixture fixture(slowOptions());
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        SyncPage page(fixture.session(), sync);
        auto *syncNow = child<QPushButton>(page, u"syncNowButton"_s);
        auto *cancel = child<QPushButton>(page, u"cancelButton"_s);
        auto *status = child<QLabel>(page, u"statusLabel"_s);
        QVERIFY(syncNow && cancel && status);
        QVERIFY(!cancel->isEnabled());
        QSignalSpy progress(&sync, &SyncController::progressChanged);
        QSignalSpy finished(&sync, &SyncController::finished);
        QSignalSpy running(&sync, &SyncController::runningChanged);
        syncNow->click();
        QVERIFY(sync.isRunning());
        QVERIFY(cancel->isEnabled());
        QVERIFY(!syncNow->isEnabled());
        QVERIFY(progress.wait(RunTimeoutMs));
        QVERIFY(finished.isEmpty());

        cancel->click();
        QCOMPARE(status->text(), u"Cancelling..."_s);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(finished.wait(RunTimeoutMs));
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.outcome, RunSummary::Outcome::Cancelled);
        QVERIFY(!sync.isRunning());
        QCOMPARE(running.size(), 2);
        QCOMPARE(running.last().first().toBool(), false);
        // The run's thread is gone, and the state database says how the run ended.
        QVERIFY(sync.findChildren<QThread *>().isEmpty());
        Store::RunStore runs(*fixture.session().database(), fixture.clock());
        const auto record = runs.get(summary.runId);
        QVERIFY(record.ok());
        QCOMPARE(record.value().outcome, RunSummary::outcomeName(RunSummary::Outcome::Cancelled));
        QVERIFY(syncNow->isEnabled());
        QVERIFY(status->text().isEmpty());
        QVERIFY(child<QLabel>(page, u"summaryLabel"_s)->text().contains(u"Cancelled"_s));

        // The controller runs again after a cancel.
        QVERIFY(sync.preview());
        sync.cancel();
        QVERIFY(finished.wait(RunTimeoutMs));
        QVERIFY(!sync.isRunning());
    }

    // Closing the window mid-run destroys the controller: it cancels, waits for its thread and
    // leaves the run recorded as cancelled.
    void destroyMidRun()
    {
        GuiFixture fixture(slowOptions());
        QCOMPARE(fixture.start(), QString());
        auto sync = std::make_unique<SyncController>(fixture.session());
        QSignalSpy progress(sync.get(), &SyncController::progressChanged);
        QVERIFY(sync->run());
        QVERIFY(progress.wait(RunTimeoutMs));
        QThread *thread = sync->findChild<QThread *>();
        QVERIFY(thread && thread->isRunning());
        sync.reset();
        Store::RunStore runs(*fixture.session().database(), fixture.clock());
        const auto list = runs.list(GuiFixture::profileName(), 1);
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().first().outcome,
                 RunSummary::outcomeName(RunSummary::Outcome::Cancelled));
    }

    void requestsAreShown()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        SyncPage page(fixture.session(), sync);
        QSignalSpy requests(&sync, &SyncController::requestsChanged);
        const auto summary = clickAndWait(sync, child<QPushButton>(page, u"previewButton"_s));
        QVERIFY(summary);
        QVERIFY(!requests.isEmpty());
        // The last report carries the run's totals.
        QCOMPARE(requests.last().at(0).toLongLong(), summary->requestsGhl);
        QCOMPARE(requests.last().at(1).toLongLong(), summary->requestsMailerLite);
        QVERIFY(summary->requestsGhl > 0 && summary->requestsMailerLite > 0);
        QCOMPARE(child<QLabel>(page, u"ghlRequestsLabel"_s)->text(),
                 u"GoHighLevel: %1 requests"_s.arg(summary->requestsGhl));
        QCOMPARE(child<QLabel>(page, u"mlRequestsLabel"_s)->text(),
                 u"MailerLite: %1 requests"_s.arg(summary->requestsMailerLite));
        QVERIFY(child<QLabel>(page, u"summaryLabel"_s)
                    ->text()
                    .contains(u"GoHighLevel %1, MailerLite %2"_s.arg(summary->requestsGhl)
                                  .arg(summary->requestsMailerLite)));
    }

    void logFilterCopyAndExport()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        SyncPage page(fixture.session(), sync);
        QVERIFY(clickAndWait(sync, child<QPushButton>(page, u"previewButton"_s)));
        LogModel *log = page.logModel();
        QVERIFY(log->rowCount() >= 2);
        auto *level = child<QComboBox>(page, u"levelComboBox"_s);
        level->setCurrentIndex(level->findData(int(Store::LogEntry::Severity::Error)));
        int errors = 0;
        for (int row = 0; row < log->rowCount(); ++row) {
            errors += log->entry(row).severity == Store::LogEntry::Severity::Error ? 1 : 0;
        }
        QCOMPARE(page.logProxy()->rowCount(), errors);
        level->setCurrentIndex(level->findData(int(Store::LogEntry::Severity::Debug)));
        QCOMPARE(page.logProxy()->rowCount(), log->rowCount());

        auto *view = child<QTableView>(page, u"logTableView"_s);
        view->selectRow(0);
        view->selectionModel()->select(page.logProxy()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString expected
            = LogModel::lineOf(log->entry(0)) + u'\n' + LogModel::lineOf(log->entry(1));
        QCOMPARE(page.selectedLogText(), expected);
        child<QPushButton>(page, u"copyLogButton"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);

        const QString path = fixture.directory() + u"/log.txt"_s;
        fixture.prompter().fileNames.enqueue(path);
        child<QPushButton>(page, u"exportLogButton"_s)->click();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), log->rowCount());
        QCOMPARE(lines.first(), LogModel::lineOf(log->entry(0)));
        // A cancelled save writes nothing and asks nothing else.
        child<QPushButton>(page, u"exportLogButton"_s)->click();
        QCOMPARE(fixture.prompter().unexpected, QStringList {u"Export the log"_s});
    }

    // Overrides set through the model (as the combo delegate does) and through the view's
    // actions and keys go into the kept plan; the applied plan honours them, and a Force that
    // would break the consent rules is refused with the reason.
    void overridesInTheAppliedPlan()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        SyncPage page(fixture.session(), sync);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QAbstractItemModelTester planTester(page.planProxy(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *view = child<QTableView>(page, u"planTableView"_s);
        auto *status = child<QLabel>(page, u"statusLabel"_s);
        auto *skip = page.findChild<QAction *>(u"skipSelectedAction"_s);
        auto *force = page.findChild<QAction *>(u"forceSelectedAction"_s);
        auto *clear = page.findChild<QAction *>(u"clearOverrideAction"_s);
        QVERIFY(view && status && skip && force && clear);
        QVERIFY(!skip->isEnabled()); // no plan yet
        QVERIFY(view->actions().contains(skip)); // the context menu offers them
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);

        QVERIFY(clickAndWait(sync, child<QPushButton>(page, u"previewButton"_s)));
        PlanModel &model = *page.planModel();
        const QList<int> creates = rowsWith(model, PlanItem::Action::Create);
        const QList<int> blocked = rowsWith(model, PlanItem::Action::BlockedByConsent);
        QVERIFY(creates.size() >= 4);
        QVERIFY(!blocked.isEmpty()); // the generated data has contacts with email DND
        QVERIFY(skip->isEnabled() && force->isEnabled());

        // 1. Through the model, as the Override column's editor writes it.
        QVERIFY(page.planProxy()->setData(viewIndex(page, creates[0], PlanModel::OverrideColumn),
                                          int(Override::Skip), Qt::EditRole));
        QCOMPARE(overrideOf(sync, creates[0]), Override::Skip);

        // 2. Through the view's action, on a multi-selection with a row it cannot skip.
        selectRows(page, view, {creates[1], blocked[0]});
        skip->trigger();
        QCOMPARE(model.item(creates[1]).override, Override::Skip);
        QCOMPARE(model.item(blocked[0]).override, Override::None);
        QVERIFY2(status->text().contains(u"1 of 2"_s), qPrintable(status->text()));
        QCOMPARE(overrideOf(sync, creates[1]), Override::Skip);

        // 3. By keyboard: Delete skips, Backspace clears, in the focused table.
        view->setFocus();
        selectRows(page, view, {creates[2]});
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(overrideOf(sync, creates[2]), Override::Skip);
        QTest::keyClick(view, Qt::Key_Backspace);
        QCOMPARE(overrideOf(sync, creates[2]), Override::None);

        // Forcing a consent block is refused, by the action and by the model, with the reason.
        selectRows(page, view, {blocked[0]});
        force->trigger();
        QCOMPARE(model.item(blocked[0]).override, Override::None);
        QVERIFY2(status->text().contains(u"consent rules"_s), qPrintable(status->text()));
        const QModelIndex blockedCell = viewIndex(page, blocked[0], PlanModel::OverrideColumn);
        QVERIFY(!page.planProxy()->setData(blockedCell, int(Override::Force), Qt::EditRole));
        QVERIFY(blockedCell.data(Qt::ToolTipRole).toString().contains(u"Cannot force"_s));
        QCOMPARE(overrideOf(sync, blocked[0]), Override::None);

        // The counts row tells how many are overridden and filters to them.
        auto *overridden = child<QToolButton>(page, u"overriddenCountButton"_s);
        QVERIFY(overridden);
        QCOMPARE(overridden->text(), u"Overridden: 2"_s);
        overridden->click();
        QCOMPARE(page.planProxy()->rowCount(), 2);
        child<QToolButton>(page, u"allCountButton"_s)->click();
        QCOMPARE(page.planProxy()->rowCount(), model.rowCount());
        QVERIFY(
            viewIndex(page, creates[0], PlanModel::EmailColumn).data(Qt::BackgroundRole).isValid());

        // Even if a Force on a consent block reached the plan, the executor would not send it.
        Sync::Plan plan = *sync.lastPlan();
        plan.items[blocked[0]].override = Override::Force;
        sync.setLastPlan(plan);
        const qsizetype before = fixture.sandbox().mailerLite()->store().subscriberCount();
        QString blockedType;
        if (const auto *s = subscriber(fixture, plan.items[blocked[0]].email)) {
            blockedType = s->type;
        }

        const auto applied = clickAndWait(sync, child<QPushButton>(page, u"runButton"_s));
        QVERIFY(applied);
        QCOMPARE(applied->outcome, RunSummary::Outcome::Succeeded);
        QVERIFY(!skip->isEnabled()); // the applied plan is spent: nothing left to override
        QVERIFY(!inMailerLite(fixture, plan.items[creates[0]].email));
        QVERIFY(!inMailerLite(fixture, plan.items[creates[1]].email));
        for (const int row : creates.mid(2)) {
            QVERIFY2(inMailerLite(fixture, plan.items[row].email),
                     qPrintable(plan.items[row].email));
        }
        QCOMPARE(fixture.sandbox().mailerLite()->store().subscriberCount(),
                 before + creates.size() - 2);
        const auto *blockedNow = subscriber(fixture, plan.items[blocked[0]].email);
        QCOMPARE(blockedNow ? blockedNow->type : QString(), blockedType);
        QVERIFY(fixture.prompter().unexpected.isEmpty());
    }

    // Force on an unchanged record sends it again: a value edited in MailerLite behind the
    // sync's back is put right; the same edit on an unforced record stays.
    void forcedUnchangedIsResent()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        SyncPage page(fixture.session(), sync);
        auto *preview = child<QPushButton>(page, u"previewButton"_s);
        auto *run = child<QPushButton>(page, u"runButton"_s);
        QVERIFY(preview && run);
        QVERIFY(clickAndWait(sync, preview));
        const Sync::Plan first = *sync.lastPlan();
        const auto synced = clickAndWait(sync, run);
        QVERIFY(synced && synced->outcome == RunSummary::Outcome::Succeeded);

        // Two created contacts with a last name: edit it in MailerLite, and touch them in GHL
        // without a change, so the next preview lists them as unchanged.
        QList<PlanItem> picked;
        for (const PlanItem &item : first.items) {
            if (item.action == PlanItem::Action::Create
                && !item.after.value(u"last_name"_s).isEmpty() && picked.size() < 2) {
                picked.append(item);
            }
        }
        QCOMPARE(picked.size(), 2);
        QJsonArray mlEdits;
        QJsonArray ghlTouches;
        for (const PlanItem &item : std::as_const(picked)) {
            mlEdits.append(
                QJsonObject {{u"email"_s, item.email},
                             {u"fields"_s, QJsonObject {{u"last_name"_s, u"Edited"_s}}}});
            ghlTouches.append(QJsonObject {{u"id"_s, item.contactId}});
        }
        QVERIFY(mutate(fixture.sandbox().mailerLite(), {{u"subscribers"_s, mlEdits}}));
        QVERIFY(mutate(fixture.sandbox().ghl(), {{u"contacts"_s, ghlTouches}}));
        QCOMPARE(subscriber(fixture, picked[0].email)->values.value(u"last_name"_s), u"Edited"_s);

        QVERIFY(clickAndWait(sync, preview));
        PlanModel &model = *page.planModel();
        const int forcedRow = model.rowOfContact(picked[0].contactId);
        const int plainRow = model.rowOfContact(picked[1].contactId);
        QVERIFY(forcedRow >= 0 && plainRow >= 0);
        QCOMPARE(model.item(forcedRow).action, PlanItem::Action::SkipUnchanged);
        QCOMPARE(model.item(plainRow).action, PlanItem::Action::SkipUnchanged);
        const int writes = sync.lastPlan()->writeCount();
        auto *view = child<QTableView>(page, u"planTableView"_s);
        selectRows(page, view, {forcedRow});
        page.findChild<QAction *>(u"forceSelectedAction"_s)->trigger();
        QCOMPARE(overrideOf(sync, forcedRow), Override::Force);
        QCOMPARE(model.index(forcedRow, PlanModel::OverrideColumn).data().toString(), u"Forced"_s);
        QCOMPARE(sync.lastPlan()->writeCount(), writes + 1);

        const auto applied = clickAndWait(sync, run);
        QVERIFY(applied);
        QCOMPARE(applied->outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(subscriber(fixture, picked[0].email)->values.value(u"last_name"_s),
                 picked[0].after.value(u"last_name"_s));
        QCOMPARE(subscriber(fixture, picked[1].email)->values.value(u"last_name"_s), u"Edited"_s);
    }

    // Save plan writes the overrides; Load plan brings them back, refuses another profile's
    // plan and damaged files, and Run applies the loaded plan as it is.
    void saveAndLoadKeepOverrides()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        SyncController sync(fixture.session());
        SyncPage page(fixture.session(), sync);
        QAbstractItemModelTester planTester(page.planProxy(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *preview = child<QPushButton>(page, u"previewButton"_s);
        auto *save = child<QPushButton>(page, u"savePlanButton"_s);
        auto *load = child<QPushButton>(page, u"loadPlanButton"_s);
        auto *run = child<QPushButton>(page, u"runButton"_s);
        auto *status = child<QLabel>(page, u"statusLabel"_s);
        QVERIFY(preview && save && load && run && status);
        QVERIFY(!save->isEnabled());
        QVERIFY(load->isEnabled());

        QVERIFY(clickAndWait(sync, preview));
        PlanModel &model = *page.planModel();
        const QList<int> creates = rowsWith(model, PlanItem::Action::Create);
        QVERIFY(creates.size() >= 3);
        const int skipped = creates[0];
        QVERIFY(
            model.setData(model.index(skipped, PlanModel::OverrideColumn), int(Override::Skip)));
        const QString path = fixture.directory() + u"/plan.json"_s;
        fixture.prompter().fileNames.enqueue(path);
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY2(status->text().startsWith(u"Saved the plan"_s), qPrintable(status->text()));
        auto saved = Sync::Plan::load(path);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().items.size(), model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(saved.value().items[row].override,
                     row == skipped ? Override::Skip : Override::None);
        }

        // Groups only a skipped item needs are not created; the others are.
        Sync::Plan edited = saved.value();
        edited.items[skipped].groupNamesAdd = {u"Only for skipped"_s};
        edited.items[creates[1]].groupNamesAdd = {u"Wanted group"_s};
        edited.groupsToCreate = {u"Only for skipped"_s, u"Wanted group"_s};
        QVERIFY(edited.save(path).ok());
        Sync::Plan foreign = edited;
        foreign.profile = u"other"_s;
        const QString foreignPath = fixture.directory() + u"/other.json"_s;
        QVERIFY(foreign.save(foreignPath).ok());
        const QString brokenPath = fixture.directory() + u"/broken.json"_s;
        {
            QFile broken(brokenPath);
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("{\"format\": \"contactbridge-plan\", \"version\": 1, \"items\": [");
        }

        // A fresh preview: a new plan without overrides.
        QVERIFY(clickAndWait(sync, preview));
        QCOMPARE(model.overrideCount(Override::Skip), 0);
        const Sync::Plan fresh = *sync.lastPlan();

        // Another profile's plan, and a damaged file, are refused; the kept plan stays.
        fixture.prompter().fileNames.enqueue(foreignPath);
        load->click();
        QVERIFY2(status->text().contains(u"made for profile \"other\""_s),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(u"\"%1\""_s.arg(GuiFixture::profileName())));
        fixture.prompter().fileNames.enqueue(brokenPath);
        load->click();
        QVERIFY2(status->text().contains(u"cannot be used"_s), qPrintable(status->text()));
        QCOMPARE(sync.lastPlan()->toJson(), fresh.toJson());
        QCOMPARE(model.overrideCount(Override::Skip), 0);

        // The saved plan comes back with its override, marked and counted.
        fixture.prompter().fileNames.enqueue(path);
        load->click();
        QVERIFY2(status->text().startsWith(u"Loaded the plan"_s), qPrintable(status->text()));
        QCOMPARE(sync.lastPlan()->toJson(), edited.toJson());
        QCOMPARE(model.rowCount(), int(edited.items.size()));
        QCOMPARE(model.item(skipped).override, Override::Skip);
        QCOMPARE(model.overrideCount(Override::Skip), 1);
        QCOMPARE(child<QToolButton>(page, u"overriddenCountButton"_s)->text(), u"Overridden: 1"_s);
        QVERIFY(run->isEnabled());

        const qsizetype before = fixture.sandbox().mailerLite()->store().subscriberCount();
        const auto applied = clickAndWait(sync, run);
        QVERIFY(applied);
        QCOMPARE(applied->outcome, RunSummary::Outcome::Succeeded);
        QVERIFY(!inMailerLite(fixture, edited.items[skipped].email));
        QVERIFY(inMailerLite(fixture, edited.items[creates[1]].email));
        QCOMPARE(fixture.sandbox().mailerLite()->store().subscriberCount(),
                 before + creates.size() - 1);
        QVERIFY(groupExists(fixture, u"Wanted group"_s));
        QVERIFY(!groupExists(fixture, u"Only for skipped"_s));
        QCOMPARE(fixture.prompter().unexpected, QStringList());
        QCOMPARE(fixture.prompter().asked.count(u"Load plan"_s), 3);
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
