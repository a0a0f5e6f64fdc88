// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "fakeghl.h"
#include "fakemailerlite.h"

#include <memory>

// Both fakes on 127.0.0.1 with one dataset: the set-up the engine and CLI tests share.
namespace LoopbackFakes {

// One location, one token with every scope, no rate limits.
inline Sandbox::FakeGhl::Options ghlOptions(const QString &location, const QString &token)
{
    Sandbox::FakeGhl::Options options;
    options.locationId = location;
    options.tokens = {{token, Sandbox::FakeGhl::allScopes(), {}}};
    options.rateLimitMode = Sandbox::RateLimitMode::Off;
    return options;
}

inline Sandbox::FakeMailerLite::Options mlOptions(const QString &apiKey)
{
    Sandbox::FakeMailerLite::Options options;
    options.apiKey = apiKey;
    options.rateLimit = Sandbox::RateLimitMode::Off;
    return options;
}

// Creates, loads and starts both; false when either cannot listen.
[[nodiscard]] inline bool start(const Sandbox::Dataset &data,
                                const Sandbox::FakeGhl::Options &ghlOptions,
                                const Sandbox::FakeMailerLite::Options &mlOptions,
                                std::unique_ptr<Sandbox::FakeGhl> &ghl,
                                std::unique_ptr<Sandbox::FakeMailerLite> &ml)
{
    ghl = std::make_unique<Sandbox::FakeGhl>(ghlOptions);
    ghl->load(data);
    ml = std::make_unique<Sandbox::FakeMailerLite>(mlOptions);
    ml->load(data);
    return ghl->listenLocal() != 0 && ml->listenLocal() != 0;
}

} // namespace LoopbackFakes
