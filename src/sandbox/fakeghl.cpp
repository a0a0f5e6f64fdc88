// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeghl.h"

#include "ghlerrors.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const auto ContactsRead = u"contacts.readonly"_s;
const auto ContactsWrite = u"contacts.write"_s;
const auto CustomFieldsRead = u"locations/customFields.readonly"_s;
const auto LocationsRead = u"locations.readonly"_s;

// Values the real service accepts on these endpoints (research §1: a live probe got 200 for all).
bool knownVersion(const QByteArray &version)
{
    return version == "2021-07-28" || version == "2021-04-15" || version == "2023-02-21"
        || version == "v3";
}

QString bearerOf(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    return header.startsWith("Bearer ") ? QString::fromUtf8(header.mid(7)).trimmed() : QString();
}

} // namespace

QStringList FakeGhl::allScopes()
{
    return {ContactsRead, ContactsWrite, CustomFieldsRead, LocationsRead};
}

FakeGhl::FakeGhl(Options options, QObject *parent)
    : SandboxServer(QString(), options.faultSeed, parent)
    , m_options(std::move(options))
    , m_ownClock(m_options.clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(m_options.clock ? m_options.clock : m_ownClock.get())
    , m_tokens(m_options.oauthClientId, m_options.oauthClientSecret, m_options.faultSeed ^ 0x5eedu)
    , m_limiter(m_options.rateLimitMode, m_clock)
    , m_ids(m_options.faultSeed ^ 0x1d5u)
    , m_webhooks(new GhlWebhookEmitter(m_options.locationId, *m_clock, this))
{
    m_webhooks->setUrls(m_options.webhookUrls);
    m_webhooks->setSignatures(m_options.webhookSignatures);
    for (const PrivateToken &token : std::as_const(m_options.tokens)) {
        m_tokens.addPrivateToken(
            token.token, token.locationId.isEmpty() ? m_options.locationId : token.locationId,
            token.scopes);
    }
    registerRoutes();
    setTrafficLog(qEnvironmentVariable("CB_GHL_TRAFFIC_LOG"));
}

FakeGhl::~FakeGhl() = default;

void FakeGhl::route(const QByteArray &method, const QString &routeTemplate, const QString &scope,
                    Member handler)
{
    m_scopeByEndpoint.insert(QString::fromLatin1(method) + u' ' + routeTemplate, scope);
    addRoute(method, routeTemplate,
             [this, handler](const HttpRequest &request) { return (this->*handler)(request); });
}

void FakeGhl::registerRoutes()
{
    // Literal paths before the ":contactId" templates that would swallow them.
    route("POST", u"/contacts/search"_s, ContactsRead, &FakeGhl::searchContacts);
    route("POST", u"/contacts/upsert"_s, ContactsWrite, &FakeGhl::upsertContact);
    route("GET", u"/contacts/business/:businessId"_s, ContactsRead, &FakeGhl::listBusinessContacts);
    route("GET", u"/contacts/"_s, ContactsRead, &FakeGhl::listContacts);
    route("POST", u"/contacts/"_s, ContactsWrite, &FakeGhl::createContact);
    route("GET", u"/contacts/:contactId"_s, ContactsRead, &FakeGhl::getContact);
    route("PUT", u"/contacts/:contactId"_s, ContactsWrite, &FakeGhl::updateContact);
    route("DELETE", u"/contacts/:contactId"_s, ContactsWrite, &FakeGhl::deleteContact);
    route("POST", u"/contacts/:contactId/tags"_s, ContactsWrite, &FakeGhl::addTags);
    route("DELETE", u"/contacts/:contactId/tags"_s, ContactsWrite, &FakeGhl::removeTags);
    route("GET", u"/contacts/:contactId/notes"_s, ContactsRead, &FakeGhl::listNotes);
    route("POST", u"/contacts/:contactId/notes"_s, ContactsWrite, &FakeGhl::createNote);
    route("GET", u"/contacts/:contactId/notes/:id"_s, ContactsRead, &FakeGhl::getNote);
    route("PUT", u"/contacts/:contactId/notes/:id"_s, ContactsWrite, &FakeGhl::updateNote);
    route("DELETE", u"/contacts/:contactId/notes/:id"_s, ContactsWrite, &FakeGhl::deleteNote);
    route("GET", u"/contacts/:contactId/tasks"_s, ContactsRead, &FakeGhl::listTasks);
    route("POST", u"/contacts/:contactId/tasks"_s, ContactsWrite, &FakeGhl::createTask);
    route("GET", u"/contacts/:contactId/tasks/:taskId"_s, ContactsRead, &FakeGhl::getTask);
    route("PUT", u"/contacts/:contactId/tasks/:taskId"_s, ContactsWrite, &FakeGhl::updateTask);
    route("PUT", u"/contacts/:contactId/tasks/:taskId/completed"_s, ContactsWrite,
          &FakeGhl::completeTask);
    route("DELETE", u"/contacts/:contactId/tasks/:taskId"_s, ContactsWrite, &FakeGhl::deleteTask);
    route("GET", u"/contacts/:contactId/appointments"_s, ContactsRead, &FakeGhl::listAppointments);
    route("GET", u"/locations/:locationId/customFields"_s, CustomFieldsRead,
          &FakeGhl::listCustomFields);
    route("GET", u"/locations/:locationId"_s, LocationsRead, &FakeGhl::getLocation);
    // The token endpoint needs neither a bearer token nor a Version header (research §8).
    route("POST", u"/oauth/token"_s, QString(), &FakeGhl::oauthToken);
    route("GET", u"/oauth/chooselocation"_s, QString(), &FakeGhl::oauthChooseLocation);
}

std::optional<HttpResponse> FakeGhl::admit(const HttpRequest &request)
{
    const QString scope = m_scopeByEndpoint.value(request.endpointKey());
    if (scope.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray version = request.header("version");
    if (version.isEmpty()) {
        return GhlErrors::unauthorized(u"version header was not found."_s);
    }
    if (!knownVersion(version)) {
        return GhlErrors::unauthorized(u"version header is invalid"_s);
    }
    // Unknown, revoked and expired tokens all read "Invalid JWT" (observed, research §7).
    const GhlTokenStore::Token *token = m_tokens.find(bearerOf(request), now());
    if (!token) {
        return GhlErrors::unauthorized(u"Invalid JWT"_s);
    }
    if (!m_limiter.admit(token->rateKey)) {
        countRateLimited();
        return tooManyRequests();
    }
    // The scope is checked before the location (observed, research §1).
    if (!token->scopes.contains(scope)) {
        return GhlErrors::unauthorized(u"The token is not authorized for this scope."_s);
    }
    QStringList locations {request.query.queryItemValue(u"locationId"_s, QUrl::FullyDecoded)};
    const QJsonValue bodyLocation = request.jsonObject().value(u"locationId"_s);
    if (bodyLocation.isString()) {
        locations.append(bodyLocation.toString());
    }
    if (request.routeTemplate.contains(u":locationId")) {
        locations.append(request.args.value(0));
    }
    for (const QString &location : std::as_const(locations)) {
        if (!location.isEmpty() && location != token->locationId) {
            return GhlErrors::forbiddenLocation();
        }
    }
    return std::nullopt;
}

QString FakeGhl::rateKeyOf(const HttpRequest &request) const
{
    const GhlTokenStore::Token *token = m_tokens.findAny(bearerOf(request));
    return token ? token->rateKey : QString();
}

void FakeGhl::decorate(const HttpRequest &request, HttpResponse &response)
{
    m_limiter.writeHeaders(rateKeyOf(request), response);
    m_traffic.record(request, response);
}

HttpResponse FakeGhl::notFound(const HttpRequest &request) const
{
    return GhlErrors::unknownRoute(request.method, request.path);
}

HttpResponse FakeGhl::tooManyRequests() const
{
    return GhlErrors::tooManyRequests();
}

HttpResponse FakeGhl::serverError(int status) const
{
    return GhlErrors::serverError(status);
}

void FakeGhl::load(const Dataset &dataset)
{
    m_dataset = dataset;
    m_contacts.load(dataset.ghlContacts);
    const auto toLists = [](const QHash<QString, QJsonArray> &source) {
        QHash<QString, QList<QJsonObject>> lists;
        for (auto it = source.begin(); it != source.end(); ++it) {
            QList<QJsonObject> &list = lists[it.key()];
            for (const QJsonValue &value : it.value()) {
                list.append(value.toObject());
            }
        }
        return lists;
    };
    m_notes = toLists(dataset.ghlNotes);
    m_tasks = toLists(dataset.ghlTasks);
    m_appointments = dataset.ghlAppointments;
    m_customFields = dataset.ghlCustomFields;
    m_fieldIndex = GhlCustomFieldIndex::fromDefinitions(m_customFields);
}

void FakeGhl::resetState()
{
    load(m_dataset);
}

QString FakeGhl::issueAuthorizationCode(const QStringList &scopes)
{
    return m_tokens.issueAuthorizationCode(m_options.locationId, scopes);
}

bool FakeGhl::setTrafficLog(const QString &path)
{
    return m_traffic.open(path);
}

QString FakeGhl::newId()
{
    static constexpr char Alphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    do {
        id.clear();
        for (int i = 0; i < 20; ++i) {
            id.append(QLatin1Char(Alphabet[m_ids.bounded(62)]));
        }
    } while (m_contacts.find(id));
    return id;
}

QDateTime FakeGhl::now() const
{
    return m_clock->now();
}

QString FakeGhl::bumpedTime(const QJsonValue &previous) const
{
    const qint64 before = GhlContactFields::toMillis(previous);
    const qint64 current = now().toMSecsSinceEpoch();
    return GhlContactFields::isoTime(
        QDateTime::fromMSecsSinceEpoch(std::max(current, before + 1), Qt::UTC));
}

} // namespace Sandbox
