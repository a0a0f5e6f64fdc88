// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/appointment.h"
#include "ghl/contact.h"
#include "ghl/customfielddef.h"
#include "ghl/note.h"
#include "ghl/task.h"
#include "http/calldelivery.h"
#include "http/httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <variant>

namespace Api {

// The only code that speaks to the GoHighLevel API v2 (services.leadconnectorhq.com, Version
// 2021-07-28): contacts, search and both pagination styles, tags, notes, tasks, appointments and
// custom field definitions. Thin: endpoints and JSON <-> value types. Pacing, retries and logging
// are HttpClient's; errors are put in plain language by GhlErrors. Every method takes a context
// (destroying it aborts the request) and a callback that runs exactly once, and returns the call
// so it can be aborted. A 401 "Invalid JWT" renews the token once through Config::renewToken
// and sends the request again; the resent call is parented to the context too.
// Lives in the thread that created it (the sync thread), with its HttpClient.
class GhlClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto DefaultBaseUrl = "https://services.leadconnectorhq.com";
    static constexpr auto ApiVersion = "2021-07-28";
    static constexpr int MaxSearchPageLimit = 500;
    static constexpr int MaxListLimit = 100;

    // The current access token (a Private Integration Token or an OAuth access token).
    using TokenProvider = std::function<QByteArray()>;
    // Obtains a new access token (OAuth refresh); `done` runs once, while `context` lives.
    using TokenRenewer = std::function<void(QObject *context, Callback<std::monostate> done)>;

    struct Config
    {
        QUrl baseUrl = QUrl(QString::fromLatin1(DefaultBaseUrl));
        QString locationId; // the sub-account; partitions the rate-limit budget
        TokenProvider token;
        TokenRenewer renewToken; // empty for Private Integration Tokens
        // Sent as the Version header; empty omits it (only to test the server's answer).
        QByteArray apiVersion = QByteArray(ApiVersion);
        std::chrono::milliseconds transferTimeout {30'000};
        RetryPolicy::Config retry;
        int maxConcurrent = 6;
    };

    // POST /contacts/search. Dates and tags become filters; searchAfter continues a walk.
    struct SearchQuery
    {
        QString locationId; // empty: the client's location
        int pageLimit = 100; // 1..500
        QDateTime updatedFrom, updatedTo; // dateUpdated range, inclusive; invalid: open
        QDateTime addedFrom, addedTo; // dateAdded range, inclusive
        QStringList tags; // contacts carrying any of these
        QString email; // exact, case-insensitive
        QString sortField; // e.g. "dateUpdated"; empty: the server's default (dateAdded desc)
        bool descending = false;
        QJsonArray searchAfter; // the previous page's nextSearchAfter
        // Not sent: how many tries the request gets; 0 keeps the client's retry policy.
        int maxAttempts = 0;

        [[nodiscard]] QJsonObject toJson(const QString &defaultLocation) const;
    };

    struct Page
    {
        QList<Ghl::Contact> contacts;
        qint64 total = 0;
        QJsonArray nextSearchAfter; // the last contact's cursor; empty on an empty page
    };

    // The deprecated GET /contacts/ cursor: both halves must be sent, or the server repeats
    // the first page (research §4).
    struct ListCursor
    {
        qint64 startAfter = -1; // epoch ms of the last contact's dateAdded; -1: first page
        QString startAfterId;
        [[nodiscard]] bool isStart() const { return startAfterId.isEmpty(); }
    };

    struct ListPage
    {
        QList<Ghl::Contact> contacts;
        qint64 total = 0;
        ListCursor next;
        bool hasMore = false; // meta.nextPageUrl was set
    };

    struct BusinessPage
    {
        QList<Ghl::Contact> contacts;
        qint64 count = 0;
    };

    struct Upserted
    {
        bool created = false;
        Ghl::Contact contact;
    };

    GhlClient(Config config, const Clock &clock, QNetworkAccessManager *network = nullptr,
              QObject *parent = nullptr);
    ~GhlClient() override;

    // Reads (scope contacts.readonly).
    ApiCall *getContact(const QString &id, QObject *context, Callback<Ghl::Contact> done);
    ApiCall *searchContacts(const SearchQuery &query, QObject *context, Callback<Page> done);
    ApiCall *listContacts(const ListCursor &cursor, int limit, QObject *context,
                          Callback<ListPage> done);
    ApiCall *businessContacts(const QString &businessId, int limit, int skip, QObject *context,
                              Callback<BusinessPage> done);
    ApiCall *listContactTasks(const QString &contactId, QObject *context,
                              Callback<QList<Ghl::Task>> done);
    ApiCall *getTask(const QString &contactId, const QString &taskId, QObject *context,
                     Callback<Ghl::Task> done);
    ApiCall *listContactNotes(const QString &contactId, QObject *context,
                              Callback<QList<Ghl::Note>> done);
    ApiCall *getNote(const QString &contactId, const QString &noteId, QObject *context,
                     Callback<Ghl::Note> done);
    ApiCall *listContactAppointments(const QString &contactId, QObject *context,
                                     Callback<QList<Ghl::Appointment>> done);
    // Scope locations/customFields.readonly. Empty locationId: the client's.
    ApiCall *listCustomFields(const QString &locationId, QObject *context,
                              Callback<QList<Ghl::CustomFieldDef>> done);

    // Writes (scope contacts.write). `fields` is contact JSON (Contact::toJson() or a mapping's
    // output); members the write DTO does not declare are dropped before sending, because GHL
    // answers 422 "property X should not exist" for them.
    ApiCall *createContact(const QJsonObject &fields, QObject *context,
                           Callback<Ghl::Contact> done);
    ApiCall *updateContact(const QString &id, const QJsonObject &fields, QObject *context,
                           Callback<Ghl::Contact> done);
    ApiCall *deleteContact(const QString &id, QObject *context, Callback<std::monostate> done);
    ApiCall *upsertContact(const QJsonObject &fields, QObject *context, Callback<Upserted> done);
    // The contact's tags after the change.
    ApiCall *addTags(const QString &contactId, const QStringList &tags, QObject *context,
                     Callback<QStringList> done);
    ApiCall *removeTags(const QString &contactId, const QStringList &tags, QObject *context,
                        Callback<QStringList> done);
    // Notes send body (required), title, userId and pinned.
    ApiCall *createNote(const QString &contactId, const Ghl::Note &note, QObject *context,
                        Callback<Ghl::Note> done);
    ApiCall *updateNote(const QString &contactId, const QString &noteId, const Ghl::Note &note,
                        QObject *context, Callback<Ghl::Note> done);
    ApiCall *deleteNote(const QString &contactId, const QString &noteId, QObject *context,
                        Callback<std::monostate> done);
    // Tasks send title and dueDate (required), body, completed and assignedTo.
    ApiCall *createTask(const QString &contactId, const Ghl::Task &task, QObject *context,
                        Callback<Ghl::Task> done);
    ApiCall *updateTask(const QString &contactId, const QString &taskId, const Ghl::Task &task,
                        QObject *context, Callback<Ghl::Task> done);
    ApiCall *completeTask(const QString &contactId, const QString &taskId, bool completed,
                          QObject *context, Callback<Ghl::Task> done);
    ApiCall *deleteTask(const QString &contactId, const QString &taskId, QObject *context,
                        Callback<std::monostate> done);

    // The write DTOs of apps/contacts.json, applied to `fields`.
    [[nodiscard]] static QJsonObject createBody(const QJsonObject &fields,
                                                const QString &locationId);
    [[nodiscard]] static QJsonObject updateBody(const QJsonObject &fields,
                                                bool withCompanyName = true);

    [[nodiscard]] const Config &config() const { return m_config; }
    [[nodiscard]] HttpClient &http() const { return *m_http; }
    // Aborts every request in flight: each finishes with Cancelled.
    void cancelAll();

private:
    struct Request
    {
        QByteArray method;
        QString path;
        QString endpoint; // the path template, for logs
        QUrlQuery query;
        QJsonDocument body;
        QString scope;
        RequestOptions options;
    };

    template<typename T>
    using Parser = std::function<Result<T>(const QJsonObject &)>;

    template<typename T>
    ApiCall *call(const Request &request, QObject *context, Parser<T> parse, Callback<T> done)
    {
        return send(request, context,
                    [parse = std::move(parse), done = std::move(done)](Result<QJsonDocument> r) {
                        if (!r.ok()) {
                            done(r.error());
                            return;
                        }
                        done(parse(r.value().object()));
                    });
    }

    ApiCall *send(const Request &request, QObject *context, Callback<QJsonDocument> done,
                  bool mayRenew = true);
    void renewAndResend(const Request &request, QObject *context,
                        const Callback<QJsonDocument> &done, const QByteArray &tokenUsed);
    [[nodiscard]] QByteArray currentToken() const;
    [[nodiscard]] QString location(const QString &override) const;
    [[nodiscard]] RequestOptions createOptions(const QJsonObject &body);
    ApiCall *sendUpdate(const QString &id, const QJsonObject &fields, QObject *context,
                        const Callback<Ghl::Contact> &done, bool withCompanyName);

    Config m_config;
    HttpClient *m_http;
    // Cleared when the server refuses companyName on PUT, so later updates leave it out.
    bool m_companyNameOnUpdate = true;
};

} // namespace Api
