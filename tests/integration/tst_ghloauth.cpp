// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GhlOAuth against the real FakeGhl: code exchange, the loopback redirect, refresh with
// rotation persisted in a MemorySecretStore, renewal on "Invalid JWT", and failures.
#include "ghl/ghlerrors.h"
#include "ghl/ghloauth.h"
#include "ghlfixture.h"
#include "secrets/memorysecretstore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace GhlFixture;
using Api::GhlClient;
using Api::GhlOAuth;
using Sandbox::FakeGhl;
using Secrets::SecretResult;

class TestGhlOAuth final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<FakeGhl> m_ghl;
    std::unique_ptr<Secrets::MemorySecretStore> m_store;
    std::unique_ptr<GhlOAuth> m_oauth;

    std::unique_ptr<GhlOAuth> makeOAuth()
    {
        GhlOAuth::Config config;
        config.profile = u"main"_s;
        config.baseUrl = m_ghl->baseUrl();
        config.clientId = u"client-1"_s;
        config.clientSecret = u"secret-1"_s;
        config.scopes = FakeGhl::allScopes();
        return std::make_unique<GhlOAuth>(config, *m_store, m_clock);
    }

    std::unique_ptr<GhlClient> makeClient()
    {
        GhlClient::Config config;
        config.baseUrl = m_ghl->baseUrl();
        config.locationId = Location;
        config.token = m_oauth->tokenProvider();
        config.renewToken = m_oauth->tokenRenewer();
        config.retry = quickRetries(2);
        return std::make_unique<GhlClient>(config, m_clock);
    }

    QString stored(const QString &name)
    {
        std::optional<SecretResult> out;
        m_store->read(Secrets::SecretStore::makeKey(u"ghl"_s, u"main"_s, name), this,
                      [&out](const SecretResult &r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); })) {
            return u"<no answer>"_s;
        }
        return out->value;
    }

    Status signIn()
    {
        const QString code = m_ghl->issueAuthorizationCode(FakeGhl::allScopes());
        return await<std::monostate>([&](auto done) { m_oauth->exchangeCode(code, this, done); });
    }

    qint64 tokenRequests() const { return requestsTo(*m_ghl, u"POST /oauth/token"_s); }

private Q_SLOTS:
    void initTestCase() { startTrafficLog(); }

    void init()
    {
        FakeGhl::Options options;
        options.locationId = Location;
        options.tokens = tokens();
        options.clock = &m_clock;
        options.oauthClientId = u"client-1"_s;
        options.oauthClientSecret = u"secret-1"_s;
        m_ghl = std::make_unique<FakeGhl>(options);
        m_ghl->load(smallDataset());
        QVERIFY(m_ghl->listenLocal() != 0);
        m_store = std::make_unique<Secrets::MemorySecretStore>();
        m_oauth = makeOAuth();
    }

    void cleanup()
    {
        m_oauth.reset();
        m_store.reset();
        m_ghl.reset();
    }

    void codeExchangePersistsTokens()
    {
        const Status signedIn = signIn();
        QVERIFY2(signedIn.ok(), qPrintable(why(signedIn)));
        QVERIFY(m_oauth->isSignedIn());
        QCOMPARE(m_oauth->grantedLocationId(), Location);
        QCOMPARE(stored(u"access-token"_s).toUtf8(), m_oauth->accessToken());
        QVERIFY(!stored(u"refresh-token"_s).isEmpty());
        QCOMPARE(stored(u"expires-at"_s), u"2026-03-02T11:59:59.000Z"_s); // 86399 s later
        auto ghl = makeClient();
        const auto r = await<Ghl::Contact>([&](auto done) { ghl->getContact(Ann, this, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
    }

    void codeIsSingleUse()
    {
        const QString code = m_ghl->issueAuthorizationCode(FakeGhl::allScopes());
        QVERIFY(await<std::monostate>([&](auto done) {
                    m_oauth->exchangeCode(code, this, done);
                }).ok());
        const auto again
            = await<std::monostate>([&](auto done) { m_oauth->exchangeCode(code, this, done); });
        QCOMPARE(again.error().kind, Error::Kind::Auth);
        QVERIFY(again.error().message.contains(u"Sign in to GoHighLevel again"));
    }

    void expiredTokenIsRenewedOnceWithRotation()
    {
        QVERIFY(signIn().ok());
        const QByteArray oldAccess = m_oauth->accessToken();
        const QString oldRefresh = stored(u"refresh-token"_s);
        m_clock.advance(std::chrono::hours(25)); // the fake now answers "Invalid JWT"
        auto ghl = makeClient();
        const auto r = await<Ghl::Contact>([&](auto done) { ghl->getContact(Ann, this, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(requestsTo(*m_ghl, u"GET /contacts/:contactId"_s), 2);
        QCOMPARE(tokenRequests(), 2); // the code exchange and one refresh
        const QString newRefresh = stored(u"refresh-token"_s);
        QVERIFY(newRefresh != oldRefresh);
        QVERIFY(m_oauth->accessToken() != oldAccess);
        QCOMPARE(stored(u"access-token"_s).toUtf8(), m_oauth->accessToken());
        // The old refresh token is spent: a second instance still holding it is refused.
        QVERIFY(await<std::monostate>([&](auto done) {
                    Api::GhlTokenStore(*m_store, u"other"_s).save({{}, oldRefresh, {}}, this, done);
                }).ok());
        GhlOAuth::Config config;
        config.profile = u"other"_s;
        config.baseUrl = m_ghl->baseUrl();
        config.clientId = u"client-1"_s;
        config.clientSecret = u"secret-1"_s;
        GhlOAuth stale(config, *m_store, m_clock);
        QVERIFY(await<bool>([&](auto done) { stale.load(this, done); }).value());
        const auto refused = await<std::monostate>([&](auto done) { stale.refresh(this, done); });
        QCOMPARE(refused.error().kind, Error::Kind::Auth);
    }

    void concurrentRenewalsShareOneRefresh()
    {
        QVERIFY(signIn().ok());
        m_clock.advance(std::chrono::hours(25));
        auto ghl = makeClient();
        std::optional<Result<Ghl::Contact>> a;
        std::optional<Result<Ghl::Contact>> b;
        ghl->getContact(Ann, this, [&a](Result<Ghl::Contact> r) { a.emplace(std::move(r)); });
        ghl->getContact(Bob, this, [&b](Result<Ghl::Contact> r) { b.emplace(std::move(r)); });
        QTRY_VERIFY(a.has_value() && b.has_value());
        QVERIFY(a->ok() && b->ok());
        QCOMPARE(tokenRequests(), 2); // exchange + exactly one refresh
    }

    void refreshFailureIsAnAuthError()
    {
        QVERIFY(signIn().ok());
        // Make the stored refresh token one the server does not know, then restart.
        QVERIFY(await<std::monostate>([&](auto done) {
                    Api::GhlTokenStore(*m_store, u"main"_s)
                        .save({u"expired-access"_s, u"unknown-refresh"_s, m_clock.now()}, this,
                              done);
                }).ok());
        m_oauth = makeOAuth();
        QVERIFY(await<bool>([&](auto done) { m_oauth->load(this, done); }).value());
        auto ghl = makeClient();
        const auto r = await<Ghl::Contact>([&](auto done) { ghl->getContact(Ann, this, done); });
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QVERIFY2(r.error().message.contains(u"could not be renewed"),
                 qPrintable(r.error().message));
        QCOMPARE(requestsTo(*m_ghl, u"GET /contacts/:contactId"_s), 1); // no resend
        QCOMPARE(stored(u"refresh-token"_s), u"unknown-refresh"_s);
    }

    void unsavedTokensAreNotUsed()
    {
        QVERIFY(signIn().ok());
        const QByteArray before = m_oauth->accessToken();
        m_store->simulateFailure(SecretResult::Status::Unavailable);
        const auto r = await<std::monostate>([&](auto done) { m_oauth->refresh(this, done); });
        QCOMPARE(r.error().kind, Error::Kind::Keychain);
        QCOMPARE(m_oauth->accessToken(), before); // the new pair was not adopted
    }

    void ensureFreshRenewsOnlyNearExpiry()
    {
        QVERIFY(signIn().ok());
        QVERIFY(await<std::monostate>([&](auto done) { m_oauth->ensureFresh(this, done); }).ok());
        QCOMPARE(tokenRequests(), 1);
        m_clock.advance(std::chrono::hours(23) + std::chrono::minutes(57));
        QVERIFY(await<std::monostate>([&](auto done) { m_oauth->ensureFresh(this, done); }).ok());
        QCOMPARE(tokenRequests(), 2);
    }

    void loopbackRedirectSignsIn()
    {
        QSignalSpy url(m_oauth.get(), &GhlOAuth::authorizationUrlReady);
        QSignalSpy signedIn(m_oauth.get(), &GhlOAuth::signedIn);
        QVERIFY(m_oauth->startAuthorization().ok());
        QTRY_COMPARE(url.size(), 1);
        const QUrl authorize = url.first().first().toUrl();
        QCOMPARE(authorize.host(), u"marketplace.gohighlevel.com"_s);
        QCOMPARE(authorize.path(), u"/v2/oauth/chooselocation"_s);
        const QUrlQuery query(authorize);
        QCOMPARE(query.queryItemValue(u"client_id"_s), u"client-1"_s);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QVERIFY(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).contains(u"contacts.write"));
        const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
        QVERIFY(!state.isEmpty());

        // The browser's part: the marketplace redirects to the loopback listener.
        QUrl back = redirect;
        QUrlQuery answer;
        answer.addQueryItem(u"code"_s, m_ghl->issueAuthorizationCode(FakeGhl::allScopes()));
        answer.addQueryItem(u"state"_s, state);
        back.setQuery(answer);
        QNetworkAccessManager browser;
        std::unique_ptr<QNetworkReply> page(browser.get(QNetworkRequest(back)));
        QVERIFY(signedIn.wait());
        QTRY_VERIFY(page->isFinished());
        QVERIFY(m_oauth->isSignedIn());
        QCOMPARE(stored(u"access-token"_s).toUtf8(), m_oauth->accessToken());
        QCOMPARE(tokenRequests(), 1); // exchanged once, by GhlOAuth only
    }

    void loopbackRedirectWithWrongStateFails()
    {
        QSignalSpy url(m_oauth.get(), &GhlOAuth::authorizationUrlReady);
        QSignalSpy failed(m_oauth.get(), &GhlOAuth::authorizationFailed);
        QVERIFY(m_oauth->startAuthorization().ok());
        QTRY_COMPARE(url.size(), 1);
        const QUrlQuery query(url.first().first().toUrl());
        QUrl back(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        back.setQuery(u"code=abc&state=forged"_s);
        QNetworkAccessManager browser;
        std::unique_ptr<QNetworkReply> page(browser.get(QNetworkRequest(back)));
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Auth);
        QCOMPARE(tokenRequests(), 0);
        QVERIFY(!m_oauth->isSignedIn());
    }

    void storedTokensAreLoadedAndSignOutForgetsThem()
    {
        QVERIFY(signIn().ok());
        const QByteArray token = m_oauth->accessToken();
        m_oauth = makeOAuth();
        QVERIFY(await<bool>([&](auto done) { m_oauth->load(this, done); }).value());
        QCOMPARE(m_oauth->accessToken(), token);
        QVERIFY(await<std::monostate>([&](auto done) { m_oauth->signOut(this, done); }).ok());
        QVERIFY(!m_oauth->isSignedIn());
        QCOMPARE(m_store->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGhlOAuth)
#include "tst_ghloauth.moc"
