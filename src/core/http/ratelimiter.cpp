// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ratelimiter.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Api {

RateLimiter::Limits RateLimiter::Limits::ghl()
{
    // 1% of the window absorbs the delay jitter between two requests to a remote host.
    return {100, 10s, 200'000, 100ms, 15min};
}

RateLimiter::Limits RateLimiter::Limits::mailerLite()
{
    return {60, 60s, 0, 600ms, 15min};
}

RateLimiter::RateLimiter(const Clock &clock, Limits defaults)
    : m_clock(clock)
    , m_defaults(defaults)
{ }

QString RateLimiter::key(const QString &service, const QString &credentialFingerprint,
                         const QString &partition, const QString &endpoint)
{
    return service % u'|' % credentialFingerprint % u'|' % partition % u'|'
        % (endpoint.isEmpty() ? u"*"_s : endpoint);
}

RateLimiter::State &RateLimiter::state(const QString &key)
{
    auto it = m_states.find(key);
    if (it == m_states.end()) {
        State fresh;
        fresh.limit = m_defaults.maxPerWindow;
        fresh.window = m_defaults.window;
        fresh.dailyRemaining = m_defaults.daily > 0 ? m_defaults.daily : -1;
        it = m_states.insert(key, fresh);
    }
    return *it;
}

const RateLimiter::State *RateLimiter::find(const QString &key) const
{
    const auto it = m_states.constFind(key);
    return it == m_states.cend() ? nullptr : &*it;
}

std::chrono::nanoseconds RateLimiter::span(const State &s) const
{
    return s.window + m_defaults.margin;
}

void RateLimiter::prune(State &s, TimePoint now) const
{
    const auto length = span(s);
    while (!s.issued.empty() && s.issued.front() + length <= now) {
        s.issued.pop_front();
    }
    while (!s.foreignExpiry.empty() && s.foreignExpiry.front() <= now) {
        s.foreignExpiry.pop_front();
    }
}

int RateLimiter::used(const State &s, TimePoint now) const
{
    const auto length = span(s);
    const auto live = [now](TimePoint leaves) {
        return leaves > now;
    };
    return int(std::count_if(s.issued.begin(), s.issued.end(),
                             [&](TimePoint at) { return live(at + length); })
               + std::count_if(s.foreignExpiry.begin(), s.foreignExpiry.end(), live));
}

std::chrono::nanoseconds RateLimiter::untilFree(const State &s, TimePoint now) const
{
    const int inWindow = used(s, now);
    if (s.limit <= 0 || inWindow < s.limit) {
        return 0ns;
    }
    // The (inWindow - limit + 1)-th entry to leave the window frees the first slot.
    std::vector<TimePoint> leaves;
    leaves.reserve(s.issued.size() + s.foreignExpiry.size());
    for (TimePoint at : s.issued) {
        if (at + span(s) > now) {
            leaves.push_back(at + span(s));
        }
    }
    for (TimePoint at : s.foreignExpiry) {
        if (at > now) {
            leaves.push_back(at);
        }
    }
    const auto nth = leaves.begin() + (inWindow - s.limit);
    std::nth_element(leaves.begin(), nth, leaves.end());
    return *nth - now;
}

RateLimiter::Slot RateLimiter::acquire(const QString &key)
{
    const TimePoint now = m_clock.steadyNow();
    State &s = state(key);
    prune(s, now);

    Slot slot;
    if (s.dailyRemaining == 0) {
        if (now < s.dailyProbeAt) {
            slot.dailyExhausted = true;
            return slot;
        }
        s.dailyRemaining = -1; // let one request find out whether the day has turned
    }
    std::chrono::nanoseconds wait = s.blockedUntil > now ? s.blockedUntil - now : 0ns;
    wait = std::max(wait, untilFree(s, now));
    if (wait > 0ns) {
        slot.wait = wait;
        return slot;
    }
    s.issued.push_back(now);
    if (s.dailyRemaining > 0) {
        --s.dailyRemaining;
    }
    slot.granted = true;
    slot.ticket = {s.nextSequence++, now};
    return slot;
}

void RateLimiter::update(const QString &key, const Ticket &ticket, int httpStatus,
                         const ResponseHeaders &headers)
{
    const TimePoint now = m_clock.steadyNow();
    State &s = state(key);
    if (const auto max = headerInt(headers, "x-ratelimit-max"); max && *max > 0) {
        s.limit = int(*max); // GHL
    } else if (const auto limit = headerInt(headers, "x-ratelimit-limit"); limit && *limit > 0) {
        s.limit = int(*limit); // MailerLite
    }
    if (const auto interval = headerInt(headers, "x-ratelimit-interval-milliseconds");
        interval && *interval > 0) {
        s.window = std::chrono::milliseconds(*interval);
    }
    prune(s, now);
    reconcileWindow(s, ticket, httpStatus, headers, now);
    reconcileDaily(s, ticket, headers, now);
}

void RateLimiter::reconcileWindow(State &s, const Ticket &ticket, int httpStatus,
                                  const ResponseHeaders &headers, TimePoint now)
{
    const auto remaining = headerInt(headers, "x-ratelimit-remaining");
    const auto waitHint = retryAfter(headers, m_clock.now());

    // Where the server's window ends, when it says so (MailerLite); clamped against clock skew.
    TimePoint windowEnd = now + span(s);
    if (const auto it = headers.constFind("x-ratelimit-reset"); it != headers.cend()) {
        if (const auto reset = parseHeaderDate(*it)) {
            const auto untilReset = std::chrono::milliseconds(m_clock.now().msecsTo(*reset));
            windowEnd = std::clamp(now + untilReset, now, now + span(s));
        }
    }

    // When the budget is spent, a retry hint says when the window ends (MailerLite sends one).
    if (waitHint && ((remaining && *remaining <= 0) || httpStatus == 429)) {
        windowEnd = std::min(windowEnd, now + *waitHint);
    }
    if (remaining && s.limit > 0) {
        const qint64 serverUsed = std::max<qint64>(0, s.limit - *remaining);
        const qint64 ours = std::count_if(s.issued.begin(), s.issued.end(),
                                          [&](TimePoint at) { return at <= ticket.issuedAt; });
        const qint64 foreign = qint64(s.foreignExpiry.size());
        const qint64 extra = serverUsed - ours - foreign;
        for (qint64 i = 0; i < extra; ++i) {
            s.foreignExpiry.push_back(windowEnd);
        }
        for (qint64 i = 0; i < -extra && !s.foreignExpiry.empty(); ++i) {
            s.foreignExpiry.pop_front(); // the server counts fewer: forget the oldest guesses
        }
        std::sort(s.foreignExpiry.begin(), s.foreignExpiry.end());
        if (*remaining <= 0 && waitHint) {
            s.blockedUntil = std::max(s.blockedUntil, now + *waitHint);
        }
    }
    if (httpStatus == 429) {
        // Refused: wait as told, or until the window surely ended when the server gives no time.
        s.blockedUntil = std::max(s.blockedUntil, waitHint ? now + *waitHint : windowEnd);
    }
}

void RateLimiter::reconcileDaily(State &s, const Ticket &ticket, const ResponseHeaders &headers,
                                 TimePoint now)
{
    const auto daily = headerInt(headers, "x-ratelimit-daily-remaining");
    if (!daily) {
        return;
    }
    // Requests issued after this one are not in the server's figure yet.
    const qint64 issuedSince = qint64(s.nextSequence - ticket.sequence) - 1;
    s.dailyRemaining = std::max<qint64>(0, *daily - std::max<qint64>(0, issuedSince));
    if (s.dailyRemaining == 0) {
        s.dailyProbeAt = now + m_defaults.dailyProbeInterval;
    }
}

int RateLimiter::limit(const QString &key) const
{
    const State *s = find(key);
    return s ? s->limit : m_defaults.maxPerWindow;
}

std::chrono::milliseconds RateLimiter::window(const QString &key) const
{
    const State *s = find(key);
    return s ? s->window : m_defaults.window;
}

int RateLimiter::available(const QString &key) const
{
    const State *s = find(key);
    if (!s) {
        return m_defaults.maxPerWindow;
    }
    const TimePoint now = m_clock.steadyNow();
    if (s->blockedUntil > now || s->dailyRemaining == 0) {
        return 0;
    }
    return std::max(0, s->limit - used(*s, now));
}

int RateLimiter::foreignUsage(const QString &key) const
{
    const State *s = find(key);
    if (!s) {
        return 0;
    }
    const TimePoint now = m_clock.steadyNow();
    return int(std::count_if(s->foreignExpiry.begin(), s->foreignExpiry.end(),
                             [now](TimePoint at) { return at > now; }));
}

qint64 RateLimiter::dailyRemaining(const QString &key) const
{
    const State *s = find(key);
    return s ? s->dailyRemaining : (m_defaults.daily > 0 ? m_defaults.daily : -1);
}

std::chrono::nanoseconds RateLimiter::blockedFor(const QString &key) const
{
    const State *s = find(key);
    const TimePoint now = m_clock.steadyNow();
    return s && s->blockedUntil > now ? s->blockedUntil - now : 0ns;
}

} // namespace Api
