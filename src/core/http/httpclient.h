// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apicall.h"
#include "http/ratelimiter.h"
#include "http/requestoptions.h"
#include "http/retrypolicy.h"
#include "util/clock.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <deque>
#include <functional>
#include <utility>

namespace Api {

// The one place every HTTP request of a service goes through: base URL, User-Agent, default
// and credential headers, X-Request-Id, transfer timeout, pacing (RateLimiter), retries
// (RetryPolicy), counting and logging with secrets redacted. One per service and thread: it
// lives in the thread that created it, with its QNetworkAccessManager (its own or a borrowed
// one, which must outlive it). Create it before the calls it makes and destroy it after them.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    // Which requests share a rate-limit budget besides the credential and partition.
    enum class PacingScope {
        PerCredential, // GHL: one budget per token and location
        PerEndpoint, // MailerLite: one budget per endpoint template
    };

    // Returns the credential header, e.g. {"Authorization", "Bearer ..."}; asked before every
    // attempt so a refreshed token is used. An empty name sends no credential.
    using CredentialProvider = std::function<std::pair<QByteArray, QByteArray>()>;

    struct Config
    {
        QString service; // "ghl", "mailerlite": logs, pacing keys
        QUrl baseUrl; // https, or http to a loopback host
        QList<std::pair<QByteArray, QByteArray>> defaultHeaders; // e.g. Version: 2021-07-28
        CredentialProvider credential;
        std::chrono::milliseconds transferTimeout {30'000};
        RateLimiter::Limits limits;
        PacingScope pacing = PacingScope::PerCredential;
        QString pacingPartition; // e.g. the GHL locationId
        RetryPolicy::Config retry;
        int maxConcurrent = 6; // requests on the wire at once
    };

    HttpClient(Config config, const Clock &clock, QNetworkAccessManager *network = nullptr,
               QObject *parent = nullptr);
    ~HttpClient() override;

    // Starts one logical request; `path` is appended to the base URL's path. The call is
    // parented to `parent` (or to this client when null) and always finishes asynchronously.
    [[nodiscard]] ApiCall *send(const QByteArray &method, const QString &path,
                                const QUrlQuery &query, const QJsonDocument &body,
                                const RequestOptions &options, QObject *parent);
    [[nodiscard]] ApiCall *send(const QByteArray &method, const QString &path,
                                const QUrlQuery &query, const QByteArray &body,
                                const RequestOptions &options, QObject *parent);
    [[nodiscard]] ApiCall *get(const QString &path, const QUrlQuery &query,
                               const RequestOptions &options, QObject *parent);

    // Aborts every call in flight, backing off or queued: each finishes with Cancelled.
    void cancelAll();

    // Attempts put on the wire so far, retries included ("requests used").
    [[nodiscard]] qint64 requestCount() const { return m_requestCount; }
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] const Config &config() const { return m_config; }
    [[nodiscard]] const RateLimiter &rateLimiter() const { return m_limiter; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }

    // https anywhere; plain http only to 127.0.0.0/8, ::1 or localhost.
    [[nodiscard]] static bool isAllowedUrl(const QUrl &url);
    // A short hash naming a credential in pacing keys and logs; never the secret itself.
    [[nodiscard]] static QString credentialFingerprint(const QByteArray &secret);

Q_SIGNALS:
    void requestSent(qint64 total);

private:
    friend class ApiCall;

    [[nodiscard]] ApiCall *makeCall(const QByteArray &method, const QString &path,
                                    const QUrlQuery &query, const QByteArray &body,
                                    const QByteArray &contentType, const RequestOptions &options,
                                    QObject *parent);
    [[nodiscard]] QString pacingKey(const QString &endpoint) const;
    void failLater(ApiCall *call, const Error &error);

    // Called by ApiCall.
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] RetryPolicy &retryPolicy() { return m_retry; }
    void enqueue(ApiCall *call);
    void forget(ApiCall *call);
    void attemptFinished(ApiCall *call, qint64 elapsedMs);
    void attemptAborted(ApiCall *call);
    void logRetryDecision(const ApiCall *call, const RetryPolicy::Decision &decision) const;

    void schedulePump();
    void pump();
    void dispatch(ApiCall *call, const RateLimiter::Ticket &ticket);
    [[nodiscard]] QString describeHeaders(const QNetworkRequest &request) const;

    Config m_config;
    const Clock &m_clock;
    QPointer<QNetworkAccessManager> m_network;
    RateLimiter m_limiter;
    RetryPolicy m_retry;
    QHash<QString, std::deque<ApiCall *>> m_queues; // per pacing key, oldest first
    QList<ApiCall *> m_live; // every call not yet finished
    QTimer m_pacingTimer;
    bool m_pumpScheduled = false;
    int m_inFlight = 0;
    qint64 m_requestCount = 0;
};

} // namespace Api
