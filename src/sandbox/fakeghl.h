// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "fakeghltrafficlog.h"
#include "ghlcontactfields.h"
#include "ghlcontactstore.h"
#include "ghlratelimiter.h"
#include "ghltokenstore.h"
#include "ghlwebhookemitter.h"
#include "sandboxserver.h"

#include <QRandomGenerator>

#include <memory>

namespace Sandbox {

// A faithful local imitation of the GoHighLevel v2 contacts API (services.leadconnectorhq.com,
// Version 2021-07-28) for one location: contacts with search and both pagination styles, tags,
// notes, tasks, appointments, custom field definitions and OAuth token exchange, with the real
// service's auth rules, error bodies, rate limits and quirks (docs/research/GHL-API.md).
// Paths are at the root, as on the real host. Lives in the thread that created it.
class FakeGhl final : public SandboxServer
{
    Q_OBJECT

public:
    struct PrivateToken
    {
        QString token; // "pit-..."
        QStringList scopes; // e.g. contacts.readonly, contacts.write
        QString locationId; // empty: the fake's location
    };

    struct Options
    {
        QString locationId = QStringLiteral("ve9EPM428h8vShlRW1KT");
        QList<PrivateToken> tokens;
        QString oauthClientId;
        QString oauthClientSecret;
        RateLimitMode rateLimitMode = RateLimitMode::Real;
        const Clock *clock = nullptr; // nullptr: the system clock
        quint32 faultSeed = 1;
        bool allowDuplicateContact = false; // the location setting
        // Whether PUT rejects companyName with 422 (the spec omits it; unverified, research §3.2).
        bool rejectCompanyNameOnUpdate = false;
        // What GET /locations/:locationId calls the location.
        QString locationName = QStringLiteral("ContactBridge Sandbox");
        // Where the location's webhooks go (none: no events are made) and how they are signed.
        QList<QUrl> webhookUrls {};
        GhlWebhookEmitter::Signatures webhookSignatures = GhlWebhookEmitter::Signatures::Both;
    };

    // Every scope the fake checks, for tokens that may do everything.
    [[nodiscard]] static QStringList allScopes();

    explicit FakeGhl(Options options, QObject *parent = nullptr);
    ~FakeGhl() override;

    // Replaces all state with `dataset`; resetState() returns to it.
    void load(const Dataset &dataset);
    // A single-use code for POST /oauth/token, as the marketplace's consent redirect would give.
    [[nodiscard]] QString issueAuthorizationCode(const QStringList &scopes);
    // Records every exchange as JSON lines (see FakeGhlTrafficLog). The environment variable
    // CB_GHL_TRAFFIC_LOG sets it at construction. An empty path stops recording.
    bool setTrafficLog(const QString &path);

    [[nodiscard]] const GhlContactStore &contacts() const { return m_contacts; }
    [[nodiscard]] const Options &options() const { return m_options; }
    // The location's webhooks: URLs, signatures, keys and delivery counters.
    [[nodiscard]] GhlWebhookEmitter &webhooks() { return *m_webhooks; }

protected:
    [[nodiscard]] std::optional<HttpResponse> admit(const HttpRequest &request) override;
    void decorate(const HttpRequest &request, HttpResponse &response) override;
    [[nodiscard]] HttpResponse notFound(const HttpRequest &request) const override;
    [[nodiscard]] HttpResponse tooManyRequests() const override;
    [[nodiscard]] HttpResponse serverError(int status) const override;
    [[nodiscard]] QJsonObject inspectState() const override;
    void resetState() override;
    [[nodiscard]] HttpResponse mutate(const QJsonObject &request) override;

private:
    using Member = HttpResponse (FakeGhl::*)(const HttpRequest &);
    void route(const QByteArray &method, const QString &routeTemplate, const QString &scope,
               Member handler);
    void registerRoutes();

    // Contacts (fakeghlcontacts.cpp).
    HttpResponse getContact(const HttpRequest &request);
    HttpResponse createContact(const HttpRequest &request);
    HttpResponse updateContact(const HttpRequest &request);
    HttpResponse deleteContact(const HttpRequest &request);
    HttpResponse upsertContact(const HttpRequest &request);
    [[nodiscard]] std::optional<HttpResponse> findDuplicate(const QJsonObject &body,
                                                            const QString &exceptId) const;
    QJsonObject insertContact(const QJsonObject &body);
    QJsonObject changeContact(const QString &id, const QJsonObject &body);
    // Lists (fakeghllists.cpp).
    HttpResponse searchContacts(const HttpRequest &request);
    HttpResponse listContacts(const HttpRequest &request);
    HttpResponse listBusinessContacts(const HttpRequest &request);
    // Tags, notes, tasks, appointments, custom fields, OAuth (fakeghlrecords.cpp).
    HttpResponse addTags(const HttpRequest &request);
    HttpResponse removeTags(const HttpRequest &request);
    HttpResponse listNotes(const HttpRequest &request);
    HttpResponse getNote(const HttpRequest &request);
    HttpResponse createNote(const HttpRequest &request);
    HttpResponse updateNote(const HttpRequest &request);
    HttpResponse deleteNote(const HttpRequest &request);
    HttpResponse listTasks(const HttpRequest &request);
    HttpResponse getTask(const HttpRequest &request);
    HttpResponse createTask(const HttpRequest &request);
    HttpResponse updateTask(const HttpRequest &request);
    HttpResponse completeTask(const HttpRequest &request);
    HttpResponse deleteTask(const HttpRequest &request);
    HttpResponse listAppointments(const HttpRequest &request);
    HttpResponse listCustomFields(const HttpRequest &request);
    // The location itself (fakeghllocation.cpp).
    HttpResponse getLocation(const HttpRequest &request);
    HttpResponse oauthToken(const HttpRequest &request);
    // The marketplace's consent redirect (fakeghloauthpage.cpp).
    HttpResponse oauthChooseLocation(const HttpRequest &request);
    HttpResponse writeNoteOrTask(const HttpRequest &request, bool task, bool create);
    HttpResponse readNoteOrTask(const HttpRequest &request, bool task, bool remove);

    [[nodiscard]] QString newId();
    [[nodiscard]] QDateTime now() const;
    // dateUpdated after a write: now, but always later than the previous value.
    [[nodiscard]] QString bumpedTime(const QJsonValue &previous) const;
    [[nodiscard]] QString rateKeyOf(const HttpRequest &request) const;

    Options m_options;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    GhlTokenStore m_tokens;
    GhlRateLimiter m_limiter;
    GhlContactStore m_contacts;
    QHash<QString, QList<QJsonObject>> m_notes;
    QHash<QString, QList<QJsonObject>> m_tasks;
    QHash<QString, QJsonArray> m_appointments;
    QJsonArray m_customFields;
    GhlCustomFieldIndex m_fieldIndex;
    Dataset m_dataset;
    QHash<QString, QString> m_scopeByEndpoint;
    FakeGhlTrafficLog m_traffic;
    QRandomGenerator m_ids;
    GhlWebhookEmitter *m_webhooks; // child
};

} // namespace Sandbox
