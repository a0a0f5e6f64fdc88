// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/calldelivery.h"
#include "http/httpclient.h"
#include "mailerlite/account.h"
#include "mailerlite/batchrequest.h"
#include "mailerlite/field.h"
#include "mailerlite/group.h"
#include "mailerlite/importresult.h"
#include "mailerlite/subscriber.h"
#include "mailerlite/subscriberinput.h"

#include <QObject>

namespace Api {

// The only code that speaks to MailerLite Classic (API v2). Endpoints plus JSON <-> value types;
// pacing, retries and timeouts live in the HttpClient it is given. Every method calls `done`
// exactly once while `context` lives and returns the call, so it can be aborted.
// Lives in the thread of its HttpClient.
class MailerLiteClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxBatchSize = 50;

    // The HttpClient settings MailerLite needs: the key header, per-endpoint pacing at 60 a
    // minute, and the base URL (https://api.mailerlite.com/api/v2 in production).
    [[nodiscard]] static HttpClient::Config httpConfig(const QUrl &baseUrl,
                                                       std::function<QByteArray()> apiKey);

    explicit MailerLiteClient(HttpClient &http, QObject *parent = nullptr);

    ApiCall *me(QObject *context, Callback<MailerLite::Account> done);

    // Subscribers. `idOrEmail` is a numeric id or an email address.
    ApiCall *listSubscribers(int offset, int limit, const QString &type, QObject *context,
                             Callback<QList<MailerLite::Subscriber>> done);
    ApiCall *countSubscribers(const QString &type, QObject *context, Callback<qint64> done);
    ApiCall *getSubscriber(const QString &idOrEmail, QObject *context,
                           Callback<MailerLite::Subscriber> done);
    // POST /subscribers: creates, or updates the subscriber with this email.
    ApiCall *upsertSubscriber(const MailerLite::SubscriberInput &input, QObject *context,
                              Callback<MailerLite::Subscriber> done);
    ApiCall *updateSubscriber(const QString &idOrEmail, const MailerLite::SubscriberInput &changes,
                              QObject *context, Callback<MailerLite::Subscriber> done);
    ApiCall *deleteSubscriber(const QString &idOrEmail, QObject *context,
                              Callback<std::monostate> done);
    ApiCall *searchSubscribers(const QString &query, int offset, int limit, QObject *context,
                               Callback<QList<MailerLite::Subscriber>> done);
    ApiCall *subscriberGroups(const QString &idOrEmail, QObject *context,
                              Callback<QList<MailerLite::Group>> done);

    // Groups.
    ApiCall *listGroups(QObject *context, Callback<QList<MailerLite::Group>> done);
    ApiCall *getGroup(qint64 groupId, QObject *context, Callback<MailerLite::Group> done);
    ApiCall *createGroup(const QString &name, QObject *context, Callback<MailerLite::Group> done);
    ApiCall *renameGroup(qint64 groupId, const QString &name, QObject *context,
                         Callback<MailerLite::Group> done);
    ApiCall *deleteGroup(qint64 groupId, QObject *context, Callback<std::monostate> done);
    ApiCall *groupSubscribers(qint64 groupId, const QString &type, int offset, int limit,
                              QObject *context, Callback<QList<MailerLite::Subscriber>> done);
    ApiCall *addToGroup(qint64 groupId, const MailerLite::SubscriberInput &input, QObject *context,
                        Callback<MailerLite::Subscriber> done);
    ApiCall *removeFromGroup(qint64 groupId, const QString &idOrEmail, QObject *context,
                             Callback<std::monostate> done);
    // Adds or updates many subscribers in one request; the cheapest path for bulk membership.
    ApiCall *importToGroup(qint64 groupId, const QList<MailerLite::SubscriberInput> &subscribers,
                           bool resubscribe, QObject *context,
                           Callback<MailerLite::ImportResult> done);

    // Fields.
    ApiCall *listFields(QObject *context, Callback<QList<MailerLite::Field>> done);
    ApiCall *createField(const QString &title, const QString &type, QObject *context,
                         Callback<MailerLite::Field> done);
    ApiCall *renameField(qint64 fieldId, const QString &title, QObject *context,
                         Callback<MailerLite::Field> done);
    ApiCall *deleteField(qint64 fieldId, QObject *context, Callback<std::monostate> done);

    // POST /batch, split into requests of at most 50; results in request order. Never fails as
    // a whole: a batch that got no answer gives each of its items the batch's error. Returns
    // nothing to abort: use HttpClient::cancelAll().
    void batch(const QList<MailerLite::BatchRequest> &requests, QObject *context,
               std::function<void(QList<MailerLite::BatchResult>)> done);

private:
    template<typename T, typename Parse>
    ApiCall *request(const QByteArray &method, const QString &path, const QString &endpoint,
                     const QUrlQuery &query, const QJsonDocument &body, bool idempotent,
                     QObject *context, Parse parse, Callback<T> done);

    HttpClient &m_http;
};

} // namespace Api
