// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/phonenormalizer.h"
#include "mapping/transform.h"
#include "mapping/transformchain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Mapping::Transform;

namespace {

QJsonObject params(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonValue list(const QStringList &items)
{
    return QJsonArray::fromStringList(items);
}

} // namespace

class TestTransform final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonObject>("parameters");
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<QJsonValue>("expected"); // Undefined: an error is expected

        const QString longText(10000, u'a');
        const QString nulText = u"a"_s + QChar(u'\0') + u"b  "_s;
        const QJsonValue error = QJsonValue::Undefined;
        auto row = [](const char *name, const QString &op, const QJsonObject &p,
                      const QJsonValue &in, const QJsonValue &out) {
            QTest::newRow(name) << op << p << in << out;
        };
        row("trim", u"trim"_s, {}, u"  Zoë \t"_s, u"Zoë"_s);
        row("trim rtl", u"trim"_s, {}, u"  שלום עולם "_s, u"שלום עולם"_s);
        row("trim nul inside", u"trim"_s, {}, nulText, QString(nulText).trimmed());
        row("trim number", u"trim"_s, {}, 42, u"42"_s);
        row("trim null", u"trim"_s, {}, QJsonValue::Null, u""_s);
        row("trim list", u"trim"_s, {}, list({u" a "_s, u"b "_s}), list({u"a"_s, u"b"_s}));
        row("trim formula", u"trim"_s, {}, u"=HYPERLINK(\"http://x\",\"y\")"_s,
            u"=HYPERLINK(\"http://x\",\"y\")"_s);
        row("lower", u"lower"_s, {}, u"ÄRGER Ölçer"_s, u"ärger ölçer"_s);
        row("upper sharp s", u"upper"_s, {}, u"straße"_s, u"STRASSE"_s);
        row("upper formula", u"upper"_s, {}, u"@SUM(1)"_s, u"@SUM(1)"_s);
        row("title", u"titleCase"_s, {}, u"jean-luc o'NEIL"_s, u"Jean-Luc O'neil"_s);
        row("title accents", u"titleCase"_s, {}, u"élodie DUPONT"_s, u"Élodie Dupont"_s);
        row("title emoji", u"titleCase"_s, {}, u"😀 smile"_s, u"😀 Smile"_s);
        row("title surrogate letters", u"titleCase"_s, {}, u"𐐨𐐩 𐐨"_s, u"𐐀𐐩 𐐀"_s);
        row("title rtl", u"titleCase"_s, {}, u"مرحبا world"_s, u"مرحبا World"_s);
        row("phone e164 kept", u"phoneE164"_s, {}, u"+18887772222"_s, u"+18887772222"_s);
        row("phone spaces", u"phoneE164"_s, {}, u"+1 415 555 2671"_s, u"+14155552671"_s);
        row("phone national us", u"phoneE164"_s, {}, u"(415) 555-2671"_s, u"+14155552671"_s);
        row("phone region de", u"phoneE164"_s, params(R"({"region":"DE"})"), u"030 1234567"_s,
            u"+49301234567"_s);
        row("phone uk trunk", u"phoneE164"_s, {}, u"+44 020 7946 0958"_s, u"+442079460958"_s);
        row("phone empty", u"phoneE164"_s, {}, u"  "_s, u""_s);
        row("phone garbage", u"phoneE164"_s, {}, u"call me!"_s, error);
        row("phone too short", u"phoneE164"_s, {}, u"+1 22"_s, error);
        row("phone huge", u"phoneE164"_s, {}, longText, error);
        row("phone formula", u"phoneE164"_s, {}, u"=1+2"_s, error);
        row("date iso", u"dateFormat"_s, {}, u"2026-05-05T15:12:41.809Z"_s, u"2026-05-05"_s);
        row("date plain", u"dateFormat"_s, {}, u"1990-02-28"_s, u"1990-02-28"_s);
        row("date format", u"dateFormat"_s, params(R"({"format":"dd.MM.yyyy"})"), u"1990-02-28"_s,
            u"28.02.1990"_s);
        row("date epoch ms", u"dateFormat"_s, {}, 86400000.0, u"1970-01-02"_s);
        row("date invalid day", u"dateFormat"_s, {}, u"2026-02-30"_s, error);
        row("date garbage", u"dateFormat"_s, {}, u"next tuesday"_s, error);
        row("date empty", u"dateFormat"_s, {}, u""_s, u""_s);
        row("join", u"join"_s, params(R"({"separator":"; "})"), list({u"a"_s, u"b"_s}), u"a; b"_s);
        row("join default", u"join"_s, {}, list({u"x"_s, u"y"_s}), u"x, y"_s);
        row("split", u"split"_s, params(R"({"separator":","})"), u"a, b,,c "_s,
            list({u"a"_s, u"b"_s, u"c"_s}));
        row("constant", u"constant"_s, params(R"({"value":"ghl"})"), u"anything"_s, u"ghl"_s);
        row("default if empty", u"defaultIfEmpty"_s, params(R"({"value":"n/a"})"), u"  "_s,
            u"n/a"_s);
        row("default keeps value", u"defaultIfEmpty"_s, params(R"({"value":"n/a"})"), u"v"_s,
            u"v"_s);
        row("tag present", u"tagPresent"_s, params(R"({"tag":"vip"})"), QJsonValue::Null, u"yes"_s);
        row("tag absent", u"tagPresent"_s, params(R"({"tag":"gold","absent":"nein"})"),
            QJsonValue::Null, u"nein"_s);
        row("input truth", u"tagPresent"_s, {}, true, u"yes"_s);
        row("input false", u"tagPresent"_s, {}, false, u"no"_s);
        row("truncate long", u"truncate"_s, params(R"({"limit":255})"), longText,
            QString(255, u'a'));
        row("truncate short", u"truncate"_s, params(R"({"limit":5})"), u"abc"_s, u"abc"_s);
        row("truncate surrogate", u"truncate"_s, params(R"({"limit":3})"), u"ab😀c"_s, u"ab"_s);
        row("truncate combining", u"truncate"_s, params(R"({"limit":1})"), u"e\u0301x"_s, u""_s);
        row("truncate zwj", u"truncate"_s, params(R"({"limit":4})"), u"a👩‍💻"_s, u"a"_s);
        row("truncate rtl", u"truncate"_s, params(R"({"limit":4})"), u"שלום עולם"_s, u"שלום"_s);
        row("truncate nul", u"truncate"_s, params(R"({"limit":2})"), nulText,
            QString(nulText.left(2)));
    }

    void apply()
    {
        QFETCH(QString, op);
        QFETCH(QJsonObject, parameters);
        QFETCH(QJsonValue, input);
        QFETCH(QJsonValue, expected);
        const auto kind = Transform::kindFromName(op);
        QVERIFY(kind);
        const Result<Transform> transform = Transform::create(*kind, parameters);
        QVERIFY2(transform.ok(),
                 qPrintable(transform.ok() ? QString() : transform.error().message));
        const QStringList tags {u"VIP"_s, u"newsletter"_s};
        Mapping::PhoneNormalizer phone;
        Mapping::TransformContext context {&tags, &phone, u"US"_s};
        const Result<QJsonValue> out = transform.value().apply(input, context);
        if (expected.isUndefined()) {
            QVERIFY(!out.ok());
            QVERIFY(!out.error().message.isEmpty());
            QCOMPARE(out.error().kind, Error::Kind::Validation);
        } else {
            QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().message));
            QCOMPARE(out.value(), expected);
        }
        // The text-only path the Mapper uses must agree with the JSON path.
        if (input.isString() && transform.value().isTextToText()) {
            const Result<QString> text = transform.value().applyText(input.toString(), context);
            QCOMPARE(text.ok(), out.ok());
            if (text.ok()) {
                QCOMPARE(text.value(), out.value().toString());
            }
        }
    }

    void rejectsBadParameters_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonObject>("parameters");
        QTest::addColumn<QString>("path");
        QTest::newRow("zero limit") << u"truncate"_s << params(R"({"limit":0})") << u"$.limit"_s;
        QTest::newRow("text limit") << u"truncate"_s << params(R"({"limit":"9"})") << u"$.limit"_s;
        QTest::newRow("fraction limit")
            << u"truncate"_s << params(R"({"limit":2.5})") << u"$.limit"_s;
        QTest::newRow("no limit") << u"truncate"_s << QJsonObject() << u"$.limit"_s;
        QTest::newRow("bad region")
            << u"phoneE164"_s << params(R"({"region":"XX"})") << u"$.region"_s;
        QTest::newRow("bad date format")
            << u"dateFormat"_s << params(R"({"format":"hh:mm"})") << u"$.format"_s;
        QTest::newRow("empty split")
            << u"split"_s << params(R"({"separator":""})") << u"$.separator"_s;
        QTest::newRow("empty default")
            << u"defaultIfEmpty"_s << params(R"({"value":""})") << u"$.value"_s;
        QTest::newRow("constant without value") << u"constant"_s << QJsonObject() << u"$.value"_s;
        QTest::newRow("unknown parameter")
            << u"trim"_s << params(R"({"side":"left"})") << u"$.side"_s;
        QTest::newRow("number separator")
            << u"join"_s << params(R"({"separator":1})") << u"$.separator"_s;
    }

    void rejectsBadParameters()
    {
        QFETCH(QString, op);
        QFETCH(QJsonObject, parameters);
        QFETCH(QString, path);
        const Result<Transform> transform
            = Transform::create(*Transform::kindFromName(op), parameters);
        QVERIFY(!transform.ok());
        QCOMPARE(transform.error().kind, Error::Kind::Config);
        QVERIFY2(transform.error().message.contains(path), qPrintable(transform.error().message));
    }

    void jsonRoundTrip()
    {
        const QList<Transform> all {
            Transform::trim(),
            Transform::titleCase(),
            Transform::phoneE164(u"DE"_s),
            Transform::phoneE164(),
            Transform::dateFormat(u"dd/MM/yyyy"_s),
            Transform::join(u" | "_s),
            Transform::split(u";"_s),
            Transform::constant(u""_s),
            Transform::defaultIfEmpty(u"-"_s),
            Transform::tagPresent(u"vip"_s, u"1"_s, u"0"_s),
            Transform::truncate(100),
        };
        for (const Transform &t : all) {
            const Result<Transform> back = Transform::fromJson(t.toJson(), u"$"_s);
            QVERIFY(back.ok());
            QCOMPARE(back.value().toJson(), t.toJson());
            QVERIFY(back.value() == t);
        }
        QVERIFY(!Transform::fromJson(params(R"({"op":"rot13"})"), u"$.x"_s).ok());
        QVERIFY(!Transform::fromJson(params(R"({"limit":3})"), u"$.x"_s).ok());
    }

    void chainStopsAtFirstFailure()
    {
        const Mapping::TransformChain chain {Transform::trim(), Transform::phoneE164(),
                                             Transform::truncate(3)};
        Mapping::PhoneNormalizer phone;
        Mapping::TransformContext context {nullptr, &phone, u"US"_s};
        qsizetype failed = -1;
        const auto bad = chain.apply(u" n/a "_s, context, &failed);
        QVERIFY(!bad.ok());
        QCOMPARE(failed, 1);
        const auto good = chain.apply(u" +1 415 555 2671 "_s, context, &failed);
        QVERIFY(good.ok());
        QCOMPARE(good.value().toString(), u"+14"_s);
    }

    // The fast E.164 path must give exactly what the library parser gives, for every calling
    // code, first digit and length (a fixed seed keeps this deterministic).
    void phoneFastPathAgreesWithParser()
    {
        Mapping::PhoneNormalizer phone;
        QRandomGenerator random(20260101);
        const QList<int> codes = Mapping::PhoneNormalizer::supportedCallingCodes();
        QVERIFY(codes.size() > 200);
        int fastAccepted = 0;
        for (const int code : codes) {
            const QString prefix = u'+' + QString::number(code);
            for (int first = 1; first <= 9; ++first) {
                for (int length = 4; prefix.size() - 1 + length <= 15; ++length) {
                    QString number = prefix + QString::number(first);
                    for (int i = 1; i < length; ++i) {
                        number += QChar(u'0' + static_cast<char16_t>(random.bounded(10)));
                    }
                    const Result<QString> fast = phone.toE164(number, u"US"_s);
                    const Result<QString> slow
                        = Mapping::PhoneNormalizer::toE164ViaParser(number, u"US"_s);
                    QVERIFY2(fast.ok() == slow.ok(), qPrintable(number));
                    if (fast.ok()) {
                        QVERIFY2(fast.value() == slow.value(),
                                 qPrintable(number + u" -> "_s + fast.value() + u" vs "_s
                                            + slow.value()));
                        fastAccepted += fast.value() == number ? 1 : 0;
                    }
                }
            }
        }
        QVERIFY(fastAccepted > 1000);
    }
};

QTEST_GUILESS_MAIN(TestTransform)
#include "tst_transform.moc"
