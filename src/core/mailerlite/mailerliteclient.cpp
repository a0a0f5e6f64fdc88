// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerlite/mailerliteclient.h"

#include "http/responseheaders.h"
#include "http/servererror.h"
#include "log/logging.h"
#include "mailerlite/mailerliteerrors.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

using namespace MailerLite;

struct BatchAnswer
{
    QJsonArray items;
    QDateTime windowReset;
    int windowLimit = 0;
};

// The path prefix batch sub-requests must carry.
constexpr auto BatchPathPrefix = "/api/v2";

Error unexpected(const QString &detail)
{
    return Error {Error::Kind::Parse,
                  QCoreApplication::translate(
                      "MailerLite", "MailerLite answered something that is not valid data."),
                  detail};
}

template<typename T>
Result<QList<T>> parseList(const QJsonDocument &doc)
{
    if (!doc.isArray()) {
        return unexpected(u"expected a JSON array"_s);
    }
    QList<T> list;
    const QJsonArray array = doc.array();
    list.reserve(array.size());
    for (const QJsonValue &value : array) {
        Result<T> item = T::fromJson(value.toObject());
        if (!item.ok()) {
            return item.error();
        }
        list.append(std::move(item).value());
    }
    return list;
}

template<typename T>
Result<T> parseObject(const QJsonDocument &doc)
{
    // Some endpoints answer a one-element array where an object is documented.
    if (doc.isArray() && doc.array().size() == 1) {
        return T::fromJson(doc.array().first().toObject());
    }
    if (!doc.isObject()) {
        return unexpected(u"expected a JSON object"_s);
    }
    return T::fromJson(doc.object());
}

Result<std::monostate> parseNothing(const QJsonDocument &, const ApiCall &)
{
    return std::monostate {};
}

QString segment(qint64 id)
{
    return QString::number(id);
}

} // namespace

HttpClient::Config MailerLiteClient::httpConfig(const QUrl &baseUrl,
                                                std::function<QByteArray()> apiKey)
{
    HttpClient::Config config;
    config.service = u"mailerlite"_s;
    config.baseUrl = baseUrl;
    config.credential = [apiKey = std::move(apiKey)] {
        return std::pair<QByteArray, QByteArray>("X-MailerLite-ApiKey", apiKey());
    };
    config.limits = RateLimiter::Limits::mailerLite();
    config.pacing = HttpClient::PacingScope::PerEndpoint;
    return config;
}

MailerLiteClient::MailerLiteClient(HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{ }

template<typename T, typename Parse>
ApiCall *MailerLiteClient::request(const QByteArray &method, const QString &path,
                                   const QString &endpoint, const QUrlQuery &query,
                                   const QJsonDocument &body, bool idempotent, QObject *context,
                                   Parse parse, Callback<T> done)
{
    RequestOptions options;
    options.endpoint = endpoint;
    options.idempotent = idempotent;
    ApiCall *call = m_http.send(method, path, query, body, options, context);
    return deliver<T>(call, context, std::move(parse), &explainError, std::move(done));
}

ApiCall *MailerLiteClient::me(QObject *context, Callback<Account> done)
{
    return request<Account>(
        "GET", u"/me"_s, u"/me"_s, {}, {}, true, context,
        [](const QJsonDocument &doc, const ApiCall &) -> Result<Account> {
            const Account account = Account::fromJson(doc.object());
            if (account.email.isEmpty() && account.id == 0) {
                return unexpected(u"GET /me without an account"_s);
            }
            return account;
        },
        std::move(done));
}

ApiCall *MailerLiteClient::listSubscribers(int offset, int limit, const QString &type,
                                           QObject *context, Callback<QList<Subscriber>> done)
{
    QUrlQuery query {{u"offset"_s, QString::number(offset)}, {u"limit"_s, QString::number(limit)}};
    if (!type.isEmpty()) {
        query.addQueryItem(u"type"_s, type);
    }
    return request<QList<Subscriber>>(
        "GET", u"/subscribers"_s, u"/subscribers"_s, query, {}, true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseList<Subscriber>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::countSubscribers(const QString &type, QObject *context,
                                            Callback<qint64> done)
{
    QUrlQuery query;
    if (!type.isEmpty()) {
        query.addQueryItem(u"type"_s, type);
    }
    return request<qint64>(
        "GET", u"/subscribers/count"_s, u"/subscribers/count"_s, query, {}, true, context,
        [](const QJsonDocument &doc, const ApiCall &) -> Result<qint64> {
            if (!doc.object().value("count"_L1).isDouble()) {
                return unexpected(u"count missing"_s);
            }
            return doc.object().value("count"_L1).toInteger();
        },
        std::move(done));
}

ApiCall *MailerLiteClient::getSubscriber(const QString &idOrEmail, QObject *context,
                                         Callback<Subscriber> done)
{
    return request<Subscriber>(
        "GET", u"/subscribers/"_s + idOrEmail, u"/subscribers/{id}"_s, {}, {}, true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseObject<Subscriber>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::upsertSubscriber(const SubscriberInput &input, QObject *context,
                                            Callback<Subscriber> done)
{
    // An upsert by email: sending it twice leaves the same state, so it may be retried.
    return request<Subscriber>(
        "POST", u"/subscribers"_s, u"/subscribers"_s, {}, QJsonDocument(input.toCreateJson()), true,
        context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseObject<Subscriber>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::updateSubscriber(const QString &idOrEmail,
                                            const SubscriberInput &changes, QObject *context,
                                            Callback<Subscriber> done)
{
    return request<Subscriber>(
        "PUT", u"/subscribers/"_s + idOrEmail, u"/subscribers/{id}"_s, {},
        QJsonDocument(changes.toUpdateJson()), true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseObject<Subscriber>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::deleteSubscriber(const QString &idOrEmail, QObject *context,
                                            Callback<std::monostate> done)
{
    return request<std::monostate>("DELETE", u"/subscribers/"_s + idOrEmail, u"/subscribers/{id}"_s,
                                   {}, {}, true, context, &parseNothing, std::move(done));
}

ApiCall *MailerLiteClient::searchSubscribers(const QString &query, int offset, int limit,
                                             QObject *context, Callback<QList<Subscriber>> done)
{
    const QUrlQuery q {{u"query"_s, query},
                       {u"offset"_s, QString::number(offset)},
                       {u"limit"_s, QString::number(limit)}};
    return request<QList<Subscriber>>(
        "GET", u"/subscribers/search"_s, u"/subscribers/search"_s, q, {}, true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseList<Subscriber>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::subscriberGroups(const QString &idOrEmail, QObject *context,
                                            Callback<QList<Group>> done)
{
    return request<QList<Group>>(
        "GET", u"/subscribers/"_s + idOrEmail + u"/groups"_s, u"/subscribers/{id}/groups"_s, {}, {},
        true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseList<Group>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::listGroups(QObject *context, Callback<QList<Group>> done)
{
    // No pagination cap is documented; 10,000 groups is far past any real account.
    const QUrlQuery query {{u"limit"_s, u"10000"_s}};
    return request<QList<Group>>(
        "GET", u"/groups"_s, u"/groups"_s, query, {}, true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseList<Group>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::getGroup(qint64 groupId, QObject *context, Callback<Group> done)
{
    return request<Group>(
        "GET", u"/groups/"_s + segment(groupId), u"/groups/{id}"_s, {}, {}, true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseObject<Group>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::createGroup(const QString &name, QObject *context, Callback<Group> done)
{
    // Not idempotent: a retry could make a second group with the same name.
    return request<Group>(
        "POST", u"/groups"_s, u"/groups"_s, {}, QJsonDocument(QJsonObject {{"name"_L1, name}}),
        false, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseObject<Group>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::renameGroup(qint64 groupId, const QString &name, QObject *context,
                                       Callback<Group> done)
{
    return request<Group>(
        "PUT", u"/groups/"_s + segment(groupId), u"/groups/{id}"_s, {},
        QJsonDocument(QJsonObject {{"name"_L1, name}}), true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseObject<Group>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::deleteGroup(qint64 groupId, QObject *context,
                                       Callback<std::monostate> done)
{
    return request<std::monostate>("DELETE", u"/groups/"_s + segment(groupId), u"/groups/{id}"_s,
                                   {}, {}, true, context, &parseNothing, std::move(done));
}

ApiCall *MailerLiteClient::groupSubscribers(qint64 groupId, const QString &type, int offset,
                                            int limit, QObject *context,
                                            Callback<QList<Subscriber>> done)
{
    const QUrlQuery query {{u"offset"_s, QString::number(offset)},
                           {u"limit"_s, QString::number(limit)}};
    const QString base = u"/groups/"_s + segment(groupId) + u"/subscribers"_s;
    const bool typed = !type.isEmpty();
    return request<QList<Subscriber>>(
        "GET", typed ? base + u'/' + type : base,
        typed ? u"/groups/{id}/subscribers/{type}"_s : u"/groups/{id}/subscribers"_s, query, {},
        true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseList<Subscriber>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::addToGroup(qint64 groupId, const SubscriberInput &input,
                                      QObject *context, Callback<Subscriber> done)
{
    QJsonObject body = input.toCreateJson();
    // The single add defaults to sending the group's autoresponders; a sync must not trigger
    // emails as a side effect of bookkeeping.
    body.insert("autoresponders"_L1, false);
    return request<Subscriber>(
        "POST", u"/groups/"_s + segment(groupId) + u"/subscribers"_s, u"/groups/{id}/subscribers"_s,
        {}, QJsonDocument(body), true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseObject<Subscriber>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::removeFromGroup(qint64 groupId, const QString &idOrEmail,
                                           QObject *context, Callback<std::monostate> done)
{
    return request<std::monostate>(
        "DELETE", u"/groups/"_s + segment(groupId) + u"/subscribers/"_s + idOrEmail,
        u"/groups/{id}/subscribers/{subscriber}"_s, {}, {}, true, context, &parseNothing,
        std::move(done));
}

ApiCall *MailerLiteClient::importToGroup(qint64 groupId, const QList<SubscriberInput> &subscribers,
                                         bool resubscribe, QObject *context,
                                         Callback<ImportResult> done)
{
    QJsonArray items;
    for (const SubscriberInput &s : subscribers) {
        items.append(s.toImportJson());
    }
    const QJsonObject body {{"subscribers"_L1, items},
                            {"resubscribe"_L1, resubscribe},
                            {"autoresponders"_L1, false},
                            {"return_status"_L1, true}};
    // An import is an upsert by email: repeating it converges on the same state.
    return request<ImportResult>(
        "POST", u"/groups/"_s + segment(groupId) + u"/subscribers/import"_s,
        u"/groups/{id}/subscribers/import"_s, {}, QJsonDocument(body), true, context,
        [](const QJsonDocument &doc, const ApiCall &) -> Result<ImportResult> {
            if (!doc.isObject()) {
                return unexpected(u"import answer is not an object"_s);
            }
            return ImportResult::fromJson(doc.object());
        },
        std::move(done));
}

ApiCall *MailerLiteClient::listFields(QObject *context, Callback<QList<Field>> done)
{
    return request<QList<Field>>(
        "GET", u"/fields"_s, u"/fields"_s, {}, {}, true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseList<Field>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::createField(const QString &title, const QString &type, QObject *context,
                                       Callback<Field> done)
{
    return request<Field>(
        "POST", u"/fields"_s, u"/fields"_s, {},
        QJsonDocument(QJsonObject {{"title"_L1, title}, {"type"_L1, type}}), false, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseObject<Field>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::renameField(qint64 fieldId, const QString &title, QObject *context,
                                       Callback<Field> done)
{
    return request<Field>(
        "PUT", u"/fields/"_s + segment(fieldId), u"/fields/{id}"_s, {},
        QJsonDocument(QJsonObject {{"title"_L1, title}}), true, context,
        [](const QJsonDocument &doc, const ApiCall &) { return parseObject<Field>(doc); },
        std::move(done));
}

ApiCall *MailerLiteClient::deleteField(qint64 fieldId, QObject *context,
                                       Callback<std::monostate> done)
{
    return request<std::monostate>("DELETE", u"/fields/"_s + segment(fieldId), u"/fields/{id}"_s,
                                   {}, {}, true, context, &parseNothing, std::move(done));
}

void MailerLiteClient::batch(const QList<BatchRequest> &requests, QObject *context,
                             std::function<void(QList<BatchResult>)> done)
{
    struct Pending
    {
        QList<BatchResult> results;
        int chunksLeft = 0;
        std::function<void(QList<BatchResult>)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->results.resize(requests.size());
    pending->done = std::move(done);
    if (requests.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [pending] { pending->done({}); }, Qt::QueuedConnection);
        return;
    }
    pending->chunksLeft = int((requests.size() + MaxBatchSize - 1) / MaxBatchSize);
    for (qsizetype start = 0; start < requests.size(); start += MaxBatchSize) {
        const qsizetype count = std::min<qsizetype>(MaxBatchSize, requests.size() - start);
        QJsonArray items;
        bool idempotent = true;
        for (qsizetype i = start; i < start + count; ++i) {
            const BatchRequest &r = requests.at(i);
            QJsonObject item {{"method"_L1, QString::fromLatin1(r.method)},
                              {"path"_L1, QString(QLatin1StringView(BatchPathPrefix) + r.path)}};
            if (!r.body.isEmpty()) {
                item.insert("body"_L1, r.body);
            }
            items.append(item);
            idempotent = idempotent && r.idempotent;
        }
        request<BatchAnswer>(
            "POST", u"/batch"_s, u"/batch"_s, {},
            QJsonDocument(QJsonObject {{"requests"_L1, items}}), idempotent, context,
            [count](const QJsonDocument &doc, const ApiCall &call) -> Result<BatchAnswer> {
                if (!doc.isArray() || doc.array().size() != count) {
                    return unexpected(
                        u"batch answer does not match the %1 requests sent"_s.arg(count));
                }
                return BatchAnswer {
                    doc.array(),
                    parseHeaderDate(call.responseHeader("x-ratelimit-reset")).value_or(QDateTime()),
                    int(headerInt(call.responseHeaders(), "x-ratelimit-limit").value_or(0))};
            },
            Callback<BatchAnswer>([pending, start, count](Result<BatchAnswer> answer) {
                for (qsizetype i = 0; i < count; ++i) {
                    BatchResult &slot = pending->results[start + i];
                    if (!answer.ok()) {
                        slot.error = answer.error();
                        slot.status = answer.error().httpStatus;
                        continue;
                    }
                    slot.windowReset = answer.value().windowReset;
                    slot.windowLimit = answer.value().windowLimit;
                    const QJsonObject item = answer.value().items.at(i).toObject();
                    slot.status = int(item.value("status"_L1).toInteger());
                    slot.body = item.value("body"_L1);
                    if (slot.status < 200 || slot.status >= 300) {
                        const QString message = item.value("body"_L1)
                                                    .toObject()
                                                    .value("error"_L1)
                                                    .toObject()
                                                    .value("message"_L1)
                                                    .toString();
                        slot.error = Error {errorKindForStatus(slot.status),
                                            message.isEmpty() ? QCoreApplication::translate(
                                                "MailerLite", "MailerLite refused the request.")
                                                              : QCoreApplication::translate(
                                                                    "MailerLite", "MailerLite: %1")
                                                                    .arg(message),
                                            u"batch item HTTP %1"_s.arg(slot.status), slot.status};
                    }
                }
                if (--pending->chunksLeft == 0) {
                    pending->done(std::move(pending->results));
                }
            }));
    }
}

} // namespace Api
