// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeghl.h"
#include "fakemailerlite.h"
#include "sandboxhost.h"

#include <QJsonDocument>
#include <QJsonObject>

// Calls straight into a running SandboxHost's fakes, as the real services' own users would
// change their data (answered at once, in the calling thread). For tests that link cb_sandbox.
namespace SandboxCalls {

// A GoHighLevel API call with the location's token: `path` such as "/contacts/ID".
inline Sandbox::HttpResponse ghl(Sandbox::SandboxHost &host, const QByteArray &method,
                                 const QString &path, const QJsonObject &body = {})
{
    Sandbox::HttpRequest request;
    request.method = method;
    request.path = path;
    request.headers.insert("authorization", "Bearer " + host.ghlToken().toUtf8());
    request.headers.insert("version", "2021-07-28");
    if (!body.isEmpty()) {
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return host.ghl()->dispatch(request);
}

// A MailerLite Classic call with the API key: `path` below /api/v2 ("/subscribers"), or a
// sandbox path ("/_sandbox/mutate") as it is.
inline Sandbox::HttpResponse ml(Sandbox::SandboxHost &host, const QByteArray &method,
                                const QString &path, const QJsonObject &body = {})
{
    Sandbox::HttpRequest request;
    request.method = method;
    request.path = path.startsWith(QLatin1StringView("/_sandbox/"))
        ? path
        : QStringLiteral("/api/v2") + path;
    request.headers.insert("x-mailerlite-apikey", host.mlApiKey().toUtf8());
    if (!body.isEmpty()) {
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return host.mailerLite()->dispatch(request);
}

// The "contact" object of GET /contacts/ID (empty when there is none).
inline QJsonObject ghlContact(Sandbox::SandboxHost &host, const QString &id)
{
    return QJsonDocument::fromJson(ghl(host, "GET", QStringLiteral("/contacts/") + id).body)
        .object()
        .value(QLatin1StringView("contact"))
        .toObject();
}

// Creates a GoHighLevel contact in the location; its id, or empty when refused.
inline QString createGhlContact(Sandbox::SandboxHost &host, const QString &email,
                                const QString &firstName)
{
    const Sandbox::HttpResponse created = ghl(host, "POST", QStringLiteral("/contacts/"),
                                              {{QStringLiteral("locationId"), host.locationId()},
                                               {QStringLiteral("email"), email},
                                               {QStringLiteral("firstName"), firstName}});
    return QJsonDocument::fromJson(created.body)
        .object()
        .value(QLatin1StringView("contact"))
        .toObject()
        .value(QLatin1StringView("id"))
        .toString();
}

// Whether MailerLite has a subscriber with this address.
inline bool inMailerLite(Sandbox::SandboxHost &host, const QString &email)
{
    return ml(host, "GET", QStringLiteral("/subscribers/") + email).status == 200;
}

} // namespace SandboxCalls
