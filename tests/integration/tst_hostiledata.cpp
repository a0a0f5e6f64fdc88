// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// R6: hostile records end to end through Sync::SyncEngine and both fakes. Each record is either
// synced byte-exact or rejected with a reason naming the problem, and no record harms another.
// Over-long names are rejected (MailerLiteLimits::textLength), never cut: a silently shortened
// name would be sent on every run and look like the user's own data.
#include "datagenerator.h"
#include "loopbackfakes.h"
#include "store/failurestore.h"
#include "store/linkstore.h"
#include "store/statedatabase.h"
#include "sync/syncengine.h"
#include "util/csvwriter.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sync::PlanItem;
using Sync::RunSummary;

namespace {

constexpr auto Token = "pit-77777777-2222-3333-4444-555555555555";
constexpr auto MlKey = "hostile-test-key";
constexpr auto Location = "hostileLocation00001";
constexpr qint64 BigId = 9007199254740995LL; // 2^53 + 3: a double would read ...996

const QString LongName = QString(10'000, u'N');
const QString Rtl = u"مرحبا بالعالم"_s;
const QString Hebrew = u"שָׁלוֹם עֲלֵיכֶם"_s;
const QString Emoji = u"👩🏽‍💻 Zoë 👨‍👩‍👧‍👦 ✓"_s;
const QString Html = u"<script>alert('x')</script><b>&amp;</b>"_s;
const QString Formula = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
const QString Formula2 = u"+SUM(A1:A9)"_s;
const QString Formula3 = u"@cmd|' /C calc'!A0"_s;
const QString NulName = u"Nul"_s + QChar(0) + u"Byte tail"_s;

QJsonObject contact(const QString &id, int minute, const QJsonObject &fields)
{
    const QString at = u"2026-02-01T10:%1:00.000Z"_s.arg(minute, 2, 10, QChar(u'0'));
    QJsonObject c {{u"id"_s, id},
                   {u"locationId"_s, QString::fromLatin1(Location)},
                   {u"dnd"_s, false},
                   {u"tags"_s, QJsonArray()},
                   {u"customFields"_s, QJsonArray()},
                   {u"type"_s, u"lead"_s},
                   {u"dateAdded"_s, at},
                   {u"dateUpdated"_s, at}};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        c.insert(it.key(), it.value());
    }
    if (c.contains("email"_L1)) {
        c.insert(u"emailLowerCase"_s, c.value("email"_L1).toString().toLower());
    }
    return c;
}

QJsonObject call(Sandbox::SandboxServer &server, const QByteArray &method, const QString &path,
                 const QJsonObject &body = {})
{
    Sandbox::HttpRequest r;
    r.method = method;
    r.path = path;
    if (!body.isEmpty()) {
        r.body = QJsonDocument(body).toJson();
    }
    return QJsonDocument::fromJson(server.dispatch(r).body).object();
}

QHash<QString, QString> fieldsOf(const QJsonObject &subscriber)
{
    QHash<QString, QString> values;
    for (const QJsonValue &f : subscriber.value("fields"_L1).toArray()) {
        values.insert(f[u"key"_s].toString(), f[u"value"_s].toString());
    }
    return values;
}

} // namespace

class TestHostileData final : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::FakeGhl> m_ghl;
    std::unique_ptr<Sandbox::FakeMailerLite> m_ml;
    Sync::Plan m_plan;
    RunSummary m_summary;

    Sync::SyncRequest request() const
    {
        Sync::SyncRequest r;
        r.profile.name = u"hostile"_s;
        r.profile.ghlBaseUrl = m_ghl->baseUrl();
        r.profile.locationId = QString::fromLatin1(Location);
        r.profile.mailerLiteBaseUrl = m_ml->baseUrl();
        r.ghlToken = Token;
        r.mailerLiteApiKey = MlKey;
        r.databasePath = m_dir.filePath(u"state.sqlite"_s);
        return r;
    }

    RunSummary run(Sync::Plan *plan)
    {
        Sync::SyncEngine engine(m_clock);
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        connect(&engine, &Sync::SyncEngine::planned, this,
                [plan](const Sync::Plan &p) { *plan = p; });
        engine.start(request());
        if (finished.isEmpty() && !finished.wait(60'000)) {
            return {};
        }
        return finished.first().first().value<RunSummary>();
    }

    // MailerLite's subscribers by lower-case email, read back through the fake's own API
    // (JSON text: exact integers stay exact).
    QHash<QString, QJsonObject> subscribers() const
    {
        QHash<QString, QJsonObject> out;
        const QJsonArray all
            = call(*m_ml, "GET", u"/_sandbox/state"_s).value("subscribers"_L1).toArray();
        for (const QJsonValue &v : all) {
            out.insert(v[u"email"_s].toString().toLower(), v.toObject());
        }
        return out;
    }

    PlanItem item(const QString &contactId) const
    {
        for (const PlanItem &i : m_plan.items) {
            if (i.contactId == contactId) {
                return i;
            }
        }
        return {};
    }

    QList<Store::FailureRecord> failures() const
    {
        auto db = Store::StateDatabase::open(request().databasePath, u"hostile-read"_s,
                                             Store::StateDatabase::OpenMode::ReadOnly);
        if (!db.ok()) {
            return {};
        }
        auto list = Store::FailureStore(*db.value(), m_clock).list(u"hostile"_s);
        return list.ok() ? list.value() : QList<Store::FailureRecord> {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::DataGenerator::Options gen;
        gen.contacts = 0;
        gen.seed = 3;
        gen.locationId = QString::fromLatin1(Location);
        Sandbox::Dataset data = Sandbox::DataGenerator::generate(gen);
        QVERIFY(!data.mlFields.isEmpty());
        data.ghlContacts = QJsonArray {
            contact(u"plain"_s, 1,
                    {{u"firstName"_s, u"Plain"_s},
                     {u"lastName"_s, u"Person"_s},
                     {u"email"_s, u"plain@example.com"_s}}),
            contact(u"badEmail"_s, 2,
                    {{u"firstName"_s, Formula3}, {u"email"_s, u"not an email@@example"_s}}),
            contact(u"noEmail"_s, 3, QJsonObject {{u"firstName"_s, u"Nobody"_s}}),
            contact(u"longName"_s, 4,
                    {{u"firstName"_s, LongName}, {u"email"_s, u"long.name@example.com"_s}}),
            contact(u"rtl"_s, 5,
                    {{u"firstName"_s, Rtl},
                     {u"lastName"_s, Hebrew},
                     {u"companyName"_s, Emoji},
                     {u"email"_s, u"rtl@example.com"_s}}),
            contact(u"nul"_s, 6,
                    {{u"firstName"_s, NulName},
                     {u"lastName"_s, u"After"_s},
                     {u"email"_s, u"nul@example.com"_s}}),
            contact(
                u"nulEmail"_s, 7,
                {{u"firstName"_s, u"Hidden"_s},
                 {u"email"_s, QString(u"victim@example.com"_s + QChar(0) + u"@evil.example"_s)}}),
            contact(u"html"_s, 8,
                    {{u"firstName"_s, Html},
                     {u"companyName"_s, u"<b>Bold</b> & \"Co\""_s},
                     {u"email"_s, u"html@example.com"_s}}),
            contact(u"formula"_s, 9,
                    {{u"firstName"_s, u"Formula"_s},
                     {u"lastName"_s, Formula},
                     {u"companyName"_s, Formula2},
                     {u"city"_s, u"-2+3"_s},
                     {u"email"_s, u"formula@example.com"_s}}),
            contact(u"dupFirst"_s, 10,
                    {{u"firstName"_s, u"First"_s}, {u"email"_s, u"Dup.Case@Example.com"_s}}),
            contact(u"dupSecond"_s, 11,
                    {{u"firstName"_s, u"Second"_s}, {u"email"_s, u"dup.case@example.COM"_s}}),
            contact(u"bigId"_s, 12,
                    {{u"firstName"_s, u"Big"_s},
                     {u"lastName"_s, u"Identifier"_s},
                     {u"email"_s, u"big.id@example.com"_s}}),
        };
        // An existing subscriber whose id a double cannot hold.
        data.mlSubscribers = QJsonArray {QJsonObject {
            {u"id"_s, QJsonValue(BigId)},
            {u"email"_s, u"big.id@example.com"_s},
            {u"name"_s, u"Old"_s},
            {u"type"_s, u"active"_s},
            {u"fields"_s,
             QJsonArray {QJsonObject {
                 {u"key"_s, u"last_name"_s}, {u"value"_s, u"Old"_s}, {u"type"_s, u"TEXT"_s}}}},
            {u"groups"_s, QJsonArray()},
            {u"date_created"_s, u"2025-01-01 00:00:00"_s},
            {u"date_updated"_s, u"2025-01-01 00:00:00"_s}}};

        QVERIFY(LoopbackFakes::start(
            data,
            LoopbackFakes::ghlOptions(QString::fromLatin1(Location), QString::fromLatin1(Token)),
            LoopbackFakes::mlOptions(QString::fromLatin1(MlKey)), m_ghl, m_ml));

        m_summary = run(&m_plan);
        QVERIFY2(m_summary.outcome == RunSummary::Outcome::Succeeded,
                 QJsonDocument(m_summary.toJson()).toJson().constData());
        QCOMPARE(m_summary.counts.failed, 0);
    }

    void plainRecordIsUnharmed()
    {
        QCOMPARE(item(u"plain"_s).action, PlanItem::Action::Create);
        const QJsonObject s = subscribers().value(u"plain@example.com"_s);
        QCOMPARE(s.value("name"_L1).toString(), u"Plain"_s);
        QCOMPARE(fieldsOf(s).value(u"last_name"_s), u"Person"_s);
    }

    void invalidAndMissingEmailsAreRejectedWithTheField()
    {
        for (const QString &id : {u"badEmail"_s, u"noEmail"_s, u"nulEmail"_s}) {
            const PlanItem i = item(id);
            QVERIFY2(i.action == PlanItem::Action::SkipInvalid, qPrintable(id));
            QVERIFY2(i.reason.contains(u"email"_s, Qt::CaseInsensitive),
                     qPrintable(id + u": "_s + i.reason));
        }
        QHash<QString, Store::FailureRecord> byContact;
        for (const Store::FailureRecord &f : failures()) {
            byContact.insert(f.contactId, f);
        }
        for (const QString &id : {u"badEmail"_s, u"noEmail"_s, u"nulEmail"_s, u"longName"_s}) {
            QVERIFY2(byContact.contains(id), qPrintable(id));
            QCOMPARE(byContact.value(id).errorKind, u"validation"_s);
            QVERIFY(!byContact.value(id).serverMessage.isEmpty());
        }
        // The NUL cut nothing off: the stored address is the whole one, and no subscriber
        // exists for the part before the NUL.
        QVERIFY(byContact.value(u"nulEmail"_s).email.endsWith(u"@evil.example"_s));
        QVERIFY(!subscribers().contains(u"victim@example.com"_s));
        // Exported, the formula in a rejected record stays text.
        CsvWriter csv;
        csv.addRow({byContact.value(u"badEmail"_s).email, Formula3});
        QVERIFY(csv.toBytes().contains("'@cmd"));
    }

    void tenThousandCharacterNameIsRejectedNotCut()
    {
        const PlanItem i = item(u"longName"_s);
        QCOMPARE(i.action, PlanItem::Action::SkipInvalid);
        QVERIFY2(i.reason.contains(u"10000"_s) || i.reason.contains(u"10,000"_s),
                 qPrintable(i.reason));
        QVERIFY(!subscribers().contains(u"long.name@example.com"_s));
    }

    void rtlEmojiHtmlAndFormulasArriveByteExact()
    {
        const QHash<QString, QJsonObject> ml = subscribers();
        const QJsonObject rtl = ml.value(u"rtl@example.com"_s);
        QCOMPARE(rtl.value("name"_L1).toString(), Rtl);
        QCOMPARE(fieldsOf(rtl).value(u"last_name"_s), Hebrew);
        QCOMPARE(fieldsOf(rtl).value(u"company"_s), Emoji);
        const QJsonObject html = ml.value(u"html@example.com"_s);
        QCOMPARE(html.value("name"_L1).toString(), Html);
        QCOMPARE(fieldsOf(html).value(u"company"_s), u"<b>Bold</b> & \"Co\""_s);
        const QJsonObject formula = ml.value(u"formula@example.com"_s);
        QCOMPARE(fieldsOf(formula).value(u"last_name"_s), Formula);
        QCOMPARE(fieldsOf(formula).value(u"company"_s), Formula2);
        QCOMPARE(fieldsOf(formula).value(u"city"_s), u"-2+3"_s);
    }

    void nulInANameNeitherTruncatesNorCrashes()
    {
        // A NUL is a character like any other in JSON ("\u0000"): sent, stored and linked whole,
        // with nothing after it cut off.
        QCOMPARE(item(u"nul"_s).action, PlanItem::Action::Create);
        const QJsonObject s = subscribers().value(u"nul@example.com"_s);
        QCOMPARE(s.value("name"_L1).toString(), NulName);
        QCOMPARE(fieldsOf(s).value(u"last_name"_s), u"After"_s);
        auto db = Store::StateDatabase::open(request().databasePath, u"hostile-nul"_s,
                                             Store::StateDatabase::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        const auto link = Store::LinkStore(*db.value()).find(u"hostile"_s, u"nul"_s);
        QVERIFY(link.ok() && link.value().has_value());
        QCOMPARE(link.value()->name, NulName);
    }

    void caseDuplicatesCollapseToOne()
    {
        QCOMPARE(item(u"dupFirst"_s).action, PlanItem::Action::Create);
        const PlanItem second = item(u"dupSecond"_s);
        QCOMPARE(second.action, PlanItem::Action::Duplicate);
        QVERIFY(!second.reason.isEmpty());
        int count = 0;
        for (const QJsonObject &s : subscribers()) {
            count += s.value("email"_L1)
                         .toString()
                         .compare(u"dup.case@example.com"_s, Qt::CaseInsensitive)
                    == 0
                ? 1
                : 0;
        }
        QCOMPARE(count, 1);
        QCOMPARE(subscribers().value(u"dup.case@example.com"_s).value("name"_L1).toString(),
                 u"First"_s);
    }

    void idsAboveTwoToThe53RoundTrip()
    {
        // Matched by email, updated in place: the exact id, in the plan and in the link.
        const PlanItem i = item(u"bigId"_s);
        QCOMPARE(i.action, PlanItem::Action::Update);
        QCOMPARE(i.subscriberId, BigId);
        const QJsonObject s = subscribers().value(u"big.id@example.com"_s);
        QCOMPARE(s.value("id"_L1).toInteger(), BigId);
        QCOMPARE(s.value("name"_L1).toString(), u"Big"_s);
        {
            auto db = Store::StateDatabase::open(request().databasePath, u"hostile-links"_s,
                                                 Store::StateDatabase::OpenMode::ReadOnly);
            QVERIFY(db.ok());
            Store::LinkStore links(*db.value());
            const auto big = links.find(u"hostile"_s, u"bigId"_s);
            QVERIFY(big.ok() && big.value().has_value());
            QCOMPARE(big.value()->subscriberId, BigId);
            // New subscribers got ids past 2^53 from the fake; each link holds its exact id.
            const QHash<QString, QJsonObject> ml = subscribers();
            for (const QString &id : {u"plain"_s, u"rtl"_s, u"html"_s, u"formula"_s}) {
                const auto link = links.find(u"hostile"_s, id);
                QVERIFY(link.ok() && link.value().has_value());
                QVERIFY(link.value()->subscriberId > (qint64(1) << 53));
                QCOMPARE(link.value()->subscriberId,
                         ml.value(link.value()->email.toLower()).value("id"_L1).toInteger());
            }
        }
        // A later change goes to the same subscriber through the stored link.
        const QJsonObject changed {{u"id"_s, u"bigId"_s}, {u"firstName"_s, u"Bigger"_s}};
        QCOMPARE(
            call(*m_ghl, "POST", u"/_sandbox/mutate"_s, {{u"contacts"_s, QJsonArray {changed}}})
                .value("mutated"_L1)
                .toArray()
                .size(),
            1);
        const qsizetype before = m_ml->store().subscriberCount();
        Sync::Plan plan;
        const RunSummary second = run(&plan);
        QCOMPARE(second.outcome, RunSummary::Outcome::Succeeded);
        QCOMPARE(second.counts.updated, 1);
        QCOMPARE(second.counts.created, 0);
        QCOMPARE(m_ml->store().subscriberCount(), before);
        const QJsonObject after = subscribers().value(u"big.id@example.com"_s);
        QCOMPARE(after.value("id"_L1).toInteger(), BigId);
        QCOMPARE(after.value("name"_L1).toString(), u"Bigger"_s);
    }
};

QTEST_GUILESS_MAIN(TestHostileData)
#include "tst_hostiledata.moc"
