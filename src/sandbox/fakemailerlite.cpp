// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakemailerlite.h"

#include "mljsonwriter.h"
#include "util/clock.h"

#include <QJsonArray>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Sandbox {

FakeMailerLite::FakeMailerLite(Options options, QObject *parent)
    : SandboxServer(u"/api/v2"_s, options.faultSeed, parent)
    , m_options(std::move(options))
{
    if (m_options.clock) {
        m_clock = m_options.clock;
    } else {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
    m_webhooks = new MlWebhookEmitter(m_options.apiKey.toUtf8(), *m_clock, this);
    m_webhooks->setBatchInterval(m_options.webhookBatchInterval);
    if (!m_options.webhookUrl.isEmpty()) {
        m_webhooks->subscribeAll(m_options.webhookUrl);
    }
    m_store.setFirstSubscriberId(m_options.firstSubscriberId);
    m_store.setDoubleOptIn(m_options.doubleOptIn);
    m_store.clear();
    // Order matters: the first matching template wins, so literal segments ("count",
    // "search", "import") come before the ":id" templates they would otherwise fall into.
    addAccountRoutes();
    addSubscriberRoutes();
    addGroupRoutes();
    addMembershipRoutes();
    addFieldRoutes();
    addBatchRoute();
    addWebhookRoutes();
}

FakeMailerLite::~FakeMailerLite() = default;

void FakeMailerLite::load(const Dataset &dataset)
{
    m_dataset = dataset;
    m_store.load(m_dataset);
}

QString FakeMailerLite::now() const
{
    return m_clock->now().toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

std::chrono::milliseconds FakeMailerLite::windowLength() const
{
    return scaledWindow(60s, m_options.rateLimit);
}

HttpResponse FakeMailerLite::reply(int status, const QJsonValue &body)
{
    return {status, MlJsonWriter::write(body), "application/json", {}};
}

HttpResponse FakeMailerLite::refuse(const MlError &error)
{
    return reply(
        error.status,
        QJsonObject {
            {u"error"_s, QJsonObject {{u"code"_s, error.code}, {u"message"_s, error.message}}}});
}

bool FakeMailerLite::bodyObject(const HttpRequest &request, QJsonObject *body)
{
    if (request.body.trimmed().isEmpty()) {
        *body = {};
        return true;
    }
    bool ok = false;
    *body = request.jsonObject(&ok);
    return ok;
}

QString FakeMailerLite::param(const HttpRequest &request, const QString &name)
{
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

qsizetype FakeMailerLite::limitParam(const HttpRequest &request)
{
    bool ok = false;
    const qint64 limit = param(request, u"limit"_s).toLongLong(&ok);
    // No maximum: "there's not limit in V2, just timeout limit if it's too much data".
    return ok && limit > 0 ? qsizetype(limit) : 100;
}

qsizetype FakeMailerLite::offsetParam(const HttpRequest &request)
{
    bool ok = false;
    const qint64 offset = param(request, u"offset"_s).toLongLong(&ok);
    return ok && offset > 0 ? qsizetype(offset) : 0;
}

bool FakeMailerLite::flag(const QJsonValue &value, bool fallback)
{
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isDouble()) {
        return value.toDouble() != 0.0;
    }
    if (value.isString()) {
        const QString text = value.toString().toLower();
        return text == u"true" || text == u"1";
    }
    return fallback;
}

std::optional<HttpResponse> FakeMailerLite::admit(const HttpRequest &request)
{
    const QByteArray key = request.header("X-MailerLite-ApiKey").trimmed();
    if (key.isEmpty()) {
        return refuse({401, 1, u"Unauthorized"_s});
    }
    if (key != m_options.apiKey.toUtf8()) {
        return refuse({401, 302, u"API-Key Unauthorized"_s});
    }
    if (m_options.rateLimit == RateLimitMode::Off) {
        return std::nullopt;
    }
    // "60 requests on individual endpoints can be made per minute": one window per key and
    // method + path template. Sub-requests of /batch pass here too and count like any other.
    const QString windowKey = QString::fromUtf8(key) + u' ' + request.endpointKey();
    auto it = m_windows.try_emplace(windowKey, RateLimitPerWindow, windowLength()).first;
    if (!it->second.tryAcquire(m_clock->steadyNow())) {
        countRateLimited();
        return tooManyRequests();
    }
    return std::nullopt;
}

void FakeMailerLite::decorate(const HttpRequest &request, HttpResponse &response)
{
    if (response.status == 401 || (request.routeTemplate.isEmpty() && response.status != 429)) {
        return; // unknown routes and refused keys have no rate budget
    }
    const auto steadyNow = m_clock->steadyNow();
    int remaining = RateLimitPerWindow;
    std::chrono::milliseconds untilReset = windowLength();
    const QString windowKey = QString::fromUtf8(request.header("X-MailerLite-ApiKey").trimmed())
        + u' ' + request.endpointKey();
    const auto it = m_windows.find(windowKey);
    if (request.routeTemplate.isEmpty()) {
        remaining = 0; // an injected 429 burst: the budget is gone for a whole window
    } else if (it != m_windows.end() && it->second.untilReset(steadyNow) > 0ms) {
        remaining = it->second.remaining(steadyNow);
        untilReset = it->second.untilReset(steadyNow);
    }
    // With limits off the headers say so, so paced clients run at full speed too.
    const int limit
        = m_options.rateLimit == RateLimitMode::Off ? UnlimitedBudget : RateLimitPerWindow;
    if (m_options.rateLimit == RateLimitMode::Off && !request.routeTemplate.isEmpty()) {
        remaining = UnlimitedBudget; // an injected 429 still reports the budget as spent
    }
    const qint64 retryAfter = remaining > 0 ? 0 : (untilReset.count() + 999) / 1000;
    const QDateTime reset = m_clock->now().toUTC().addMSecs(untilReset.count());
    response.setHeader("X-RateLimit-Limit", QByteArray::number(limit));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(remaining));
    // A date-time, not seconds (clients parse it with new Date()); sub-second windows in fast
    // mode keep their milliseconds.
    response.setHeader(
        "X-RateLimit-Reset",
        reset.toString(m_options.rateLimit == RateLimitMode::Fast ? Qt::ISODateWithMs : Qt::ISODate)
            .toLatin1());
    response.setHeader("X-RateLimit-Retry-After", QByteArray::number(retryAfter));
}

HttpResponse FakeMailerLite::notFound(const HttpRequest &) const
{
    return refuse({404, 2, u"Endpoint not found"_s});
}

HttpResponse FakeMailerLite::tooManyRequests() const
{
    return refuse({429, 429, u"Too many requests"_s});
}

HttpResponse FakeMailerLite::serverError(int status) const
{
    if (status == 500) {
        // Classic's 500 carries no documented body; the usual envelope is assumed.
        return refuse({500, 500, u"Internal server error"_s});
    }
    // 502 and 503 come from the proxy in front of the API, as HTML: clients must not expect
    // JSON on every error.
    const QString title
        = status == 502 ? u"502 Bad Gateway"_s : u"%1 Service Unavailable"_s.arg(status);
    const QString html = u"<html><head><title>%1</title></head><body><center><h1>%1</h1></center>"
                         "<hr><center>nginx</center></body></html>"_s.arg(title);
    return {status, html.toUtf8(), "text/html", {}};
}

QJsonObject FakeMailerLite::inspectState() const
{
    QJsonObject state = m_store.inspect();
    state.insert(u"webhooks"_s, m_webhooks->stats());
    return state;
}

void FakeMailerLite::resetState()
{
    m_store.load(m_dataset);
    m_windows.clear();
    m_imports.clear();
}

HttpResponse FakeMailerLite::mutate(const QJsonObject &request)
{
    // Simulates what people do in MailerLite itself (unsubscribe, bounce, edit a field), so
    // tests can check how a sync reacts. Everything is checked before anything changes.
    const QJsonArray items = request.value(u"subscribers"_s).toArray();
    if (items.isEmpty()) {
        return HttpResponse::json(400, QJsonObject {{u"error"_s, u"subscribers[] expected"_s}});
    }
    QList<MlSubscriber *> targets;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QJsonValue id = item.value(u"id"_s);
        const QString ref = id.isDouble() ? QString::number(id.toInteger())
            : id.isString()               ? id.toString()
                                          : item.value(u"email"_s).toString();
        MlSubscriber *subscriber = m_store.find(ref);
        if (!subscriber) {
            return HttpResponse::json(
                404, QJsonObject {{u"error"_s, QString(u"unknown subscriber "_s + ref)}});
        }
        const QString type = mutateType(item);
        MlSubscriber probe = *subscriber;
        bool changed = false;
        if ((!type.isEmpty() && !MlSubscriberStore::isKnownType(type))
            || m_store.applyFields(probe, item.value(u"fields"_s), &changed)) {
            return HttpResponse::json(
                400, QJsonObject {{u"error"_s, QString(u"bad type or field of "_s + ref)}});
        }
        targets.append(subscriber);
    }
    QJsonArray mutated;
    const QString at = now();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        MlSubscriber &subscriber = *targets.at(i);
        const SubscriberSnapshot before = snapshot(&subscriber);
        bool changed = false;
        std::ignore = m_store.applyFields(subscriber, item.value(u"fields"_s), &changed);
        const QString type = mutateType(item);
        if (!type.isEmpty()) {
            changed |= m_store.setType(subscriber, type, at);
        }
        if (changed) {
            subscriber.dateUpdated = at;
        }
        notifyChanged(before, subscriber.id);
        mutated.append(subscriber.id);
    }
    return HttpResponse::json(200, QJsonObject {{u"mutated"_s, mutated}});
}

void FakeMailerLite::addAccountRoutes()
{
    addRoute("GET", u"/me"_s, [](const HttpRequest &) {
        return reply(200,
                     QJsonObject {{u"account"_s,
                                   QJsonObject {{u"email"_s, u"sandbox@contactbridge.invalid"_s},
                                                {u"from"_s, u"sandbox@contactbridge.invalid"_s},
                                                {u"id"_s, 1},
                                                {u"name"_s, u"ContactBridge Sandbox"_s},
                                                {u"subdomain"_s, u"sandbox"_s},
                                                {u"timezone"_s,
                                                 QJsonObject {{u"gmt"_s, u"+00:00"_s},
                                                              {u"id"_s, 101},
                                                              {u"time"_s, 0},
                                                              {u"timezone"_s, u""_s},
                                                              {u"title"_s, u""_s}}}}}});
    });
    addRoute("GET", u"/stats"_s, [this](const HttpRequest &) {
        // No campaigns are ever sent in the sandbox, so every rate is zero.
        return reply(
            200,
            QJsonObject {{u"subscribed"_s, qint64(m_store.subscriberCount(u"active"_s))},
                         {u"unsubscribed"_s, qint64(m_store.subscriberCount(u"unsubscribed"_s))},
                         {u"campaigns"_s, 0},
                         {u"sent_emails"_s, 0},
                         {u"open_rate"_s, 0},
                         {u"click_rate"_s, 0},
                         {u"bounce_rate"_s, 0}});
    });
}

} // namespace Sandbox
