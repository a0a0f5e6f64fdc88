// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeMailerLite: POST /batch.
#include "fakemailerlite.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Sandbox {

void FakeMailerLite::addBatchRoute()
{
    addRoute("POST", u"/batch"_s, [this](const HttpRequest &request) { return batch(request); });
}

HttpResponse FakeMailerLite::batch(const HttpRequest &request)
{
    const MlError malformed {400, 400,
                             u"Every request in a query must have method and path parameters"_s};
    QJsonObject body;
    if (!bodyObject(request, &body)) {
        return refuse(malformed);
    }
    const QJsonArray requests = body.value(u"requests"_s).toArray();
    if (requests.isEmpty()) {
        return refuse(malformed);
    }
    if (requests.size() > MaxBatchRequests) {
        // The limit of 50 is documented; the wording of its refusal is not.
        return refuse({400, 400, u"Batch can not contain more than 50 requests"_s});
    }
    // The whole batch is checked before any of it runs.
    for (const QJsonValue &value : requests) {
        const QJsonObject item = value.toObject();
        if (item.value(u"method"_s).toString().isEmpty()
            || item.value(u"path"_s).toString().isEmpty()) {
            return refuse(malformed);
        }
    }
    QJsonArray answers;
    for (const QJsonValue &value : requests) {
        const QJsonObject item = value.toObject();
        const QString target = item.value(u"path"_s).toString();
        const qsizetype queryAt = target.indexOf(u'?');
        HttpRequest sub;
        sub.method = item.value(u"method"_s).toString().toUpper().toLatin1();
        sub.path = QUrl::fromPercentEncoding(target.left(queryAt).toUtf8());
        if (queryAt >= 0) {
            sub.query = QUrlQuery(target.mid(queryAt + 1));
        }
        sub.headers = request.headers; // the batch's API key speaks for every sub-request
        const QJsonValue subBody = item.value(u"body"_s);
        if (subBody.isObject()) {
            sub.body = QJsonDocument(subBody.toObject()).toJson(QJsonDocument::Compact);
        } else if (subBody.isArray()) {
            sub.body = QJsonDocument(subBody.toArray()).toJson(QJsonDocument::Compact);
        }
        HttpResponse answer;
        if (!sub.path.startsWith(u"/api/v2/"_s)) {
            answer = notFound(sub); // and never the /_sandbox/ inspection API
        } else if (sub.path.section(u'/', -1) == u"batch") {
            answer = refuse({400, 400, u"Batch requests can not be nested"_s});
        } else {
            // Through the full pipeline: routing, auth, the sub-request's own rate window,
            // and the write counters.
            answer = dispatch(sub);
        }
        // An empty answer (204) reads as null, as a decoded empty body would.
        const QJsonDocument parsed = QJsonDocument::fromJson(answer.body);
        QJsonValue answerBody(QJsonValue::Null);
        if (parsed.isObject()) {
            answerBody = parsed.object();
        } else if (parsed.isArray()) {
            answerBody = parsed.array();
        }
        answers.append(QJsonObject {{u"body"_s, answerBody}, {u"status"_s, answer.status}});
    }
    return reply(200, answers);
}

} // namespace Sandbox
