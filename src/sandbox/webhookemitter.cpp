// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookemitter.h"

#include "log/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sandbox {

WebhookEmitter::WebhookEmitter(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

WebhookEmitter::~WebhookEmitter()
{
    // Replies still running are aborted when the manager goes; their finished() must not start
    // another attempt on a manager being torn down.
    m_closing = true;
    delete m_network;
}

QJsonObject WebhookEmitter::stats() const
{
    return {{u"sent"_s, m_sent},
            {u"failed"_s, m_failed},
            {u"retried"_s, m_retried},
            {u"pending"_s, m_pending}};
}

void WebhookEmitter::post(const QUrl &url, const QByteArray &body, const Headers &headers)
{
    ++m_pending;
    attempt(Delivery {url, body, headers, 0});
}

void WebhookEmitter::attempt(Delivery delivery)
{
    ++delivery.attempt;
    QNetworkRequest request(delivery.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ContactBridge-Sandbox"));
    for (const auto &[name, value] : delivery.headers) {
        request.setRawHeader(name, value);
    }
    // A redirect is an answer other than 2xx: the services do not follow one either.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_options.timeout.count()));
    QNetworkReply *reply = m_network->post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, delivery = std::move(delivery)] { settle(reply, delivery); });
}

void WebhookEmitter::settle(QNetworkReply *reply, Delivery delivery)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        ++m_sent;
        --m_pending;
        Q_EMIT delivered(delivery.url, delivery.attempt);
        return;
    }
    const QString reason = status > 0 ? u"HTTP %1"_s.arg(status) : reply->errorString();
    if (m_closing || delivery.attempt >= m_options.maxAttempts) {
        ++m_failed;
        --m_pending;
        qCInfo(lcSandbox).noquote() << "gave up a webhook to" << delivery.url.toDisplayString()
                                    << "after" << delivery.attempt << "attempts:" << reason;
        Q_EMIT gaveUp(delivery.url, reason);
        return;
    }
    ++m_retried;
    const auto backoff = m_options.firstBackoff * (1 << std::min(delivery.attempt - 1, 16));
    qCDebug(lcSandbox).noquote() << "webhook to" << delivery.url.toDisplayString() << "failed ("
                                 << reason << "), retrying in" << backoff.count() << "ms";
    QTimer::singleShot(backoff, this,
                       [this, delivery = std::move(delivery)] { attempt(delivery); });
}

} // namespace Sandbox
