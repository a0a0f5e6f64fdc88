// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::HttpRequest;
using Sandbox::HttpResponse;
using Sandbox::Router;

class TestRouter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTemplatesAndCapturesArguments()
    {
        Router router;
        router.add("GET", u"/contacts/:contactId"_s,
                   [](const HttpRequest &) { return HttpResponse::empty(200); });
        router.add("PUT", u"/contacts/:contactId/tasks/:taskId/completed"_s,
                   [](const HttpRequest &) { return HttpResponse::empty(200); });
        const auto m = router.match("PUT", u"/contacts/abc/tasks/t1/completed"_s);
        QVERIFY(m.handler);
        QCOMPARE(m.routeTemplate, u"/contacts/:contactId/tasks/:taskId/completed"_s);
        QCOMPARE(m.args, (QStringList {u"abc"_s, u"t1"_s}));
    }

    void wrongMethodIsReportedAsKnownPath()
    {
        Router router;
        router.add("GET", u"/me"_s, [](const HttpRequest &) { return HttpResponse::empty(200); });
        const auto m = router.match("DELETE", u"/me"_s);
        QVERIFY(!m.handler);
        QVERIFY(m.pathKnown);
        QVERIFY(!router.match("GET", u"/you"_s).pathKnown);
    }

    void dotsAreLiteral()
    {
        Router router;
        router.add("GET", u"/file.json"_s,
                   [](const HttpRequest &) { return HttpResponse::empty(200); });
        QVERIFY(router.match("GET", u"/file.json"_s).handler);
        QVERIFY(!router.match("GET", u"/fileXjson"_s).handler);
    }

    void trailingSlashTemplateAcceptsBoth()
    {
        Router router;
        router.add("POST", u"/contacts/"_s,
                   [](const HttpRequest &) { return HttpResponse::empty(201); });
        QVERIFY(router.match("POST", u"/contacts/"_s).handler);
        QVERIFY(router.match("POST", u"/contacts"_s).handler);
        QVERIFY(!router.match("POST", u"/contacts/x"_s).handler);
    }

    void firstMatchWins()
    {
        Router router;
        router.add("POST", u"/contacts/search"_s,
                   [](const HttpRequest &) { return HttpResponse::empty(200); });
        router.add("POST", u"/contacts/:contactId"_s,
                   [](const HttpRequest &) { return HttpResponse::empty(404); });
        const auto m = router.match("POST", u"/contacts/search"_s);
        QCOMPARE((*m.handler)(HttpRequest {}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
