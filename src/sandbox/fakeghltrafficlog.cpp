// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeghltrafficlog.h"

#include "log/logging.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

// A body as JSON when it parses, else as text (form-encoded OAuth bodies), else null.
QJsonValue bodyValue(const QByteArray &body)
{
    if (body.isEmpty()) {
        return QJsonValue::Null;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return QString::fromUtf8(body);
}

} // namespace

bool FakeGhlTrafficLog::open(const QString &path)
{
    m_file.close();
    if (path.isEmpty()) {
        return true;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcSandbox) << "cannot open the GHL traffic log" << path << m_file.errorString();
        return false;
    }
    return true;
}

void FakeGhlTrafficLog::record(const HttpRequest &request, const HttpResponse &response)
{
    if (!m_file.isOpen()) {
        return;
    }
    QJsonObject headers;
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it) {
        if (it.key() != "authorization") {
            headers.insert(QString::fromLatin1(it.key()), QString::fromUtf8(it.value()));
        }
    }
    QJsonObject query;
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        query.insert(name, value);
    }
    QJsonObject responseHeaders;
    for (const auto &[name, value] : response.headers) {
        responseHeaders.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    }
    const QJsonObject line {{u"method"_s, QString::fromLatin1(request.method)},
                            {u"path"_s, request.path},
                            {u"template"_s, request.routeTemplate},
                            {u"query"_s, query},
                            {u"request_headers"_s, headers},
                            {u"request_body"_s, bodyValue(request.body)},
                            {u"status"_s, response.status},
                            {u"response_headers"_s, responseHeaders},
                            {u"response_body"_s, bodyValue(response.body)}};
    // One write per line, so several servers appending to one file do not interleave lines.
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace Sandbox
