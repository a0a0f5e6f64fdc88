// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>
#include <deque>

class Clock;

// Turns a run's running total of requests to one service into "requests in the last window",
// to show next to the service's rate limit (GHL: 100 per 10 s; MailerLite: 60 per minute).
// Uses the injected clock's monotonic time. Lives in the GUI thread.
class RequestMeter final
{
public:
    RequestMeter(const Clock &clock, std::chrono::milliseconds window);

    // A new run: its total starts from zero now.
    void reset();
    // The run's total so far.
    void record(qint64 total);

    [[nodiscard]] qint64 total() const { return m_total; }
    // Requests sent within the last window, up to now.
    [[nodiscard]] qint64 inWindow() const;
    [[nodiscard]] std::chrono::milliseconds window() const { return m_window; }

private:
    struct Sample
    {
        std::chrono::steady_clock::time_point at;
        qint64 total = 0;
    };

    const Clock &m_clock;
    std::chrono::milliseconds m_window;
    qint64 m_total = 0;
    std::deque<Sample> m_samples; // oldest first; the first one is the run's start at 0
};
