// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Sandbox {

// One request as the fake services see it, decoupled from QHttpServer so handlers are plain
// functions that tests can call directly.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QStringList args; // path parameters captured by the route, in order
    QString routeTemplate; // e.g. "/contacts/:contactId", for stats and rate-limit keys

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        return headers.value(name.toLower());
    }
    // The body as a JSON object; `ok` false when it is not one.
    [[nodiscard]] QJsonObject jsonObject(bool *ok = nullptr) const;
    [[nodiscard]] QString endpointKey() const
    {
        return QString::fromLatin1(method) + u' ' + routeTemplate;
    }
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse empty(int status);
};

} // namespace Sandbox
