// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghlerrors.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox::GhlErrors {

HttpResponse reply(int status, QJsonObject body)
{
    body.insert(u"traceId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return HttpResponse::json(status, body);
}

HttpResponse badRequest(const QString &message)
{
    return reply(400, {{u"statusCode"_s, 400}, {u"message"_s, message}});
}

HttpResponse unauthorized(const QString &message)
{
    return reply(401, {{u"statusCode"_s, 401}, {u"message"_s, message}});
}

HttpResponse forbiddenLocation()
{
    return reply(403,
                 {{u"statusCode"_s, 403},
                  {u"message"_s, u"The token does not have access to this location."_s}});
}

HttpResponse unprocessable(const QStringList &messages)
{
    return reply(422,
                 {{u"statusCode"_s, 422},
                  {u"message"_s, QJsonArray::fromStringList(messages)},
                  {u"error"_s, u"Unprocessable Entity"_s}});
}

HttpResponse duplicateContact(const QString &contactId, const QString &contactName,
                              const QString &matchingField)
{
    const QJsonObject meta {{u"contactId"_s, contactId},
                            {u"contactName"_s, contactName},
                            {u"matchingField"_s, matchingField}};
    return reply(400,
                 {{u"statusCode"_s, 400},
                  {u"message"_s, u"This location does not allow duplicated contacts."_s},
                  {u"meta"_s, meta}});
}

HttpResponse notFoundEntity(const QString &entity, const QString &id)
{
    return badRequest(u"%1 with id %2 not found"_s.arg(entity, id));
}

HttpResponse unknownRoute(const QByteArray &method, const QString &path)
{
    // NestJS's default for a path no controller handles.
    return reply(404,
                 {{u"statusCode"_s, 404},
                  {u"message"_s, u"Cannot %1 %2"_s.arg(QString::fromLatin1(method), path)},
                  {u"error"_s, u"Not Found"_s}});
}

HttpResponse tooManyRequests()
{
    // Unverified: the real 429 body is undocumented (research §6); this is NestJS's default.
    return reply(429, {{u"statusCode"_s, 429}, {u"message"_s, u"Too Many Requests"_s}});
}

HttpResponse serverError(int status)
{
    const QString text = status == 502 ? u"Bad Gateway"_s
        : status == 503                ? u"Service Unavailable"_s
                                       : u"Internal server error"_s;
    return reply(status, {{u"statusCode"_s, status}, {u"message"_s, text}});
}

QStringList unknownProperties(const QJsonObject &body, const QStringList &allowed)
{
    QStringList messages;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key())) {
            messages.append(u"property %1 should not exist"_s.arg(it.key()));
        }
    }
    return messages;
}

} // namespace Sandbox::GhlErrors
