// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/ghlerrors.h"

#include "http/apicall.h"
#include "log/redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Api::GhlErrors {

namespace {

// lupdate files the tr() calls below under the scope they are made in; look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("Api::GhlErrors", text);
}

Error make(Error::Kind kind, const QString &message, const QString &tag, const QString &said,
           int httpStatus)
{
    return Error {kind, message, Redaction::redact(tag % u": "_s % said), httpStatus};
}

// The properties of class-validator's "property X should not exist" lines.
QStringList refusedProperties(const QString &serverMessage)
{
    static const QRegularExpression pattern(u"property (\\S+) should not exist"_s);
    QStringList properties;
    auto it = pattern.globalMatch(serverMessage);
    while (it.hasNext()) {
        properties.append(it.next().captured(1));
    }
    return properties;
}

Error explainDuplicate(const QByteArray &rawBody, const QString &said)
{
    const QJsonObject meta = QJsonDocument::fromJson(rawBody).object().value(u"meta"_s).toObject();
    const QString id = meta.value(u"contactId"_s).toString();
    const QString field = meta.value(u"matchingField"_s).toString(u"email"_s);
    const QString message
        = tr("A contact with the same %1 already exists in GoHighLevel (contact %2), and this "
             "location does not allow duplicates.")
              .arg(field, id);
    return make(Error::Kind::Conflict, message,
                u"duplicate contactId=%1 matchingField=%2"_s.arg(id, field), said, 400);
}

Error explainUnauthorized(const QString &said, const QString &scope)
{
    const QString lower = said.toLower();
    if (lower.contains(u"not authorized for this scope")) {
        return make(Error::Kind::Auth,
                    tr("The GoHighLevel token lacks the permission this needs (%1). Add that "
                       "scope to the Private Integration or the app, then sign in again.")
                        .arg(scope),
                    u"missing-scope "_s % scope, said, 401);
    }
    if (lower.contains(u"version header")) {
        // Not the user's fault: the client sends the header on every request.
        return make(Error::Kind::Config,
                    tr("GoHighLevel refused the request because the API version header was "
                       "missing or not accepted. This is a problem in ContactBridge's "
                       "configuration, not in your credentials; please report it."),
                    u"version-header"_s, said, 401);
    }
    return make(Error::Kind::Auth,
                tr("GoHighLevel did not accept the token: it is invalid, revoked or expired. "
                   "Sign in again or check the Private Integration Token."),
                u"invalid-token"_s, said, 401);
}

Error explainBadRequest(const QByteArray &rawBody, const QString &said, int status)
{
    if (said.contains(u"does not allow duplicated contacts")) {
        return explainDuplicate(rawBody, said);
    }
    // GHL answers 400 "Contact with id X not found" for unknown ids (research §7).
    static const QRegularExpression notFound(u"^(\\w+) with id (\\S+) not found"_s);
    if (const auto match = notFound.match(said); match.hasMatch()) {
        return make(Error::Kind::NotFound,
                    tr("GoHighLevel has no %1 with the id %2; it may have been deleted.")
                        .arg(match.captured(1).toLower(), match.captured(2)),
                    u"not-found"_s, said, status);
    }
    if (const QStringList properties = refusedProperties(said); !properties.isEmpty()) {
        return make(Error::Kind::Validation,
                    tr("GoHighLevel does not accept the field %1 in this request.")
                        .arg(properties.join(u", "_s)),
                    u"unknown-property"_s, said, status);
    }
    return make(Error::Kind::Validation,
                said.isEmpty()
                    ? tr("GoHighLevel rejected the data that was sent (HTTP %1).").arg(status)
                    : tr("GoHighLevel rejected the data that was sent: %1").arg(said),
                u"invalid"_s, said, status);
}

} // namespace

Error explain(const Error &generic, int httpStatus, const QString &serverMessage,
              const QByteArray &rawBody, const QString &scope)
{
    const QString &said = serverMessage;
    switch (generic.kind) {
    case Error::Kind::Network:
        return make(Error::Kind::Network,
                    tr("ContactBridge can't reach GoHighLevel. Check the internet connection "
                       "and any proxy or firewall, then try again."),
                    u"network"_s, generic.detail, 0);
    case Error::Kind::Timeout:
        return make(Error::Kind::Timeout,
                    tr("GoHighLevel did not answer in time. The service may be slow or "
                       "unreachable; try again later."),
                    u"timeout"_s, generic.detail, 0);
    case Error::Kind::Parse:
        return make(Error::Kind::Parse,
                    tr("GoHighLevel sent a response ContactBridge could not read."), u"parse"_s,
                    generic.detail, httpStatus);
    case Error::Kind::Cancelled:
    case Error::Kind::Config:
    case Error::Kind::Internal:
        return generic;
    default:
        break;
    }
    if (httpStatus == 401) {
        return explainUnauthorized(said, scope);
    }
    if (httpStatus == 403) {
        if (said.contains(u"access to this location")) {
            return make(Error::Kind::Auth,
                        tr("This token belongs to another GoHighLevel location (sub-account). "
                           "Check the location ID of the profile, or use a token created in "
                           "that location."),
                        u"wrong-location"_s, said, 403);
        }
        return make(Error::Kind::Auth,
                    tr("GoHighLevel refused access (HTTP 403). Check the token's location and "
                       "permissions."),
                    u"forbidden"_s, said, 403);
    }
    if (httpStatus == 429 || generic.kind == Error::Kind::RateLimited) {
        return make(Error::Kind::RateLimited,
                    tr("GoHighLevel's rate limit was still exceeded after several retries. Wait "
                       "a few minutes and try again; other apps may share this location's "
                       "request budget."),
                    u"rate-limited"_s, said.isEmpty() ? generic.detail : said, httpStatus);
    }
    if (httpStatus == 400 || httpStatus == 422) {
        return explainBadRequest(rawBody, said, httpStatus);
    }
    if (httpStatus == 404) {
        return make(Error::Kind::NotFound,
                    tr("GoHighLevel does not know the requested item (HTTP 404)."), u"not-found"_s,
                    said, 404);
    }
    if (httpStatus >= 500) {
        return make(
            Error::Kind::Http,
            tr("GoHighLevel had a problem of its own (HTTP %1). Try again later.").arg(httpStatus),
            u"server"_s, said, httpStatus);
    }
    return make(generic.kind,
                tr("GoHighLevel answered with an unexpected error (HTTP %1).").arg(httpStatus),
                u"http"_s, said, httpStatus);
}

Error explain(const Error &generic, const ApiCall &call, const QString &scope)
{
    return explain(generic, call.httpStatus(), call.serverMessage(), call.rawBody(), scope);
}

bool isInvalidToken(const Error &error)
{
    return error.kind == Error::Kind::Auth && error.httpStatus == 401
        && error.detail.startsWith(u"invalid-token:");
}

QString existingContactId(const Error &error)
{
    if (error.kind != Error::Kind::Conflict) {
        return {};
    }
    static const QRegularExpression pattern(u"contactId=(\\S+)"_s);
    return pattern.match(error.detail).captured(1);
}

Error renewalFailed(const Error &cause)
{
    return Error {Error::Kind::Auth,
                  tr("The GoHighLevel sign-in has expired and could not be renewed. Sign in to "
                     "GoHighLevel again."),
                  u"renewal-failed: "_s % cause.toLogString(), cause.httpStatus};
}

} // namespace Api::GhlErrors
