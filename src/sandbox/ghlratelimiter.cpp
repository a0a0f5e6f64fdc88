// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghlratelimiter.h"

using namespace std::chrono_literals;

namespace Sandbox {

GhlRateLimiter::GhlRateLimiter(RateLimitMode mode, const Clock *clock)
    : m_mode(mode)
    , m_clock(clock)
    , m_burstWindow(scaledWindow(10s, mode))
    , m_dailyWindow(scaledWindow(24h, mode))
{ }

bool GhlRateLimiter::admit(const QString &key)
{
    if (m_mode == RateLimitMode::Off || key.isEmpty()) {
        return true;
    }
    auto &budget = m_budgets[key];
    if (!budget) {
        budget = std::make_shared<Budget>(
            Budget {RateWindow(BurstLimit, m_burstWindow), RateWindow(DailyLimit, m_dailyWindow)});
    }
    const auto now = m_clock->steadyNow();
    // A request refused by either window counts against neither.
    if (budget->daily.remaining(now) <= 0 || !budget->burst.tryAcquire(now)) {
        return false;
    }
    return budget->daily.tryAcquire(now);
}

void GhlRateLimiter::writeHeaders(const QString &key, HttpResponse &response) const
{
    // With limits off the headers say so, so paced clients run at full speed too.
    const bool off = m_mode == RateLimitMode::Off;
    const int burstLimit = off ? UnlimitedBudget : BurstLimit;
    const int dailyLimit = off ? UnlimitedBudget : DailyLimit;
    int burstLeft = burstLimit;
    int dailyLeft = dailyLimit;
    if (!off) {
        if (const auto budget = m_budgets.value(key)) {
            const auto now = m_clock->steadyNow();
            burstLeft = budget->burst.remaining(now);
            dailyLeft = budget->daily.remaining(now);
        }
    }
    response.setHeader("X-RateLimit-Limit-Daily", QByteArray::number(dailyLimit));
    response.setHeader("X-RateLimit-Daily-Remaining", QByteArray::number(dailyLeft));
    response.setHeader("X-RateLimit-Interval-Milliseconds",
                       QByteArray::number(qint64(m_burstWindow.count())));
    response.setHeader("X-RateLimit-Max", QByteArray::number(burstLimit));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(burstLeft));
}

} // namespace Sandbox
