// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghlcontactstore.h"

#include <QJsonArray>
#include <QStringList>

namespace Sandbox {

// The query engine behind POST /contacts/search, the deprecated GET /contacts/ and
// GET /contacts/business/:id: filters (eq, not_eq, contains, not_contains, exists, not_exists,
// range; AND/OR groups), free text, sort with an id tie-break and searchAfter cursors
// [sortValue, id]. A top-level date range narrows the scan through the store's ordered index,
// so incremental syncs do not touch every contact. Research: docs/research/GHL-API.md §4.
class GhlContactSearch final
{
public:
    struct Query
    {
        QString sortField = QStringLiteral("dateAdded");
        bool descending = true;
        QJsonArray filters;
        QString text;
        QString businessId; // only contacts of this business, when set
    };

    struct Page
    {
        QList<const GhlContactStore::Record *> items;
        qsizetype total = 0;
        qsizetype offset = 0; // position of the first item among all matches
    };

    explicit GhlContactSearch(const GhlContactStore &store);

    // Checks filters and sort of a search body and fills `query`; 422 messages when invalid.
    [[nodiscard]] static QStringList parse(const QJsonObject &body, Query *query);

    // The matches after `searchAfter` (when given) or from `offset`, at most `limit` of them.
    [[nodiscard]] Page run(const Query &query, const QJsonArray &searchAfter, qsizetype offset,
                           qsizetype limit) const;

    // The item's cursor: [sort value (epoch ms for dates), id].
    [[nodiscard]] static QJsonArray cursorOf(const GhlContactStore::Record &record,
                                             const Query &query);

private:
    struct SortKey
    {
        qint64 number = 0;
        QString text;
        QString id;
    };

    [[nodiscard]] static SortKey keyOf(const GhlContactStore::Record &record, const Query &query);
    [[nodiscard]] static bool less(const SortKey &a, const SortKey &b, bool numeric);
    [[nodiscard]] static bool matches(const GhlContactStore::Record &record, const Query &query);
    [[nodiscard]] static bool matchesFilter(const GhlContactStore::Record &record,
                                            const QJsonObject &filter);

    const GhlContactStore &m_store;
};

} // namespace Sandbox
