// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratewindow.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

bool parseRateLimitMode(const QString &text, RateLimitMode *mode)
{
    if (text == u"real") {
        *mode = RateLimitMode::Real;
    } else if (text == u"off") {
        *mode = RateLimitMode::Off;
    } else if (text == u"fast") {
        *mode = RateLimitMode::Fast;
    } else {
        return false;
    }
    return true;
}

std::chrono::milliseconds scaledWindow(std::chrono::milliseconds published, RateLimitMode mode)
{
    return mode == RateLimitMode::Fast ? published / 100 : published;
}

RateWindow::RateWindow(int limit, std::chrono::milliseconds window)
    : m_limit(limit)
    , m_window(window)
{ }

bool RateWindow::windowOpen(std::chrono::steady_clock::time_point now) const
{
    return m_used > 0 && now < m_windowStart + m_window;
}

bool RateWindow::tryAcquire(std::chrono::steady_clock::time_point now)
{
    if (!windowOpen(now)) {
        m_windowStart = now;
        m_used = 0;
    }
    if (m_used >= m_limit) {
        return false;
    }
    ++m_used;
    return true;
}

int RateWindow::remaining(std::chrono::steady_clock::time_point now) const
{
    return windowOpen(now) ? m_limit - m_used : m_limit;
}

std::chrono::milliseconds RateWindow::untilReset(std::chrono::steady_clock::time_point now) const
{
    if (!windowOpen(now)) {
        return std::chrono::milliseconds(0);
    }
    return std::chrono::duration_cast<std::chrono::milliseconds>(m_windowStart + m_window - now);
}

} // namespace Sandbox
