// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghlcontactsearch.h"

#include "ghlcontactfields.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const QStringList &operators()
{
    static const QStringList ops {u"eq"_s,     u"not_eq"_s,     u"contains"_s, u"not_contains"_s,
                                  u"exists"_s, u"not_exists"_s, u"range"_s};
    return ops;
}

bool isDateField(const QString &field)
{
    return field == u"dateAdded" || field == u"dateUpdated";
}

// The value a filter or sort looks at; search-only names map onto the stored fields.
QJsonValue fieldValue(const GhlContactStore::Record &record, const QString &field)
{
    if (field.startsWith(u"customFields.") || field.startsWith(u"customField.")) {
        const QString id = field.mid(field.indexOf(u'.') + 1);
        for (const QJsonValue &item : record.json.value(u"customFields"_s).toArray()) {
            if (item.toObject().value(u"id"_s).toString() == id) {
                return item.toObject().value(u"value"_s);
            }
        }
        return {};
    }
    if (field == u"contactName") {
        return record.json.value(u"fullNameLowerCase"_s);
    }
    if (field == u"address") {
        return record.json.value(u"address1"_s);
    }
    return record.json.value(field);
}

QString text(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool() ? u"true"_s : u"false"_s;
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    return value.toString();
}

bool isEmpty(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

// eq on a list (tags, multi-select values) means "has one of these"; contains on a list too, as
// tag filters use both operators for membership. On scalars contains is a substring test.
bool compare(const QJsonValue &actual, const QJsonValue &wanted, bool substring)
{
    const QJsonArray wantedList = wanted.isArray() ? wanted.toArray() : QJsonArray {wanted};
    if (actual.isArray()) {
        for (const QJsonValue &item : actual.toArray()) {
            for (const QJsonValue &w : wantedList) {
                if (text(item).compare(text(w), Qt::CaseInsensitive) == 0) {
                    return true;
                }
            }
        }
        return false;
    }
    const QString have = text(actual);
    for (const QJsonValue &w : wantedList) {
        if (substring ? have.contains(text(w), Qt::CaseInsensitive)
                      : have.compare(text(w), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool inRange(const QJsonValue &actual, const QJsonObject &range, bool date)
{
    const auto number = [date](const QJsonValue &v) {
        return date ? double(GhlContactFields::toMillis(v)) : v.toDouble();
    };
    if (isEmpty(actual)) {
        return false;
    }
    const double have = number(actual);
    return (!range.contains(u"gt"_s) || have > number(range.value(u"gt"_s)))
        && (!range.contains(u"gte"_s) || have >= number(range.value(u"gte"_s)))
        && (!range.contains(u"lt"_s) || have < number(range.value(u"lt"_s)))
        && (!range.contains(u"lte"_s) || have <= number(range.value(u"lte"_s)));
}

QStringList checkFilters(const QJsonArray &filters, const QString &path)
{
    QStringList errors;
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QJsonObject filter = filters.at(i).toObject();
        const QString at = u"%1.%2"_s.arg(path).arg(i);
        if (filter.contains(u"group"_s)) {
            const QString group = filter.value(u"group"_s).toString();
            if (group != u"AND" && group != u"OR") {
                errors.append(at + u".group must be one of the following values: AND, OR"_s);
            }
            errors += checkFilters(filter.value(u"filters"_s).toArray(), at + u".filters"_s);
            continue;
        }
        if (filter.value(u"field"_s).toString().isEmpty()) {
            errors.append(at + u".field should not be empty"_s);
        }
        const QString op = filter.value(u"operator"_s).toString();
        if (!operators().contains(op)) {
            errors.append(at + u".operator must be one of the following values: "_s
                          + operators().join(u", "_s));
        } else if (op == u"range" && !filter.value(u"value"_s).isObject()) {
            errors.append(at + u".value must be an object with gt, gte, lt or lte"_s);
        }
    }
    return errors;
}

} // namespace

GhlContactSearch::GhlContactSearch(const GhlContactStore &store)
    : m_store(store)
{ }

QStringList GhlContactSearch::parse(const QJsonObject &body, Query *query)
{
    QStringList errors;
    query->filters = body.value(u"filters"_s).toArray();
    if (body.contains(u"filters"_s) && !body.value(u"filters"_s).isArray()) {
        errors.append(u"filters must be an array"_s);
    }
    errors += checkFilters(query->filters, u"filters"_s);
    query->text = body.value(u"query"_s).toString();
    if (query->text.size() > 75) {
        errors.append(u"query must be shorter than or equal to 75 characters"_s);
    }
    const QJsonArray sort = body.value(u"sort"_s).toArray();
    if (sort.size() > 2) {
        errors.append(u"sort must contain no more than 2 elements"_s);
    }
    // Only the first sort key orders the results; the id breaks ties, as the cursor shows.
    if (!sort.isEmpty()) {
        const QJsonObject first = sort.first().toObject();
        query->sortField = first.value(u"field"_s).toString();
        const QString direction = first.value(u"direction"_s).toString(u"desc"_s);
        if (direction != u"asc" && direction != u"desc") {
            errors.append(u"sort.0.direction must be one of the following values: asc, desc"_s);
        }
        query->descending = direction == u"desc";
        if (query->sortField.isEmpty()) {
            errors.append(u"sort.0.field should not be empty"_s);
        }
    }
    return errors;
}

GhlContactSearch::SortKey GhlContactSearch::keyOf(const GhlContactStore::Record &record,
                                                  const Query &query)
{
    SortKey key;
    key.id = record.json.value(u"id"_s).toString();
    if (query.sortField == u"dateAdded") {
        key.number = record.addedMs;
    } else if (query.sortField == u"dateUpdated") {
        key.number = record.updatedMs;
    } else {
        key.text = text(fieldValue(record, query.sortField)).toLower();
    }
    return key;
}

bool GhlContactSearch::less(const SortKey &a, const SortKey &b, bool numeric)
{
    if (numeric && a.number != b.number) {
        return a.number < b.number;
    }
    if (!numeric && a.text != b.text) {
        return a.text < b.text;
    }
    return a.id < b.id;
}

QJsonArray GhlContactSearch::cursorOf(const GhlContactStore::Record &record, const Query &query)
{
    const SortKey key = keyOf(record, query);
    if (isDateField(query.sortField)) {
        return {double(key.number), key.id};
    }
    return {key.text, key.id};
}

bool GhlContactSearch::matchesFilter(const GhlContactStore::Record &record,
                                     const QJsonObject &filter)
{
    if (filter.contains(u"group"_s)) {
        const bool any = filter.value(u"group"_s).toString() == u"OR";
        for (const QJsonValue &sub : filter.value(u"filters"_s).toArray()) {
            if (matchesFilter(record, sub.toObject()) == any) {
                return any;
            }
        }
        return !any;
    }
    const QString field = filter.value(u"field"_s).toString();
    const QString op = filter.value(u"operator"_s).toString();
    const QJsonValue actual = fieldValue(record, field);
    const QJsonValue wanted = filter.value(u"value"_s);
    if (op == u"exists" || op == u"not_exists") {
        return isEmpty(actual) == (op == u"not_exists");
    }
    if (op == u"range") {
        return inRange(actual, wanted.toObject(), isDateField(field));
    }
    const bool substring = op.endsWith(u"contains");
    const bool result = !isEmpty(actual) && compare(actual, wanted, substring);
    return op.startsWith(u"not_") ? !result : result;
}

bool GhlContactSearch::matches(const GhlContactStore::Record &record, const Query &query)
{
    if (!query.businessId.isEmpty()
        && record.json.value(u"businessId"_s).toString() != query.businessId) {
        return false;
    }
    for (const QJsonValue &filter : query.filters) {
        if (!matchesFilter(record, filter.toObject())) {
            return false;
        }
    }
    if (query.text.isEmpty()) {
        return true;
    }
    // Free text searches name, email, phone, company and tags (as the v1 docs list them).
    for (const auto &field :
         {u"fullNameLowerCase"_s, u"email"_s, u"phone"_s, u"companyName"_s, u"tags"_s}) {
        if (compare(record.json.value(field), query.text, true)) {
            return true;
        }
    }
    return false;
}

GhlContactSearch::Page GhlContactSearch::run(const Query &query, const QJsonArray &searchAfter,
                                             qsizetype offset, qsizetype limit) const
{
    // Narrow to a top-level date range when there is one; otherwise scan in dateAdded order.
    QString scanField = isDateField(query.sortField) ? query.sortField : u"dateAdded"_s;
    qint64 low = std::numeric_limits<qint64>::min();
    qint64 high = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : query.filters) {
        const QJsonObject filter = value.toObject();
        const QString field = filter.value(u"field"_s).toString();
        if (filter.value(u"operator"_s).toString() != u"range" || !isDateField(field)) {
            continue;
        }
        const QJsonObject range = filter.value(u"value"_s).toObject();
        scanField = field;
        if (range.contains(u"gt"_s)) {
            low = GhlContactFields::toMillis(range.value(u"gt"_s)) + 1;
        }
        if (range.contains(u"gte"_s)) {
            low = GhlContactFields::toMillis(range.value(u"gte"_s));
        }
        if (range.contains(u"lt"_s)) {
            high = GhlContactFields::toMillis(range.value(u"lt"_s)) - 1;
        }
        if (range.contains(u"lte"_s)) {
            high = GhlContactFields::toMillis(range.value(u"lte"_s));
        }
        break;
    }
    const std::set<GhlContactStore::Key> &index
        = scanField == u"dateUpdated" ? m_store.byUpdated() : m_store.byAdded();

    struct Entry
    {
        SortKey key;
        const GhlContactStore::Record *record; // looked up late when nothing needs the JSON
    };
    // Without filters and with the scan in sort order, the index entries are the answer: no
    // record or JSON is touched until the page is cut (this keeps full scans of 100k cheap).
    const bool check = !query.filters.isEmpty() || !query.text.isEmpty()
        || !query.businessId.isEmpty() || scanField != query.sortField;
    std::vector<Entry> entries;
    for (auto it = index.lower_bound({low, QString()}); it != index.end() && it->first <= high;
         ++it) {
        if (!check) {
            entries.push_back({SortKey {it->first, QString(), it->second}, nullptr});
            continue;
        }
        const GhlContactStore::Record *record = m_store.find(it->second);
        if (record && matches(*record, query)) {
            entries.push_back({scanField == query.sortField
                                   ? SortKey {it->first, QString(), it->second}
                                   : keyOf(*record, query),
                               record});
        }
    }
    const bool numeric = isDateField(query.sortField);
    const auto ascending = [numeric](const Entry &a, const Entry &b) {
        return less(a.key, b.key, numeric);
    };
    if (scanField != query.sortField) {
        std::sort(entries.begin(), entries.end(), ascending);
    }
    if (query.descending) {
        std::reverse(entries.begin(), entries.end());
    }

    Page page;
    page.total = qsizetype(entries.size());
    qsizetype start = std::min(offset, page.total);
    if (searchAfter.size() >= 2) {
        SortKey cursor;
        cursor.id = searchAfter.at(1).toString();
        cursor.number = numeric ? GhlContactFields::toMillis(searchAfter.at(0)) : 0;
        cursor.text = numeric ? QString() : text(searchAfter.at(0)).toLower();
        const auto notAfter = [&](const Entry &e) {
            return query.descending ? !less(e.key, cursor, numeric) : !less(cursor, e.key, numeric);
        };
        start = qsizetype(std::partition_point(entries.begin(), entries.end(), notAfter)
                          - entries.begin());
    }
    page.offset = start;
    for (qsizetype i = start; i < page.total && i < start + limit; ++i) {
        const Entry &entry = entries[size_t(i)];
        page.items.append(entry.record ? entry.record : m_store.find(entry.key.id));
    }
    return page;
}

} // namespace Sandbox
