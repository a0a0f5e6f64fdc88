// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/webhooklistener.h"

#include "log/logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Webhooks {

namespace {

constexpr auto GhlPath = "/webhooks/ghl";
constexpr auto MailerLitePath = "/webhooks/mailerlite";
constexpr auto HealthPath = "/health";

} // namespace

WebhookListener::WebhookListener(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

WebhookListener::~WebhookListener() = default;

Result<quint16> WebhookListener::start(const QString &address, quint16 port)
{
    const QString trimmed = address.trimmed();
    QHostAddress host;
    if (trimmed.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        host = QHostAddress::LocalHost;
    } else if (!host.setAddress(trimmed)) {
        return Error {Error::Kind::Config,
                      tr("\"%1\" is not an IP address to listen on.").arg(address),
                      u"webhook bind address"_s};
    }
    const quint16 bound = listen(host, port);
    if (bound == 0) {
        return Error {Error::Kind::Network,
                      tr("Cannot listen for webhooks on %1 port %2: the port is in use or the "
                         "address is not this computer's.")
                          .arg(host.toString())
                          .arg(port),
                      u"listen failed"_s};
    }
    m_address = host;
    m_port = bound;
    qCInfo(lcWebhook).noquote() << "listening for webhooks on" << endpoint();
    return bound;
}

QString WebhookListener::endpoint() const
{
    if (m_port == 0) {
        return {};
    }
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(m_address.toString())
        : m_address.toString();
    return u"%1:%2"_s.arg(host).arg(m_port);
}

bool WebhookListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    if (path == QLatin1StringView(HealthPath)) {
        if (request.method() != QHttpServerRequest::Method::Get) {
            answer(request, socket, 405, {{u"error"_s, u"method not allowed"_s}}, "GET");
            return true;
        }
        answer(request, socket, 200, {{u"status"_s, u"ok"_s}});
        return true;
    }
    const bool ghl = path == QLatin1StringView(GhlPath);
    if (!ghl && path != QLatin1StringView(MailerLitePath)) {
        answer(request, socket, 404, {{u"error"_s, u"not found"_s}});
        return true;
    }
    if (!isPost) {
        answer(request, socket, 405, {{u"error"_s, u"method not allowed"_s}}, "POST");
        return true;
    }
    const WebhookReceiver::Reply reply = receive(ghl ? u"ghl"_s : u"mailerlite"_s, request);
    QJsonObject body;
    if (reply.httpStatus >= 200 && reply.httpStatus < 300) {
        body = {{u"status"_s, u"accepted"_s},
                {u"queued"_s, reply.queued},
                {u"duplicates"_s, reply.duplicates},
                {u"ignored"_s, reply.ignored}};
    } else {
        body = {{u"status"_s, u"refused"_s}, {u"error"_s, reply.message}};
    }
    answer(request, socket, reply.httpStatus, body);
    Q_EMIT delivered(ghl ? u"ghl"_s : u"mailerlite"_s, reply);
    return true;
}

WebhookReceiver::Reply WebhookListener::receive(const QString &source,
                                                const QHttpServerRequest &request)
{
    WebhookReceiver::Reply reply;
    // QHttpServer 6.4 reads the whole body before it calls us, so this only keeps oversized
    // bodies away from parsing and storage; the limit on what is read is the kernel's.
    const QByteArray &body = request.body();
    if (body.size() > MaxBodyBytes) {
        reply.httpStatus = 413;
        reply.message = tr("The body is larger than %1 bytes.").arg(MaxBodyBytes);
        qCWarning(lcWebhook).noquote()
            << "refused a" << source << "webhook: 413" << body.size() << "bytes";
        return reply;
    }
    if (!m_receiver) {
        reply.httpStatus = 503;
        reply.message = tr("Not ready yet; send it again later.");
        qCWarning(lcWebhook).noquote() << "refused a" << source << "webhook: 503 not ready";
        return reply;
    }
    // The signatures are checked over `body` exactly as it arrived.
    reply = source == u"ghl"
        ? m_receiver->receiveGhl(body, request.value("x-wh-signature"),
                                 request.value("x-ghl-signature"))
        : m_receiver->receiveMailerLite(body, request.value("x-mailerlite-signature"));
    if (reply.httpStatus >= 200 && reply.httpStatus < 300) {
        qCInfo(lcWebhook).noquote()
            << "accepted a" << source << "webhook:" << reply.queued << "queued," << reply.duplicates
            << "replayed," << reply.ignored << "ignored";
    }
    return reply;
}

void WebhookListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; Qt calls this only if that ever changes.
    answer(request, socket, 404, {{u"error"_s, u"not found"_s}});
}

void WebhookListener::answer(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                             const QJsonObject &body, const QByteArray &allow)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader("Content-Type", "application/json");
    if (!allow.isEmpty()) {
        responder.writeHeader("Allow", allow);
    }
    // This low-level path adds no Content-Length of its own (BUILD-RECIPE.md §8).
    responder.writeHeader("Content-Length", QByteArray::number(bytes.size()));
    responder.writeBody(bytes);
}

} // namespace Webhooks
