// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace Sandbox {

// Decides, request by request, whether a fake server misbehaves and how. Deterministic for a
// given seed, so a failing test can be replayed. Lives in the server's thread.
class FaultInjector final
{
public:
    struct Rates
    {
        double serverError = 0.0; // answer 500, 502 or 503 without touching state
        double rateLimitBurst = 0.0; // start a burst of 429s
        int burstLength = 5;
        double drop = 0.0; // close the connection without an answer
        double truncate = 0.0; // do the work, then send half of the JSON body
        double stall = 0.0; // do the work, then answer after stallMs
        int stallMs = 5000;
        int latencyMs = 0; // added to every answer
    };

    enum class Fault { None, ServerError, RateLimited, Drop, Truncate, Stall };

    explicit FaultInjector(quint32 seed = 1);

    void setRates(const Rates &rates);
    [[nodiscard]] const Rates &rates() const { return m_rates; }
    [[nodiscard]] bool isActive() const;

    // The next request's fate.
    [[nodiscard]] Fault next();
    // 500, 502 or 503 for a ServerError fault.
    [[nodiscard]] int nextServerErrorStatus();

    // "5xx=0.1,429=0.05,burst=5,drop=0.05,truncate=0.01,stall=0.01,stall_ms=5000,latency_ms=20"
    [[nodiscard]] static Result<Rates> parse(const QString &spec);
    // The same keys as parse(), as a JSON object (for POST /_sandbox/faults).
    [[nodiscard]] static Result<Rates> fromJson(const QJsonObject &object, const Rates &base);
    [[nodiscard]] static QJsonObject toJson(const Rates &rates);

private:
    Rates m_rates;
    QRandomGenerator m_random;
    int m_burstLeft = 0;
};

} // namespace Sandbox
