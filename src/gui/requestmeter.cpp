// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestmeter.h"

#include "util/clock.h"

RequestMeter::RequestMeter(const Clock &clock, std::chrono::milliseconds window)
    : m_clock(clock)
    , m_window(window)
{
    reset();
}

void RequestMeter::reset()
{
    m_total = 0;
    m_samples.clear();
    m_samples.push_back({m_clock.steadyNow(), 0});
}

void RequestMeter::record(qint64 total)
{
    const auto now = m_clock.steadyNow();
    m_total = std::max(m_total, total);
    m_samples.push_back({now, m_total});
    // The newest sample at or before the window's start is the baseline; older ones can go.
    while (m_samples.size() > 1 && m_samples[1].at <= now - m_window) {
        m_samples.pop_front();
    }
}

qint64 RequestMeter::inWindow() const
{
    const auto start = m_clock.steadyNow() - m_window;
    qint64 baseline = 0;
    for (const Sample &s : m_samples) {
        if (s.at > start) {
            break;
        }
        baseline = s.total;
    }
    return m_total - baseline;
}
