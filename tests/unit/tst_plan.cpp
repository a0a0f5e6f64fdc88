// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/plan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sync::Plan;
using Sync::PlanItem;

namespace {

Plan samplePlan()
{
    Plan plan;
    plan.profile = u"default"_s;
    plan.mode = u"upsert"_s;
    plan.createdAt = QDateTime(QDate(2026, 11, 26), QTime(15, 0), Qt::UTC);
    plan.cursor = QDateTime(QDate(2026, 11, 25), QTime(9, 30, 0, 125), Qt::UTC);
    plan.groupsToCreate = {u"VIP"_s};
    PlanItem create;
    create.action = PlanItem::Action::Create;
    create.contactId = u"c1"_s;
    create.email = u"zoë@example.com"_s;
    create.after = {{u"name"_s, u"Zoë"_s}, {u"company"_s, u"=HYPERLINK(\"x\")"_s}};
    create.groupsAdd = {Q_INT64_C(9007199254740993)};
    create.reason = u"New in GoHighLevel"_s;
    create.payloadHash = u"abc"_s;
    PlanItem unsubscribe;
    unsubscribe.action = PlanItem::Action::Unsubscribe;
    unsubscribe.contactId = u"c2"_s;
    unsubscribe.subscriberId = 42;
    unsubscribe.typeBefore = u"active"_s;
    unsubscribe.typeAfter = u"unsubscribed"_s;
    PlanItem unchanged;
    unchanged.action = PlanItem::Action::SkipUnchanged;
    unchanged.contactId = u"c3"_s;
    unchanged.override = PlanItem::Override::Force;
    PlanItem skipped = create;
    skipped.contactId = u"c4"_s;
    skipped.override = PlanItem::Override::Skip;
    plan.items = {create, unsubscribe, unchanged, skipped};
    return plan;
}

} // namespace

class TestPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsHonourOverrides()
    {
        const Plan plan = samplePlan();
        QCOMPARE(plan.count(PlanItem::Action::Create), 2);
        QCOMPARE(plan.writeCount(),
                 3); // create, unsubscribe, forced unchanged; not the skipped create
        QCOMPARE(plan.destructiveCount(), 1);
    }

    void forceNeverOverridesConsentOrValidity()
    {
        PlanItem blocked;
        blocked.action = PlanItem::Action::BlockedByConsent;
        blocked.override = PlanItem::Override::Force;
        QVERIFY(!blocked.willApply());
        blocked.action = PlanItem::Action::SkipInvalid;
        QVERIFY(!blocked.willApply());
    }

    void jsonRoundTripIsExact()
    {
        const Plan plan = samplePlan();
        const auto back = Plan::fromJson(plan.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), plan.toJson());
        QCOMPARE(back.value().items.first().groupsAdd.first(), Q_INT64_C(9007199254740993));
        QCOMPARE(back.value().items.at(2).override, PlanItem::Override::Force);
        QCOMPARE(back.value().cursor, plan.cursor);
    }

    void rejectsForeignOrDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{{{");
        QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})");
        QTest::newRow("future version")
            << QByteArray(R"({"format":"contactbridge-plan","version":99,"profile":"p"})");
        QTest::newRow("unknown action") << QByteArray(
            R"({"format":"contactbridge-plan","version":1,"profile":"p","items":[{"action":"explode"}]})");
        QTest::newRow("unknown override") << QByteArray(
            R"({"format":"contactbridge-plan","version":1,"profile":"p","items":[{"action":"create","override":"maybe"}]})");
        QTest::newRow("no profile")
            << QByteArray(R"({"format":"contactbridge-plan","version":1,"items":[]})");
    }

    void rejectsForeignOrDamagedFiles()
    {
        QFETCH(QByteArray, json);
        const auto plan = Plan::fromJson(json);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::Validation);
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.json"_s);
        QVERIFY(samplePlan().save(path).ok());
        const auto loaded = Plan::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().items.size(), 4);
        QVERIFY(!Plan::load(dir.filePath(u"missing.json"_s)).ok());
        // A directory where the file should go: a clear error, nothing written.
        QVERIFY(!samplePlan().save(dir.path()).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
