// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer header")
            << u"Authorization: Bearer eyJhbGciOi.abc.def"_s << u"eyJhbGciOi.abc.def"_s;
        QTest::newRow("lower-case header")
            << u"authorization: bearer s3cr3t-token"_s << u"s3cr3t-token"_s;
        QTest::newRow("mailerlite key")
            << u"X-MailerLite-ApiKey: fc7b8c5b32067bcd47cafb5f475d2fe9"_s
            << u"fc7b8c5b32067bcd47cafb5f475d2fe9"_s;
        QTest::newRow("json access token")
            << u"{\"access_token\":\"at-123456\",\"expires_in\":86399}"_s << u"at-123456"_s;
        QTest::newRow("json refresh token")
            << u"{\"refresh_token\": \"rt-abcdef\"}"_s << u"rt-abcdef"_s;
        QTest::newRow("form body")
            << u"grant_type=refresh_token&refresh_token=rt-xyz&client_secret=cs-1"_s << u"rt-xyz"_s;
        QTest::newRow("form client secret")
            << u"client_id=x&client_secret=cs-998877"_s << u"cs-998877"_s;
        QTest::newRow("private integration token")
            << u"token pit-1b2c3d4e-aaaa-bbbb-cccc-1234567890ab used"_s
            << u"pit-1b2c3d4e-aaaa-bbbb-cccc-1234567890ab"_s;
    }

    void removesSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Redaction::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(u"[redacted]"_s), qPrintable(out));
    }

    void leavesOrdinaryTextAlone()
    {
        const QString text
            = u"GET /contacts/abc123 -> 200 in 35 ms, 100 contacts, request id 7f3a"_s;
        QCOMPARE(Redaction::redact(text), text);
    }

    void bytesVariant()
    {
        const QByteArray out = Redaction::redact(QByteArray("X-MailerLite-ApiKey: abc"));
        QVERIFY(!out.contains("abc"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
