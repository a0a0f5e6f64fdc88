// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the write-back and fast polling tests share: the real FakeGhl (GhlFixture's three
// contacts and tokens) and FakeMailerLite on loopback, sync runs through the engine, and calls
// straight into both fakes to change or inspect their state.
#include "fakemailerlite.h"
#include "ghlfixture.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace RealtimeFixture {

inline const QByteArray MlKey = QByteArrayLiteral("realtime-test-key");

class Services
{
public:
    Services()
    {
        Sandbox::FakeGhl::Options ghlOptions;
        ghlOptions.locationId = GhlFixture::Location;
        ghlOptions.tokens = GhlFixture::tokens();
        ghlOptions.rateLimitMode = Sandbox::RateLimitMode::Off;
        ghl = std::make_unique<Sandbox::FakeGhl>(ghlOptions);
        ghl->load(GhlFixture::smallDataset());
        Sandbox::FakeMailerLite::Options mlOptions;
        mlOptions.apiKey = QString::fromLatin1(MlKey);
        mlOptions.rateLimit = Sandbox::RateLimitMode::Off;
        ml = std::make_unique<Sandbox::FakeMailerLite>(mlOptions);
        ml->load(Sandbox::Dataset());
    }

    [[nodiscard]] bool listen() { return ghl->listenLocal() != 0 && ml->listenLocal() != 0; }

    [[nodiscard]] QString databasePath() const
    {
        return m_dir.filePath(QStringLiteral("state.sqlite"));
    }

    [[nodiscard]] Profiles::Profile profile() const
    {
        Profiles::Profile p;
        p.name = QStringLiteral("realtime");
        p.ghlBaseUrl = ghl->baseUrl();
        p.locationId = GhlFixture::Location;
        p.mailerLiteBaseUrl = ml->baseUrl();
        return p;
    }

    [[nodiscard]] Sync::SyncRequest request() const
    {
        Sync::SyncRequest r;
        r.profile = profile();
        r.ghlToken = QByteArrayLiteral("pit-rw");
        r.mailerLiteApiKey = MlKey;
        r.databasePath = databasePath();
        return r;
    }

    // One engine run; an empty summary (runId 0) when it did not finish in time.
    Sync::RunSummary run(const Sync::SyncRequest &r, Sync::Plan *plan = nullptr)
    {
        Sync::SyncEngine engine(m_clock);
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        if (plan) {
            QObject::connect(&engine, &Sync::SyncEngine::planned, &engine,
                             [plan](const Sync::Plan &p) { *plan = p; });
        }
        engine.start(r);
        if (finished.isEmpty() && !finished.wait(30000)) {
            return {};
        }
        return finished.first().first().value<Sync::RunSummary>();
    }

    // A GHL API call with the full-scope token, straight into the fake (not counted by clients).
    QJsonObject ghlCall(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        Sandbox::HttpRequest r;
        r.method = method;
        r.path = path;
        r.headers.insert("authorization", "Bearer pit-rw");
        r.headers.insert("version", "2021-07-28");
        if (!body.isEmpty()) {
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            r.headers.insert("content-type", "application/json");
        }
        return QJsonDocument::fromJson(ghl->dispatch(r).body).object();
    }

    QJsonObject ghlContact(const QString &id)
    {
        return ghlCall("GET", QStringLiteral("/contacts/") + id)
            .value(QStringLiteral("contact"))
            .toObject();
    }

    QJsonValue mlCall(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        Sandbox::HttpRequest r;
        r.method = method;
        r.path = QStringLiteral("/api/v2") + path;
        r.headers.insert("x-mailerlite-apikey", MlKey);
        if (!body.isEmpty()) {
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            r.headers.insert("content-type", "application/json");
        }
        const QJsonDocument doc = QJsonDocument::fromJson(ml->dispatch(r).body);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

    [[nodiscard]] qint64 mlWrites() const
    {
        return ml->stats().value(QStringLiteral("writes")).toInteger();
    }
    [[nodiscard]] qint64 ghlRequests() const
    {
        return ghl->stats().value(QStringLiteral("requests")).toInteger();
    }

    std::unique_ptr<Sandbox::FakeGhl> ghl;
    std::unique_ptr<Sandbox::FakeMailerLite> ml;

private:
    SystemClock m_clock;
    QTemporaryDir m_dir;
};

} // namespace RealtimeFixture
