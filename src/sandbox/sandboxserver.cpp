// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "log/logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

constexpr auto InspectionPrefix = "/_sandbox/";

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

HttpRequest toRequest(const QHttpServerRequest &request)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        r.headers.insert(name.toLower(), value);
    }
    r.body = request.body();
    return r;
}

// Headers are dynamic, so the responder's initializer-list write() does not fit; QHttpServer
// adds no Content-Length on this path, so it is written here, once.
void writeResponse(QHttpServerResponder &responder, const HttpResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers) {
        responder.writeHeader(name, value);
    }
    if (!response.contentType.isEmpty()) {
        responder.writeHeader("Content-Type", response.contentType);
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace

SandboxServer::SandboxServer(QString apiPrefix, quint32 faultSeed, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_apiPrefix(std::move(apiPrefix))
    , m_faults(faultSeed)
{ }

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listenLocal(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(m_apiPrefix));
}

void SandboxServer::addRoute(const QByteArray &method, const QString &routeTemplate,
                             Router::Handler handler)
{
    m_router.add(method, routeTemplate, std::move(handler));
}

HttpResponse SandboxServer::dispatch(HttpRequest request)
{
    if (request.path.startsWith(QLatin1StringView(InspectionPrefix))) {
        return handleInspection(request);
    }
    ++m_requests;
    HttpResponse response;
    if (!m_apiPrefix.isEmpty() && !request.path.startsWith(m_apiPrefix)) {
        response = notFound(request);
    } else {
        const QString apiPath = request.path.mid(m_apiPrefix.size());
        const Router::Match match = m_router.match(request.method, apiPath);
        if (!match.handler) {
            response = notFound(request);
        } else {
            request.routeTemplate = match.routeTemplate;
            request.args = match.args;
            m_byEndpoint[request.endpointKey()] += 1;
            std::optional<HttpResponse> refused = admit(request);
            response = refused ? std::move(*refused) : (*match.handler)(request);
        }
    }
    decorate(request, response);
    return response;
}

QJsonObject SandboxServer::stats() const
{
    QJsonObject byEndpoint;
    for (auto it = m_byEndpoint.begin(); it != m_byEndpoint.end(); ++it) {
        byEndpoint.insert(it.key(), it.value());
    }
    return {{u"requests"_s, m_requests},
            {u"writes"_s, m_writes},
            {u"rate_limited"_s, m_rateLimited},
            {u"by_endpoint"_s, byEndpoint}};
}

void SandboxServer::resetStats()
{
    m_requests = 0;
    m_writes = 0;
    m_rateLimited = 0;
    m_byEndpoint.clear();
}

HttpResponse SandboxServer::handleInspection(const HttpRequest &request)
{
    const QString what = request.path.mid(qsizetype(qstrlen(InspectionPrefix)));
    if (request.method == "GET" && what == u"state") {
        return HttpResponse::json(200, inspectState());
    }
    if (request.method == "GET" && what == u"stats") {
        return HttpResponse::json(200, stats());
    }
    if (request.method == "POST" && what == u"reset") {
        resetState();
        resetStats();
        return HttpResponse::json(200, QJsonObject {{u"reset"_s, true}});
    }
    if (request.method == "POST" && what == u"mutate") {
        bool ok = false;
        const QJsonObject body = request.jsonObject(&ok);
        if (!ok) {
            return HttpResponse::json(400,
                                      QJsonObject {{u"error"_s, u"body must be a JSON object"_s}});
        }
        return mutate(body);
    }
    if (what == u"faults") {
        if (request.method == "GET") {
            return HttpResponse::json(200, FaultInjector::toJson(m_faults.rates()));
        }
        bool ok = false;
        const QJsonObject body = request.jsonObject(&ok);
        const auto rates = FaultInjector::fromJson(body, m_faults.rates());
        if (!ok || !rates) {
            return HttpResponse::json(
                400,
                QJsonObject {
                    {u"error"_s, ok ? rates.error().message : u"body must be a JSON object"_s}});
        }
        m_faults.setRates(rates.value());
        return HttpResponse::json(200, FaultInjector::toJson(m_faults.rates()));
    }
    return HttpResponse::json(404, QJsonObject {{u"error"_s, u"unknown inspection endpoint"_s}});
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r = toRequest(request);
    const bool inspection = r.path.startsWith(QLatin1StringView(InspectionPrefix));
    const FaultInjector::Fault fault = inspection ? FaultInjector::Fault::None : m_faults.next();

    // Faults that stand in for a server that never got to the request: state stays untouched.
    switch (fault) {
    case FaultInjector::Fault::Drop:
        ++m_requests;
        socket->abort();
        return true;
    case FaultInjector::Fault::ServerError: {
        ++m_requests;
        HttpResponse response = serverError(m_faults.nextServerErrorStatus());
        decorate(r, response);
        send(request, socket, response);
        return true;
    }
    case FaultInjector::Fault::RateLimited: {
        ++m_requests;
        countRateLimited();
        HttpResponse response = tooManyRequests();
        decorate(r, response);
        send(request, socket, response);
        return true;
    }
    default:
        break;
    }

    HttpResponse response = dispatch(std::move(r));
    if (fault == FaultInjector::Fault::Truncate && response.body.size() > 1) {
        response.body.truncate(response.body.size() / 2);
    }
    const int delayMs = (fault == FaultInjector::Fault::Stall ? m_faults.rates().stallMs : 0)
        + (inspection ? 0 : m_faults.rates().latencyMs);
    if (delayMs <= 0) {
        send(request, socket, response);
        return true;
    }
    // QHttpServerRequest cannot be copied, so the responder is made now and written later.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);
    QTimer::singleShot(std::chrono::milliseconds(delayMs), this, [responder, alive, response] {
        if (!alive || alive->state() != QAbstractSocket::ConnectedState) {
            return; // the client gave up waiting
        }
        writeResponse(*responder, response);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only reached if Qt calls it regardless.
    send(request, socket, notFound(toRequest(request)));
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                         const HttpResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, response);
}

} // namespace Sandbox
