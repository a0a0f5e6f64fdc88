// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfixture.h"

#include "session/connectiontester.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Session::ConnectionTester;

class TestConnectionTester final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxHost> m_host;
    SystemClock m_clock;

    Session::ServiceConfig config() const { return SessionFixture::config(*m_host, QString()); }

    Session::GhlCheck testGhl(const Session::ServiceConfig &config, int timeoutMs = 15000)
    {
        ConnectionTester tester(m_clock);
        QSignalSpy tested(&tester, &ConnectionTester::ghlTested);
        tester.testGhl(config);
        if (!tested.wait(timeoutMs)) {
            return {};
        }
        return tested.first().first().value<Session::GhlCheck>();
    }

    Session::MailerLiteCheck testMailerLite(const Session::ServiceConfig &config)
    {
        ConnectionTester tester(m_clock);
        QSignalSpy tested(&tester, &ConnectionTester::mailerLiteTested);
        tester.testMailerLite(config);
        if (!tested.wait(15000)) {
            return {};
        }
        return tested.first().first().value<Session::MailerLiteCheck>();
    }

    qint64 ghlWrites() const { return m_host->ghl()->stats().value(u"writes"_s).toInteger(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = std::make_unique<Sandbox::SandboxHost>(SessionFixture::options(40, 10));
        QVERIFY(m_host->start());
    }

    void ghlFullToken()
    {
        const qint64 writesBefore = ghlWrites();
        const Session::GhlCheck check = testGhl(config());
        QVERIFY2(check.ok, qPrintable(check.error.toLogString()));
        QCOMPARE(check.contactCount, qint64(m_host->ghl()->contacts().size()));
        QCOMPARE(check.locationName, u"ContactBridge Sandbox"_s);
        QVERIFY(check.canWrite);
        QVERIFY(check.writeNote.isEmpty());
        QCOMPARE(ghlWrites(), writesBefore); // the write probe changed nothing
    }

    void ghlReadOnlyToken()
    {
        Session::ServiceConfig c = config();
        c.ghlToken = m_host->readOnlyGhlToken().toUtf8();
        const Session::GhlCheck check = testGhl(c);
        QVERIFY2(check.ok, qPrintable(check.error.toLogString()));
        QCOMPARE(check.locationName, u"ContactBridge Sandbox"_s);
        QVERIFY(!check.canWrite);
        QVERIFY2(check.writeNote.contains(u"contacts.write"_s), qPrintable(check.writeNote));
    }

    void ghlTokenWithoutLocationScope()
    {
        // A fake of its own, for a token the sandbox does not issue.
        Sandbox::FakeGhl::Options options;
        options.locationId = m_host->locationId();
        options.rateLimitMode = Sandbox::RateLimitMode::Off;
        options.tokens
            = {{u"pit-contacts-only"_s, {u"contacts.readonly"_s, u"contacts.write"_s}, {}}};
        Sandbox::FakeGhl fake(options);
        QVERIFY(fake.listenLocal() != 0);
        Session::ServiceConfig c = config();
        c.profile.ghlBaseUrl = fake.baseUrl();
        c.ghlToken = "pit-contacts-only";
        const Session::GhlCheck check = testGhl(c);
        QVERIFY2(check.ok, qPrintable(check.error.toLogString()));
        QVERIFY(check.locationName.isEmpty());
        QVERIFY(check.canWrite);
    }

    void ghlWrongLocation()
    {
        Session::ServiceConfig c = config();
        c.profile.locationId = u"someOtherLocation000"_s;
        const Session::GhlCheck check = testGhl(c);
        QVERIFY(!check.ok);
        QCOMPARE(check.error.kind, Error::Kind::Auth);
        QCOMPARE(check.error.httpStatus, 403);
        QVERIFY2(check.error.message.contains(u"another GoHighLevel location"_s),
                 qPrintable(check.error.message));
        QVERIFY(!check.canWrite);
    }

    void ghlInvalidToken()
    {
        Session::ServiceConfig c = config();
        c.ghlToken = "pit-00000000-0000-0000-0000-000000000000";
        const Session::GhlCheck check = testGhl(c);
        QVERIFY(!check.ok);
        QCOMPARE(check.error.kind, Error::Kind::Auth);
        QVERIFY2(check.error.message.contains(u"did not accept the token"_s),
                 qPrintable(check.error.message));
    }

    void ghlMissingSettings()
    {
        Session::ServiceConfig c = config();
        c.ghlToken.clear();
        Session::GhlCheck check = testGhl(c);
        QVERIFY(!check.ok);
        QCOMPARE(check.error.kind, Error::Kind::Config);
        c = config();
        c.profile.locationId.clear();
        check = testGhl(c);
        QVERIFY(!check.ok);
        QVERIFY(check.error.message.contains(u"location ID"_s));
    }

    void ghlNetworkError()
    {
        Session::ServiceConfig c = config();
        QUrl closed = c.profile.ghlBaseUrl;
        closed.setPort(1); // nothing listens on port 1 of the loopback
        c.profile.ghlBaseUrl = closed;
        // Refused connections are retried with backoff (about 8 s in all) before giving up.
        const Session::GhlCheck check = testGhl(c, 40000);
        QVERIFY(!check.ok);
        QCOMPARE(check.error.kind, Error::Kind::Network);
        QVERIFY2(check.error.message.contains(u"can't reach GoHighLevel"_s),
                 qPrintable(check.error.message));
    }

    void aNewTestAbandonsTheOldOne()
    {
        ConnectionTester tester(m_clock);
        QSignalSpy tested(&tester, &ConnectionTester::ghlTested);
        Session::ServiceConfig wrong = config();
        wrong.profile.locationId = u"someOtherLocation000"_s;
        tester.testGhl(wrong);
        tester.testGhl(config());
        QVERIFY(tested.wait(15000));
        QVERIFY(!tested.wait(500));
        QCOMPARE(tested.size(), 1);
        QVERIFY(tested.first().first().value<Session::GhlCheck>().ok);
    }

    void mailerLiteAccount()
    {
        const Session::MailerLiteCheck check = testMailerLite(config());
        QVERIFY2(check.ok, qPrintable(check.error.toLogString()));
        QVERIFY(!check.accountName.isEmpty());
        QVERIFY(check.accountEmail.contains(u'@'));
    }

    void mailerLiteWrongKey()
    {
        Session::ServiceConfig c = config();
        c.mailerLiteKey = "ffffffffffffffffffffffffffffffff";
        const Session::MailerLiteCheck check = testMailerLite(c);
        QVERIFY(!check.ok);
        QCOMPARE(check.error.kind, Error::Kind::Auth);
        QVERIFY2(check.error.message.contains(u"rejected the API key"_s),
                 qPrintable(check.error.message));
        QVERIFY(!check.error.message.contains(u"ffffffff"_s));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
