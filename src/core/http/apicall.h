// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/ratelimiter.h"
#include "http/requestoptions.h"
#include "http/responseheaders.h"
#include "http/servererror.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Api {

class HttpClient;

// One logical request, made by HttpClient::send(), with every attempt it takes (it may own
// several QNetworkReplies one after the other: retries, pacing waits). finished() is emitted
// exactly once, never from inside send(); afterwards result() and the response accessors hold
// the last attempt's answer. abort() finishes it with Error::Kind::Cancelled; destroying it
// aborts silently. Parented to its caller, who deleteLater()s it after finished().
// Lives in the thread of its HttpClient.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    [[nodiscard]] bool isFinished() const { return m_state == State::Done; }
    // The parsed JSON body (a null document for an empty 2xx body) or the Error.
    [[nodiscard]] const Result<QJsonDocument> &result() const { return m_result; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    [[nodiscard]] const ResponseHeaders &responseHeaders() const { return m_headers; }
    [[nodiscard]] QByteArray responseHeader(const QByteArray &name) const;
    [[nodiscard]] const QByteArray &rawBody() const { return m_rawBody; }
    // The X-Request-Id sent with every attempt of this call.
    [[nodiscard]] const QByteArray &requestId() const { return m_requestId; }
    [[nodiscard]] int attempts() const { return m_attempts; }
    // The server's own error text (see ServerError), for mapping to plain language.
    [[nodiscard]] const QString &serverMessage() const { return m_serverError.message; }
    [[nodiscard]] int serverErrorCode() const { return m_serverError.code; }
    [[nodiscard]] const QByteArray &method() const { return m_method; }
    // The endpoint template, or the path when none was given.
    [[nodiscard]] const QString &endpoint() const { return m_endpoint; }

public Q_SLOTS:
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class HttpClient;

    enum class State {
        Queued, // waiting in HttpClient for a pacing slot
        Sending, // an attempt is on the wire
        BackingOff, // waiting before a retry
        Checking, // waiting for RequestOptions::beforeRetry to answer
        Done,
    };

    ApiCall(HttpClient *client, const QNetworkRequest &request, const QByteArray &method,
            const QByteArray &body, const RequestOptions &options, const QString &pacingKey,
            QObject *parent);

    [[nodiscard]] bool isIdempotent() const;
    void attach(QNetworkReply *reply, const RateLimiter::Ticket &ticket);
    void onReplyFinished();
    [[nodiscard]] Result<QJsonDocument> interpret(int networkError, const QString &errorText);
    [[nodiscard]] Error httpError() const;
    void planRetry(bool connectionRefused);
    void onBackoffElapsed();
    void requeue();
    void dropReply();
    void complete(Result<QJsonDocument> result);

    QPointer<HttpClient> m_client;
    QNetworkRequest m_request;
    QByteArray m_method;
    QByteArray m_body;
    RequestOptions m_options;
    QString m_pacingKey;
    QString m_endpoint;
    QByteArray m_requestId;

    State m_state = State::Queued;
    bool m_aborted = false;
    int m_attempts = 0;
    quint64 m_checkGeneration = 0;
    QPointer<QNetworkReply> m_reply;
    RateLimiter::Ticket m_ticket;
    QElapsedTimer m_attemptTimer;
    QTimer m_backoffTimer;

    int m_httpStatus = 0;
    ResponseHeaders m_headers;
    QByteArray m_rawBody;
    ServerError m_serverError;
    Result<QJsonDocument> m_result;
};

} // namespace Api
