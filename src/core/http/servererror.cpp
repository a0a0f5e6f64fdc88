// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/servererror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString joinedMessages(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    QStringList parts;
    const QJsonArray array = value.toArray();
    for (const auto &item : array) {
        if (item.isString()) {
            parts << item.toString();
        }
    }
    return parts.join(u"; "_s);
}

// GHL v1 validation bodies key one object per field: {"email":{"message":"...","rule":"..."}}.
QString fieldMessages(const QJsonObject &object)
{
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue message = it.value().toObject().value(u"message");
        if (message.isString()) {
            parts << message.toString();
        }
    }
    return parts.join(u"; "_s);
}

} // namespace

namespace Api {

ServerError ServerError::fromBody(const QByteArray &body)
{
    ServerError out;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return out;
    }
    const QJsonObject object = document.object();
    const QJsonValue error = object.value(u"error");
    if (error.isObject()) {
        const QJsonObject envelope = error.toObject();
        out.message = joinedMessages(envelope.value(u"message"));
        out.code = envelope.value(u"code").toInt();
        return out;
    }
    if (object.contains(u"message")) {
        out.message = joinedMessages(object.value(u"message"));
    } else if (object.value(u"msg").isString()) {
        out.message = object.value(u"msg").toString();
    } else {
        out.message = fieldMessages(object);
    }
    if (out.message.isEmpty() && error.isString()) {
        out.message = error.toString();
    }
    return out;
}

Error::Kind errorKindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 401:
    case 403:
        return Error::Kind::Auth;
    case 404:
        return Error::Kind::NotFound;
    case 429:
        return Error::Kind::RateLimited;
    case 400:
    case 422:
        return Error::Kind::Validation;
    case 409:
        return Error::Kind::Conflict;
    default:
        return Error::Kind::Http;
    }
}

} // namespace Api
