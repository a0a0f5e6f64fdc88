// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultinjector.h"
#include "httpexchange.h"
#include "router.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QUrl>

#include <optional>

namespace Sandbox {

// The shared plumbing of both fake services: one HTTP listener on 127.0.0.1, routing, fault
// injection, request statistics and the inspection API under /_sandbox/ (state, stats, reset,
// mutate, faults). Subclasses register their API routes and implement the service's rules.
// Lives in the thread that created it; everything happens in that thread's event loop.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listenLocal(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    // The URL API paths follow, e.g. http://127.0.0.1:4711/api/v2 for MailerLite.
    [[nodiscard]] QUrl baseUrl() const;

    [[nodiscard]] FaultInjector &faults() { return m_faults; }

    // Handles a request without sockets or faults: for tests and in-process benchmarks.
    [[nodiscard]] HttpResponse dispatch(HttpRequest request);

    [[nodiscard]] QJsonObject stats() const;
    void resetStats();

protected:
    SandboxServer(QString apiPrefix, quint32 faultSeed, QObject *parent);

    // Registers an API route; the template is relative to the API prefix.
    void addRoute(const QByteArray &method, const QString &routeTemplate, Router::Handler handler);

    // Called for every matched API request before its handler: authentication and rate limits.
    // A response returned here is sent instead of calling the handler.
    [[nodiscard]] virtual std::optional<HttpResponse> admit(const HttpRequest &request) = 0;
    // Called for every API response, refused or not: service-wide headers (rate limits, ids).
    virtual void decorate(const HttpRequest &request, HttpResponse &response) = 0;
    // The service's answers for an unknown route and for injected faults.
    [[nodiscard]] virtual HttpResponse notFound(const HttpRequest &request) const = 0;
    [[nodiscard]] virtual HttpResponse tooManyRequests() const = 0;
    [[nodiscard]] virtual HttpResponse serverError(int status) const = 0;

    // The inspection API.
    [[nodiscard]] virtual QJsonObject inspectState() const = 0;
    virtual void resetState() = 0;
    [[nodiscard]] virtual HttpResponse mutate(const QJsonObject &request) = 0;

    // Statistics that only the service knows how to count.
    void countWrites(int count = 1) { m_writes += count; }
    void countRateLimited() { ++m_rateLimited; }

private:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

    [[nodiscard]] HttpResponse handleInspection(const HttpRequest &request);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response);

    QString m_apiPrefix;
    Router m_router;
    FaultInjector m_faults;
    quint16 m_port = 0;
    qint64 m_requests = 0;
    qint64 m_writes = 0;
    qint64 m_rateLimited = 0;
    QHash<QString, qint64> m_byEndpoint;
};

} // namespace Sandbox
