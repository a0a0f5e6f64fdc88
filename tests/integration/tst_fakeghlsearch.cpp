// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeGhl's listings: POST /contacts/search (filters, sort, page and searchAfter), the deprecated
// GET /contacts/ cursor, GET /contacts/business/:id, and search speed over 100,000 contacts.
#include "fakeghl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::Dataset;
using Sandbox::FakeGhl;
using Sandbox::HttpRequest;
using Sandbox::HttpResponse;

namespace {

const auto Location = u"loc0000000000000000A"_s;
const QDateTime Start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);

// Contact i was added i minutes after Start and updated (i * 7919 % n) minutes after it, so the
// two orders differ; every third contact is tagged "gold", ids sort like their numbers.
Dataset dataset(int n)
{
    Dataset data;
    for (int i = 0; i < n; ++i) {
        const QString id = u"c%1"_s.arg(i, 19, 10, QChar(u'0'));
        const QString added = Start.addSecs(60LL * i).toString(Qt::ISODateWithMs);
        const QString updated
            = Start.addSecs(60LL * n + 60LL * ((i * 7919LL) % n)).toString(Qt::ISODateWithMs);
        QJsonArray tags {u"all"_s};
        if (i % 3 == 0) {
            tags.append(u"gold"_s);
        }
        data.ghlContacts.append(QJsonObject {{u"id"_s, id},
                                             {u"locationId"_s, Location},
                                             {u"firstName"_s, u"First%1"_s.arg(i)},
                                             {u"firstNameLowerCase"_s, u"first%1"_s.arg(i)},
                                             {u"fullNameLowerCase"_s, u"first%1 last"_s.arg(i)},
                                             {u"email"_s, u"user%1@example.com"_s.arg(i)},
                                             {u"emailLowerCase"_s, u"user%1@example.com"_s.arg(i)},
                                             {u"tags"_s, tags},
                                             {u"businessId"_s, i % 10 == 0 ? u"bizA"_s : u"bizB"_s},
                                             {u"dateAdded"_s, added},
                                             {u"dateUpdated"_s, updated}});
    }
    return data;
}

} // namespace

class TestFakeGhlSearch final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGhl> m_ghl;

    HttpResponse call(const QByteArray &method, const QString &pathAndQuery,
                      const QJsonObject &body = {})
    {
        HttpRequest request;
        request.method = method;
        const QUrl url(pathAndQuery);
        request.path = url.path();
        request.query = QUrlQuery(url);
        request.headers.insert("authorization", "Bearer pit-rw");
        request.headers.insert("version", "2021-07-28");
        if (!body.isEmpty()) {
            request.headers.insert("content-type", "application/json");
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return m_ghl->dispatch(request);
    }

    QJsonObject search(QJsonObject body)
    {
        body.insert(u"locationId"_s, Location);
        const HttpResponse r = call("POST", u"/contacts/search"_s, body);
        if (r.status != 200) {
            qWarning() << r.body;
        }
        return QJsonDocument::fromJson(r.body).object();
    }

    void makeServer(int contacts, qint64 *loadMs = nullptr)
    {
        const Dataset data = dataset(contacts);
        QElapsedTimer timer;
        timer.start();
        FakeGhl::Options options;
        options.locationId = Location;
        options.tokens = {{u"pit-rw"_s, FakeGhl::allScopes(), {}}};
        options.rateLimitMode = Sandbox::RateLimitMode::Off;
        m_ghl = std::make_unique<FakeGhl>(options);
        m_ghl->load(data);
        if (loadMs) {
            *loadMs = timer.elapsed();
        }
    }

    // Walks a search with searchAfter and returns the ids in order.
    QStringList walk(const QJsonObject &base, int pageLimit, int *pages)
    {
        QStringList ids;
        QJsonArray cursor;
        *pages = 0;
        for (;;) {
            QJsonObject body = base;
            body.insert(u"pageLimit"_s, pageLimit);
            if (!cursor.isEmpty()) {
                body.insert(u"searchAfter"_s, cursor);
            }
            const QJsonArray contacts = search(body).value(u"contacts"_s).toArray();
            if (contacts.isEmpty()) {
                return ids;
            }
            ++*pages;
            for (const QJsonValue &c : contacts) {
                ids.append(c.toObject().value(u"id"_s).toString());
            }
            cursor = contacts.last().toObject().value(u"searchAfter"_s).toArray();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString log = qEnvironmentVariable("CB_GHL_TRAFFIC_LOG");
        if (!log.isEmpty()) {
            QDir().mkpath(QFileInfo(log).absolutePath());
            QFile::remove(log);
        }
    }

    void init() { makeServer(1200); }

    void searchAfterReturnsEveryContactOnce()
    {
        int pages = 0;
        const QStringList ids = walk({}, 100, &pages);
        QCOMPARE(pages, 12);
        QCOMPARE(ids.size(), 1200);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 1200);
        // Default order: newest dateAdded first.
        QCOMPARE(ids.first(), u"c0000000000000001199"_s);
        QCOMPARE(ids.last(), u"c0000000000000000000"_s);
    }

    void itemsCarryCursorContactNameAndTotal()
    {
        const QJsonObject page = search({{u"pageLimit"_s, 2}});
        QCOMPARE(page.value(u"total"_s).toInt(), 1200);
        const QJsonObject first = page.value(u"contacts"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"contactName"_s).toString(), u"first1199 last"_s);
        const QJsonArray cursor = first.value(u"searchAfter"_s).toArray();
        QCOMPARE(qint64(cursor.at(0).toDouble()), Start.addSecs(60 * 1199).toMSecsSinceEpoch());
        QCOMPARE(cursor.at(1).toString(), u"c0000000000000001199"_s);
        QVERIFY(!page.value(u"traceId"_s).toString().isEmpty());
    }

    void dateUpdatedRangeSortedAscendingWalksTheWindow()
    {
        // The incremental sync's query: updated at or after a point, oldest change first.
        const QDateTime from = Start.addSecs(60LL * 1200 + 60LL * 600);
        const QJsonObject base {
            {u"filters"_s,
             QJsonArray {QJsonObject {
                 {u"field"_s, u"dateUpdated"_s},
                 {u"operator"_s, u"range"_s},
                 {u"value"_s, QJsonObject {{u"gte"_s, from.toString(Qt::ISODateWithMs)}}}}}},
            {u"sort"_s,
             QJsonArray {
                 QJsonObject {{u"field"_s, u"dateUpdated"_s}, {u"direction"_s, u"asc"_s}}}}};
        int pages = 0;
        const QStringList ids = walk(base, 250, &pages);
        QCOMPARE(ids.size(), 600);
        QCOMPARE(pages, 3);
        qint64 previous = 0;
        for (const QString &id : ids) {
            const qint64 updated = m_ghl->contacts().find(id)->updatedMs;
            QVERIFY(updated >= from.toMSecsSinceEpoch());
            QVERIFY(updated >= previous);
            previous = updated;
        }
    }

    void filtersOnTagsEmailAndGroups()
    {
        const auto filter = [](const QString &field, const QString &op, const QJsonValue &value) {
            return QJsonObject {{u"field"_s, field}, {u"operator"_s, op}, {u"value"_s, value}};
        };
        QCOMPARE(search({{u"pageLimit"_s, 1},
                         {u"filters"_s, QJsonArray {filter(u"tags"_s, u"contains"_s, u"gold"_s)}}})
                     .value(u"total"_s)
                     .toInt(),
                 400);
        QCOMPARE(search({{u"pageLimit"_s, 1},
                         {u"filters"_s, QJsonArray {filter(u"tags"_s, u"eq"_s, u"GOLD"_s)}}})
                     .value(u"total"_s)
                     .toInt(),
                 400);
        QCOMPARE(
            search({{u"pageLimit"_s, 1},
                    {u"filters"_s, QJsonArray {filter(u"tags"_s, u"not_contains"_s, u"gold"_s)}}})
                .value(u"total"_s)
                .toInt(),
            800);
        const QJsonObject byEmail = search(
            {{u"pageLimit"_s, 10},
             {u"filters"_s, QJsonArray {filter(u"email"_s, u"eq"_s, u"USER42@example.com"_s)}}});
        QCOMPARE(byEmail.value(u"total"_s).toInt(), 1);
        QCOMPARE(
            byEmail.value(u"contacts"_s).toArray().first().toObject().value(u"id"_s).toString(),
            u"c0000000000000000042"_s);
        const QJsonObject group {
            {u"group"_s, u"OR"_s},
            {u"filters"_s,
             QJsonArray {filter(u"email"_s, u"eq"_s, u"user1@example.com"_s),
                         filter(u"email"_s, u"eq"_s, u"user2@example.com"_s)}}};
        QCOMPARE(search({{u"pageLimit"_s, 10}, {u"filters"_s, QJsonArray {group}}})
                     .value(u"total"_s)
                     .toInt(),
                 2);
        const QJsonObject range {{u"lt"_s, Start.addSecs(60 * 10).toString(Qt::ISODateWithMs)}};
        QCOMPARE(search({{u"pageLimit"_s, 100},
                         {u"filters"_s, QJsonArray {filter(u"dateAdded"_s, u"range"_s, range)}}})
                     .value(u"total"_s)
                     .toInt(),
                 10);
        QCOMPARE(
            search({{u"pageLimit"_s, 100}, {u"query"_s, u"first119"_s}}).value(u"total"_s).toInt(),
            11); // first119 and first1190..1199
    }

    void pageWindowAndLimitsAreEnforced()
    {
        const QJsonObject page2 = search({{u"pageLimit"_s, 100}, {u"page"_s, 2}});
        QCOMPARE(page2.value(u"contacts"_s).toArray().first().toObject().value(u"id"_s).toString(),
                 u"c0000000000000001099"_s);
        const auto status = [this](const QJsonObject &body) {
            QJsonObject full = body;
            full.insert(u"locationId"_s, Location);
            return call("POST", u"/contacts/search"_s, full).status;
        };
        QCOMPARE(status({{u"pageLimit"_s, 500}, {u"page"_s, 20}}), 200);
        QCOMPARE(status({{u"pageLimit"_s, 500}, {u"page"_s, 21}}), 422);
        QCOMPARE(status({{u"pageLimit"_s, 501}}), 422);
        QCOMPARE(status({{u"page"_s, 1}}), 422);
        QCOMPARE(status({{u"pageLimit"_s, 10}, {u"unknown"_s, 1}}), 422);
        QCOMPARE(status({{u"pageLimit"_s, 10},
                         {u"filters"_s,
                          QJsonArray {QJsonObject {{u"field"_s, u"email"_s},
                                                   {u"operator"_s, u"like"_s},
                                                   {u"value"_s, u"x"_s}}}}}),
                 422);
        QCOMPARE(call("POST", u"/contacts/search"_s, {{u"pageLimit"_s, 10}}).status, 422);
    }

    void deprecatedListNeedsBothCursorHalves()
    {
        const QString base = u"/contacts/?locationId=%1&limit=100"_s.arg(Location);
        const QJsonObject first = QJsonDocument::fromJson(call("GET", base).body).object();
        const QJsonObject meta = first.value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"total"_s).toInt(), 1200);
        QCOMPARE(meta.value(u"currentPage"_s).toInt(), 1);
        QCOMPARE(meta.value(u"nextPage"_s).toInt(), 2);
        QVERIFY(meta.value(u"prevPage"_s).isNull());
        const QString startAfter = QString::number(qint64(meta.value(u"startAfter"_s).toDouble()));
        const QString startAfterId = meta.value(u"startAfterId"_s).toString();
        QVERIFY(
            meta.value(u"nextPageUrl"_s).toString().contains(u"startAfterId="_s + startAfterId));

        // Only startAfter: the real service hands back the first page again.
        const QJsonObject repeated
            = QJsonDocument::fromJson(call("GET", base + u"&startAfter="_s + startAfter).body)
                  .object();
        QCOMPARE(repeated.value(u"contacts"_s), first.value(u"contacts"_s));

        // Following nextPage cursors visits every contact once, then nextPageUrl is null.
        QSet<QString> seen;
        QString url = base;
        int pages = 0;
        for (;;) {
            const QJsonObject page = QJsonDocument::fromJson(call("GET", url).body).object();
            for (const QJsonValue &c : page.value(u"contacts"_s).toArray()) {
                seen.insert(c.toObject().value(u"id"_s).toString());
            }
            ++pages;
            const QJsonObject m = page.value(u"meta"_s).toObject();
            if (m.value(u"nextPageUrl"_s).isNull()) {
                QVERIFY(m.value(u"nextPage"_s).isNull());
                QCOMPARE(m.value(u"currentPage"_s).toInt(), 12);
                break;
            }
            url = base + u"&startAfter="_s
                + QString::number(qint64(m.value(u"startAfter"_s).toDouble())) + u"&startAfterId="_s
                + m.value(u"startAfterId"_s).toString();
        }
        QCOMPARE(pages, 12);
        QCOMPARE(seen.size(), 1200);
        QCOMPARE(call("GET", base.left(base.indexOf(u'&')) + u"&limit=101"_s).status, 422);
        QCOMPARE(call("GET", u"/contacts/"_s).status, 422);
    }

    void businessListPagesWithSkip()
    {
        const QString path
            = u"/contacts/business/bizA?locationId=%1&limit=50&skip=100"_s.arg(Location);
        const QJsonObject page = QJsonDocument::fromJson(call("GET", path).body).object();
        QCOMPARE(page.value(u"count"_s).toInt(), 120);
        QCOMPARE(page.value(u"contacts"_s).toArray().size(), 20);
        for (const QJsonValue &c : page.value(u"contacts"_s).toArray()) {
            QCOMPARE(c.toObject().value(u"businessId"_s).toString(), u"bizA"_s);
        }
    }

    void searchOverOneHundredThousandContactsIsFast()
    {
        qint64 loadMs = 0;
        makeServer(100000, &loadMs);
        QElapsedTimer timer;
        timer.start();
        int pages = 0;
        const QJsonObject recent {
            {u"filters"_s,
             QJsonArray {QJsonObject {
                 {u"field"_s, u"dateUpdated"_s},
                 {u"operator"_s, u"range"_s},
                 {u"value"_s,
                  QJsonObject {
                      {u"gt"_s, Start.addSecs(60LL * 199000).toString(Qt::ISODateWithMs)}}}}}},
            {u"sort"_s,
             QJsonArray {
                 QJsonObject {{u"field"_s, u"dateUpdated"_s}, {u"direction"_s, u"asc"_s}}}}};
        const QStringList changed = walk(recent, 500, &pages);
        const qint64 incrementalMs = timer.restart();
        QCOMPARE(changed.size(), 999);
        const QJsonObject full = search({{u"pageLimit"_s, 500}});
        const qint64 fullPageMs = timer.elapsed();
        QCOMPARE(full.value(u"total"_s).toInt(), 100000);
        qInfo("100k contacts: load %lld ms, incremental walk (%d pages) %lld ms, unfiltered page "
              "%lld ms",
              loadMs, pages, incrementalMs, fullPageMs);
        // Generous bounds: they catch an accidental O(n) re-render per item, not CPU jitter.
        QVERIFY2(incrementalMs < 2000, qPrintable(QString::number(incrementalMs)));
        QVERIFY2(fullPageMs < 2000, qPrintable(QString::number(fullPageMs)));
    }
};

QTEST_GUILESS_MAIN(TestFakeGhlSearch)
#include "tst_fakeghlsearch.moc"
