// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <deque>
#include <optional>

class Clock;

namespace Sync {

// Estimates the time left in a phase of a run from its progress reports ("done of total").
// The rate is measured over a sliding window of recent reports up to now, so a slow start is
// forgotten and a stall (a rate-limit pause) makes the estimate grow instead of freezing. A new
// phase, a new total or progress going backwards starts over. Uses the injected clock's
// monotonic time. Lives in the thread that uses it (the GUI thread); not thread-safe.
class EtaEstimator final
{
public:
    static constexpr std::chrono::milliseconds DefaultWindow {20'000};
    // No estimate before the reports span this long: the first seconds say little.
    static constexpr std::chrono::milliseconds MinimumSpan {1'000};

    explicit EtaEstimator(const Clock &clock, std::chrono::milliseconds window = DefaultWindow);

    void reset();
    // Records that `done` of `total` items of `phase` are finished, at the clock's time.
    void addSample(qint64 done, qint64 total, const QString &phase = {});

    // The time left; nullopt while unknown (too few reports, no progress yet, no total).
    [[nodiscard]] std::optional<std::chrono::milliseconds> remaining() const;
    // Items per second over the window, up to now; 0 while unknown.
    [[nodiscard]] double rate() const;

private:
    struct Sample
    {
        std::chrono::steady_clock::time_point at;
        qint64 done = 0;
    };

    const Clock &m_clock;
    std::chrono::milliseconds m_window;
    QString m_phase;
    qint64 m_total = 0;
    std::deque<Sample> m_samples; // oldest first
};

} // namespace Sync
