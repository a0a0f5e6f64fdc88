// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/clock.h"

#include <QString>

#include <chrono>

namespace Sandbox {

// How strictly the fake services enforce their rate limits.
enum class RateLimitMode {
    Real, // the published limits: GHL 100 / 10 s, MailerLite 60 / minute per endpoint
    Off, // no limit (headers still sent, with full budgets)
    Fast, // the same counts in windows 100x shorter, so paced benchmarks stay short
};

[[nodiscard]] bool parseRateLimitMode(const QString &text, RateLimitMode *mode);
// The window length for a published window under the given mode.
[[nodiscard]] std::chrono::milliseconds scaledWindow(std::chrono::milliseconds published,
                                                     RateLimitMode mode);

// A fixed window counter: at most `limit` admissions per `window`, the window starting at the
// first request after the previous one ended. Uses an injected clock so tests need no sleeps.
class RateWindow final
{
public:
    RateWindow(int limit, std::chrono::milliseconds window);

    // Counts one request and says whether it is admitted. A refused request is not counted.
    [[nodiscard]] bool tryAcquire(std::chrono::steady_clock::time_point now);
    // What the headers report after the last call.
    [[nodiscard]] int limit() const { return m_limit; }
    [[nodiscard]] int remaining(std::chrono::steady_clock::time_point now) const;
    [[nodiscard]] std::chrono::milliseconds window() const { return m_window; }
    // Time until the current window ends (zero when none is open).
    [[nodiscard]] std::chrono::milliseconds
    untilReset(std::chrono::steady_clock::time_point now) const;

private:
    [[nodiscard]] bool windowOpen(std::chrono::steady_clock::time_point now) const;

    int m_limit;
    std::chrono::milliseconds m_window;
    std::chrono::steady_clock::time_point m_windowStart {};
    int m_used = 0;
};

} // namespace Sandbox
