// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/phonenormalizer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Mapping::PhoneNormalizer;

namespace {

// toE164() must say exactly what the library parser says about the same input, error text
// included.
void expectSameAsParser(PhoneNormalizer &phone, const QString &input, const QString &region)
{
    const Result<QString> fast = phone.toE164(input, region);
    const Result<QString> slow = PhoneNormalizer::toE164ViaParser(input, region);
    QVERIFY2(fast.ok() == slow.ok(), qPrintable(input + u" / "_s + region));
    if (fast.ok()) {
        QVERIFY2(fast.value() == slow.value(),
                 qPrintable(input + u" -> "_s + fast.value() + u" vs "_s + slow.value()));
    } else {
        QCOMPARE(fast.error().message, slow.error().message);
        QCOMPARE(fast.error().kind, slow.error().kind);
    }
}

// `digits` written with random separators, as people type numbers.
QString formatted(QRandomGenerator &random, const QString &digits)
{
    static constexpr char16_t separators[] = {u' ', u'-', u'.', u'(', u')'};
    QString out;
    for (const QChar c : digits) {
        out.append(c);
        if (random.bounded(3) == 0) {
            out.append(QChar(separators[random.bounded(5)]));
        }
    }
    return out;
}

} // namespace

class TestPhoneNormalizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formattedNumbersAgreeWithParser_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        const QString us = u"US"_s;
        const QString de = u"DE"_s;
        QTest::newRow("e164 spaced") << u"+44 20 7946 0123"_s << us;
        QTest::newRow("brackets") << u"+7 (495) 123-45-67"_s << us;
        QTest::newRow("trunk in brackets") << u"+49 (0)30 1234-56"_s << us;
        QTest::newRow("idd for us") << u"0049 30 1234567"_s << us;
        QTest::newRow("idd for de") << u"0049 30 1234567"_s << de;
        QTest::newRow("national us") << u"(415) 555-0123"_s << us;
        QTest::newRow("national de") << u"030 1234567"_s << de;
        QTest::newRow("dots") << u"415.555.0123"_s << us;
        QTest::newRow("extension") << u"415-555-0123 ext. 42"_s << us;
        QTest::newRow("short extension") << u"415-555-0123 x123"_s << us;
        QTest::newRow("leading bracket plus") << u"(+33) 1 23 45 67 89"_s << us;
        QTest::newRow("plus space") << u"+ 81 3-1234-5678"_s << us;
        QTest::newRow("garbage") << u"n/a"_s << us;
        QTest::newRow("only separators") << u"- ( ) ."_s << us;
        QTest::newRow("plus alone") << u"+"_s << us;
        QTest::newRow("two plus") << u"++1 415 555 0123"_s << us;
        QTest::newRow("plus inside") << u"1+415 555 0123"_s << us;
        QTest::newRow("too short") << u"+1 2"_s << us;
        QTest::newRow("too long") << u"+1 415 555 0123 4567 8901"_s << us;
        QTest::newRow("empty") << u""_s << us;
        QTest::newRow("spaces") << u"   "_s << us;
        QTest::newRow("long formatted")
            << QString(u"+1 415 555 0123"_s + QString(80, u' ') + u"9"_s) << us;
    }

    void formattedNumbersAgreeWithParser()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        PhoneNormalizer phone;
        expectSameAsParser(phone, input, region);
        // The second call is answered from the cache (or the fast path) and must not differ.
        expectSameAsParser(phone, input, region);
    }

    // Random separators in numbers of every calling code, national and international.
    void randomFormattingAgreesWithParser()
    {
        PhoneNormalizer phone;
        QRandomGenerator random(8);
        const QList<int> codes = PhoneNormalizer::supportedCallingCodes();
        int checked = 0;
        for (const int code : codes) {
            for (int n = 0; n < 3; ++n) {
                QString digits = QString::number(code);
                const int length = 6 + static_cast<int>(random.bounded(7));
                for (int i = 0; i < length; ++i) {
                    digits += QChar(u'0' + static_cast<char16_t>(random.bounded(10)));
                }
                expectSameAsParser(phone, u'+' + formatted(random, digits), u"US"_s);
                expectSameAsParser(phone, formatted(random, digits.mid(1)), u"DE"_s);
                checked += 2;
            }
        }
        QVERIFY(checked > 1000);
    }

    // A cached failure still quotes the input the caller gave, not the digits it was cached by.
    void cachedErrorQuotesOwnInput()
    {
        PhoneNormalizer phone;
        const Result<QString> first = phone.toE164(u"0049 30 1234567"_s, u"US"_s);
        const Result<QString> second = phone.toE164(u"0049-30-1234567"_s, u"US"_s);
        QVERIFY(!first.ok());
        QVERIFY(!second.ok());
        QCOMPARE(phone.cachedCount(), 1);
        QVERIFY(first.error().message.contains(u"0049 30 1234567"_s));
        QVERIFY(second.error().message.contains(u"0049-30-1234567"_s));
    }

    // The same digits mean different numbers in different default regions.
    void cacheFollowsTheRegion()
    {
        PhoneNormalizer phone;
        const Result<QString> de = phone.toE164(u"030 1234567"_s, u"DE"_s);
        QVERIFY(de.ok());
        QCOMPARE(de.value(), u"+49301234567"_s);
        const Result<QString> gb = phone.toE164(u"030 1234567"_s, u"GB"_s);
        const Result<QString> gbParsed
            = PhoneNormalizer::toE164ViaParser(u"030 1234567"_s, u"GB"_s);
        QCOMPARE(gb.ok(), gbParsed.ok());
        QVERIFY(!gb.ok() || gb.value() != de.value());
        const Result<QString> again = phone.toE164(u"030-1234567"_s, u"DE"_s);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), u"+49301234567"_s);
    }

    // Numbers the fast path answers are not cached; the cache never grows past its bound.
    void cacheIsBounded()
    {
        PhoneNormalizer phone;
        QVERIFY(phone.toE164(u"+1 415 555 0123"_s, u"US"_s).ok());
        QCOMPARE(phone.cachedCount(), 0);
        for (int i = 0; i < PhoneNormalizer::MaxCached + 10; ++i) {
            const QString number = u"(415) 5"_s + QString::number(1000000 + i).right(6);
            const Result<QString> r = phone.toE164(number, u"US"_s);
            QVERIFY(phone.cachedCount() <= PhoneNormalizer::MaxCached);
            if (i % 997 == 0) {
                expectSameAsParser(phone, number, u"US"_s);
            }
            QVERIFY(r.ok());
        }
        QVERIFY(phone.cachedCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
