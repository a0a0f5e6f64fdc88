// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpexchange.h"
#include "ratewindow.h"

#include <QHash>

#include <memory>

namespace Sandbox {

// GHL v2's published limits, per app (or PIT) and location: 100 requests per 10 s burst window
// and 200,000 per day, reported by five X-RateLimit-* headers on every response (research §6).
// Fast mode divides both windows by 100; Off admits everything but still reports full budgets.
// Lives in the server's thread; time comes from the injected clock.
class GhlRateLimiter final
{
public:
    static constexpr int BurstLimit = 100;
    static constexpr int DailyLimit = 200000;
    // What the headers report when limits are off.
    static constexpr int UnlimitedBudget = 1'000'000;

    GhlRateLimiter(RateLimitMode mode, const Clock *clock);

    // Counts a request for `key`; false when it must be answered with 429.
    [[nodiscard]] bool admit(const QString &key);
    // The five headers for `key` (an empty key: a request no budget applies to).
    void writeHeaders(const QString &key, HttpResponse &response) const;
    void reset() { m_budgets.clear(); }

private:
    struct Budget
    {
        RateWindow burst;
        RateWindow daily;
    };

    RateLimitMode m_mode;
    const Clock *m_clock;
    std::chrono::milliseconds m_burstWindow;
    std::chrono::milliseconds m_dailyWindow;
    QHash<QString, std::shared_ptr<Budget>> m_budgets;
};

} // namespace Sandbox
