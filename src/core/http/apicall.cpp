// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/apicall.h"

#include "http/httpclient.h"
#include "log/redaction.h"

#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// How much of a non-JSON error body (an HTML 502 page) goes into Error::detail.
constexpr qsizetype DetailBodyLimit = 200;

// Errors QNetworkReply reports for the transport, as opposed to ones derived from an HTTP status.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolUnknownError || error == QNetworkReply::ProtocolFailure;
}

} // namespace

namespace Api {

ApiCall::ApiCall(HttpClient *client, const QNetworkRequest &request, const QByteArray &method,
                 const QByteArray &body, const RequestOptions &options, const QString &pacingKey,
                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
    , m_method(method)
    , m_body(body)
    , m_options(options)
    , m_pacingKey(pacingKey)
    , m_endpoint(options.endpoint.isEmpty() ? request.url().path() : options.endpoint)
    , m_requestId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
    , m_result(Error {Error::Kind::Internal, tr("The request has not finished."), {}, 0})
{
    m_backoffTimer.setSingleShot(true);
    connect(&m_backoffTimer, &QTimer::timeout, this, &ApiCall::onBackoffElapsed);
}

ApiCall::~ApiCall()
{
    // Destroying a running call cancels it without emitting finished().
    dropReply();
    if (m_client && m_state != State::Done) {
        m_client->forget(this);
    }
}

QByteArray ApiCall::responseHeader(const QByteArray &name) const
{
    return m_headers.value(name.toLower());
}

bool ApiCall::isIdempotent() const
{
    if (m_options.idempotent) {
        return *m_options.idempotent;
    }
    static const QList<QByteArray> safe {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"};
    return safe.contains(m_method);
}

void ApiCall::abort()
{
    if (m_state == State::Done) {
        return;
    }
    m_aborted = true;
    dropReply();
    complete(Error {Error::Kind::Cancelled, tr("The request was cancelled."), {}, 0});
}

void ApiCall::dropReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    if (m_client) {
        m_client->attemptAborted(this);
    }
}

void ApiCall::attach(QNetworkReply *reply, const RateLimiter::Ticket &ticket)
{
    Q_ASSERT(m_state == State::Queued);
    m_state = State::Sending;
    ++m_attempts;
    m_ticket = ticket;
    m_reply = reply;
    m_attemptTimer.start();
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->disconnect(this);
    reply->deleteLater();

    const auto networkError = reply->error();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = makeResponseHeaders(reply->rawHeaderPairs());
    // A reply cut by the transfer timeout is closed already: reading it would only warn.
    m_rawBody = reply->isOpen() ? reply->readAll() : QByteArray();
    m_serverError = {};
    m_result = interpret(networkError, reply->errorString());

    if (m_client) {
        m_client->attemptFinished(this, m_attemptTimer.elapsed());
    }
    if (m_result.ok()) {
        complete(std::move(m_result));
        return;
    }
    planRetry(networkError == QNetworkReply::ConnectionRefusedError);
}

Result<QJsonDocument> ApiCall::interpret(int networkError, const QString &errorText)
{
    const auto error = QNetworkReply::NetworkError(networkError);
    if (error != QNetworkReply::NoError && (m_httpStatus == 0 || isTransportError(error))) {
        // Our own abort never gets here (dropReply disconnects first), so a cancelled
        // reply means the transfer timeout fired.
        if (error == QNetworkReply::OperationCanceledError
            || error == QNetworkReply::TimeoutError) {
            return Error {Error::Kind::Timeout, tr("The server did not answer in time."),
                          Redaction::redact(errorText), 0};
        }
        return Error {Error::Kind::Network, tr("The server could not be reached."),
                      Redaction::redact(errorText), 0};
    }
    if (m_httpStatus < 200 || m_httpStatus > 299) {
        m_serverError = ServerError::fromBody(m_rawBody);
        return httpError();
    }
    if (m_rawBody.trimmed().isEmpty()) {
        return QJsonDocument(); // 204 No Content and friends
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(m_rawBody, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {Error::Kind::Parse, tr("The server sent a response that could not be read."),
                      u"%1 at offset %2 of %3 bytes"_s.arg(parseError.errorString())
                          .arg(parseError.offset)
                          .arg(m_rawBody.size()),
                      m_httpStatus};
    }
    return document;
}

Error ApiCall::httpError() const
{
    const Error::Kind kind = errorKindForStatus(m_httpStatus);
    QString message;
    switch (kind) {
    case Error::Kind::Auth:
        message = tr("The service refused the credentials (HTTP %1).").arg(m_httpStatus);
        break;
    case Error::Kind::NotFound:
        message = tr("The service does not know the requested item.");
        break;
    case Error::Kind::RateLimited:
        message = tr("The service's rate limit was reached.");
        break;
    case Error::Kind::Validation:
        message = tr("The service rejected the data that was sent.");
        break;
    case Error::Kind::Conflict:
        message = tr("The item conflicts with one that already exists.");
        break;
    default:
        message = tr("The service answered with an error (HTTP %1).").arg(m_httpStatus);
        break;
    }
    const QString said = m_serverError.message.isEmpty()
        ? QString::fromUtf8(m_rawBody.left(DetailBodyLimit)).simplified()
        : m_serverError.message;
    return Error {kind, message, Redaction::redact(said), m_httpStatus};
}

void ApiCall::planRetry(bool connectionRefused)
{
    if (!m_client) {
        complete(std::move(m_result));
        return;
    }
    RetryPolicy::Outcome outcome;
    outcome.kind = m_result.error().kind;
    outcome.httpStatus = m_httpStatus;
    outcome.connectionRefused = connectionRefused;
    outcome.retryAfter = retryAfter(m_headers, m_client->clock().now());
    const bool resendAllowed = isIdempotent() || bool(m_options.beforeRetry);
    const RetryPolicy::Decision decision
        = m_client->retryPolicy().decide(m_attempts, outcome, resendAllowed, m_options.maxAttempts);
    m_client->logRetryDecision(this, decision);
    if (!decision.retry) {
        complete(std::move(m_result));
        return;
    }
    m_state = State::BackingOff;
    m_backoffTimer.start(decision.delay);
}

void ApiCall::onBackoffElapsed()
{
    if (m_state != State::BackingOff) {
        return;
    }
    if (!m_options.beforeRetry) {
        requeue();
        return;
    }
    m_state = State::Checking;
    const quint64 generation = ++m_checkGeneration;
    QPointer<ApiCall> self(this);
    m_options.beforeRetry(m_attempts, [self, generation](bool resend) {
        if (!self || self->m_state != State::Checking || self->m_checkGeneration != generation) {
            return; // aborted, destroyed, or answered twice
        }
        if (resend) {
            self->requeue();
        } else {
            self->complete(std::move(self->m_result));
        }
    });
}

void ApiCall::requeue()
{
    if (!m_client) {
        complete(Error {Error::Kind::Cancelled, tr("The request was cancelled."),
                        u"the HTTP client is gone"_s, 0});
        return;
    }
    m_state = State::Queued;
    m_client->enqueue(this);
}

void ApiCall::complete(Result<QJsonDocument> result)
{
    if (m_state == State::Done) {
        return;
    }
    m_state = State::Done;
    m_backoffTimer.stop();
    m_result = std::move(result);
    if (m_client) {
        m_client->forget(this);
    }
    Q_EMIT finished();
}

} // namespace Api
