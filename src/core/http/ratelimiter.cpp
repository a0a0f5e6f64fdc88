// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ratelimiter.h"

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Api {

namespace {

// X-RateLimit-Reset as a date. A value without a fraction of a second was cut to the second
// (the window ends somewhere within it), so it counts as the end of that second: earlier would
// let a request reach the old window.
std::optional<QDateTime> resetDate(const ResponseHeaders &headers)
{
    const auto it = headers.constFind("x-ratelimit-reset");
    if (it == headers.cend()) {
        return std::nullopt;
    }
    const std::optional<QDateTime> reset = parseHeaderDate(*it);
    if (!reset || it->contains('.')) {
        return reset;
    }
    return reset->addSecs(1);
}

} // namespace

// 1% of the window absorbs the delay jitter between two requests to a remote host (100 ms for
// GHL's 10 s, 600 ms for MailerLite's minute); the 5 ms floor covers scheduling jitter when a
// learned window is much shorter.
RateLimiter::Limits RateLimiter::Limits::ghl()
{
    return {.maxPerWindow = 100,
            .window = 10s,
            .daily = 200'000,
            .margin = 5ms,
            .dailyProbeInterval = 15min,
            .marginPerMille = 10};
}

RateLimiter::Limits RateLimiter::Limits::mailerLite()
{
    return {.maxPerWindow = 60,
            .window = 60s,
            .daily = 0,
            .margin = 5ms,
            .dailyProbeInterval = 15min,
            .marginPerMille = 10};
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
    const auto share = std::chrono::nanoseconds(s.window) * m_defaults.marginPerMille / 1000;
    return s.window + std::max<std::chrono::nanoseconds>(share, m_defaults.margin);
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
    if (httpStatus == 429 && s.windowFromReset) {
        // The learned window was too short (a clock ahead of the server's, say): learning it
        // again would only repeat the refusal, so keep the published one from now on.
        s.resetLearningFailed = true;
        s.windowFromReset = false;
        s.window = m_defaults.window;
    }
    if (const auto interval = headerInt(headers, "x-ratelimit-interval-milliseconds");
        interval && *interval > 0) {
        s.window = std::chrono::milliseconds(*interval);
        s.windowFromReset = false;
    } else {
        learnWindowFromReset(s, ticket, headers, now);
    }
    prune(s, now);
    reconcileWindow(s, httpStatus, headers, now);
    reconcileDaily(s, ticket, headers, now);
}

void RateLimiter::learnWindowFromReset(State &s, const Ticket &ticket,
                                       const ResponseHeaders &headers, TimePoint now)
{
    // Only the answer to the request that opened the server's window says where the window
    // began: at that request's arrival, which is no earlier than its send time. Reset minus
    // send time is therefore never shorter than the window, bar a millisecond or two of
    // rounding in the dates (the margin's floor covers that); the smallest sample is the closest.
    const auto remaining = headerInt(headers, "x-ratelimit-remaining");
    if (s.resetLearningFailed || m_defaults.window <= 0ms || s.limit <= 0 || !remaining
        || *remaining != s.limit - 1) {
        return;
    }
    const std::optional<QDateTime> reset = resetDate(headers);
    if (!reset) {
        return;
    }
    const auto sinceSend = std::chrono::ceil<std::chrono::milliseconds>(now - ticket.issuedAt);
    const QDateTime sentAt = m_clock.now().addMSecs(-sinceSend.count());
    const auto sample = std::chrono::milliseconds(sentAt.msecsTo(*reset));
    if (sample <= 0ms) {
        return; // a reset before the request was sent: the clocks disagree, nothing to learn
    }
    if (s.resetSample == 0ms || sample < s.resetSample) {
        s.resetSample = sample;
    }
    s.window = std::min(s.resetSample, m_defaults.window);
    s.windowFromReset = s.window < m_defaults.window;
}

void RateLimiter::reconcileWindow(State &s, int httpStatus, const ResponseHeaders &headers,
                                  TimePoint now)
{
    const auto remaining = headerInt(headers, "x-ratelimit-remaining");
    const auto waitHint = retryAfter(headers, m_clock.now());

    // Where the server's window ends, when it says so (MailerLite); clamped against clock skew.
    TimePoint windowEnd = now + span(s);
    const std::optional<QDateTime> reset = resetDate(headers);
    if (reset) {
        const auto untilReset = std::chrono::milliseconds(m_clock.now().msecsTo(*reset));
        windowEnd = std::clamp(now + untilReset, now, now + span(s));
    }

    // When the budget is spent, a retry hint says when the window ends (MailerLite sends one).
    if (waitHint && ((remaining && *remaining <= 0) || httpStatus == 429)) {
        windowEnd = std::min(windowEnd, now + *waitHint);
    }
    if (remaining && s.limit > 0) {
        const qint64 serverUsed = std::max<qint64>(0, s.limit - *remaining);
        // The server counted every request that reached it before it answered, so requests we
        // issued after this one may be in its figure: counting only those issued before would
        // take them for someone else's and waste their slots. All our live requests count as
        // ours; foreign use then shows at the latest in the answers to those requests.
        const qint64 ours = qint64(s.issued.size());
        const qint64 foreign = qint64(s.foreignExpiry.size());
        const qint64 extra = serverUsed - ours - foreign;
        for (qint64 i = 0; i < extra; ++i) {
            s.foreignExpiry.push_back(windowEnd);
        }
        for (qint64 i = 0; i < -extra && !s.foreignExpiry.empty(); ++i) {
            s.foreignExpiry.pop_front(); // the server counts fewer: forget the oldest guesses
        }
        std::sort(s.foreignExpiry.begin(), s.foreignExpiry.end());
        // A spent budget returns when the window ends: the reset date is exact (to the
        // millisecond in MailerLite's fast sandbox), the retry hint rounds up to whole seconds.
        if (*remaining <= 0 && reset) {
            s.blockedUntil = std::max(s.blockedUntil, windowEnd);
        } else if (*remaining <= 0 && waitHint) {
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
