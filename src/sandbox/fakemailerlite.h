// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "mlerror.h"
#include "mlsubscriberstore.h"
#include "mlwebhookemitter.h"
#include "ratewindow.h"
#include "sandboxserver.h"

#include <QHash>

#include <map>
#include <memory>

class Clock;
class SystemClock;

namespace Sandbox {

// A faithful local imitation of the MailerLite Classic API v2 (docs/research/
// MAILERLITE-CLASSIC-API.md): X-MailerLite-ApiKey auth, subscribers with the upsert and
// resubscribe rules, groups with counters, membership and import, fields, /batch, the 60
// requests per minute per endpoint limit with its headers, and the error envelopes. Records are
// rendered in the key order of the recorded responses, ids as exact integers (new subscribers
// get ids beyond 2^53 by default, to catch clients that parse ids as doubles).
// Lives in the thread that created it; everything happens in that thread's event loop.
class FakeMailerLite final : public SandboxServer
{
    Q_OBJECT

public:
    struct Options
    {
        QString apiKey;
        RateLimitMode rateLimit = RateLimitMode::Real;
        const Clock *clock = nullptr; // nullptr: the system clock
        quint32 faultSeed = 1;
        bool doubleOptIn = false; // the account's "double opt-in for API" setting
        qint64 firstSubscriberId = 9007199254740993LL;
        // A receiver of every subscriber event (one webhook per event is registered for it;
        // empty: none), and how long events wait to share a batch (0: the next loop turn).
        QUrl webhookUrl {};
        std::chrono::milliseconds webhookBatchInterval {1000};
    };

    static constexpr int RateLimitPerWindow = 60;
    // What the rate-limit headers report when limits are off.
    static constexpr int UnlimitedBudget = 1'000'000;
    static constexpr int MaxBatchRequests = 50;

    explicit FakeMailerLite(Options options, QObject *parent = nullptr);
    ~FakeMailerLite() override;

    // Replaces the state with a dataset; resetState() returns to it.
    void load(const Dataset &dataset);
    [[nodiscard]] const MlSubscriberStore &store() const { return m_store; }
    // The account's webhooks: registry, batching and delivery counters.
    [[nodiscard]] MlWebhookEmitter &webhooks() { return *m_webhooks; }

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
    void addAccountRoutes();
    void addSubscriberRoutes();
    void addGroupRoutes();
    void addMembershipRoutes();
    void addFieldRoutes();
    void addBatchRoute();
    void addWebhookRoutes();

    // What a change is compared against to tell which webhook events it makes
    // (fakemailerlitewebhooks.cpp).
    struct SubscriberSnapshot
    {
        bool exists = false;
        QString type;
        QHash<QString, QString> values;
        QList<qint64> groups;
    };
    [[nodiscard]] static SubscriberSnapshot snapshot(const MlSubscriber *subscriber);
    // Queues the events for the change from `before` to the subscriber's current state.
    void notifyChanged(const SubscriberSnapshot &before, qint64 id);
    // The type a mutate item asks for: its "type", or the one its "action" ("unsubscribe",
    // "bounce", "complain": what a person does in MailerLite) leaves the subscriber in.
    [[nodiscard]] static QString mutateType(const QJsonObject &item);

    [[nodiscard]] HttpResponse createSubscriber(const HttpRequest &request);
    [[nodiscard]] HttpResponse searchSubscribers(const HttpRequest &request);
    [[nodiscard]] HttpResponse addToGroup(const HttpRequest &request);
    [[nodiscard]] HttpResponse groupSubscribers(const HttpRequest &request);
    [[nodiscard]] HttpResponse importToGroup(const HttpRequest &request);
    [[nodiscard]] HttpResponse batch(const HttpRequest &request);

    // The time as MailerLite writes it: "Y-m-d H:i:s", UTC.
    [[nodiscard]] QString now() const;
    [[nodiscard]] std::chrono::milliseconds windowLength() const;
    [[nodiscard]] static HttpResponse reply(int status, const QJsonValue &body);
    [[nodiscard]] static HttpResponse refuse(const MlError &error);
    // The request body as an object; a body that is not one is refused (returns false).
    [[nodiscard]] static bool bodyObject(const HttpRequest &request, QJsonObject *body);
    // A query parameter, fully percent-decoded.
    [[nodiscard]] static QString param(const HttpRequest &request, const QString &name);
    // limit/offset query parameters with the Classic defaults (limit 100, offset 0).
    [[nodiscard]] static qsizetype limitParam(const HttpRequest &request);
    [[nodiscard]] static qsizetype offsetParam(const HttpRequest &request);
    [[nodiscard]] static bool flag(const QJsonValue &value, bool fallback);

    Options m_options;
    std::unique_ptr<SystemClock> m_ownClock;
    const Clock *m_clock = nullptr;
    Dataset m_dataset;
    MlSubscriberStore m_store;
    // One window per API key and endpoint ("GET /subscribers/:id").
    std::map<QString, RateWindow> m_windows;
    QHash<qint64, QJsonObject> m_imports; // background import jobs, finished
    qint64 m_nextImportId = 1234;
    MlWebhookEmitter *m_webhooks = nullptr; // child
};

} // namespace Sandbox
