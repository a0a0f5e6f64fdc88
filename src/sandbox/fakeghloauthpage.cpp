// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeGhl: the marketplace's consent page (GET /oauth/chooselocation). The real page lets the
// user pick a location and press "Allow"; the fake consents at once, for its one location, and
// redirects to the app's redirect_uri with a single-use code, as the marketplace does.
#include "fakeghl.h"

#include "ghlerrors.h"

#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

// The sandbox only ever hands codes to a listener on this machine.
bool isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != u"http") {
        return false;
    }
    if (url.host() == u"localhost") {
        return true;
    }
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

HttpResponse FakeGhl::oauthChooseLocation(const HttpRequest &request)
{
    const auto param = [&request](const QString &name) {
        return request.query.queryItemValue(name, QUrl::FullyDecoded);
    };
    if (param(u"response_type"_s) != u"code") {
        return GhlErrors::badRequest(u"response_type must be code"_s);
    }
    if (m_options.oauthClientId.isEmpty() || param(u"client_id"_s) != m_options.oauthClientId) {
        return GhlErrors::badRequest(u"Invalid client_id"_s);
    }
    const QUrl redirect(param(u"redirect_uri"_s), QUrl::StrictMode);
    if (!isLoopbackRedirect(redirect)) {
        return GhlErrors::badRequest(u"redirect_uri is not registered for this app"_s);
    }
    // The app asks for scopes; the fake grants those it checks and ignores the others (all of
    // them when none are named, like an app whose scopes are set in the marketplace).
    QStringList scopes;
    const QStringList known = allScopes();
    const QString requested = param(u"scope"_s).replace(u'+', u' ');
    for (const QString &scope : requested.split(u' ', Qt::SkipEmptyParts)) {
        if (!known.contains(scope)) {
            continue;
        }
        scopes.append(scope);
    }
    if (scopes.isEmpty()) {
        scopes = known;
    }

    QUrl target = redirect;
    QUrlQuery answer(target.query(QUrl::FullyDecoded));
    answer.addQueryItem(u"code"_s, issueAuthorizationCode(scopes));
    const QString state = param(u"state"_s);
    if (!state.isEmpty()) {
        answer.addQueryItem(u"state"_s, state);
    }
    target.setQuery(answer);
    HttpResponse response;
    response.status = 302;
    response.contentType = "text/html";
    response.body = "<html><body>Redirecting to the application...</body></html>";
    response.setHeader("Location", target.toEncoded());
    return response;
}

} // namespace Sandbox
