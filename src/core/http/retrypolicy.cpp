// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/retrypolicy.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

quint32 seedFrom(const std::optional<quint32> &seed)
{
    if (seed) {
        return *seed;
    }
    std::random_device device;
    return device();
}

QString describe(const Api::RetryPolicy::Outcome &outcome)
{
    if (outcome.httpStatus > 0) {
        return u"HTTP %1"_s.arg(outcome.httpStatus);
    }
    return Error::kindName(outcome.kind);
}

} // namespace

namespace Api {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Config {})
{ }

RetryPolicy::RetryPolicy(Config config)
    : m_config(config)
    , m_random(seedFrom(config.seed))
{ }

bool RetryPolicy::isTransient(const Outcome &outcome)
{
    if (outcome.httpStatus == 429) {
        return true;
    }
    if (outcome.httpStatus >= 500 && outcome.httpStatus <= 599) {
        // 501 Not Implemented and 505 HTTP Version Not Supported will answer the same again.
        return outcome.httpStatus != 501 && outcome.httpStatus != 505;
    }
    if (outcome.httpStatus >= 200 && outcome.httpStatus <= 299) {
        // A success whose body cannot be read was damaged on the way (cut off, garbled):
        // asking again gives a whole answer, where resending is safe at all.
        return outcome.kind == Error::Kind::Parse;
    }
    if (outcome.httpStatus > 0) {
        return false;
    }
    return outcome.kind == Error::Kind::Timeout || outcome.kind == Error::Kind::Network;
}

std::chrono::milliseconds RetryPolicy::backoffCeiling(int attemptsMade) const
{
    // Doubling stops well before overflow; maxDelay caps it anyway.
    const int doublings = std::clamp(attemptsMade - 1, 0, 30);
    const qint64 ceiling = qint64(m_config.baseDelay.count()) << doublings;
    return std::min(m_config.maxDelay, std::chrono::milliseconds(ceiling));
}

std::chrono::milliseconds RetryPolicy::backoff(int attemptsMade)
{
    std::uniform_int_distribution<qint64> pick(0, backoffCeiling(attemptsMade).count());
    return std::chrono::milliseconds(pick(m_random));
}

RetryPolicy::Decision RetryPolicy::decide(int attemptsMade, const Outcome &outcome,
                                          bool resendAllowed, int maxAttempts)
{
    Decision decision;
    decision.reason = describe(outcome);
    if (!isTransient(outcome)) {
        decision.reason += u", not retryable"_s;
        return decision;
    }
    if (!resendAllowed && !outcome.connectionRefused) {
        decision.reason += u", not safe to resend"_s;
        return decision;
    }
    const int limit = maxAttempts > 0 ? maxAttempts : m_config.maxAttempts;
    if (attemptsMade >= limit) {
        decision.reason += u", %1 attempts made"_s.arg(attemptsMade);
        return decision;
    }
    if (outcome.retryAfter) {
        if (*outcome.retryAfter > m_config.maxServerDelay) {
            decision.reason
                += u", server asks to wait %1 s"_s.arg(outcome.retryAfter->count() / 1000);
            return decision;
        }
        decision.retry = true;
        decision.delay = *outcome.retryAfter;
        return decision;
    }
    decision.retry = true;
    decision.delay = backoff(attemptsMade);
    return decision;
}

} // namespace Api
