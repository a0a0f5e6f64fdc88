// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/ghlclient.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <functional>

namespace Api {

// Reads every contact of a location, page after page: with POST /contacts/search and its
// searchAfter cursor (works past the 10,000-record window of page numbers), or with the
// deprecated GET /contacts/ and its startAfter + startAfterId cursor. Between pages it checks
// the cancel flag; it stops with an error instead of looping when the server hands back a page
// it already sent (the "repeats page 1" trap). finished() comes exactly once, asynchronously.
// Lives in the thread of its GhlClient; the client must outlive it.
class GhlContactWalker final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        const std::atomic<bool> *cancel = nullptr; // set from any thread to stop between pages
        // Each page as it arrives; when set, contacts() stays empty (the caller keeps them).
        std::function<void(const QList<Ghl::Contact> &page)> onPage;
        std::function<void(qint64 fetched, qint64 total)> onProgress;
    };

    // Tries per search page (see walkSearch()).
    static constexpr int PageAttempts = 8;

    GhlContactWalker(GhlClient &client, Options options, QObject *parent = nullptr);

    // Starts the walk; call one of them once.
    void walkSearch(GhlClient::SearchQuery query);
    void walkList(int limit = GhlClient::MaxListLimit);

    // Stops now: finished() reports Cancelled.
    void abort();

    // After finished(): the outcome, the contacts (unless Options::onPage took them), counts.
    [[nodiscard]] const Status &result() const { return m_result; }
    [[nodiscard]] const QList<Ghl::Contact> &contacts() const { return m_contacts; }
    [[nodiscard]] qint64 fetched() const { return m_fetched; }
    [[nodiscard]] int pages() const { return m_pages; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // True when `page` holds a contact an earlier page already delivered (`seen`).
    [[nodiscard]] static bool repeatsEarlierPage(const QList<Ghl::Contact> &page,
                                                 const QSet<QString> &seen);

Q_SIGNALS:
    void finished();

private:
    void requestSearchPage();
    void requestListPage();
    // Records a page; false when the walk had to stop (error or cancel) and finished.
    bool takePage(const QList<Ghl::Contact> &page, qint64 total);
    [[nodiscard]] bool cancelRequested() const;
    void finish(Status status);

    GhlClient &m_client;
    Options m_options;
    GhlClient::SearchQuery m_query;
    GhlClient::ListCursor m_cursor;
    int m_limit = 0;
    QPointer<ApiCall> m_call;
    QSet<QString> m_seen;
    QList<Ghl::Contact> m_contacts;
    qint64 m_fetched = 0;
    int m_pages = 0;
    bool m_finished = false;
    Status m_result = success();
};

} // namespace Api
