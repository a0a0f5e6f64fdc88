// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuredetailwidget.h"
#include "failuremodel.h"
#include "mappingtablemodel.h"
#include "runitemmodel.h"
#include "runmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Store::FailureRecord;
using Store::RunRecord;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

FailureRecord failure(qint64 id, const QString &contact, const QString &kind, int http)
{
    FailureRecord f;
    f.id = id;
    f.contactId = contact;
    f.email = contact + u"@example.com"_s;
    f.errorKind = kind;
    f.httpStatus = http;
    f.serverMessage = u"message %1\nsecond line"_s.arg(id);
    f.payload = u"{\"email\":\"%1@example.com\"}"_s.arg(contact);
    f.attempts = int(id);
    f.createdAt = t0;
    f.updatedAt = t0.addSecs(id * 60);
    return f;
}

RunRecord run(qint64 id, const QString &outcome)
{
    RunRecord r;
    r.id = id;
    r.profile = u"test"_s;
    r.mode = u"upsert"_s;
    r.dryRun = id % 2 == 0;
    r.startedAt = t0.addSecs(id * 3600);
    r.finishedAt = r.startedAt.addSecs(5);
    r.outcome = outcome;
    r.counts.created = int(id);
    r.counts.failed = 1;
    r.requestsGhl = 3;
    r.requestsMailerLite = 7;
    r.durationMs = 65000;
    return r;
}

} // namespace

class TestPageModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureModelGroupsByErrorClass()
    {
        FailureModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFailures(
            {failure(1, u"c1"_s, u"validation"_s, 422), failure(2, u"c2"_s, u"rate-limited"_s, 429),
             failure(3, u"c3"_s, u"validation"_s, 422), failure(4, u"c4"_s, u"network"_s, 0),
             failure(5, u"c5"_s, u"validation"_s, 400)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.failureCount(), 5);
        // The biggest group first, then by label.
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(FailureModel::ErrorKindRole).toString(), u"validation"_s);
        QCOMPARE(first.data(FailureModel::CountRole).toInt(), 3);
        QVERIFY(first.data(FailureModel::IsGroupRole).toBool());
        QVERIFY(first.data().toString().startsWith(u"Invalid data"_s));
        QCOMPARE(model.rowCount(first), 3);
        QCOMPARE(model.rowCount(model.index(0, 1)), 0);
        QCOMPARE(model.index(1, 0).data(FailureModel::ErrorKindRole).toString(), u"network"_s);
        QCOMPARE(model.index(2, 0).data(FailureModel::ErrorKindRole).toString(), u"rate-limited"_s);

        // Failures keep the given order inside their group.
        const QModelIndex child = model.index(1, 0, first);
        QCOMPARE(child.parent(), first);
        QCOMPARE(child.data().toString(), u"c3"_s);
        QCOMPARE(model.index(1, FailureModel::EmailColumn, first).data().toString(),
                 u"c3@example.com"_s);
        QCOMPARE(model.index(1, FailureModel::HttpColumn, first).data().toInt(), 422);
        QCOMPARE(model.index(1, FailureModel::MessageColumn, first).data().toString(),
                 u"message 3"_s);
        QCOMPARE(model.index(1, FailureModel::AttemptsColumn, first).data().toInt(), 3);
        QCOMPARE(child.data(FailureModel::FailureIdRole).toLongLong(), 3);
        QCOMPARE(child.data(FailureModel::StatusRole).toString(), u"open"_s);
        QVERIFY(!model.index(0, FailureModel::HttpColumn, model.index(1, 0)).data().isValid());
        QCOMPARE(model.failureAt(child)->contactId, u"c3"_s);
        QCOMPARE(model.failureAt(first), nullptr);

        const QList<FailureRecord> all = model.failures();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().contactId, u"c1"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.failureAt(model.index(0, 0)), nullptr);
    }

    void failureModelLabelsEveryKind()
    {
        for (int k = 0; k <= int(Error::Kind::Internal); ++k) {
            const QString name = Error::kindName(Error::Kind(k));
            QVERIFY2(FailureModel::kindLabel(name) != name, qPrintable(name));
        }
        QCOMPARE(FailureModel::kindLabel(u"something-new"_s), u"something-new"_s);
    }

    void failureDetailShowsPrettyRedactedPayload()
    {
        FailureDetailWidget widget;
        FailureRecord f = failure(9, u"c9"_s, u"http"_s, 500);
        f.payload = u"{\"email\":\"a@b.c\",\"access_token\":\"tok-secret-123\"}"_s;
        f.runId = 42;
        widget.setFailure(f);
        const auto *payload = widget.findChild<QPlainTextEdit *>(u"payloadTextEdit"_s);
        QVERIFY(payload);
        QVERIFY(payload->toPlainText().contains(u"\n    \"email\": \"a@b.c\""_s));
        QVERIFY(!payload->toPlainText().contains(u"tok-secret-123"_s));
        QCOMPARE(widget.findChild<QLabel *>(u"httpValueLabel"_s)->text(), u"500"_s);
        QCOMPARE(widget.findChild<QLabel *>(u"runValueLabel"_s)->text(), u"#42"_s);
        QCOMPARE(widget.findChild<QLabel *>(u"attemptsValueLabel"_s)->text(), u"9"_s);
        QCOMPARE(widget.findChild<QPlainTextEdit *>(u"messageTextEdit"_s)->toPlainText(),
                 f.serverMessage);
        QCOMPARE(FailureDetailWidget::prettyPayload(u"not json"_s), u"not json"_s);
    }

    void runModelPagesAndLabels()
    {
        RunModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns({run(5, u"succeeded"_s), run(4, u"items-failed"_s)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RunModel::ColumnCount));
        QCOMPARE(model.index(0, RunModel::OutcomeColumn).data().toString(), u"Succeeded"_s);
        QCOMPARE(model.index(1, RunModel::OutcomeColumn).data().toString(), u"Some items failed"_s);
        QCOMPARE(model.index(0, RunModel::KindColumn).data().toString(), u"Sync"_s);
        QCOMPARE(model.index(1, RunModel::KindColumn).data().toString(), u"Preview"_s);
        QCOMPARE(model.index(0, RunModel::CreatedColumn).data().toInt(), 5);
        QCOMPARE(model.index(0, RunModel::FailedColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, RunModel::RequestsMailerLiteColumn).data().toInt(), 7);
        QCOMPARE(model.index(0, RunModel::DurationColumn).data().toString(), u"1 min 5 s"_s);
        QCOMPARE(model.index(0, RunModel::ModeColumn).data().toString(), u"Create and update"_s);
        QCOMPARE(model.index(0, 0).data(RunModel::RunIdRole).toLongLong(), 5);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // The next page may repeat a run when one started in between; it is listed once.
        model.appendRuns({run(4, u"items-failed"_s), run(3, u"cancelled"_s), run(2, u"running"_s)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(2), 3);
        QCOMPARE(model.index(3, RunModel::OutcomeColumn).data().toString(), u"Running"_s);
        model.appendRuns({run(3, u"cancelled"_s)});
        QCOMPARE(inserted.size(), 1);

        RunRecord running = run(1, u"running"_s);
        running.durationMs.reset();
        model.appendRuns({running});
        QVERIFY(!model.index(model.rowOf(1), RunModel::DurationColumn).data().isValid());
        QCOMPARE(RunModel::durationText(850), u"850 ms"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.runAt(0), nullptr);
    }

    void runItemModelShowsChanges()
    {
        RunItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Store::RunItemRecord a;
        a.contactId = u"c1"_s;
        a.email = u"c1@example.com"_s;
        a.action = u"update"_s;
        a.outcome = u"applied"_s;
        a.beforeJson = u"{\"name\":\"Ann\",\"city\":\"Rome\"}"_s;
        a.afterJson = u"{\"name\":\"Anna\",\"city\":\"Rome\",\"phone\":\"+4930\"}"_s;
        Store::RunItemRecord b;
        b.contactId = u"c2"_s;
        b.action = u"skip_invalid"_s;
        b.outcome = u"planned"_s;
        b.reason = u"email is not valid"_s;
        model.setItems({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RunItemModel::ChangesColumn).data().toString(),
                 u"name: Ann -> Anna; phone: (none) -> +4930"_s);
        QCOMPARE(model.index(0, RunItemModel::ActionColumn).data().toString(), u"Update"_s);
        QCOMPARE(model.index(0, RunItemModel::OutcomeColumn).data().toString(), u"Applied"_s);
        QCOMPARE(model.index(1, RunItemModel::ActionColumn).data().toString(), u"Invalid data"_s);
        QCOMPARE(model.index(1, RunItemModel::ReasonColumn).data().toString(),
                 u"email is not valid"_s);
        QCOMPARE(model.index(1, RunItemModel::ChangesColumn).data().toString(), QString());
        QCOMPARE(model.index(1, 0).data(RunItemModel::OutcomeRole).toString(), u"planned"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void mappingModelListsRulesInSections()
    {
        MappingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Mapping::Mapping mapping = Mapping::defaultMapping();
        mapping.fields.prepend(
            Mapping::FieldMapping {Mapping::FieldRef::notesDigest(2, 500), {}, u"notes"_s});
        mapping.fields.append(Mapping::FieldMapping {
            Mapping::FieldRef::custom(u"cf1"_s, u"contact.company_size"_s, u"Company Size"_s),
            {Mapping::Transform::trim(), Mapping::Transform::truncate(20)},
            u"company_size"_s});
        mapping.groupRules.append(Mapping::GroupRule {u"vip"_s, 77, u"VIP"_s, true, false});
        model.setMapping(mapping);

        using Kind = MappingTableModel::RowKind;
        QCOMPARE(model.count(Kind::Field), 10);
        QCOMPARE(model.count(Kind::Digest), 1);
        QCOMPARE(model.count(Kind::GroupRule), 1);
        QCOMPARE(model.rowCount(), 12);
        // Fields first (in mapping order), then digests, then group rules.
        QCOMPARE(model.index(0, MappingTableModel::SourceColumn).data().toString(), u"email"_s);
        QCOMPARE(model.index(0, MappingTableModel::TargetColumn).data().toString(), u"email"_s);
        QCOMPARE(model.index(0, MappingTableModel::TransformsColumn).data().toString(), u"trim"_s);
        QCOMPARE(model.index(3, MappingTableModel::TransformsColumn).data().toString(),
                 u"phone in E.164"_s);
        QCOMPARE(model.index(9, MappingTableModel::TransformsColumn).data().toString(),
                 u"trim \u2192 at most 20 characters"_s);
        QCOMPARE(model.index(9, MappingTableModel::SourceColumn).data().toString(),
                 u"Company Size"_s);
        QCOMPARE(model.index(10, 0).data(MappingTableModel::RowKindRole).toInt(),
                 int(Kind::Digest));
        QCOMPARE(model.index(10, MappingTableModel::DetailsColumn).data().toString(),
                 u"latest 2 note(s), at most 500 characters"_s);
        QCOMPARE(model.index(10, MappingTableModel::TransformsColumn).data().toString(),
                 u"(as is)"_s);
        QCOMPARE(model.index(11, MappingTableModel::SourceColumn).data().toString(), u"tag: vip"_s);
        QCOMPARE(model.index(11, MappingTableModel::TargetColumn).data().toString(),
                 u"group VIP (#77)"_s);
        QVERIFY(model.index(11, MappingTableModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(u"leaves the group"_s));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPageModels)
#include "tst_pagemodels.moc"
