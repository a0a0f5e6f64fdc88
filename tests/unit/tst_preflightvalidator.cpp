// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/mailerlitelimits.h"
#include "mapping/mapper.h"
#include "mapping/preflightvalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Mapping::DesiredSubscriber;
using Mapping::PreflightValidator;

namespace {

MailerLite::Field mlField(const QString &key, const QString &type)
{
    MailerLite::Field f;
    f.key = key;
    f.type = type;
    return f;
}

DesiredSubscriber subscriber(const QString &email)
{
    DesiredSubscriber s;
    s.contactId = u"c1"_s;
    s.email = email;
    s.emailKey = email.toLower();
    return s;
}

QStringList codes(const QList<Mapping::PreflightIssue> &issues)
{
    QStringList out;
    for (const auto &issue : issues) {
        out.append(issue.field + u':' + issue.code);
    }
    return out;
}

} // namespace

class TestPreflightValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"john.doe@example.com"_s << true;
        QTest::newRow("plus") << u"zoe+news@example.co.uk"_s << true;
        QTest::newRow("idn") << u"müller@bücher.de"_s << true;
        QTest::newRow("idn local") << u"用户@例子.广告"_s << true;
        QTest::newRow("no at") << u"no-at-sign.example.com"_s << false;
        QTest::newRow("two at") << u"x@@y.com"_s << false;
        QTest::newRow("no dot") << u"a@b"_s << false;
        QTest::newRow("space") << u"john doe@example.com"_s << false;
        QTest::newRow("trailing space") << u"john@example.com "_s << false;
        QTest::newRow("double dot") << u"john..doe@example.com"_s << false;
        QTest::newRow("domain double dot") << u"john@example..com"_s << false;
        QTest::newRow("leading dot") << u".john@example.com"_s << false;
        QTest::newRow("empty local") << u"@example.com"_s << false;
        QTest::newRow("long local") << QString(65, u'a') + u"@example.com"_s << false;
        QTest::newRow("local 64") << QString(64, u'a') + u"@example.com"_s << true;
        QTest::newRow("nul") << u"jo"_s + QChar(u'\0') + u"hn@example.com"_s << false;
        QTest::newRow("hyphen label") << u"a@-example.com"_s << false;
        QTest::newRow("markup") << u"<a@example.com>"_s << false;
    }

    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(PreflightValidator::isValidEmail(email), valid);
    }

    void fieldsByType_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code"); // empty: no issue
        const QString tooLong(Mapping::MailerLiteLimits::textLength + 1, u'x');
        QTest::newRow("number ok") << u"size"_s << u"-12.5"_s << QString();
        QTest::newRow("number int") << u"size"_s << u"42"_s << QString();
        QTest::newRow("number text") << u"size"_s << u"forty"_s << u"number-invalid"_s;
        QTest::newRow("number comma") << u"size"_s << u"1,5"_s << u"number-invalid"_s;
        QTest::newRow("number formula") << u"size"_s << u"=1+2"_s << u"number-invalid"_s;
        QTest::newRow("date ok") << u"renewal"_s << u"2026-02-28"_s << QString();
        QTest::newRow("date iso time")
            << u"renewal"_s << u"2026-02-28T10:00:00Z"_s << u"date-invalid"_s;
        QTest::newRow("date impossible") << u"renewal"_s << u"2026-02-30"_s << u"date-invalid"_s;
        QTest::newRow("date us") << u"renewal"_s << u"02/28/2026"_s << u"date-invalid"_s;
        QTest::newRow("text at limit")
            << u"city"_s << QString(Mapping::MailerLiteLimits::textLength, u'x') << QString();
        QTest::newRow("text too long") << u"city"_s << tooLong << u"text-too-long"_s;
        QTest::newRow("custom text too long") << u"unknown_key"_s << tooLong << u"text-too-long"_s;
        QTest::newRow("empty number") << u"size"_s << QString() << QString();
        QTest::newRow("formula text passes") << u"city"_s << u"=HYPERLINK(\"x\")"_s << QString();
    }

    void fieldsByType()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, code);
        const PreflightValidator validator({mlField(u"city"_s, u"TEXT"_s),
                                            mlField(u"size"_s, u"NUMBER"_s),
                                            mlField(u"renewal"_s, u"DATE"_s)});
        DesiredSubscriber s = subscriber(u"a@example.com"_s);
        s.fields.insert(key, value);
        const auto issues = validator.validate(s);
        if (code.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(codes(issues).join(u' ')));
        } else {
            QCOMPARE(codes(issues), QStringList {key + u':' + code});
            QCOMPARE(issues.first().contactId, u"c1"_s);
            QVERIFY(!issues.first().message.isEmpty());
        }
    }

    void emailAndMappingProblems()
    {
        const PreflightValidator validator;
        QCOMPARE(codes(validator.validate(subscriber({}))), QStringList {u"email:email-missing"_s});
        QCOMPARE(codes(validator.validate(subscriber(u"x@@y.com"_s))),
                 QStringList {u"email:email-invalid"_s});
        DesiredSubscriber longName = subscriber(u"a@example.com"_s);
        longName.name = QString(10000, u'n');
        QCOMPARE(codes(validator.validate(longName)), QStringList {u"name:text-too-long"_s});

        // A contact whose phone cannot become E.164 under the default mapping.
        Ghl::Contact c;
        c.id = u"c9"_s;
        c.email = u"ok@example.com"_s;
        c.phone = u"n/a"_s;
        Mapping::Mapper mapper(Mapping::defaultMapping());
        const DesiredSubscriber mapped = mapper.map(c);
        const auto issues = validator.validate(QList<DesiredSubscriber> {mapped, subscriber({})});
        QCOMPARE(codes(issues), (QStringList {u"phone:phone-invalid"_s, u"email:email-missing"_s}));
        QCOMPARE(issues.first().contactId, u"c9"_s);
    }
};

QTEST_GUILESS_MAIN(TestPreflightValidator)
#include "tst_preflightvalidator.moc"
