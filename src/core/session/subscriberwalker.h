// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailerlite/subscriber.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Api {
class ApiCall;
class MailerLiteClient;
} // namespace Api

namespace Session {

// Reads every MailerLite Classic subscriber of every type: it counts each type first (GET
// /subscribers/count?type=..., which gives the total for a progress display and lets empty
// types be skipped), then lists each type in pages (GET /subscribers?type=...&offset&limit).
// Types are listed one after the other; a subscriber that changes type during the walk is
// delivered once. finished() comes exactly once, asynchronously. Lives in the thread of its
// client; the client must outlive it.
class SubscriberWalker final : public QObject
{
    Q_OBJECT

public:
    // Classic documents no maximum page size, only a server timeout for large answers; a
    // thousand is the page proven in practice (n8n's Classic node), ten times the default.
    static constexpr int PageSize = 1000;

    using PageHandler
        = std::function<void(const QList<MailerLite::Subscriber> &page, qint64 total)>;

    SubscriberWalker(Api::MailerLiteClient &client, PageHandler onPage, QObject *parent = nullptr);

    // The types Classic knows; each is listed on its own because an untyped list is not
    // documented to include all of them.
    [[nodiscard]] static QStringList types();

    // Starts the walk; call once.
    void start();
    // Stops now: finished() reports Cancelled.
    void abort();

    [[nodiscard]] const Status &result() const { return m_result; }
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] qint64 fetched() const { return m_fetched; }
    [[nodiscard]] int requests() const { return m_requests; }

Q_SIGNALS:
    void finished();

private:
    void countTypes();
    void listNextType();
    void requestPage();
    void finish(Status status);

    Api::MailerLiteClient &m_client;
    PageHandler m_onPage;
    QList<QPointer<Api::ApiCall>> m_calls;
    QStringList m_pendingTypes; // types still to list, in order
    QString m_type;
    int m_offset = 0;
    qint64 m_total = 0;
    qint64 m_fetched = 0;
    int m_requests = 0;
    QSet<qint64> m_seen;
    bool m_finished = false;
    Status m_result = success();
};

} // namespace Session
