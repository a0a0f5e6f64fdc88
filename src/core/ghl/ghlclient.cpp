// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GhlClient: construction, the request path (errors, token renewal) and single-contact calls.
#include "ghl/ghlclient.h"

#include "ghl/ghlclientparse.h"
#include "ghl/ghlerrors.h"
#include "log/logging.h"

#include <memory>
#include <optional>

#include "ghl/contactwritefields.h"

using namespace Qt::StringLiterals;

namespace Api {

namespace {

// Reads render custom values as {id, value}; the write DTOs name the value field_value.
QJsonArray writableCustomFields(const QJsonArray &fields)
{
    QJsonArray out;
    for (const QJsonValue &value : fields) {
        QJsonObject field = value.toObject();
        if (field.contains(u"value"_s) && !field.contains(u"field_value"_s)) {
            field.insert(u"field_value"_s, field.take(u"value"_s));
        }
        out.append(field);
    }
    return out;
}

QJsonObject whitelisted(const QJsonObject &fields, const QStringList &allowed)
{
    QJsonObject body;
    QStringList dropped;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (allowed.contains(it.key())) {
            body.insert(it.key(),
                        it.key() == u"customFields"
                            ? QJsonValue(writableCustomFields(it.value().toArray()))
                            : it.value());
        } else {
            dropped.append(it.key());
        }
    }
    if (!dropped.isEmpty()) {
        qCDebug(lcApiGhl) << "not sent (not writable):" << dropped.join(u", "_s);
    }
    return body;
}

} // namespace

GhlClient::GhlClient(Config config, const Clock &clock, QNetworkAccessManager *network,
                     QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    HttpClient::Config http;
    http.service = u"ghl"_s;
    http.baseUrl = m_config.baseUrl;
    if (!m_config.apiVersion.isEmpty()) {
        http.defaultHeaders.append({QByteArrayLiteral("Version"), m_config.apiVersion});
    }
    TokenProvider token = m_config.token;
    http.credential = [token]() -> std::pair<QByteArray, QByteArray> {
        const QByteArray value = token ? token() : QByteArray();
        if (value.isEmpty()) {
            return {};
        }
        return {QByteArrayLiteral("Authorization"), "Bearer " + value};
    };
    http.transferTimeout = m_config.transferTimeout;
    http.limits = RateLimiter::Limits::ghl();
    http.pacing = HttpClient::PacingScope::PerCredential;
    http.pacingPartition = m_config.locationId;
    http.retry = m_config.retry;
    http.maxConcurrent = m_config.maxConcurrent;
    m_http = new HttpClient(std::move(http), clock, network, this);
}

GhlClient::~GhlClient() = default;

void GhlClient::cancelAll()
{
    m_http->cancelAll();
}

QByteArray GhlClient::currentToken() const
{
    return m_config.token ? m_config.token() : QByteArray();
}

QString GhlClient::location(const QString &override) const
{
    return override.isEmpty() ? m_config.locationId : override;
}

ApiCall *GhlClient::send(const Request &request, QObject *context, Callback<QJsonDocument> done,
                         bool mayRenew)
{
    const QByteArray tokenUsed = currentToken();
    RequestOptions options = request.options;
    options.endpoint = request.endpoint;
    ApiCall *apiCall
        = m_http->send(request.method, request.path, request.query, request.body, options, context);
    QPointer<GhlClient> self(this);
    QPointer<QObject> guard(context);
    const QString scope = request.scope;
    return deliver<QJsonDocument>(
        apiCall, context,
        [](const QJsonDocument &document, const ApiCall &) {
            return Result<QJsonDocument>(document);
        },
        [scope](const Error &error, const ApiCall &finished) {
            return Result<QJsonDocument>(GhlErrors::explain(error, finished, scope));
        },
        [self, guard, request, done, tokenUsed, mayRenew](Result<QJsonDocument> result) {
            if (!result.ok() && mayRenew && self && guard && self->m_config.renewToken
                && GhlErrors::isInvalidToken(result.error())) {
                self->renewAndResend(request, guard, done, tokenUsed);
                return;
            }
            done(std::move(result));
        });
}

void GhlClient::renewAndResend(const Request &request, QObject *context,
                               const Callback<QJsonDocument> &done, const QByteArray &tokenUsed)
{
    // Another request may have renewed the token while this one was on the wire.
    if (currentToken() != tokenUsed) {
        send(request, context, done, false);
        return;
    }
    qCInfo(lcApiGhl) << "access token refused; renewing it once for" << request.endpoint;
    QPointer<GhlClient> self(this);
    QPointer<QObject> guard(context);
    m_config.renewToken(context, [self, guard, request, done](Result<std::monostate> renewed) {
        if (!renewed.ok()) {
            done(GhlErrors::renewalFailed(renewed.error()));
            return;
        }
        if (!self || !guard) {
            done(Error {Error::Kind::Cancelled, tr("The request was cancelled."), {}, 0});
            return;
        }
        self->send(request, guard, done, false);
    });
}

QJsonObject GhlClient::createBody(const QJsonObject &fields, const QString &locationId)
{
    QJsonObject body = whitelisted(fields, Ghl::createContactFields());
    body.insert(u"locationId"_s, locationId);
    return body;
}

QJsonObject GhlClient::updateBody(const QJsonObject &fields, bool withCompanyName)
{
    // companyName is not in UpdateContactDto, but the service accepts it on PUT in practice
    // (research §3.2): it is sent, and dropped for good on the first 422 that refuses it
    // (see sendUpdate), so a company change still reaches GHL where it is allowed.
    QStringList allowed = Ghl::updateContactFields();
    if (withCompanyName) {
        allowed.append(u"companyName"_s);
    }
    return whitelisted(fields, allowed);
}

ApiCall *GhlClient::getContact(const QString &id, QObject *context, Callback<Ghl::Contact> done)
{
    Request r {"GET",
               u"/contacts/"_s + id,
               u"/contacts/{contactId}"_s,
               {},
               {},
               QString::fromLatin1(GhlErrors::ScopeContactsRead),
               {}};
    return call<Ghl::Contact>(r, context, GhlParse::contactIn, std::move(done));
}

ApiCall *GhlClient::createContact(const QJsonObject &fields, QObject *context,
                                  Callback<Ghl::Contact> done)
{
    const QJsonObject body = createBody(fields, location(fields.value(u"locationId"_s).toString()));
    Request r {"POST", u"/contacts/"_s,     u"/contacts/"_s,
               {},     QJsonDocument(body), QString::fromLatin1(GhlErrors::ScopeContactsWrite),
               {}};
    // A create is never resent blindly: if the first attempt's answer was lost, look the
    // email up first and return the contact it made instead of creating a twin.
    auto found = std::make_shared<std::optional<Ghl::Contact>>();
    QPointer<GhlClient> self(this);
    const QString email = body.value(u"email"_s).toString();
    const QString locationId = body.value(u"locationId"_s).toString();
    r.options.beforeRetry
        = [self, email, locationId, found](int, std::function<void(bool)> resend) {
              if (!self || email.isEmpty()) {
                  resend(false); // nothing to look up by: failing is safer than a duplicate
                  return;
              }
              SearchQuery query;
              query.locationId = locationId;
              query.email = email;
              query.pageLimit = 1;
              self->searchContacts(query, self, [found, resend](Result<Page> page) {
                  if (page.ok() && !page.value().contacts.isEmpty()) {
                      *found = page.value().contacts.first();
                      qCInfo(lcApiGhl)
                          << "create had taken effect; not resending, contact" << found->value().id;
                      resend(false);
                      return;
                  }
                  resend(page.ok());
              });
          };
    return call<Ghl::Contact>(r, context, GhlParse::contactIn,
                              [found, done = std::move(done)](Result<Ghl::Contact> result) {
                                  if (!result.ok() && found->has_value()) {
                                      done(found->value());
                                      return;
                                  }
                                  done(std::move(result));
                              });
}

ApiCall *GhlClient::updateContact(const QString &id, const QJsonObject &fields, QObject *context,
                                  Callback<Ghl::Contact> done)
{
    return sendUpdate(id, fields, context, std::move(done), m_companyNameOnUpdate);
}

ApiCall *GhlClient::sendUpdate(const QString &id, const QJsonObject &fields, QObject *context,
                               const Callback<Ghl::Contact> &done, bool withCompanyName)
{
    const QJsonObject body = updateBody(fields, withCompanyName);
    Request r {"PUT", u"/contacts/"_s + id, u"/contacts/{contactId}"_s,
               {},    QJsonDocument(body),  QString::fromLatin1(GhlErrors::ScopeContactsWrite),
               {}};
    QPointer<GhlClient> self(this);
    QPointer<QObject> guard(context);
    const bool sentCompany = body.contains(u"companyName"_s);
    return call<Ghl::Contact>(
        r, context, GhlParse::contactIn,
        [self, guard, id, fields, done, sentCompany](Result<Ghl::Contact> result) {
            const bool refusedCompany = !result.ok()
                && result.error().kind == Error::Kind::Validation
                && result.error().detail.contains(u"property companyName should not exist");
            if (refusedCompany && sentCompany && self && guard) {
                qCInfo(lcApiGhl) << "GHL refuses companyName on update; sending without it";
                self->m_companyNameOnUpdate = false;
                self->sendUpdate(id, fields, guard, done, false);
                return;
            }
            done(std::move(result));
        });
}

ApiCall *GhlClient::deleteContact(const QString &id, QObject *context,
                                  Callback<std::monostate> done)
{
    Request r {"DELETE",
               u"/contacts/"_s + id,
               u"/contacts/{contactId}"_s,
               {},
               {},
               QString::fromLatin1(GhlErrors::ScopeContactsWrite),
               {}};
    return call<std::monostate>(r, context, GhlParse::nothing, std::move(done));
}

ApiCall *GhlClient::upsertContact(const QJsonObject &fields, QObject *context,
                                  Callback<Upserted> done)
{
    QJsonObject body = createBody(fields, location(fields.value(u"locationId"_s).toString()));
    if (fields.contains(u"createNewIfDuplicateAllowed"_s)) {
        body.insert(u"createNewIfDuplicateAllowed"_s,
                    fields.value(u"createNewIfDuplicateAllowed"_s));
    }
    Request r {"POST", u"/contacts/upsert"_s, u"/contacts/upsert"_s,
               {},     QJsonDocument(body),   QString::fromLatin1(GhlErrors::ScopeContactsWrite),
               {}};
    // An upsert matches by email or phone, so sending it twice cannot create a twin, unless it
    // was told to create a new contact anyway or has nothing to match by.
    r.options.idempotent = !body.value(u"createNewIfDuplicateAllowed"_s).toBool()
        && (!body.value(u"email"_s).toString().isEmpty()
            || !body.value(u"phone"_s).toString().isEmpty());
    return call<Upserted>(
        r, context,
        [](const QJsonObject &object) -> Result<Upserted> {
            Result<Ghl::Contact> contact = GhlParse::contactIn(object);
            if (!contact.ok()) {
                return contact.error();
            }
            return Upserted {object.value(u"new"_s).toBool(), std::move(contact).value()};
        },
        std::move(done));
}

} // namespace Api
