// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakemailerlite.h"
#include "http/httpclient.h"
#include "mailerlite/mailerliteclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace MailerLite;
using Api::MailerLiteClient;

namespace {

constexpr auto ApiKey = "fc7b8c5b32067bcd47cafb5f475d2fe9";

// Collects the one result a client method delivers.
template<typename T>
struct Outcome
{
    std::optional<Result<T>> result;
    Api::Callback<T> callback()
    {
        return [this](Result<T> r) {
            QVERIFY2(!result.has_value(), "callback delivered twice");
            result.emplace(std::move(r));
        };
    }
};

} // namespace

class TestMailerLiteClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::FakeMailerLite> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Api::HttpClient> m_http;
    std::unique_ptr<MailerLiteClient> m_client;
    QByteArray m_key = ApiKey;
    SystemClock m_clock;

    template<typename T, typename Call>
    Result<T> run(Call call)
    {
        Outcome<T> outcome;
        call(outcome.callback());
        if (!QTest::qWaitFor([&] { return outcome.result.has_value(); }, 10000)) {
            return Error {Error::Kind::Timeout, u"no result within 10 s"_s, {}};
        }
        return *outcome.result;
    }

    QJsonObject stats()
    {
        Sandbox::HttpRequest r;
        r.method = "GET";
        r.path = u"/_sandbox/stats"_s;
        return QJsonDocument::fromJson(m_server->dispatch(r).body).object();
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::FakeMailerLite::Options options;
        options.apiKey = QString::fromLatin1(ApiKey);
        options.rateLimit = Sandbox::RateLimitMode::Off;
        m_server = std::make_unique<Sandbox::FakeMailerLite>(options);
        QVERIFY(m_server->listenLocal() != 0);
        m_key = ApiKey;
        m_network = std::make_unique<QNetworkAccessManager>();
        auto config = MailerLiteClient::httpConfig(m_server->baseUrl(), [this] { return m_key; });
        m_http = std::make_unique<Api::HttpClient>(config, m_clock, m_network.get());
        m_client = std::make_unique<MailerLiteClient>(*m_http);
    }

    void cleanup()
    {
        m_client.reset();
        m_http.reset();
        m_network.reset();
        m_server.reset();
    }

    void meShowsTheAccount()
    {
        const auto account = run<Account>([&](auto done) { m_client->me(this, done); });
        QVERIFY(account.ok());
        QVERIFY(!account.value().email.isEmpty());
    }

    void wrongKeyIsAnAuthErrorInPlainLanguage()
    {
        m_key = "not-the-key";
        const auto account = run<Account>([&](auto done) { m_client->me(this, done); });
        QVERIFY(!account.ok());
        QCOMPARE(account.error().kind, Error::Kind::Auth);
        QCOMPARE(account.error().httpStatus, 401);
        QVERIFY(account.error().message.contains(u"API key"_s));
        QVERIFY(!account.error().message.contains(u"not-the-key"_s));
    }

    void missingKeyIsAConfigurationError()
    {
        m_key.clear();
        const auto account = run<Account>([&](auto done) { m_client->me(this, done); });
        QVERIFY(!account.ok());
        QCOMPARE(account.error().kind, Error::Kind::Config);
    }

    void upsertGetUpdateDeleteWithBigIds()
    {
        SubscriberInput input;
        input.email = u"Zoe+News@Example.com"_s;
        input.name = u"Zoë"_s;
        input.fields = {{u"last_name"_s, u"Ölçer"_s}, {u"company"_s, u"ACME"_s}};
        const auto created
            = run<Subscriber>([&](auto done) { m_client->upsertSubscriber(input, this, done); });
        QVERIFY2(created.ok(),
                 qPrintable(created.ok() ? QString() : created.error().toLogString()));
        const qint64 id = created.value().id;
        QVERIFY2(id > (Q_INT64_C(1) << 53), "the sandbox hands out ids beyond double precision");
        QCOMPARE(created.value().fields.value(u"company"_s), u"ACME"_s);

        const auto byId = run<Subscriber>(
            [&](auto done) { m_client->getSubscriber(QString::number(id), this, done); });
        QVERIFY(byId.ok());
        QCOMPARE(byId.value().id, id);
        const auto byEmail = run<Subscriber>(
            [&](auto done) { m_client->getSubscriber(u"zoe+news@example.com"_s, this, done); });
        QVERIFY(byEmail.ok());
        QCOMPARE(byEmail.value().id, id);

        SubscriberInput changes;
        changes.type = u"unsubscribed"_s;
        changes.fields = {{u"city"_s, u"Köln"_s}};
        const auto updated = run<Subscriber>([&](auto done) {
            m_client->updateSubscriber(QString::number(id), changes, this, done);
        });
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().type, u"unsubscribed"_s);
        QCOMPARE(updated.value().fields.value(u"city"_s), u"Köln"_s);

        const auto deleted = run<std::monostate>(
            [&](auto done) { m_client->deleteSubscriber(QString::number(id), this, done); });
        QVERIFY(deleted.ok());
        const auto gone = run<Subscriber>(
            [&](auto done) { m_client->getSubscriber(QString::number(id), this, done); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }

    void upsertNeverResubscribesWithoutTheFlag()
    {
        SubscriberInput input;
        input.email = u"optout@example.com"_s;
        QVERIFY((run<Subscriber>([&](auto done) {
                    m_client->upsertSubscriber(input, this, done);
                })).ok());
        SubscriberInput unsubscribe;
        unsubscribe.type = u"unsubscribed"_s;
        QVERIFY((run<Subscriber>([&](auto done) {
                    m_client->updateSubscriber(input.email, unsubscribe, this, done);
                })).ok());

        input.name = u"Still Out"_s;
        const auto again
            = run<Subscriber>([&](auto done) { m_client->upsertSubscriber(input, this, done); });
        QVERIFY(again.ok());
        QCOMPARE(again.value().type, u"unsubscribed"_s);

        input.resubscribe = true;
        const auto back
            = run<Subscriber>([&](auto done) { m_client->upsertSubscriber(input, this, done); });
        QVERIFY(back.ok());
        QCOMPARE(back.value().type, u"active"_s);
    }

    void invalidEmailIsAValidationError()
    {
        SubscriberInput input;
        input.email = u"no-at-sign"_s;
        const auto r
            = run<Subscriber>([&](auto done) { m_client->upsertSubscriber(input, this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QCOMPARE(r.error().httpStatus, 400);
    }

    void searchAndCount()
    {
        for (const QString &email :
             {u"a1@example.com"_s, u"a2@example.com"_s, u"b1@example.org"_s}) {
            SubscriberInput input;
            input.email = email;
            QVERIFY((run<Subscriber>([&](auto done) {
                        m_client->upsertSubscriber(input, this, done);
                    })).ok());
        }
        const auto found = run<QList<Subscriber>>([&](auto done) {
            m_client->searchSubscribers(u"a2@example.com"_s, 0, 100, this, done);
        });
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        const auto count
            = run<qint64>([&](auto done) { m_client->countSubscribers(u"active"_s, this, done); });
        QVERIFY(count.ok());
        QCOMPARE(count.value(), 3);
        const auto page = run<QList<Subscriber>>(
            [&](auto done) { m_client->listSubscribers(1, 1, QString(), this, done); });
        QVERIFY(page.ok());
        QCOMPARE(page.value().size(), 1);
    }

    void groupsAndMembership()
    {
        const auto group
            = run<Group>([&](auto done) { m_client->createGroup(u"Newsletter"_s, this, done); });
        QVERIFY(group.ok());
        const qint64 gid = group.value().id;
        const auto renamed
            = run<Group>([&](auto done) { m_client->renameGroup(gid, u"Weekly"_s, this, done); });
        QVERIFY(renamed.ok());
        QCOMPARE(renamed.value().name, u"Weekly"_s);

        SubscriberInput input;
        input.email = u"member@example.com"_s;
        const auto added
            = run<Subscriber>([&](auto done) { m_client->addToGroup(gid, input, this, done); });
        QVERIFY(added.ok());
        const auto members = run<QList<Subscriber>>(
            [&](auto done) { m_client->groupSubscribers(gid, QString(), 0, 100, this, done); });
        QVERIFY(members.ok());
        QCOMPARE(members.value().size(), 1);
        const auto groups = run<QList<Group>>(
            [&](auto done) { m_client->subscriberGroups(input.email, this, done); });
        QVERIFY(groups.ok());
        QCOMPARE(groups.value().size(), 1);
        QCOMPARE(groups.value().first().id, gid);

        QVERIFY((run<std::monostate>([&](auto done) {
                    m_client->removeFromGroup(gid, input.email, this, done);
                })).ok());
        const auto fetched = run<Group>([&](auto done) { m_client->getGroup(gid, this, done); });
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().total, 0);
        QVERIFY(
            (run<std::monostate>([&](auto done) { m_client->deleteGroup(gid, this, done); })).ok());
        const auto missing = run<Group>([&](auto done) { m_client->getGroup(gid, this, done); });
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void importClassifiesEachSubscriber()
    {
        const auto group
            = run<Group>([&](auto done) { m_client->createGroup(u"Imported"_s, this, done); });
        QVERIFY(group.ok());
        SubscriberInput existing;
        existing.email = u"same@example.com"_s;
        existing.name = u"Same"_s;
        QVERIFY((run<Subscriber>([&](auto done) {
                    m_client->addToGroup(group.value().id, existing, this, done);
                })).ok());

        SubscriberInput fresh;
        fresh.email = u"new@example.com"_s;
        SubscriberInput changed;
        changed.email = u"changed@example.com"_s;
        QVERIFY((run<Subscriber>([&](auto done) {
                    m_client->upsertSubscriber(changed, this, done);
                })).ok());
        changed.fields = {{u"company"_s, u"New Co"_s}};
        SubscriberInput broken;
        broken.email = u"x@@y"_s;
        const auto result = run<ImportResult>([&](auto done) {
            m_client->importToGroup(group.value().id, {existing, fresh, changed, broken}, false,
                                    this, done);
        });
        QVERIFY(result.ok());
        QCOMPARE(result.value().imported.size(), 1);
        QCOMPARE(result.value().imported.first().email, u"new@example.com"_s);
        QCOMPARE(result.value().unchanged.size(), 1);
        QCOMPARE(result.value().errors.size(), 1);
        QCOMPARE(result.value().imported.size() + result.value().updated.size()
                     + result.value().unchanged.size() + result.value().errors.size(),
                 4);
    }

    void fieldsLifecycle()
    {
        const auto created = run<Field>(
            [&](auto done) { m_client->createField(u"Open Tasks"_s, u"NUMBER"_s, this, done); });
        QVERIFY(created.ok());
        QCOMPARE(created.value().key, u"open_tasks"_s);
        QCOMPARE(created.value().type, u"NUMBER"_s);
        const auto renamed = run<Field>([&](auto done) {
            m_client->renameField(created.value().id, u"Tasks open"_s, this, done);
        });
        QVERIFY(renamed.ok());
        QCOMPARE(renamed.value().key, u"open_tasks"_s); // keys never change
        const auto list = run<QList<Field>>([&](auto done) { m_client->listFields(this, done); });
        QVERIFY(list.ok());
        int builtIn = 0;
        for (const Field &f : list.value()) {
            builtIn += f.isBuiltIn();
        }
        QCOMPARE(builtIn, 9);
        QVERIFY((run<std::monostate>([&](auto done) {
                    m_client->deleteField(created.value().id, this, done);
                })).ok());
    }

    void batchSplitsIntoFiftiesAndKeepsOrder()
    {
        QList<BatchRequest> requests;
        for (int i = 0; i < 120; ++i) {
            SubscriberInput input;
            input.email = u"batch%1@example.com"_s.arg(i);
            requests.append({"POST", u"/subscribers"_s, input.toCreateJson(), true});
        }
        requests[77].body.insert(u"email"_s, u"broken"_s);
        std::optional<QList<BatchResult>> results;
        m_client->batch(requests, this, [&](QList<BatchResult> r) { results = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(results.has_value(), 10000);
        QCOMPARE(results->size(), 120);
        for (int i = 0; i < 120; ++i) {
            if (i == 77) {
                QVERIFY(!results->at(i).ok());
                QCOMPARE(results->at(i).status, 400);
                QCOMPARE(results->at(i).error->kind, Error::Kind::Validation);
                continue;
            }
            QVERIFY(results->at(i).ok());
            QCOMPARE(results->at(i).body.toObject().value("email"_L1).toString(),
                     u"batch%1@example.com"_s.arg(i));
        }
        QCOMPARE(stats().value("by_endpoint"_L1).toObject().value("POST /batch"_L1).toInt(), 3);
    }

    void truncatedJsonIsAParseErrorNotACrash()
    {
        Sandbox::FaultInjector::Rates rates;
        rates.truncate = 1.0;
        m_server->faults().setRates(rates);
        const auto r = run<QList<Group>>([&](auto done) { m_client->listGroups(this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Parse);
    }
};

QTEST_GUILESS_MAIN(TestMailerLiteClient)
#include "tst_mailerliteclient.moc"
