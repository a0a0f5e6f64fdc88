// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/etaestimator.h"

#include "util/clock.h"

#include <cmath>

namespace Sync {

EtaEstimator::EtaEstimator(const Clock &clock, std::chrono::milliseconds window)
    : m_clock(clock)
    , m_window(window)
{ }

void EtaEstimator::reset()
{
    m_phase.clear();
    m_total = 0;
    m_samples.clear();
}

void EtaEstimator::addSample(qint64 done, qint64 total, const QString &phase)
{
    if (phase != m_phase || total != m_total
        || (!m_samples.empty() && done < m_samples.back().done)) {
        reset();
        m_phase = phase;
        m_total = total;
    }
    const auto now = m_clock.steadyNow();
    m_samples.push_back({now, done});
    // Keep the newest report at or before the window's start, so the window stays covered.
    while (m_samples.size() > 2 && m_samples[1].at <= now - m_window) {
        m_samples.pop_front();
    }
}

double EtaEstimator::rate() const
{
    if (m_samples.size() < 2) {
        return 0.0;
    }
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    // Up to now, not to the last report: no news for a while means slower progress.
    const auto span
        = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.steadyNow() - first.at);
    if (span < MinimumSpan || last.done <= first.done) {
        return 0.0;
    }
    return double(last.done - first.done) * 1000.0 / double(span.count());
}

std::optional<std::chrono::milliseconds> EtaEstimator::remaining() const
{
    if (m_total <= 0 || m_samples.empty()) {
        return std::nullopt;
    }
    const qint64 left = m_total - m_samples.back().done;
    if (left <= 0) {
        return std::chrono::milliseconds(0);
    }
    const double perSecond = rate();
    if (perSecond <= 0.0) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(qint64(std::ceil(double(left) * 1000.0 / perSecond)));
}

} // namespace Sync
