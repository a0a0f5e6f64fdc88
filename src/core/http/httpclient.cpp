// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpclient.h"

#include "log/logging.h"
#include "log/redaction.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QByteArray UserAgent = QByteArrayLiteral("ContactBridge/" CB_VERSION);

// Header values that must never reach a log line, whatever Redaction would catch.
bool isSecretHeader(const QByteArray &lowerName)
{
    static const QList<QByteArray> names {"authorization", "x-mailerlite-apikey",
                                          "proxy-authorization", "cookie", "set-cookie"};
    return names.contains(lowerName);
}

// QUrlQuery leaves '+' alone, which servers read as a space: an email such as
// "jane+news@example.com" would arrive mangled. Encode every key and value fully.
QString encodeQuery(const QUrlQuery &query)
{
    QStringList parts;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) % '='
                                     % QUrl::toPercentEncoding(value));
    }
    return parts.join(u'&');
}

} // namespace

namespace Api {

HttpClient::HttpClient(Config config, const Clock &clock, QNetworkAccessManager *network,
                       QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_limiter(clock, m_config.limits)
    , m_retry(m_config.retry)
{
    m_config.maxConcurrent = std::max(1, m_config.maxConcurrent);
    m_pacingTimer.setSingleShot(true);
    m_pacingTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pacingTimer, &QTimer::timeout, this, &HttpClient::pump);
}

HttpClient::~HttpClient()
{
    cancelAll();
}

bool HttpClient::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https") {
        return true;
    }
    if (scheme != u"http") {
        return false;
    }
    if (url.host().compare(u"localhost", Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QString HttpClient::credentialFingerprint(const QByteArray &secret)
{
    if (secret.isEmpty()) {
        return u"-"_s;
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(12));
}

ApiCall *HttpClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                          const QJsonDocument &body, const RequestOptions &options, QObject *parent)
{
    const QByteArray bytes = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    return makeCall(method, path, query, bytes, QByteArrayLiteral("application/json"), options,
                    parent);
}

ApiCall *HttpClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                          const QByteArray &body, const RequestOptions &options, QObject *parent)
{
    return makeCall(method, path, query, body, options.contentType, options, parent);
}

ApiCall *HttpClient::get(const QString &path, const QUrlQuery &query, const RequestOptions &options,
                         QObject *parent)
{
    return makeCall(QByteArrayLiteral("GET"), path, query, {}, {}, options, parent);
}

ApiCall *HttpClient::makeCall(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, const QByteArray &contentType,
                              const RequestOptions &options, QObject *parent)
{
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath % (path.startsWith(u'/') ? path : u'/' % path), QUrl::DecodedMode);
    if (!query.isEmpty()) {
        url.setQuery(encodeQuery(query), QUrl::StrictMode);
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, UserAgent);
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : std::as_const(m_config.defaultHeaders)) {
        request.setRawHeader(name, value);
    }
    for (const auto &[name, value] : options.extraHeaders) {
        request.setRawHeader(name, value);
    }
    const bool hasBody
        = !body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH";
    if (hasBody && !contentType.isEmpty()) {
        request.setRawHeader("Content-Type", contentType);
    }
    request.setTransferTimeout(int(options.timeout.value_or(m_config.transferTimeout).count()));

    const QString endpoint = options.endpoint.isEmpty() ? url.path() : options.endpoint;
    auto *call = new ApiCall(this, request, method, body, options, pacingKey(endpoint),
                             parent ? parent : this);
    m_live.append(call);

    if (!m_config.baseUrl.isValid() || m_config.baseUrl.host().isEmpty()) {
        failLater(call,
                  Error {Error::Kind::Config, tr("The service address is not set or not valid."),
                         m_config.service, 0});
    } else if (!isAllowedUrl(url)) {
        failLater(call,
                  Error {Error::Kind::Config,
                         tr("Refusing to send credentials unencrypted to %1: the address "
                            "must start with https://.")
                             .arg(url.host()),
                         url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), 0});
    } else {
        enqueue(call);
    }
    return call;
}

QString HttpClient::pacingKey(const QString &endpoint) const
{
    const QByteArray secret = m_config.credential ? m_config.credential().second : QByteArray();
    return RateLimiter::key(m_config.service, credentialFingerprint(secret),
                            m_config.pacingPartition,
                            m_config.pacing == PacingScope::PerEndpoint ? endpoint : QString());
}

void HttpClient::failLater(ApiCall *call, const Error &error)
{
    qCWarning(lcHttp).noquote() << Redaction::redact(
        u"%1 %2 %3 refused: %4"_s.arg(m_config.service, QString::fromLatin1(call->method()),
                                      call->endpoint(), error.toLogString()));
    // Never finish inside send(): the caller has not connected to finished() yet.
    QTimer::singleShot(0, call, [call, error] { call->complete(error); });
}

void HttpClient::enqueue(ApiCall *call)
{
    m_queues[call->m_pacingKey].push_back(call);
    schedulePump();
}

void HttpClient::forget(ApiCall *call)
{
    m_live.removeOne(call);
    const auto it = m_queues.find(call->m_pacingKey);
    if (it == m_queues.end()) {
        return;
    }
    auto &queue = it.value();
    queue.erase(std::remove(queue.begin(), queue.end(), call), queue.end());
    if (queue.empty()) {
        m_queues.erase(it);
    }
}

void HttpClient::cancelAll()
{
    QList<QPointer<ApiCall>> calls;
    calls.reserve(m_live.size());
    for (ApiCall *call : std::as_const(m_live)) {
        calls.append(call);
    }
    for (const QPointer<ApiCall> &call : std::as_const(calls)) {
        if (call) {
            call->abort(); // a finished() handler may delete other calls: hence the QPointers
        }
    }
    m_pacingTimer.stop();
}

void HttpClient::schedulePump()
{
    if (m_pumpScheduled) {
        return;
    }
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void HttpClient::pump()
{
    struct Grant
    {
        QPointer<ApiCall> call;
        RateLimiter::Ticket ticket;
    };
    // Decide first, act afterwards: dispatching and failing run user code that may change
    // the queues (cancelAll() from a slot).
    std::vector<Grant> grants;
    QList<QPointer<ApiCall>> exhausted;
    std::optional<std::chrono::nanoseconds> earliest;
    int budget = m_config.maxConcurrent - m_inFlight;
    for (auto it = m_queues.begin(); it != m_queues.end();) {
        auto &queue = it.value();
        while (!queue.empty() && budget > 0) {
            const RateLimiter::Slot slot = m_limiter.acquire(it.key());
            if (slot.granted) {
                grants.push_back({queue.front(), slot.ticket});
                queue.pop_front();
                --budget;
            } else if (slot.dailyExhausted) {
                for (ApiCall *call : queue) {
                    exhausted.append(call);
                }
                queue.clear();
            } else {
                earliest = std::min(earliest.value_or(slot.wait), slot.wait);
                break;
            }
        }
        it = queue.empty() ? m_queues.erase(it) : std::next(it);
    }

    if (earliest) {
        const auto ms = std::chrono::ceil<std::chrono::milliseconds>(*earliest);
        m_pacingTimer.start(std::max(ms, 1ms));
    } else {
        m_pacingTimer.stop();
    }
    for (const Grant &grant : grants) {
        if (grant.call && !grant.call->isFinished()) {
            dispatch(grant.call, grant.ticket);
        }
    }
    for (const QPointer<ApiCall> &call : std::as_const(exhausted)) {
        if (call) {
            call->complete(Error {Error::Kind::RateLimited,
                                  tr("The service's daily request limit has been used up."),
                                  u"X-RateLimit-Daily-Remaining reached 0"_s, 0});
        }
    }
}

void HttpClient::dispatch(ApiCall *call, const RateLimiter::Ticket &ticket)
{
    if (!m_network) {
        call->complete(Error {Error::Kind::Internal, tr("The network is not available."),
                              u"QNetworkAccessManager destroyed"_s, 0});
        return;
    }
    QNetworkRequest request = call->m_request;
    request.setRawHeader("X-Request-Id", call->m_requestId);
    if (m_config.credential) {
        const auto [name, value] = m_config.credential();
        if (!name.isEmpty()) {
            request.setRawHeader(name, value);
        }
    }
    const QByteArray &method = call->m_method;
    const QByteArray &body = call->m_body;
    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty()) {
        reply = m_network->get(request);
    } else if (method == "DELETE" && body.isEmpty()) {
        reply = m_network->deleteResource(request);
    } else if (method == "POST") {
        reply = m_network->post(request, body);
    } else if (method == "PUT") {
        reply = m_network->put(request, body);
    } else {
        reply = m_network->sendCustomRequest(request, method, body);
    }
    ++m_inFlight;
    ++m_requestCount;
    qCDebug(lcHttp).noquote() << Redaction::redact(
        u"%1 %2 %3 attempt %4 id %5 sent (%6 body bytes; %7)"_s
            .arg(m_config.service, QString::fromLatin1(method), call->endpoint())
            .arg(call->m_attempts + 1)
            .arg(QString::fromLatin1(call->m_requestId))
            .arg(body.size())
            .arg(describeHeaders(request)));
    call->attach(reply, ticket);
    Q_EMIT requestSent(m_requestCount);
}

QString HttpClient::describeHeaders(const QNetworkRequest &request) const
{
    const QByteArray credentialName
        = m_config.credential ? m_config.credential().first.toLower() : QByteArray();
    QStringList parts;
    const auto names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray lower = name.toLower();
        const bool secret
            = isSecretHeader(lower) || (!credentialName.isEmpty() && lower == credentialName);
        parts << QString::fromLatin1(name) % u": "_s
                % (secret ? QString::fromLatin1(Redaction::Mask)
                          : QString::fromLatin1(request.rawHeader(name)));
    }
    return parts.join(u", "_s);
}

void HttpClient::attemptFinished(ApiCall *call, qint64 elapsedMs)
{
    --m_inFlight;
    m_limiter.update(call->m_pacingKey, call->m_ticket, call->m_httpStatus, call->m_headers);
    const Result<QJsonDocument> &result = call->m_result;
    const QString outcome = call->m_httpStatus > 0 ? QString::number(call->m_httpStatus)
                                                   : Error::kindName(result.error().kind);
    qCInfo(lcHttp).noquote() << Redaction::redact(
        u"%1 %2 %3 -> %4 in %5 ms (attempt %6, id %7)"_s
            .arg(m_config.service, QString::fromLatin1(call->m_method), call->endpoint(), outcome)
            .arg(elapsedMs)
            .arg(call->m_attempts)
            .arg(QString::fromLatin1(call->m_requestId)));
    if (!result.ok()) {
        qCDebug(lcHttp).noquote() << Redaction::redact(
            u"%1 id %2: %3"_s.arg(m_config.service, QString::fromLatin1(call->m_requestId),
                                  result.error().toLogString()));
    }
    schedulePump();
}

void HttpClient::attemptAborted(ApiCall *call)
{
    --m_inFlight;
    qCDebug(lcHttp).noquote() << u"%1 %2 %3 attempt %4 id %5 aborted"_s
                                     .arg(m_config.service, QString::fromLatin1(call->m_method),
                                          Redaction::redact(call->endpoint()))
                                     .arg(call->m_attempts)
                                     .arg(QString::fromLatin1(call->m_requestId));
    schedulePump();
}

void HttpClient::logRetryDecision(const ApiCall *call, const RetryPolicy::Decision &decision) const
{
    const QString line = Redaction::redact(u"%1 %2 %3 id %4: %5"_s.arg(
        m_config.service, QString::fromLatin1(call->m_method), call->endpoint(),
        QString::fromLatin1(call->m_requestId), decision.reason));
    if (decision.retry) {
        qCInfo(lcHttp).noquote() << line << u"; retrying in %1 ms"_s.arg(decision.delay.count());
    } else {
        qCDebug(lcHttp).noquote() << line << u"; not retrying"_s;
    }
}

} // namespace Api
