// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GhlClient: the three ways to list contacts (search, the deprecated list, business contacts).
#include "ghl/ghlclient.h"

#include "ghl/ghlclientparse.h"
#include "ghl/ghlerrors.h"
#include "util/jsonfields.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

QJsonObject rangeFilter(const QString &field, const QDateTime &from, const QDateTime &to)
{
    QJsonObject range;
    if (from.isValid()) {
        range.insert(u"gte"_s, JsonFields::isoString(from));
    }
    if (to.isValid()) {
        range.insert(u"lte"_s, JsonFields::isoString(to));
    }
    return {{u"field"_s, field}, {u"operator"_s, u"range"_s}, {u"value"_s, range}};
}

QJsonObject eqFilter(const QString &field, const QString &value)
{
    return {{u"field"_s, field}, {u"operator"_s, u"eq"_s}, {u"value"_s, value}};
}

} // namespace

QJsonObject GhlClient::SearchQuery::toJson(const QString &defaultLocation) const
{
    QJsonArray filters;
    if (updatedFrom.isValid() || updatedTo.isValid()) {
        filters.append(rangeFilter(u"dateUpdated"_s, updatedFrom, updatedTo));
    }
    if (addedFrom.isValid() || addedTo.isValid()) {
        filters.append(rangeFilter(u"dateAdded"_s, addedFrom, addedTo));
    }
    if (tags.size() == 1) {
        filters.append(eqFilter(u"tags"_s, tags.first()));
    } else if (tags.size() > 1) {
        // One eq per tag in an OR group: the documented way to say "any of these".
        QJsonArray anyTag;
        for (const QString &tag : tags) {
            anyTag.append(eqFilter(u"tags"_s, tag));
        }
        filters.append(QJsonObject {{u"group"_s, u"OR"_s}, {u"filters"_s, anyTag}});
    }
    if (!email.isEmpty()) {
        filters.append(eqFilter(u"email"_s, email));
    }
    QJsonObject body {{u"locationId"_s, locationId.isEmpty() ? defaultLocation : locationId},
                      {u"pageLimit"_s, std::clamp(pageLimit, 1, MaxSearchPageLimit)}};
    if (!filters.isEmpty()) {
        body.insert(u"filters"_s, filters);
    }
    if (!sortField.isEmpty()) {
        body.insert(u"sort"_s,
                    QJsonArray {QJsonObject {{u"field"_s, sortField},
                                             {u"direction"_s, descending ? u"desc"_s : u"asc"_s}}});
    }
    // searchAfter, never page: page stops at 10,000 records (research §4).
    if (!searchAfter.isEmpty()) {
        body.insert(u"searchAfter"_s, searchAfter);
    }
    return body;
}

ApiCall *GhlClient::searchContacts(const SearchQuery &query, QObject *context, Callback<Page> done)
{
    Request r {"POST",
               u"/contacts/search"_s,
               u"/contacts/search"_s,
               {},
               QJsonDocument(query.toJson(m_config.locationId)),
               QString::fromLatin1(GhlErrors::ScopeContactsRead),
               {}};
    r.options.idempotent = true; // a read, although it is a POST
    r.options.maxAttempts = query.maxAttempts;
    return call<Page>(
        r, context,
        [](const QJsonObject &object) -> Result<Page> {
            Result<QList<Ghl::Contact>> contacts
                = GhlParse::listIn<Ghl::Contact>(object, u"contacts"_s);
            if (!contacts.ok()) {
                return contacts.error();
            }
            Page page;
            page.contacts = std::move(contacts).value();
            page.total = JsonFields::integer(object, "total"_L1);
            if (!page.contacts.isEmpty()) {
                page.nextSearchAfter = page.contacts.last().raw().value(u"searchAfter"_s).toArray();
            }
            return page;
        },
        std::move(done));
}

ApiCall *GhlClient::listContacts(const ListCursor &cursor, int limit, QObject *context,
                                 Callback<ListPage> done)
{
    QUrlQuery query;
    query.addQueryItem(u"locationId"_s, m_config.locationId);
    query.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, MaxListLimit)));
    if (!cursor.isStart()) {
        // Both halves, always: with startAfter alone the server repeats page 1.
        query.addQueryItem(u"startAfter"_s, QString::number(cursor.startAfter));
        query.addQueryItem(u"startAfterId"_s, cursor.startAfterId);
    }
    Request r {"GET",
               u"/contacts/"_s,
               u"/contacts/"_s,
               query,
               {},
               QString::fromLatin1(GhlErrors::ScopeContactsRead),
               {}};
    return call<ListPage>(
        r, context,
        [](const QJsonObject &object) -> Result<ListPage> {
            Result<QList<Ghl::Contact>> contacts
                = GhlParse::listIn<Ghl::Contact>(object, u"contacts"_s);
            if (!contacts.ok()) {
                return contacts.error();
            }
            const QJsonObject meta = object.value(u"meta"_s).toObject();
            ListPage page;
            page.contacts = std::move(contacts).value();
            page.total = JsonFields::integer(meta, "total"_L1);
            page.next.startAfter = JsonFields::integer(meta, "startAfter"_L1, -1);
            page.next.startAfterId = JsonFields::string(meta, "startAfterId"_L1);
            page.hasMore = !JsonFields::string(meta, "nextPageUrl"_L1).isEmpty();
            return page;
        },
        std::move(done));
}

ApiCall *GhlClient::businessContacts(const QString &businessId, int limit, int skip,
                                     QObject *context, Callback<BusinessPage> done)
{
    QUrlQuery query;
    query.addQueryItem(u"locationId"_s, m_config.locationId);
    query.addQueryItem(u"limit"_s, QString::number(std::max(1, limit)));
    query.addQueryItem(u"skip"_s, QString::number(std::max(0, skip)));
    Request r {"GET",
               u"/contacts/business/"_s + businessId,
               u"/contacts/business/{businessId}"_s,
               query,
               {},
               QString::fromLatin1(GhlErrors::ScopeContactsRead),
               {}};
    return call<BusinessPage>(
        r, context,
        [](const QJsonObject &object) -> Result<BusinessPage> {
            Result<QList<Ghl::Contact>> contacts
                = GhlParse::listIn<Ghl::Contact>(object, u"contacts"_s);
            if (!contacts.ok()) {
                return contacts.error();
            }
            return BusinessPage {std::move(contacts).value(),
                                 JsonFields::integer(object, "count"_L1)};
        },
        std::move(done));
}

} // namespace Api
