// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the session service tests share: an in-process sandbox without rate limits, the
// ServiceConfig a service gets for it, and a way to read the fake's state through its API.
#include "datagenerator.h"
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "sandboxhost.h"
#include "sandboxprofile.h"
#include "session/serviceconfig.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

namespace SessionFixture {

inline Sandbox::SandboxHost::Options options(int contacts, int subscribers, quint32 seed = 11)
{
    Sandbox::SandboxHost::Options o;
    o.contacts = contacts;
    o.mlSubscribers = subscribers;
    o.seed = seed;
    o.rateLimitMode = Sandbox::RateLimitMode::Off;
    return o;
}

// The dataset the host was filled with (DataGenerator is deterministic).
inline Sandbox::Dataset datasetOf(const Sandbox::SandboxHost &host)
{
    Sandbox::DataGenerator::Options data;
    data.contacts = host.options().contacts;
    data.seed = host.options().seed;
    data.locationId = host.locationId();
    data.mlSubscribers = host.options().mlSubscribers;
    return Sandbox::DataGenerator::generate(data);
}

inline Session::ServiceConfig config(const Sandbox::SandboxHost &host, const QString &databasePath)
{
    return Sandbox::sandboxServiceConfig(host.connectionInfo(), QStringLiteral("test"),
                                         databasePath);
}

// A GHL API call straight into the fake (no socket), with the full-scope token.
inline QJsonObject ghl(Sandbox::SandboxHost &host, const QByteArray &method, const QString &path)
{
    Sandbox::HttpRequest r;
    r.method = method;
    r.path = path;
    r.headers.insert("authorization", "Bearer " + host.ghlToken().toUtf8());
    r.headers.insert("version", "2021-07-28");
    return QJsonDocument::fromJson(host.ghl()->dispatch(r).body).object();
}

} // namespace SessionFixture
