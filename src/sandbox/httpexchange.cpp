// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpexchange.h"

namespace Sandbox {

QJsonObject HttpRequest::jsonObject(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const bool isObject = error.error == QJsonParseError::NoError && doc.isObject();
    if (ok) {
        *ok = isObject;
    }
    return isObject ? doc.object() : QJsonObject();
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
}

HttpResponse HttpResponse::empty(int status)
{
    return {status, {}, {}, {}};
}

} // namespace Sandbox
