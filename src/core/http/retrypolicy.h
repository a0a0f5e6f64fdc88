// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

#include <chrono>
#include <optional>
#include <random>

namespace Api {

// Decides whether a failed attempt is sent again, and after how long.
// Retries timeouts, connection errors, 429 and 5xx (not 501/505, which will not change) with
// exponential backoff and full jitter: a uniform delay in [0, min(maxDelay, base * 2^(n-1))].
// A server-provided wait (Retry-After, X-RateLimit-Retry-After) replaces the backoff, unless it
// is longer than maxServerDelay: then the request fails rather than hang a run.
// Other 4xx answers are never retried. A request that is not safe to resend (a POST create) is
// retried only when nothing reached the server (connection refused) or the caller allowed it.
// Seeded explicitly, the jitter is deterministic for tests. Not thread-safe.
class RetryPolicy final
{
public:
    struct Config
    {
        int maxAttempts = 5; // attempts in all, the first one included
        std::chrono::milliseconds baseDelay {500};
        std::chrono::milliseconds maxDelay {30'000};
        std::chrono::milliseconds maxServerDelay {300'000};
        std::optional<quint32> seed; // nullopt: seeded from std::random_device
    };

    // What one attempt ended with.
    struct Outcome
    {
        Error::Kind kind = Error::Kind::Internal; // the Error kind the attempt produced
        int httpStatus = 0; // 0 when no HTTP answer arrived
        bool connectionRefused = false; // the request surely never reached the server
        std::optional<std::chrono::milliseconds> retryAfter;
    };

    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay {0};
        QString reason; // for the log: "HTTP 503", "timeout", "not retryable", ...
    };

    RetryPolicy();
    explicit RetryPolicy(Config config);

    [[nodiscard]] const Config &config() const { return m_config; }

    // `attemptsMade` counts the attempt that just failed (1 after the first).
    // `resendAllowed`: the request is idempotent or the caller vouched for resending it.
    [[nodiscard]] Decision decide(int attemptsMade, const Outcome &outcome, bool resendAllowed,
                                  int maxAttempts = 0);

    // Whether a failure of this kind could go away by itself.
    [[nodiscard]] static bool isTransient(const Outcome &outcome);
    // The upper bound of the jittered delay after `attemptsMade` attempts.
    [[nodiscard]] std::chrono::milliseconds backoffCeiling(int attemptsMade) const;
    // A jittered delay in [0, backoffCeiling(attemptsMade)].
    [[nodiscard]] std::chrono::milliseconds backoff(int attemptsMade);

private:
    Config m_config;
    std::mt19937 m_random;
};

} // namespace Api
