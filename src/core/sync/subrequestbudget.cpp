// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/subrequestbudget.h"

#include <algorithm>

using namespace std::chrono;

namespace Sync {

SubRequestBudget::SubRequestBudget(const Clock &clock, int limitPerWindow, milliseconds window)
    : m_clock(clock)
    , m_limit(limitPerWindow)
    , m_window(window)
{ }

milliseconds SubRequestBudget::span() const
{
    // The start is already the latest possible one (see the header), so the margin only covers
    // timer granularity and a learned window a little shorter than the real one: 1 %, at
    // least 2 ms.
    return m_window + std::max(m_window / 100, milliseconds(2));
}

bool SubRequestBudget::open(const Usage &usage) const
{
    return usage.used > 0 && (usage.awaitingAnswer || m_clock.steadyNow() < usage.start + span());
}

int SubRequestBudget::available(const QString &endpoint) const
{
    const auto it = m_usage.constFind(endpoint);
    if (it == m_usage.cend() || !open(*it)) {
        return m_limit;
    }
    return std::max(0, m_limit - it->used);
}

void SubRequestBudget::consume(const QString &endpoint, int count)
{
    Usage &usage = m_usage[endpoint];
    if (!open(usage)) {
        usage.start = m_clock.steadyNow();
        usage.used = 0;
        usage.awaitingAnswer = true;
    }
    usage.used += count;
}

void SubRequestBudget::answered(const QString &endpoint)
{
    const auto it = m_usage.find(endpoint);
    if (it != m_usage.end() && it->awaitingAnswer) {
        it->start = m_clock.steadyNow();
        it->awaitingAnswer = false;
    }
}

milliseconds SubRequestBudget::waitFor(const QString &endpoint) const
{
    const auto it = m_usage.constFind(endpoint);
    if (it == m_usage.cend() || !open(*it)) {
        return milliseconds(0);
    }
    if (it->awaitingAnswer) {
        return span();
    }
    return duration_cast<milliseconds>(it->start + span() - m_clock.steadyNow()) + milliseconds(1);
}

void SubRequestBudget::learnWindow(milliseconds observed)
{
    if (observed <= milliseconds(0)) {
        return;
    }
    // The longest reset seen is the best estimate of the window; never assume more than the
    // published minute.
    m_window = m_learned ? std::max(m_window, observed) : observed;
    m_window = std::min(m_window, milliseconds(minutes(1)));
    m_learned = true;
}

void SubRequestBudget::learnLimit(int limit)
{
    if (limit > 0) {
        m_limit = limit;
    }
}

void SubRequestBudget::exhaust(const QString &endpoint)
{
    Usage &usage = m_usage[endpoint];
    usage.start = m_clock.steadyNow();
    usage.used = m_limit;
    usage.awaitingAnswer = false;
}

} // namespace Sync
