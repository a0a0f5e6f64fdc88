// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GhlErrors: each GoHighLevel failure class, produced by the real FakeGhl over 127.0.0.1, ends
// as the right Error kind with a plain-language message.
#include "ghl/ghlerrors.h"
#include "ghlfixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace GhlFixture;
using Api::GhlClient;
using Sandbox::FakeGhl;

class TestGhlErrors final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    SystemClock m_systemClock;
    std::unique_ptr<FakeGhl> m_ghl;

    void startFake(FakeGhl::Options options = {})
    {
        options.locationId = Location;
        options.tokens = tokens();
        if (!options.clock) {
            options.clock = &m_clock;
        }
        m_ghl = std::make_unique<FakeGhl>(options);
        m_ghl->load(smallDataset());
        QVERIFY(m_ghl->listenLocal() != 0);
    }

    std::unique_ptr<GhlClient> client(const QString &token, GhlClient::Config config = {},
                                      const Clock *clock = nullptr)
    {
        if (config.baseUrl == QUrl(QString::fromLatin1(GhlClient::DefaultBaseUrl))) {
            config.baseUrl = m_ghl->baseUrl();
        }
        config.locationId = Location;
        config.token = [token] {
            return token.toUtf8();
        };
        config.retry = quickRetries(2);
        return std::make_unique<GhlClient>(config, clock ? *clock : m_clock);
    }

    Error contactError(GhlClient &ghl, const QString &id = Ann)
    {
        const auto r = await<Ghl::Contact>([&](auto done) { ghl.getContact(id, this, done); });
        return r.ok() ? Error {} : r.error();
    }

private Q_SLOTS:
    void initTestCase() { startTrafficLog(); }
    void init() { startFake(); }
    void cleanup() { m_ghl.reset(); }

    void explainTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fragment");
        const auto row = [](const char *name, int status, const QString &said,
                            const QByteArray &body, Error::Kind kind, const QString &fragment) {
            QTest::newRow(name) << status << said << body << int(kind) << fragment;
        };
        row("scope", 401, u"The token is not authorized for this scope."_s, {}, Error::Kind::Auth,
            u"(contacts.write)"_s);
        row("location", 403, u"The token does not have access to this location."_s, {},
            Error::Kind::Auth, u"another GoHighLevel location (sub-account)"_s);
        row("version", 401, u"version header was not found."_s, {}, Error::Kind::Config,
            u"API version header"_s);
        row("jwt", 401, u"Invalid JWT"_s, {}, Error::Kind::Auth, u"Sign in again"_s);
        row("property", 422, u"property gender should not exist"_s, {}, Error::Kind::Validation,
            u"field gender"_s);
        row("duplicate", 400, u"This location does not allow duplicated contacts."_s,
            R"({"meta":{"contactId":"X1","matchingField":"phone"}})", Error::Kind::Conflict,
            u"same phone"_s);
        row("unknown id", 400, u"Contact with id zz not found"_s, {}, Error::Kind::NotFound,
            u"no contact with the id zz"_s);
        row("429", 429, u"Too Many Requests"_s, {}, Error::Kind::RateLimited, u"rate limit"_s);
        row("502", 502, u"Bad Gateway"_s, {}, Error::Kind::Http, u"HTTP 502"_s);
    }

    void explainTable()
    {
        QFETCH(int, status);
        QFETCH(QString, said);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, fragment);
        const Error generic {Api::errorKindForStatus(status), u"generic"_s, said, status};
        const Error e = Api::GhlErrors::explain(generic, status, said, body, u"contacts.write"_s);
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(fragment), qPrintable(e.message));
        QCOMPARE(e.httpStatus, status);
    }

    void missingScopeForWriteNamesContactsWrite()
    {
        auto ghl = client(u"pit-ro"_s);
        const auto r = await<Ghl::Contact>([&](auto done) {
            ghl->createContact({{u"email"_s, u"new@example.com"_s}}, this, done);
        });
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QVERIFY2(r.error().message.contains(u"lacks the permission this needs (contacts.write)"),
                 qPrintable(r.error().message));
        QVERIFY(!Api::GhlErrors::isInvalidToken(r.error()));
    }

    void missingScopeForReadNamesContactsReadonly()
    {
        auto ghl = client(u"pit-fields"_s);
        const Error e = contactError(*ghl);
        QCOMPARE(e.kind, Error::Kind::Auth);
        QVERIFY2(e.message.contains(u"(contacts.readonly)"), qPrintable(e.message));
    }

    void missingScopeForCustomFieldsNamesItsScope()
    {
        auto ghl = client(u"pit-ro"_s);
        const auto r = await<QList<Ghl::CustomFieldDef>>(
            [&](auto done) { ghl->listCustomFields(QString(), this, done); });
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QVERIFY2(r.error().message.contains(u"(locations/customFields.readonly)"),
                 qPrintable(r.error().message));
    }

    void tokenOfAnotherLocation()
    {
        auto ghl = client(u"pit-other"_s);
        const auto r
            = await<GhlClient::Page>([&](auto done) { ghl->searchContacts({}, this, done); });
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QCOMPARE(r.error().httpStatus, 403);
        QVERIFY2(r.error().message.contains(u"another GoHighLevel location (sub-account)"),
                 qPrintable(r.error().message));
    }

    void missingVersionHeaderIsAConfigurationError()
    {
        GhlClient::Config config;
        config.apiVersion.clear();
        auto ghl = client(u"pit-rw"_s, config);
        const Error e = contactError(*ghl);
        QCOMPARE(e.kind, Error::Kind::Config);
        QVERIFY2(e.message.contains(u"not in your credentials"), qPrintable(e.message));
        QVERIFY(e.detail.contains(u"version header was not found"));
    }

    void invalidVersionHeaderIsAConfigurationError()
    {
        GhlClient::Config config;
        config.apiVersion = "2020-01-01";
        auto ghl = client(u"pit-rw"_s, config);
        const Error e = contactError(*ghl);
        QCOMPARE(e.kind, Error::Kind::Config);
        QVERIFY(e.detail.contains(u"version header is invalid"));
    }

    void invalidTokenAsksToSignInAgain()
    {
        auto ghl = client(u"pit-revoked"_s);
        const Error e = contactError(*ghl);
        QCOMPARE(e.kind, Error::Kind::Auth);
        QVERIFY2(e.message.contains(u"Sign in again or check the Private Integration Token"),
                 qPrintable(e.message));
        QVERIFY(Api::GhlErrors::isInvalidToken(e));
        QCOMPARE(requestsTo(*m_ghl, u"GET /contacts/:contactId"_s), 1); // a 401 is not retried
    }

    void rateLimitAfterRetries()
    {
        // The limiter waits in real time for the window the server names, so this test runs
        // the fake in Fast mode (100 ms windows) on the system clock.
        FakeGhl::Options options;
        options.rateLimitMode = Sandbox::RateLimitMode::Fast;
        options.clock = &m_systemClock;
        startFake(options);
        Sandbox::FaultInjector::Rates limited;
        limited.rateLimitBurst = 1.0;
        limited.burstLength = 1000;
        m_ghl->faults().setRates(limited);
        auto ghl = client(u"pit-rw"_s, {}, &m_systemClock);
        const Error e = contactError(*ghl);
        QCOMPARE(e.kind, Error::Kind::RateLimited);
        QVERIFY2(e.message.contains(u"still exceeded after several retries"),
                 qPrintable(e.message));
        QCOMPARE(m_ghl->stats().value(u"rate_limited"_s).toInteger(), 2); // both attempts
    }

    void refusedPropertyIsNamed()
    {
        // GhlClient never sends undeclared members, so go through its HttpClient directly.
        auto ghl = client(u"pit-rw"_s);
        Api::ApiCall *call
            = ghl->http().send("PUT", u"/contacts/"_s + Ann, {},
                               QJsonDocument(QJsonObject {{u"locationId"_s, Location}}), {}, this);
        QSignalSpy finished(call, &Api::ApiCall::finished);
        QVERIFY(finished.wait());
        const Error e = Api::GhlErrors::explain(call->result().error(), *call, u"contacts.write"_s);
        QCOMPARE(e.kind, Error::Kind::Validation);
        QVERIFY2(e.message.contains(u"field locationId"), qPrintable(e.message));
        call->deleteLater();
    }

    void invalidDataIsAValidationError()
    {
        auto ghl = client(u"pit-rw"_s);
        const auto r
            = await<Ghl::Note>([&](auto done) { ghl->createNote(Ann, Ghl::Note {}, this, done); });
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QVERIFY2(r.error().message.contains(u"body should not be empty"),
                 qPrintable(r.error().message));
    }

    void unknownContactIsNotFound()
    {
        auto ghl = client(u"pit-rw"_s);
        const Error e = contactError(*ghl, u"nope"_s);
        QCOMPARE(e.kind, Error::Kind::NotFound);
        QVERIFY2(e.message.contains(u"no contact with the id nope"), qPrintable(e.message));
    }

    void unreachableServer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        GhlClient::Config config;
        config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        auto ghl = client(u"pit-rw"_s, config);
        const Error e = contactError(*ghl);
        QCOMPARE(e.kind, Error::Kind::Network);
        QVERIFY2(e.message.contains(u"can't reach GoHighLevel"), qPrintable(e.message));
    }

    void slowServerTimesOut()
    {
        Sandbox::FaultInjector::Rates stall;
        stall.stall = 1.0;
        stall.stallMs = 3000;
        m_ghl->faults().setRates(stall);
        GhlClient::Config config;
        config.transferTimeout = 200ms;
        auto ghl = client(u"pit-rw"_s, config);
        const Error e = contactError(*ghl);
        QCOMPARE(e.kind, Error::Kind::Timeout);
        QVERIFY2(e.message.contains(u"did not answer in time"), qPrintable(e.message));
        QCOMPARE(requestsTo(*m_ghl, u"GET /contacts/:contactId"_s), 2); // a read is retried
    }

    void serverFailure()
    {
        Sandbox::FaultInjector::Rates broken;
        broken.serverError = 1.0;
        m_ghl->faults().setRates(broken);
        auto ghl = client(u"pit-rw"_s);
        const Error e = contactError(*ghl);
        QCOMPARE(e.kind, Error::Kind::Http);
        QVERIFY2(e.message.contains(u"had a problem of its own"), qPrintable(e.message));
        QVERIFY(e.httpStatus >= 500);
    }
};

QTEST_GUILESS_MAIN(TestGhlErrors)
#include "tst_ghlerrors.moc"
