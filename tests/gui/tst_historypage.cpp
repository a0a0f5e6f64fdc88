// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guifixture.h"
#include "historycharts.h"
#include "historypage.h"
#include "runitemmodel.h"
#include "runmodel.h"
#include "store/runstore.h"
#include "store/statedatabase.h"
#include "synccontroller.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

Store::RunItemRecord itemWith(const QString &contactId, const QString &outcome)
{
    Store::RunItemRecord r;
    r.contactId = contactId;
    r.email = contactId + u"@example.com"_s;
    r.action = outcome == u"failed"_s ? u"update"_s : u"create"_s;
    r.outcome = outcome;
    r.createdAt = t0;
    return r;
}

QList<double> yValues(const QLineSeries *line)
{
    QList<double> ys;
    for (const QPointF &p : line->points()) {
        ys.append(p.y());
    }
    return ys;
}

QList<double> barValues(const QBarSet *set)
{
    QList<double> values;
    for (int i = 0; i < set->count(); ++i) {
        values.append(set->at(i));
    }
    return values;
}

} // namespace

class TestHistoryPage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<Store::StateDatabase> m_db;
    std::unique_ptr<SyncController> m_sync;

    // A finished run with `items` items and two log lines; its id.
    qint64 addRun(Store::RunStore &runs, int index, int items)
    {
        const auto id = runs.begin(GuiFixture::profileName(), u"upsert"_s, index % 2 == 1,
                                   t0.addSecs(index * 60));
        if (!id.ok()) {
            return -1;
        }
        QList<Store::RunItemRecord> records;
        for (int i = 0; i < items; ++i) {
            Store::RunItemRecord r;
            r.contactId = u"run%1-c%2"_s.arg(index).arg(i);
            r.email = r.contactId + u"@example.com"_s;
            r.action = u"create"_s;
            r.outcome = u"applied"_s;
            r.afterJson = u"{\"name\":\"N%1\"}"_s.arg(i);
            r.createdAt = t0;
            records.append(r);
        }
        Store::RunCounts counts;
        counts.created = items;
        const bool ok = runs.addItems(id.value(), records).ok()
            && runs.addLog(
                       id.value(),
                       {t0, Store::LogEntry::Severity::Info, {}, u"run %1 started"_s.arg(index)})
                   .ok()
            && runs.addLog(id.value(),
                           {t0, Store::LogEntry::Severity::Warning, u"run-c0"_s, u"slow answer"_s})
                   .ok()
            && runs.finish(id.value(), u"succeeded"_s, counts, 2, 3, 1500).ok();
        return ok ? id.value() : -1;
    }

    // A finished run with the given start, counters, duration and requests; its id.
    qint64 addRunAt(const QDateTime &start, bool dryRun, const Store::RunCounts &counts,
                    qint64 durationMs, int ghl, int mailerLite,
                    const QList<Store::RunItemRecord> &items = {})
    {
        Store::RunStore runs(*m_db, m_fixture->clock());
        const auto id = runs.begin(GuiFixture::profileName(), u"upsert"_s, dryRun, start);
        if (!id.ok() || !runs.addItems(id.value(), items).ok()
            || !runs.finish(id.value(), u"succeeded"_s, counts, ghl, mailerLite, durationMs).ok()) {
            return -1;
        }
        return id.value();
    }

    static QLineSeries *lineNamed(QChart *chart, const QString &name)
    {
        const QList<QAbstractSeries *> all = chart->series();
        for (QAbstractSeries *series : all) {
            if (series->name() == name) {
                return qobject_cast<QLineSeries *>(series);
            }
        }
        return nullptr;
    }

    void seedRuns(int count, int itemsEach)
    {
        Store::RunStore runs(*m_db, m_fixture->clock());
        const Status done = m_db->transaction([&]() -> Status {
            for (int i = 1; i <= count; ++i) {
                if (addRun(runs, i, i == count ? itemsEach + 1 : itemsEach) < 0) {
                    return Error {Error::Kind::Storage, u"seed"_s, {}, 0};
                }
            }
            return success();
        });
        QVERIFY(done.ok());
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        QCOMPARE(m_fixture->start(), QString());
        auto db = Store::StateDatabase::open(m_fixture->databasePath(), u"test-seed"_s);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_sync = std::make_unique<SyncController>(m_fixture->session());
    }

    void cleanup()
    {
        m_sync.reset();
        m_db.reset();
        m_fixture.reset();
    }

    void showsRunsNewestFirstWithItemsAndLog()
    {
        seedRuns(3, 2);
        HistoryPage page(m_fixture->session(), *m_sync);
        RunModel *runs = page.runModel();
        QCOMPARE(runs->rowCount(), 3);
        QCOMPARE(runs->runAt(0)->startedAt, t0.addSecs(180));
        QCOMPARE(runs->index(0, RunModel::CreatedColumn).data().toInt(), 3);
        QCOMPARE(runs->index(0, RunModel::KindColumn).data().toString(), u"Preview"_s);
        QCOMPARE(runs->index(1, RunModel::KindColumn).data().toString(), u"Sync"_s);
        QCOMPARE(runs->index(0, RunModel::RequestsMailerLiteColumn).data().toInt(), 3);
        QVERIFY(!page.canLoadMore());

        // The newest run is shown at once.
        QCOMPARE(page.itemModel()->rowCount(), 3);
        QCOMPARE(page.itemModel()->index(0, RunItemModel::ContactColumn).data().toString(),
                 u"run3-c0"_s);
        QCOMPARE(page.itemModel()->index(0, RunItemModel::ChangesColumn).data().toString(),
                 u"name: (none) -> N0"_s);
        auto *log = page.findChild<QPlainTextEdit *>(u"logPlainTextEdit"_s);
        QVERIFY(log->toPlainText().contains(u"run 3 started"_s));
        QVERIFY(log->toPlainText().contains(u"run-c0  slow answer"_s));

        // Drill into an older run.
        page.findChild<QTableView *>(u"runTableView"_s)->selectRow(2);
        QCOMPARE(page.itemModel()->rowCount(), 2);
        QCOMPARE(page.itemModel()->index(1, RunItemModel::ContactColumn).data().toString(),
                 u"run1-c1"_s);
        QVERIFY(log->toPlainText().contains(u"run 1 started"_s));
        QVERIFY(page.findChild<QLabel *>(u"runSummaryLabel"_s)->text().contains(u"Succeeded"_s));
    }

    void loadsMoreRunsPageByPage()
    {
        seedRuns(HistoryPage::pageSize + 5, 0);
        HistoryPage page(m_fixture->session(), *m_sync);
        auto *more = page.findChild<QPushButton *>(u"loadMoreButton"_s);
        QCOMPARE(page.runModel()->rowCount(), HistoryPage::pageSize);
        QVERIFY(page.canLoadMore());
        QVERIFY(more->isEnabled());
        QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(page.runModel()->rowCount(), HistoryPage::pageSize + 5);
        QVERIFY(!page.canLoadMore());
        QVERIFY(!more->isEnabled());
        // Oldest last.
        QCOMPARE(page.runModel()->runAt(HistoryPage::pageSize + 4)->startedAt, t0.addSecs(60));
    }

    void reloadsAfterASync()
    {
        HistoryPage page(m_fixture->session(), *m_sync);
        QCOMPARE(page.runModel()->rowCount(), 0);
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QVERIFY(m_sync->preview());
        QVERIFY(finished.wait(60000));
        QCOMPARE(page.runModel()->rowCount(), 1);
        QVERIFY(page.runModel()->runAt(0)->dryRun);
        QCOMPARE(page.runModel()->runAt(0)->id,
                 finished.first().first().value<Sync::RunSummary>().runId);
        QVERIFY(page.itemModel()->rowCount() > 0);
        QCOMPARE(page.itemModel()->index(0, 0).data(RunItemModel::OutcomeRole).toString(),
                 u"planned"_s);
        // The charts reloaded too: a preview alone is not charted until asked for.
        QVERIFY(page.charts()->placeholderText().contains(u"Only previews"_s));
        page.charts()->setIncludeDryRuns(true);
        QVERIFY(page.charts()->isShowingCharts());
        QCOMPARE(page.charts()->series().runCount(), 1);
    }

    void clearsWhenTheProfileCloses()
    {
        seedRuns(2, 1);
        HistoryPage page(m_fixture->session(), *m_sync);
        QCOMPARE(page.runModel()->rowCount(), 2);
        m_fixture->session().close();
        QCOMPARE(page.runModel()->rowCount(), 0);
        QCOMPARE(page.itemModel()->rowCount(), 0);
        QVERIFY(!page.findChild<QPushButton *>(u"refreshButton"_s)->isEnabled());
        QVERIFY(!page.charts()->isShowingCharts());
        QVERIFY(page.charts()->placeholderText().contains(u"Open a profile"_s));
    }

    void chartsPlotTheLoadedRuns()
    {
        const QDateTime now = m_fixture->clock().now();
        Store::RunCounts a;
        a.created = 5;
        a.unchanged = 10;
        a.failed = 1;
        Store::RunCounts preview;
        preview.created = 7;
        Store::RunCounts c;
        c.updated = 3;
        c.skippedInvalid = 1;
        c.duplicates = 1;
        Store::RunCounts old;
        old.created = 100;
        const qint64 oldId = addRunAt(now.addDays(-40), false, old, 60000, 9, 9);
        const qint64 aId = addRunAt(now.addDays(-3), false, a, 2000, 4, 6);
        QVERIFY(addRunAt(now.addDays(-2), true, preview, 1000, 1, 1) > 0);
        const qint64 cId = addRunAt(now.addDays(-1), false, c, 4000, 5, 8);
        QVERIFY(oldId > 0 && aId > 0 && cId > 0);
        // Still running: neither counted nor timed yet.
        Store::RunStore runs(*m_db, m_fixture->clock());
        QVERIFY(runs.begin(GuiFixture::profileName(), u"upsert"_s, false, now.addSecs(-60)).ok());

        HistoryPage page(m_fixture->session(), *m_sync);
        page.resize(1280, 800);
        page.showCharts();
        QCOMPARE(page.findChild<QTabWidget *>(u"viewTabWidget"_s)->currentWidget()->objectName(),
                 u"chartsTab"_s);
        HistoryCharts *charts = page.charts();
        QCOMPARE(page.runModel()->rowCount(), 5);
        // Defaults: the last 30 days, previews left out.
        QCOMPARE(charts->range(), Store::RunSeries::Range::LastMonth);
        QVERIFY(!charts->includesDryRuns());
        QVERIFY(charts->isShowingCharts());
        QCOMPARE(charts->series().runCount(), 2);
        QCOMPARE(charts->series().buckets().front().runId, aId);

        // Items: one stacked bar per run, one set per outcome that occurred.
        QCOMPARE(charts->itemsChart()->series().size(), 1);
        auto *bars = qobject_cast<QStackedBarSeries *>(charts->itemsChart()->series().first());
        QVERIFY(bars);
        QStringList labels;
        for (const QBarSet *set : bars->barSets()) {
            labels.append(set->label());
        }
        QCOMPARE(
            labels,
            (QStringList {u"Created"_s, u"Updated"_s, u"Unchanged"_s, u"Skipped"_s, u"Failed"_s}));
        QCOMPARE(barValues(bars->barSets().at(0)), (QList<double> {5, 0}));
        QCOMPARE(barValues(bars->barSets().at(1)), (QList<double> {0, 3}));
        QCOMPARE(barValues(bars->barSets().at(3)), (QList<double> {0, 2}));
        QCOMPARE(barValues(bars->barSets().at(4)), (QList<double> {1, 0}));
        const auto xAxes = charts->itemsChart()->axes(Qt::Horizontal);
        QCOMPARE(xAxes.size(), 1);
        QCOMPARE(qobject_cast<QBarCategoryAxis *>(xAxes.first())->count(), 2);

        // Duration in seconds and requests per service, at the runs' start times.
        QCOMPARE(charts->durationChart()->series().size(), 1);
        auto *duration = qobject_cast<QLineSeries *>(charts->durationChart()->series().first());
        QVERIFY(duration);
        QCOMPARE(yValues(duration), (QList<double> {2.0, 4.0}));
        QCOMPARE(qint64(duration->at(0).x()), now.addDays(-3).toMSecsSinceEpoch());
        QLineSeries *ghl = lineNamed(charts->requestsChart(), u"GoHighLevel"_s);
        QLineSeries *mailerLite = lineNamed(charts->requestsChart(), u"MailerLite"_s);
        QVERIFY(ghl && mailerLite);
        QCOMPARE(yValues(ghl), (QList<double> {4, 5}));
        QCOMPARE(yValues(mailerLite), (QList<double> {6, 8}));

        // Previews on request.
        page.findChild<QCheckBox *>(u"includeDryRunsCheckBox"_s)->click();
        QCOMPARE(charts->series().runCount(), 3);
        ghl = lineNamed(charts->requestsChart(), u"GoHighLevel"_s);
        QCOMPARE(yValues(ghl), (QList<double> {4, 1, 5}));

        // Ranges: everything loaded, then the last week.
        auto *range = page.findChild<QComboBox *>(u"rangeComboBox"_s);
        range->setCurrentIndex(range->findData(int(Store::RunSeries::Range::All)));
        QCOMPARE(charts->series().runCount(), 4);
        QCOMPARE(charts->series().buckets().front().runId, oldId);
        duration = qobject_cast<QLineSeries *>(charts->durationChart()->series().first());
        QCOMPARE(yValues(duration), (QList<double> {60.0, 2.0, 1.0, 4.0}));
        range->setCurrentIndex(range->findData(int(Store::RunSeries::Range::LastWeek)));
        QCOMPARE(charts->series().runCount(), 3);
        QCOMPARE(charts->series().buckets().back().runId, cId);
    }

    void chartsExplainWhyTheyAreEmpty()
    {
        HistoryPage page(m_fixture->session(), *m_sync);
        HistoryCharts *charts = page.charts();
        QVERIFY(!charts->isShowingCharts());
        QVERIFY(charts->placeholderText().contains(u"No finished runs yet"_s));
        QVERIFY(charts->itemsChart()->series().isEmpty());

        const QDateTime now = m_fixture->clock().now();
        QVERIFY(addRunAt(now.addDays(-40), false, {}, 1000, 1, 1) > 0);
        page.reload();
        QVERIFY(!charts->isShowingCharts());
        QVERIFY(charts->placeholderText().contains(u"No runs in the last 30 days"_s));

        QVERIFY(addRunAt(now.addSecs(-600), true, {}, 1000, 1, 1) > 0);
        page.reload();
        QVERIFY(!charts->isShowingCharts());
        QVERIFY(charts->placeholderText().contains(u"No runs in the last 30 days"_s));
        charts->setRange(Store::RunSeries::Range::All);
        QVERIFY(charts->isShowingCharts());
        QCOMPARE(charts->series().runCount(), 1);
    }

    void drillDownFiltersByOutcome()
    {
        QList<Store::RunItemRecord> older {itemWith(u"o1"_s, u"failed"_s),
                                           itemWith(u"o2"_s, u"applied"_s)};
        QList<Store::RunItemRecord> newer {
            itemWith(u"n1"_s, u"applied"_s),         itemWith(u"n2"_s, u"failed"_s),
            itemWith(u"n3"_s, u"applied"_s),         itemWith(u"n4"_s, u"skipped"_s),
            itemWith(u"n5"_s, u"skipped-by-user"_s), itemWith(u"n6"_s, u"failed"_s),
            itemWith(u"n7"_s, u"applied"_s)};
        QList<Store::RunItemRecord> clean {itemWith(u"c1"_s, u"applied"_s)};
        QVERIFY(addRunAt(t0, false, {}, 1000, 1, 1, older) > 0);
        QVERIFY(addRunAt(t0.addSecs(60), false, {}, 1000, 1, 1, clean) > 0);
        QVERIFY(addRunAt(t0.addSecs(120), false, {}, 1000, 1, 1, newer) > 0);

        HistoryPage page(m_fixture->session(), *m_sync);
        QSortFilterProxyModel *filtered = page.itemFilterModel();
        QAbstractItemModelTester tester(filtered,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *box = page.findChild<QComboBox *>(u"itemOutcomeComboBox"_s);
        auto *tabs = page.findChild<QTabWidget *>(u"detailTabWidget"_s);
        QCOMPARE(box->count(), 5);
        QCOMPARE(box->itemText(0), u"All outcomes (7)"_s);
        QCOMPARE(box->itemText(1), u"Applied (3)"_s);
        QCOMPARE(box->itemText(2), u"Failed (2)"_s);
        QCOMPARE(filtered->rowCount(), 7);
        QCOMPARE(tabs->tabText(0), u"Items (7)"_s);

        box->setCurrentIndex(box->findData(u"failed"_s));
        QCOMPARE(filtered->rowCount(), 2);
        QCOMPARE(filtered->index(0, RunItemModel::ContactColumn).data().toString(), u"n2"_s);
        QCOMPARE(filtered->index(1, RunItemModel::ContactColumn).data().toString(), u"n6"_s);
        QCOMPARE(tabs->tabText(0), u"Items (2 of 7)"_s);
        // Exact words: "skipped" is not "skipped-by-user".
        page.setItemOutcomeFilter(u"skipped"_s);
        QCOMPARE(filtered->rowCount(), 1);
        QCOMPARE(filtered->index(0, RunItemModel::OutcomeColumn)
                     .data(RunItemModel::OutcomeRole)
                     .toString(),
                 u"skipped"_s);

        // Another run with failures keeps the filter; one without falls back to all items.
        page.setItemOutcomeFilter(u"failed"_s);
        page.selectRun(2);
        QCOMPARE(page.itemModel()->rowCount(), 2);
        QCOMPARE(filtered->rowCount(), 1);
        QCOMPARE(filtered->index(0, RunItemModel::ContactColumn).data().toString(), u"o1"_s);
        page.selectRun(1);
        QCOMPARE(box->currentIndex(), 0);
        QCOMPARE(filtered->rowCount(), 1);
        QCOMPARE(tabs->tabText(0), u"Items (1)"_s);
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
