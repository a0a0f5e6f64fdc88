// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeGhl: the three ways to list contacts (search, deprecated list, business list).
#include "fakeghl.h"

#include "ghlcontactsearch.h"
#include "ghlerrors.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

constexpr int MaxPageLimit = 500;
constexpr int MaxStandardWindow = 10000;
constexpr int MaxListLimit = 100;

// List and search items name the contact in contactName (research §3.3).
QJsonObject listItem(const GhlContactStore::Record &record)
{
    QJsonObject item = record.json;
    const QString name = record.json.value(u"fullNameLowerCase"_s).toString();
    if (!name.isEmpty()) {
        item.insert(u"contactName"_s, name);
    }
    return item;
}

// An integer query parameter: `fallback` when absent, -1 when not a number.
int intParam(const HttpRequest &request, const QString &name, int fallback)
{
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (text.isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? value : -1;
}

} // namespace

HttpResponse FakeGhl::searchContacts(const HttpRequest &request)
{
    bool ok = false;
    const QJsonObject body = request.jsonObject(&ok);
    if (!ok) {
        return GhlErrors::badRequest(u"Unexpected token in JSON body"_s);
    }
    QStringList errors
        = GhlErrors::unknownProperties(body,
                                       {u"locationId"_s, u"pageLimit"_s, u"page"_s,
                                        u"searchAfter"_s, u"filters"_s, u"sort"_s, u"query"_s});
    if (body.value(u"locationId"_s).toString().isEmpty()) {
        errors.append(u"locationId should not be empty"_s);
    }
    const QJsonValue limitValue = body.value(u"pageLimit"_s);
    const int pageLimit = limitValue.toInt(-1);
    if (!limitValue.isDouble()) {
        errors.append(u"pageLimit must be a number conforming to the specified constraints"_s);
    } else if (pageLimit > MaxPageLimit) {
        errors.append(u"pageLimit must not be greater than %1"_s.arg(MaxPageLimit));
    } else if (pageLimit < 1) {
        errors.append(u"pageLimit must not be less than 1"_s);
    }
    const int page = body.value(u"page"_s).toInt(1);
    if (body.contains(u"page"_s) && (!body.value(u"page"_s).isDouble() || page < 1)) {
        errors.append(u"page must not be less than 1"_s);
    }
    const QJsonArray searchAfter = body.value(u"searchAfter"_s).toArray();
    if (body.contains(u"searchAfter"_s) && searchAfter.size() < 2) {
        errors.append(u"searchAfter must contain at least 2 elements"_s);
    }
    GhlContactSearch::Query query;
    errors += GhlContactSearch::parse(body, &query);
    if (!errors.isEmpty()) {
        return GhlErrors::unprocessable(errors);
    }
    // Unverified wording: the documented rules are "max 10,000 records with page" and "do not
    // combine searchAfter with page" (research §4), not the exact messages.
    if (body.contains(u"page"_s) && body.contains(u"searchAfter"_s)) {
        return GhlErrors::unprocessable({u"page and searchAfter cannot be used together"_s});
    }
    if (qint64(page) * pageLimit > MaxStandardWindow) {
        return GhlErrors::unprocessable(
            {u"page * pageLimit must not exceed %1; use searchAfter to read further"_s.arg(
                MaxStandardWindow)});
    }
    const GhlContactSearch::Page result
        = GhlContactSearch(m_contacts)
              .run(query, searchAfter, qsizetype(page - 1) * pageLimit, pageLimit);
    QJsonArray contacts;
    for (const GhlContactStore::Record *record : result.items) {
        QJsonObject item = listItem(*record);
        item.insert(u"searchAfter"_s, GhlContactSearch::cursorOf(*record, query));
        contacts.append(item);
    }
    return GhlErrors::reply(200, {{u"contacts"_s, contacts}, {u"total"_s, result.total}});
}

HttpResponse FakeGhl::listContacts(const HttpRequest &request)
{
    if (request.query.queryItemValue(u"locationId"_s).isEmpty()) {
        return GhlErrors::unprocessable({u"locationId should not be empty"_s});
    }
    const int limit = intParam(request, u"limit"_s, 20);
    if (limit < 1 || limit > MaxListLimit) {
        return GhlErrors::unprocessable({u"limit must not be greater than 100"_s});
    }
    GhlContactSearch::Query query; // newest dateAdded first
    query.text = request.query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    const QString startAfter = request.query.queryItemValue(u"startAfter"_s);
    const QString startAfterId = request.query.queryItemValue(u"startAfterId"_s);
    // The real endpoint ignores a cursor unless both halves are given and then repeats the
    // first page (Pipedream #21941, research §4); clients that send only one loop forever.
    QJsonArray cursor;
    if (!startAfter.isEmpty() && !startAfterId.isEmpty()) {
        cursor = {startAfter.toDouble(), startAfterId};
    }
    const GhlContactSearch::Page result = GhlContactSearch(m_contacts).run(query, cursor, 0, limit);
    QJsonArray contacts;
    for (const GhlContactStore::Record *record : result.items) {
        contacts.append(listItem(*record));
    }
    const int currentPage = int(result.offset / limit) + 1;
    const bool more = result.offset + result.items.size() < result.total;
    QJsonObject meta {{u"total"_s, result.total},
                      {u"currentPage"_s, currentPage},
                      {u"nextPage"_s, more ? QJsonValue(currentPage + 1) : QJsonValue()},
                      {u"prevPage"_s, currentPage > 1 ? QJsonValue(currentPage - 1) : QJsonValue()},
                      {u"nextPageUrl"_s, QJsonValue()}};
    if (!result.items.isEmpty()) {
        const GhlContactStore::Record *last = result.items.last();
        const QString lastId = last->json.value(u"id"_s).toString();
        meta.insert(u"startAfterId"_s, lastId);
        meta.insert(u"startAfter"_s, double(last->addedMs));
        if (more) {
            QUrlQuery next;
            next.addQueryItem(u"locationId"_s, request.query.queryItemValue(u"locationId"_s));
            if (request.query.hasQueryItem(u"limit"_s)) {
                next.addQueryItem(u"limit"_s, QString::number(limit));
            }
            if (!query.text.isEmpty()) {
                next.addQueryItem(u"query"_s, query.text);
            }
            next.addQueryItem(u"startAfter"_s, QString::number(last->addedMs));
            next.addQueryItem(u"startAfterId"_s, lastId);
            meta.insert(u"nextPageUrl"_s,
                        QString(baseUrl().toString() + u"/contacts/?"_s
                                + next.toString(QUrl::FullyEncoded)));
        }
    }
    return GhlErrors::reply(200, {{u"contacts"_s, contacts}, {u"meta"_s, meta}});
}

HttpResponse FakeGhl::listBusinessContacts(const HttpRequest &request)
{
    if (request.query.queryItemValue(u"locationId"_s).isEmpty()) {
        return GhlErrors::unprocessable({u"locationId should not be empty"_s});
    }
    const int limit = intParam(request, u"limit"_s, 25);
    const int skip = intParam(request, u"skip"_s, 0);
    if (limit < 1 || skip < 0) {
        return GhlErrors::unprocessable({u"limit and skip must be non-negative integers"_s});
    }
    GhlContactSearch::Query query;
    query.businessId = request.args.value(0);
    query.text = request.query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    const GhlContactSearch::Page result = GhlContactSearch(m_contacts).run(query, {}, skip, limit);
    QJsonArray contacts;
    for (const GhlContactStore::Record *record : result.items) {
        contacts.append(listItem(*record));
    }
    return GhlErrors::reply(200, {{u"contacts"_s, contacts}, {u"count"_s, result.total}});
}

} // namespace Sandbox
