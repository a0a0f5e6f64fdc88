// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/payloadhash.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Links store payload hashes across versions: the hash of a given payload must never change,
// or every subscriber would be re-sent once after an update. The expected values are SHA-256
// of the documented serialisation (UTF-8 values, unit and record separators), computed
// independently.
class TestPayloadHash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stableValues()
    {
        const QMap<QString, QString> fields {{u"zip"_s, u""_s},
                                             {u"city"_s, u"Köln"_s},
                                             {u"phone"_s, u"+4930123456"_s},
                                             {u"last_name"_s, u"Müller"_s}};
        QCOMPARE(Sync::payloadHash(u"anna@example.org"_s, u"Anna Müller"_s, fields, {42, 7},
                                   {u"VIP"_s, u"Newsletter"_s}, false),
                 u"abf8ad1b86fbfb4cd7f67394ca960dab"_s);
        QCOMPARE(Sync::payloadHash({}, {}, {}, {}, {}, true),
                 u"56d491819a12c55f2add9f7bf8767527"_s);
        QCOMPARE(Sync::payloadHash(u"bob@example.com"_s, u"Bob"_s, {{u"company"_s, u"ACME"_s}},
                                   {9007199254740993LL}, {}, false),
                 u"dca75fdc546b95046e2cf10d9922d40a"_s);
    }

    void orderOfGroupsDoesNotMatter()
    {
        const QString a
            = Sync::payloadHash(u"a@example.org"_s, {}, {}, {3, 1, 2}, {u"b"_s, u"a"_s}, false);
        const QString b
            = Sync::payloadHash(u"a@example.org"_s, {}, {}, {2, 3, 1}, {u"a"_s, u"b"_s}, false);
        QCOMPARE(a, b);
        QCOMPARE(a.size(), 32);
    }

    // A non-ASCII value anywhere (first, middle, last character) hashes as its UTF-8.
    void asciiAndUnicodeValuesDiffer()
    {
        QSet<QString> seen;
        for (const QString &name : {u"Ana"_s, u"Äna"_s, u"AnÄ"_s, u"Anä"_s, u"An😀"_s}) {
            seen.insert(Sync::payloadHash(u"a@example.org"_s, name, {}, {}, {}, false));
        }
        QCOMPARE(seen.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestPayloadHash)
#include "tst_payloadhash.moc"
