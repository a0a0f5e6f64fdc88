// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sync page's models on their own: PlanModel behind its action filter, its overrides (which
// the rules allow, editing through setData, the combo delegate and in batches), the bounded and
// batched LogModel, LogFilterProxy, and RequestMeter's windowed counts.
#include "logfilterproxy.h"
#include "logmodel.h"
#include "planmodel.h"
#include "planoverridedelegate.h"
#include "requestmeter.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Severity = Store::LogEntry::Severity;
using Sync::PlanItem;
using Override = Sync::PlanItem::Override;

namespace {

PlanItem item(PlanItem::Action action, const QString &id, const QString &email)
{
    PlanItem i;
    i.action = action;
    i.contactId = id;
    i.email = email;
    i.name = u"Name "_s + id;
    i.reason = u"because "_s + id;
    return i;
}

Sync::Plan samplePlan()
{
    Sync::Plan plan;
    plan.profile = u"p"_s;
    PlanItem create = item(PlanItem::Action::Create, u"c1"_s, u"a@example.com"_s);
    create.after = {{u"name"_s, u"Ann"_s}, {u"city"_s, u"Oslo"_s}};
    create.typeAfter = u"active"_s;
    create.groupsAdd = {42};
    create.groupNamesAdd = {u"VIP"_s};
    PlanItem update = item(PlanItem::Action::Update, u"c2"_s, u"b@example.com"_s);
    update.before = {{u"city"_s, u"Rome"_s}, {u"name"_s, u"Bo"_s}};
    update.after = {{u"city"_s, u"Paris"_s}, {u"name"_s, u"Bo"_s}};
    update.groupsRemove = {7};
    PlanItem unsubscribe = item(PlanItem::Action::Unsubscribe, u"c3"_s, u"c@example.com"_s);
    unsubscribe.typeBefore = u"active"_s;
    unsubscribe.typeAfter = u"unsubscribed"_s;
    plan.items = {create,
                  update,
                  unsubscribe,
                  item(PlanItem::Action::SkipUnchanged, u"c4"_s, u"d@example.com"_s),
                  item(PlanItem::Action::Create, u"c5"_s, u"e@example.com"_s),
                  item(PlanItem::Action::Duplicate, u"c6"_s, u"a@example.com"_s)};
    return plan;
}

// One item of every kind the override rules tell apart, in this row order.
enum OverrideRow {
    CreateRow,
    UpdateRow,
    ConsentUnsubscribeRow, // GHL email do-not-disturb: the planner gives it a payload hash
    DepartureUnsubscribeRow, // mirror mode: no hash
    GroupRemovalRow,
    UnchangedRow,
    InvalidRow,
    BlockedUnsubscribedRow, // unsubscribed in MailerLite, resubscribing not allowed
    BlockedDndRow, // do-not-disturb, not in MailerLite
    DuplicateRow,
    OverrideRowCount
};

Sync::Plan overridePlan()
{
    Sync::Plan plan;
    plan.profile = u"p"_s;
    const PlanItem::Action actions[] = {
        PlanItem::Action::Create,           PlanItem::Action::Update,
        PlanItem::Action::Unsubscribe,      PlanItem::Action::Unsubscribe,
        PlanItem::Action::RemoveFromGroups, PlanItem::Action::SkipUnchanged,
        PlanItem::Action::SkipInvalid,      PlanItem::Action::BlockedByConsent,
        PlanItem::Action::BlockedByConsent, PlanItem::Action::Duplicate,
    };
    for (int row = 0; row < OverrideRowCount; ++row) {
        plan.items.append(item(actions[row], u"o%1"_s.arg(row), u"o%1@example.com"_s.arg(row)));
    }
    plan.items[ConsentUnsubscribeRow].payloadHash = u"hash"_s;
    plan.items[ConsentUnsubscribeRow].typeBefore = u"active"_s;
    plan.items[BlockedUnsubscribedRow].typeBefore = u"unsubscribed"_s;
    return plan;
}

Store::LogEntry entry(int n, Severity severity = Severity::Info, const QString &contact = {})
{
    Store::LogEntry e;
    e.time = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC).addSecs(n);
    e.severity = severity;
    e.contactId = contact;
    e.message = u"line %1"_s.arg(n);
    return e;
}

} // namespace

class TestSyncModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planModelShowsItems()
    {
        PlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setPlan(samplePlan());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(PlanModel::ColumnCount));
        const auto cell = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, PlanModel::ActionColumn), u"Create"_s);
        QCOMPARE(cell(0, PlanModel::ContactColumn), u"Name c1"_s);
        QCOMPARE(cell(0, PlanModel::EmailColumn), u"a@example.com"_s);
        QCOMPARE(cell(0, PlanModel::ChangesColumn),
                 u"city: (empty) \u2192 Oslo; name: (empty) \u2192 Ann"_s);
        QCOMPARE(cell(0, PlanModel::GroupsColumn), u"+VIP (new), +42"_s);
        QCOMPARE(cell(0, PlanModel::TypeColumn), u"(new) \u2192 active"_s);
        // Unchanged values are left out.
        QCOMPARE(cell(1, PlanModel::ChangesColumn), u"city: Rome \u2192 Paris"_s);
        QCOMPARE(cell(1, PlanModel::GroupsColumn), u"\u22127"_s);
        QCOMPARE(cell(2, PlanModel::TypeColumn), u"active \u2192 unsubscribed"_s);
        QCOMPARE(cell(3, PlanModel::ReasonColumn), u"because c4"_s);
        QCOMPARE(model.index(2, 0).data(PlanModel::ActionRole).toInt(),
                 int(PlanItem::Action::Unsubscribe));
        QCOMPARE(model.index(1, 3).data(PlanModel::ContactIdRole).toString(), u"c2"_s);
        QCOMPARE(model.rowOfContact(u"c5"_s), 4);
        QCOMPARE(model.rowOfContact(u"nobody"_s), -1);
        QCOMPARE(model.headerData(PlanModel::ChangesColumn, Qt::Horizontal).toString(),
                 u"Before \u2192 after"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOfContact(u"c5"_s), -1);
    }

    void planProxyFiltersAndSortsByAction()
    {
        PlanModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PlanModel::SortRole);
        proxy.setFilterRole(PlanModel::ActionNameRole);
        proxy.setFilterKeyColumn(PlanModel::ActionColumn);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPlan(samplePlan());
        proxy.sort(PlanModel::ActionColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PlanModel::ActionRole).toInt(),
                 int(PlanItem::Action::Duplicate));
        proxy.setFilterRegularExpression(
            QRegularExpression(u"^%1$"_s.arg(PlanItem::actionName(PlanItem::Action::Create))));
        QCOMPARE(proxy.rowCount(), 2);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            QCOMPARE(proxy.index(row, 0).data(PlanModel::ActionRole).toInt(),
                     int(PlanItem::Action::Create));
        }
        proxy.sort(PlanModel::EmailColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, PlanModel::EmailColumn).data().toString(), u"a@example.com"_s);
        QCOMPARE(proxy.index(1, PlanModel::EmailColumn).data().toString(), u"e@example.com"_s);
        model.setPlan({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void overrideRules_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<bool>("canSkip");
        QTest::addColumn<bool>("canForce");
        QTest::addColumn<QString>("forceReason"); // part of the refusal, when refused
        QTest::newRow("create") << int(CreateRow) << true << false << u"sent anyway"_s;
        QTest::newRow("update") << int(UpdateRow) << true << false << u"sent anyway"_s;
        QTest::newRow("do-not-disturb unsubscribe")
            << int(ConsentUnsubscribeRow) << false << false << u"sent anyway"_s;
        QTest::newRow("mirror unsubscribe")
            << int(DepartureUnsubscribeRow) << true << false << u"sent anyway"_s;
        QTest::newRow("group removal") << int(GroupRemovalRow) << true << false << u"sent anyway"_s;
        QTest::newRow("unchanged") << int(UnchangedRow) << false << true << QString();
        QTest::newRow("invalid") << int(InvalidRow) << false << false << u"would refuse"_s;
        QTest::newRow("blocked: unsubscribed")
            << int(BlockedUnsubscribedRow) << false << false << u"allows resubscribing"_s;
        QTest::newRow("blocked: do-not-disturb")
            << int(BlockedDndRow) << false << false << u"do-not-disturb"_s;
        QTest::newRow("duplicate") << int(DuplicateRow) << false << false << u"same email"_s;
    }

    // setData honours the rules: Force only re-sends an unchanged record, and nothing breaks
    // consent (no forced resubscribe, no skipped do-not-disturb unsubscribe).
    void overrideRules()
    {
        QFETCH(int, row);
        QFETCH(bool, canSkip);
        QFETCH(bool, canForce);
        QFETCH(QString, forceReason);
        PlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPlan(overridePlan());
        QSignalSpy changed(&model, &PlanModel::overridesChanged);
        const QModelIndex cell = model.index(row, PlanModel::OverrideColumn);
        QCOMPARE(cell.data(PlanModel::SkipRefusalRole).toString().isEmpty(), canSkip);
        QCOMPARE(cell.data(PlanModel::ForceRefusalRole).toString().isEmpty(), canForce);
        if (!canForce) {
            QVERIFY2(cell.data(PlanModel::ForceRefusalRole).toString().contains(forceReason),
                     qPrintable(cell.data(PlanModel::ForceRefusalRole).toString()));
            // The tooltip says why.
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(forceReason));
        }
        QCOMPARE(bool(model.flags(cell) & Qt::ItemIsEditable), canSkip || canForce);

        QCOMPARE(model.setData(cell, int(Override::Force)), canForce);
        // What the executor will do follows: a forced unchanged record is sent again.
        QCOMPARE(model.item(row).willApply(), canForce || model.item(row).isWrite());
        QVERIFY(model.setData(cell, int(Override::None)));
        QCOMPARE(model.setData(cell, int(Override::Skip)), canSkip);
        const auto expected = canSkip ? Override::Skip : Override::None;
        QCOMPARE(cell.data(PlanModel::OverrideRole).toInt(), int(expected));
        QCOMPARE(model.item(row).override, expected);
        QCOMPARE(changed.size(), (canForce ? 2 : 0) + (canSkip ? 1 : 0));
        // A skipped record is not sent; a refused override leaves the record as planned.
        QCOMPARE(model.item(row).willApply(), !canSkip && model.item(row).isWrite());
        QVERIFY(model.setData(cell, int(Override::None)));
        QCOMPARE(model.item(row).willApply(), model.item(row).isWrite());
    }

    void overridesAreEditedAndMarked()
    {
        PlanModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PlanModel::SortRole);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPlan(overridePlan());
        proxy.sort(PlanModel::EmailColumn, Qt::DescendingOrder);
        QCOMPARE(model.headerData(PlanModel::OverrideColumn, Qt::Horizontal).toString(),
                 u"Override"_s);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

        // Through the proxy, as the view edits.
        const QModelIndex create = proxy.mapFromSource(model.index(CreateRow, 0));
        QVERIFY(proxy.setData(create.siblingAtColumn(PlanModel::OverrideColumn),
                              int(Override::Skip), Qt::EditRole));
        QCOMPARE(dataChanged.size(), 1);
        // The whole row changes: every cell is marked.
        QCOMPARE(dataChanged.first().at(0).toModelIndex(), model.index(CreateRow, 0));
        QCOMPARE(dataChanged.first().at(1).toModelIndex(),
                 model.index(CreateRow, PlanModel::ColumnCount - 1));
        QCOMPARE(model.index(CreateRow, PlanModel::OverrideColumn).data().toString(), u"Skipped"_s);
        QCOMPARE(model.index(CreateRow, PlanModel::ActionColumn).data().toString(), u"Create"_s);
        QVERIFY(model.index(CreateRow, PlanModel::EmailColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(CreateRow, PlanModel::EmailColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .strikeOut());
        QVERIFY(!model.index(UpdateRow, PlanModel::EmailColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(CreateRow, 0).data(PlanModel::OverriddenRole).toBool());
        QVERIFY(!model.index(UpdateRow, 0).data(PlanModel::OverriddenRole).toBool());
        QVERIFY(model.index(CreateRow, PlanModel::OverrideColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Skipped by you"_s));
        // Values outside the enum, other columns and other roles are refused.
        QVERIFY(!model.setData(model.index(UpdateRow, PlanModel::OverrideColumn), 7));
        QVERIFY(!model.setData(model.index(UpdateRow, PlanModel::OverrideColumn), u"skip"_s));
        QVERIFY(
            !model.setData(model.index(UpdateRow, PlanModel::EmailColumn), int(Override::Skip)));
        QVERIFY(!model.setData(model.index(UpdateRow, PlanModel::OverrideColumn),
                               int(Override::Skip), Qt::DisplayRole));
        QCOMPARE(dataChanged.size(), 1);

        // A batch: possible rows change in one signal, the others are counted with a reason.
        dataChanged.clear();
        QList<int> all;
        for (int row = 0; row < OverrideRowCount; ++row) {
            all.append(row);
        }
        const PlanModel::OverrideChange skip = model.setOverride(all, Override::Skip);
        QCOMPARE(skip.changed, 3); // update, mirror unsubscribe, group removal
        QCOMPARE(skip.refused, 6); // the create was skipped already
        QVERIFY(skip.refusal.contains(u"do-not-disturb"_s));
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(model.overrideCount(Override::Skip), 4);
        const PlanModel::OverrideChange force = model.setOverride(all, Override::Force);
        QCOMPARE(force.changed, 1);
        QCOMPARE(model.item(UnchangedRow).override, Override::Force);
        QCOMPARE(model.overrideCount(Override::Force), 1);
        QCOMPARE(model.overrideCount(Override::Skip), 4); // forcing did not unskip anything

        // The overrides go into the plan they came from, and nowhere else.
        Sync::Plan plan = overridePlan();
        QVERIFY(model.copyOverridesTo(plan));
        QCOMPARE(plan.items[CreateRow].override, Override::Skip);
        QCOMPARE(plan.items[UnchangedRow].override, Override::Force);
        QCOMPARE(plan.items[ConsentUnsubscribeRow].override, Override::None);
        QCOMPARE(plan.writeCount(), 2); // the do-not-disturb unsubscribe and the forced re-send
        Sync::Plan other = samplePlan();
        QVERIFY(!model.copyOverridesTo(other));
        QVERIFY(std::all_of(other.items.cbegin(), other.items.cend(),
                            [](const PlanItem &i) { return i.override == Override::None; }));

        // Sorting by override puts the plain rows first.
        proxy.sort(PlanModel::OverrideColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PlanModel::OverrideRole).toInt(), int(Override::None));
        QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data(PlanModel::OverrideRole).toInt(),
                 int(Override::Force));

        // Read-only while the plan is applied.
        model.setEditable(false);
        QVERIFY(
            !(model.flags(model.index(UpdateRow, PlanModel::OverrideColumn)) & Qt::ItemIsEditable));
        QVERIFY(
            !model.setData(model.index(UpdateRow, PlanModel::OverrideColumn), int(Override::None)));
        QCOMPARE(model.setOverride(all, Override::None).changed, 0);
        model.setEditable(true);
        QCOMPARE(model.setOverride(all, Override::None).changed, 5);
        QCOMPARE(model.overrideCount(Override::None), int(OverrideRowCount));
        // A new plan starts without the old overrides' marks.
        model.setPlan(samplePlan());
        QCOMPARE(model.overrideCount(Override::None), model.rowCount());
    }

    // The combo delegate offers the three choices, disables the refused ones with the reason
    // as tooltip, and writes the choice through setData.
    void overrideDelegate()
    {
        PlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPlan(overridePlan());
        PlanOverrideDelegate delegate;
        QWidget parent;
        QSignalSpy committed(&delegate, &QAbstractItemDelegate::commitData);
        QSignalSpy closed(&delegate, &QAbstractItemDelegate::closeEditor);

        const QModelIndex blocked = model.index(BlockedUnsubscribedRow, PlanModel::OverrideColumn);
        auto *combo = qobject_cast<QComboBox *>(
            delegate.createEditor(&parent, QStyleOptionViewItem(), blocked));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(0), u"As planned"_s);
        auto *items = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(items);
        QVERIFY(items->item(int(Override::None))->isEnabled());
        QVERIFY(!items->item(int(Override::Force))->isEnabled());
        QVERIFY(items->item(int(Override::Force))->toolTip().contains(u"consent rules"_s));
        QVERIFY(!items->item(int(Override::Skip))->isEnabled());
        // Even if a value the rules forbid reaches it, the model keeps the item as planned.
        combo->setCurrentIndex(int(Override::Force));
        delegate.setModelData(combo, &model, blocked);
        QCOMPARE(model.item(BlockedUnsubscribedRow).override, Override::None);

        const QModelIndex unchanged = model.index(UnchangedRow, PlanModel::OverrideColumn);
        combo = qobject_cast<QComboBox *>(
            delegate.createEditor(&parent, QStyleOptionViewItem(), unchanged));
        QVERIFY(combo);
        delegate.setEditorData(combo, unchanged);
        QCOMPARE(combo->currentIndex(), int(Override::None));
        items = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(items->item(int(Override::Force))->isEnabled());
        // Picking a choice commits it at once and closes the editor.
        combo->setCurrentIndex(int(Override::Force));
        Q_EMIT combo->activated(int(Override::Force));
        QCOMPARE(committed.size(), 1);
        QCOMPARE(closed.size(), 1);
        delegate.setModelData(combo, &model, unchanged);
        QCOMPARE(model.item(UnchangedRow).override, Override::Force);
        delegate.setEditorData(combo, unchanged);
        QCOMPARE(combo->currentIndex(), int(Override::Force));
    }

    void logModelBatchesLines()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 25; ++i) {
            model.append(entry(i));
        }
        // Nothing shows before the batch timer fires; then all 25 arrive in one insert.
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 25);
        QTRY_COMPARE(model.rowCount(), 25);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 24);
        QCOMPARE(model.index(3, LogModel::MessageColumn).data().toString(), u"line 3"_s);
        QCOMPARE(model.index(3, LogModel::LevelColumn).data().toString(), u"Info"_s);
        model.append(entry(99, Severity::Warning, u"abc"_s));
        model.flush();
        QCOMPARE(model.rowCount(), 26);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(25, LogModel::ContactColumn).data().toString(), u"abc"_s);
        QVERIFY(model.index(25, 0)
                    .data(LogModel::LineRole)
                    .toString()
                    .endsWith(u"warning  [abc]  line 99"_s));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void logModelIsBounded_data()
    {
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<QList<int>>("batches");
        QTest::newRow("fills then overflows") << 100 << QList<int> {60, 30, 50};
        QTest::newRow("one batch over the bound") << 100 << QList<int> {250};
        QTest::newRow("exactly the bound") << 50 << QList<int> {25, 25};
        QTest::newRow("default bound")
            << int(LogModel::DefaultMaxRows) << QList<int> {6000, 6000, 100};
    }

    void logModelIsBounded()
    {
        QFETCH(int, maxRows);
        QFETCH(QList<int>, batches);
        LogModel model(nullptr, maxRows);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        int next = 0;
        for (const int size : batches) {
            for (int i = 0; i < size; ++i) {
                model.append(entry(next++));
            }
            model.flush();
            QVERIFY(model.rowCount() <= maxRows);
        }
        const int expected = std::min(next, maxRows);
        QCOMPARE(model.rowCount(), expected);
        // The newest lines stay, oldest first, and removals always start at the top.
        QCOMPARE(model.entry(expected - 1).message, u"line %1"_s.arg(next - 1));
        QCOMPARE(model.entry(0).message, u"line %1"_s.arg(next - expected));
        for (const QList<QVariant> &args : std::as_const(removed)) {
            QCOMPARE(args.at(1).toInt(), 0);
        }
    }

    void logFilterByLevelAndText()
    {
        LogModel model;
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.append(entry(1, Severity::Debug));
        model.append(entry(2, Severity::Info));
        model.append(entry(3, Severity::Warning, u"contactXYZ"_s));
        model.append(entry(4, Severity::Error));
        model.append(entry(5, Severity::Info, u"contactxyz2"_s));
        model.flush();
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setMinimumSeverity(Severity::Warning);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinimumSeverity(Severity::Error);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, LogModel::MessageColumn).data().toString(), u"line 4"_s);
        proxy.setMinimumSeverity(Severity::Debug);
        proxy.setText(u"  LINE 2 "_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(u"xyz"_s); // the contact id matches too
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinimumSeverity(Severity::Warning);
        QCOMPARE(proxy.rowCount(), 1);
        // New lines go through the same filter.
        model.append(entry(6, Severity::Error, u"xyz-late"_s));
        model.append(entry(7, Severity::Error));
        model.flush();
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 4);
    }

    void requestMeterCountsTheWindow()
    {
        ManualClock clock;
        RequestMeter meter(clock, 10s);
        QCOMPARE(meter.inWindow(), 0);
        clock.advance(2s);
        meter.record(30);
        QCOMPARE(meter.total(), 30);
        QCOMPARE(meter.inWindow(), 30);
        clock.advance(5s);
        meter.record(80);
        QCOMPARE(meter.inWindow(), 80);
        clock.advance(6s); // t = 13 s: the 30 of t = 2 s left the window
        QCOMPARE(meter.inWindow(), 50);
        meter.record(95);
        QCOMPARE(meter.inWindow(), 65);
        clock.advance(11s);
        QCOMPARE(meter.inWindow(), 0);
        QCOMPARE(meter.total(), 95);
        meter.reset();
        QCOMPARE(meter.total(), 0);
        QCOMPARE(meter.inWindow(), 0);
    }
};

QTEST_MAIN(TestSyncModels)
#include "tst_syncmodels.moc"
