// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxHost in-process: both fakes start on distinct loopback ports with generated data, and
// the connection info it hands out really opens them (token, location, API key), with the
// configured faults and rate-limit mode applied.
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "sandboxhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::RateLimitMode;
using Sandbox::SandboxHost;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers;
};

} // namespace

class TestSandboxHost final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    QNetworkAccessManager m_nam;

    SandboxHost::Options options(int contacts = 250, quint32 seed = 42)
    {
        SandboxHost::Options o;
        o.contacts = contacts;
        o.seed = seed;
        o.mlSubscribers = 40;
        o.clock = &m_clock;
        return o;
    }

    Reply send(QNetworkRequest request, const QByteArray &method, const QByteArray &body = {})
    {
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            [&] {
                QVERIFY(finished.wait(10000));
            }();
        }
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = QJsonDocument::fromJson(reply->readAll()).object();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            r.headers.insert(name.toLower(), value);
        }
        reply->deleteLater();
        return r;
    }

    // POST /contacts/search as a GHL client sends it, with the host's token.
    Reply search(const QJsonObject &info, const QString &locationId, int pageLimit = 100)
    {
        QNetworkRequest request(QUrl(info.value(u"ghl_url"_s).toString() + u"/contacts/search"_s));
        request.setRawHeader("Authorization",
                             "Bearer " + info.value(u"ghl_token"_s).toString().toUtf8());
        request.setRawHeader("Version", "2021-07-28");
        const QJsonObject body {{u"locationId"_s, locationId}, {u"pageLimit"_s, pageLimit}};
        return send(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    Reply mailerLite(const QJsonObject &info, const QString &path, const QByteArray &key)
    {
        QNetworkRequest request(QUrl(info.value(u"ml_url"_s).toString() + path));
        if (!key.isEmpty()) {
            request.setRawHeader("X-MailerLite-ApiKey", key);
        }
        return send(request, "GET");
    }

private Q_SLOTS:
    void connectionInfoDescribesTwoLoopbackServices()
    {
        SandboxHost host(options());
        QVERIFY(host.connectionInfo().isEmpty());
        QVERIFY(host.start());
        QVERIFY(host.isRunning());

        const QJsonObject info = host.connectionInfo();
        QStringList keys = info.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList {u"ghl_readonly_token"_s, u"ghl_token"_s, u"ghl_url"_s,
                               u"location_id"_s, u"ml_api_key"_s, u"ml_url"_s}));
        const QUrl ghl(info.value(u"ghl_url"_s).toString());
        const QUrl ml(info.value(u"ml_url"_s).toString());
        QCOMPARE(ghl.scheme(), u"http"_s);
        QCOMPARE(ghl.host(), u"127.0.0.1"_s);
        QCOMPARE(ghl.path(), QString());
        QCOMPARE(ml.host(), u"127.0.0.1"_s);
        QCOMPARE(ml.path(), u"/api/v2"_s);
        QCOMPARE(ghl.port(), int(host.ghlPort()));
        QCOMPARE(ml.port(), int(host.mlPort()));
        QVERIFY(host.ghlPort() != 0);
        QVERIFY(host.mlPort() != 0);
        QVERIFY(host.ghlPort() != host.mlPort());

        QVERIFY(info.value(u"ghl_token"_s).toString().startsWith(u"pit-"_s));
        QCOMPARE(info.value(u"location_id"_s).toString().size(), 20);
        QCOMPARE(info.value(u"ml_api_key"_s).toString().size(), 32);
        QCOMPARE(host.ghl()->contacts().size(), 250);
        QCOMPARE(host.mailerLite()->store().subscriberCount(), 40);
    }

    void credentialsFollowTheSeed()
    {
        SandboxHost first(options(10, 7));
        SandboxHost again(options(10, 7));
        SandboxHost other(options(10, 8));
        QVERIFY(first.start());
        QVERIFY(again.start());
        QVERIFY(other.start());
        for (const QString &key : {u"ghl_token"_s, u"location_id"_s, u"ml_api_key"_s}) {
            QCOMPARE(again.connectionInfo().value(key), first.connectionInfo().value(key));
            QVERIFY(other.connectionInfo().value(key) != first.connectionInfo().value(key));
        }
    }

    void ghlSearchAnswersWithTheTokenAndLocation()
    {
        SandboxHost host(options());
        QVERIFY(host.start());
        const QJsonObject info = host.connectionInfo();

        const Reply page = search(info, info.value(u"location_id"_s).toString());
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body.value(u"total"_s).toInt(), 250);
        const QJsonArray contacts = page.body.value(u"contacts"_s).toArray();
        QCOMPARE(contacts.size(), 100);
        QCOMPARE(contacts.first().toObject().value(u"locationId"_s).toString(),
                 info.value(u"location_id"_s).toString());

        // The token is bound to its location, as a Private Integration Token is.
        QCOMPARE(search(info, u"otherLocation0000000"_s).status, 403);
        QJsonObject forged = info;
        forged.insert(u"ghl_token"_s, u"pit-00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(search(forged, info.value(u"location_id"_s).toString()).status, 401);
    }

    void tokenCarriesReadWriteAndCustomFieldScopes()
    {
        SandboxHost host(options());
        QVERIFY(host.start());
        const QJsonObject info = host.connectionInfo();
        QNetworkRequest request(QUrl(info.value(u"ghl_url"_s).toString() + u"/locations/"_s
                                     + info.value(u"location_id"_s).toString()
                                     + u"/customFields"_s));
        request.setRawHeader("Authorization",
                             "Bearer " + info.value(u"ghl_token"_s).toString().toUtf8());
        request.setRawHeader("Version", "2021-07-28");
        const Reply fields = send(request, "GET");
        QCOMPARE(fields.status, 200);
        QVERIFY(!fields.body.value(u"customFields"_s).toArray().isEmpty());

        QNetworkRequest create(QUrl(info.value(u"ghl_url"_s).toString() + u"/contacts/"_s));
        create.setRawHeader("Authorization",
                            "Bearer " + info.value(u"ghl_token"_s).toString().toUtf8());
        create.setRawHeader("Version", "2021-07-28");
        const QJsonObject body {{u"locationId"_s, info.value(u"location_id"_s)},
                                {u"firstName"_s, u"Written"_s},
                                {u"email"_s, u"written@sandbox.test"_s}};
        QCOMPARE(send(create, "POST", QJsonDocument(body).toJson()).status, 201);
        QCOMPARE(host.ghl()->contacts().size(), 251);
    }

    void mailerLiteAnswersWithTheKey()
    {
        SandboxHost host(options());
        QVERIFY(host.start());
        const QJsonObject info = host.connectionInfo();
        const QByteArray key = info.value(u"ml_api_key"_s).toString().toUtf8();

        const Reply me = mailerLite(info, u"/me"_s, key);
        QCOMPARE(me.status, 200);
        QVERIFY(me.body.value(u"account"_s).toObject().contains(u"email"_s));
        QCOMPARE(mailerLite(info, u"/me"_s, "0123456789abcdef0123456789abcdef").status, 401);
        QCOMPARE(mailerLite(info, u"/me"_s, {}).status, 401);
    }

    void faultsApplyPerService()
    {
        SandboxHost::Options o = options();
        o.ghlFaults = u"5xx=1"_s;
        o.mlFaults = u"latency_ms=5"_s;
        SandboxHost host(o);
        QVERIFY(host.start());
        QCOMPARE(host.ghl()->faults().rates().serverError, 1.0);
        QCOMPARE(host.mailerLite()->faults().rates().serverError, 0.0);
        QCOMPARE(host.mailerLite()->faults().rates().latencyMs, 5);

        const QJsonObject info = host.connectionInfo();
        const int status = search(info, info.value(u"location_id"_s).toString()).status;
        QVERIFY2(status == 500 || status == 502 || status == 503,
                 QByteArray::number(status).constData());
        QCOMPARE(mailerLite(info, u"/me"_s, info.value(u"ml_api_key"_s).toString().toUtf8()).status,
                 200);
    }

    void badFaultSpecFailsBeforeListening()
    {
        SandboxHost::Options o = options();
        o.mlFaults = u"5xx=2"_s;
        SandboxHost host(o);
        const Status started = host.start();
        QVERIFY(!started);
        QCOMPARE(started.error().kind, Error::Kind::Validation);
        QVERIFY(started.error().message.contains(u"MailerLite"_s));
        QVERIFY(!host.isRunning());
        QVERIFY(host.connectionInfo().isEmpty());
    }

    void busyPortFailsAndReleasesTheOther()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        SandboxHost::Options o = options(10);
        o.ghlPort = 0;
        o.mlPort = blocker.serverPort();
        SandboxHost host(o);
        const Status started = host.start();
        QVERIFY(!started);
        QCOMPARE(started.error().kind, Error::Kind::Network);
        QVERIFY(started.error().message.contains(QString::number(blocker.serverPort())));
        QVERIFY(!host.isRunning());
        QCOMPARE(host.ghlPort(), quint16(0));
    }

    void rateLimitModeReachesBothServices_data()
    {
        QTest::addColumn<RateLimitMode>("mode");
        QTest::addColumn<QByteArray>("ghlInterval");
        QTest::addColumn<bool>("counted");
        QTest::newRow("real") << RateLimitMode::Real << QByteArray("10000") << true;
        QTest::newRow("fast") << RateLimitMode::Fast << QByteArray("100") << true;
        QTest::newRow("off") << RateLimitMode::Off << QByteArray("10000") << false;
    }

    // Two requests to each service: a limited mode spends budget on each, "off" spends none.
    void rateLimitModeReachesBothServices()
    {
        QFETCH(RateLimitMode, mode);
        QFETCH(QByteArray, ghlInterval);
        QFETCH(bool, counted);
        SandboxHost::Options o = options(10);
        o.rateLimitMode = mode;
        SandboxHost host(o);
        QVERIFY(host.start());
        const QJsonObject info = host.connectionInfo();
        const QString location = info.value(u"location_id"_s).toString();
        const QByteArray key = info.value(u"ml_api_key"_s).toString().toUtf8();

        const Reply ghl1 = search(info, location);
        const Reply ghl2 = search(info, location);
        QCOMPARE(ghl2.status, 200);
        QCOMPARE(ghl2.headers.value("x-ratelimit-interval-milliseconds"), ghlInterval);
        const int ghlSpent = ghl1.headers.value("x-ratelimit-remaining").toInt()
            - ghl2.headers.value("x-ratelimit-remaining").toInt();
        QCOMPARE(ghlSpent, counted ? 1 : 0);

        const Reply ml1 = mailerLite(info, u"/me"_s, key);
        const Reply ml2 = mailerLite(info, u"/me"_s, key);
        QCOMPARE(ml2.status, 200);
        const int mlSpent = ml1.headers.value("x-ratelimit-remaining").toInt()
            - ml2.headers.value("x-ratelimit-remaining").toInt();
        QCOMPARE(mlSpent, counted ? 1 : 0);
        QVERIFY(ml2.headers.value("x-ratelimit-remaining").toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
