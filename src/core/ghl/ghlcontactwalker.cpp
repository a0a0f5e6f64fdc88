// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghl/ghlcontactwalker.h"

#include "log/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

// Search reports at most this many hits in some answers; a total of exactly this is treated as
// "at least", so the walk goes on until a short page instead of stopping early.
constexpr qint64 SearchTotalCap = 10'000;

Error repeatedPage()
{
    return Error {Error::Kind::Http,
                  GhlContactWalker::tr("GoHighLevel returned a page of contacts it had already "
                                       "sent. Listing was stopped to avoid an endless loop."),
                  u"pagination: a page repeated contacts of an earlier page"_s, 0};
}

} // namespace

GhlContactWalker::GhlContactWalker(GhlClient &client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{ }

bool GhlContactWalker::repeatsEarlierPage(const QList<Ghl::Contact> &page,
                                          const QSet<QString> &seen)
{
    return std::any_of(page.begin(), page.end(),
                       [&seen](const Ghl::Contact &c) { return seen.contains(c.id); });
}

void GhlContactWalker::walkSearch(GhlClient::SearchQuery query)
{
    m_query = std::move(query);
    m_query.pageLimit = std::clamp(m_query.pageLimit, 1, GhlClient::MaxSearchPageLimit);
    // Every contact of a walk comes through these pages and losing one ends the walk, so a
    // page gets more tries than a single request: with 25 % of answers failing at random
    // (5xx, dropped connections, cut bodies), 8 tries lose one page in 65,000 instead of one in
    // 1,000 with the usual 5.
    if (m_query.maxAttempts == 0) {
        m_query.maxAttempts = PageAttempts;
    }
    requestSearchPage();
}

void GhlContactWalker::walkList(int limit)
{
    m_limit = std::clamp(limit, 1, GhlClient::MaxListLimit);
    m_cursor = {};
    requestListPage();
}

void GhlContactWalker::abort()
{
    if (m_finished) {
        return;
    }
    if (m_call) {
        m_call->abort(); // its callback is guarded by m_finished below
    }
    finish(
        Error {Error::Kind::Cancelled, tr("Listing GoHighLevel contacts was cancelled."), {}, 0});
}

bool GhlContactWalker::cancelRequested() const
{
    return m_options.cancel && m_options.cancel->load();
}

void GhlContactWalker::requestSearchPage()
{
    if (cancelRequested()) {
        abort();
        return;
    }
    QPointer<GhlContactWalker> self(this);
    m_call = m_client.searchContacts(m_query, this, [self](Result<GhlClient::Page> result) {
        if (!self || self->m_finished) {
            return;
        }
        if (!result.ok()) {
            self->finish(result.error());
            return;
        }
        GhlClient::Page &page = result.value();
        const qsizetype size = page.contacts.size();
        if (!self->takePage(page.contacts, page.total)) {
            return;
        }
        const bool shortPage = size < self->m_query.pageLimit;
        const bool allSeen = page.total != SearchTotalCap && self->m_fetched >= page.total;
        if (size == 0 || shortPage || allSeen) {
            self->finish(success());
            return;
        }
        if (page.nextSearchAfter.isEmpty() || page.nextSearchAfter == self->m_query.searchAfter) {
            self->finish(Error {Error::Kind::Parse,
                                tr("GoHighLevel did not say where the next page of contacts "
                                   "starts."),
                                u"pagination: missing or unchanged searchAfter"_s, 0});
            return;
        }
        self->m_query.searchAfter = page.nextSearchAfter;
        self->requestSearchPage();
    });
}

void GhlContactWalker::requestListPage()
{
    if (cancelRequested()) {
        abort();
        return;
    }
    QPointer<GhlContactWalker> self(this);
    m_call = m_client.listContacts(m_cursor, m_limit, this,
                                   [self](Result<GhlClient::ListPage> result) {
                                       if (!self || self->m_finished) {
                                           return;
                                       }
                                       if (!result.ok()) {
                                           self->finish(result.error());
                                           return;
                                       }
                                       GhlClient::ListPage &page = result.value();
                                       const qsizetype size = page.contacts.size();
                                       if (!self->takePage(page.contacts, page.total)) {
                                           return;
                                       }
                                       if (size == 0 || size < self->m_limit || !page.hasMore
                                           || page.next.startAfterId.isEmpty()) {
                                           self->finish(success());
                                           return;
                                       }
                                       self->m_cursor = page.next;
                                       self->requestListPage();
                                   });
}

bool GhlContactWalker::takePage(const QList<Ghl::Contact> &page, qint64 total)
{
    if (repeatsEarlierPage(page, m_seen)) {
        qCWarning(lcApiGhl) << "page" << m_pages + 1 << "repeats contacts; stopping the walk";
        finish(repeatedPage());
        return false;
    }
    for (const Ghl::Contact &contact : page) {
        m_seen.insert(contact.id);
    }
    ++m_pages;
    m_fetched += page.size();
    if (m_options.onPage) {
        m_options.onPage(page);
    } else {
        m_contacts.append(page);
    }
    if (m_options.onProgress) {
        m_options.onProgress(m_fetched, total);
    }
    if (m_finished) {
        return false; // a page or progress handler aborted the walk
    }
    return true;
}

void GhlContactWalker::finish(Status status)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_result = std::move(status);
    qCDebug(lcApiGhl) << "contact walk finished after" << m_pages << "pages," << m_fetched
                      << "contacts";
    QMetaObject::invokeMethod(this, &GhlContactWalker::finished, Qt::QueuedConnection);
}

} // namespace Api
