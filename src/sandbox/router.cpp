// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

void Router::add(const QByteArray &method, const QString &routeTemplate, Handler handler)
{
    QString pattern = u"^"_s;
    const QStringList segments = routeTemplate.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        pattern += u'/';
        pattern += segment.startsWith(u':') ? u"([^/]+)"_s : QRegularExpression::escape(segment);
    }
    if (routeTemplate.endsWith(u'/') || segments.isEmpty()) {
        pattern += u"/?"_s; // "/contacts/" also answers "/contacts", as the real services do
    }
    pattern += u'$';
    m_routes.push_back({method, routeTemplate, QRegularExpression(pattern), std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.pattern.match(path);
        if (!m.hasMatch()) {
            continue;
        }
        if (route.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.handler = &route.handler;
        result.routeTemplate = route.routeTemplate;
        result.args = m.capturedTexts().mid(1);
        return result;
    }
    return result;
}

} // namespace Sandbox
