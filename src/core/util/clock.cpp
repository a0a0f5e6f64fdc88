// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/clock.h"

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

std::chrono::steady_clock::time_point SystemClock::steadyNow() const
{
    return std::chrono::steady_clock::now();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{ }

QDateTime ManualClock::now() const
{
    return m_now;
}

std::chrono::steady_clock::time_point ManualClock::steadyNow() const
{
    return m_steady;
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    m_now = m_now.addMSecs(by.count());
    m_steady += by;
}

void ManualClock::setNow(const QDateTime &now)
{
    if (now > m_now) {
        m_steady += std::chrono::milliseconds(m_now.msecsTo(now));
    }
    m_now = now;
}
