// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace Sandbox {

// Delivers the webhooks of a fake service the way the real ones do: one POST per delivery,
// retried with a short, doubling backoff after a connection error or a non-2xx answer, then
// given up and counted. The bodies arrive signed; this class only carries them. Counts what
// happened for the inspection API. Lives in the thread of the fake server that owns it, and so
// does its QNetworkAccessManager.
class WebhookEmitter final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxAttempts = 4; // the first try and three retries
        std::chrono::milliseconds firstBackoff {100}; // doubled after every failed attempt
        std::chrono::milliseconds timeout {10000}; // per attempt
    };
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit WebhookEmitter(QObject *parent = nullptr);
    ~WebhookEmitter() override;

    [[nodiscard]] const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    // Sends `body` as application/json with `headers` to `url`, now and, if needed, again.
    void post(const QUrl &url, const QByteArray &body, const Headers &headers);

    // Deliveries a receiver acknowledged with a 2xx, deliveries given up after the last
    // attempt, attempts that were retries, and deliveries still under way.
    [[nodiscard]] qint64 sent() const { return m_sent; }
    [[nodiscard]] qint64 failed() const { return m_failed; }
    [[nodiscard]] qint64 retried() const { return m_retried; }
    [[nodiscard]] int pending() const { return m_pending; }
    // {"sent", "failed", "retried", "pending"}
    [[nodiscard]] QJsonObject stats() const;

Q_SIGNALS:
    void delivered(const QUrl &url, int attempts);
    void gaveUp(const QUrl &url, const QString &reason);

private:
    struct Delivery
    {
        QUrl url;
        QByteArray body;
        Headers headers;
        int attempt = 0; // attempts made so far
    };

    void attempt(Delivery delivery);
    void settle(QNetworkReply *reply, Delivery delivery);

    Options m_options;
    QNetworkAccessManager *m_network; // child
    qint64 m_sent = 0;
    qint64 m_failed = 0;
    qint64 m_retried = 0;
    int m_pending = 0;
    bool m_closing = false;
};

} // namespace Sandbox
