// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpexchange.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

namespace Sandbox {

// Matches a method and path against templates like "/contacts/:contactId/tasks/:taskId".
// A ":name" segment captures one path segment; everything else matches literally (dots too,
// unlike QHttpServer 6.4's regex patterns). The first route added that matches wins.
class Router final
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    struct Match
    {
        const Handler *handler = nullptr;
        QString routeTemplate;
        QStringList args;
        bool pathKnown = false; // some route has this path, but not for this method
    };

    void add(const QByteArray &method, const QString &routeTemplate, Handler handler);
    [[nodiscard]] Match match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QString routeTemplate;
        QRegularExpression pattern;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace Sandbox
