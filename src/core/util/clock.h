// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <chrono>

// Time as the code sees it, so tests can inject a clock they control.
// Thread-safe: implementations hold no mutable shared state, or guard it.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    // Monotonic time for measuring intervals; never goes backwards.
    [[nodiscard]] virtual std::chrono::steady_clock::time_point steadyNow() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
    [[nodiscard]] std::chrono::steady_clock::time_point steadyNow() const override;
};

// A clock that only moves when told to. Not thread-safe: tests drive it from one thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));

    [[nodiscard]] QDateTime now() const override;
    [[nodiscard]] std::chrono::steady_clock::time_point steadyNow() const override;
    void advance(std::chrono::milliseconds by);
    void setNow(const QDateTime &now);

private:
    QDateTime m_now;
    std::chrono::steady_clock::time_point m_steady;
};
