// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/responseheaders.h"
#include "util/clock.h"

#include <QHash>
#include <QString>

#include <chrono>
#include <deque>

namespace Api {

// Paces requests so that a service's rate limit is used fully but never exceeded.
//
// Each key (service + credential fingerprint + partition + endpoint template or "*", see key())
// gets a sliding log of the times we issued requests: a request may go when fewer than `limit`
// were issued in the last `window + margin`. The margin absorbs the difference in network delay
// between two requests, so the server's own window (fixed or sliding) never sees more than
// `limit`; it is a share of the current window with a floor, so a learned short window is not
// padded with a margin meant for a long one. The log starts from the published limits and is
// corrected by every response:
//  - X-RateLimit-Max / X-RateLimit-Limit and X-RateLimit-Interval-Milliseconds replace the limits;
//  - without an interval header (MailerLite), the window is learned from X-RateLimit-Reset minus
//    the send time of requests that opened the server's window (Remaining == Limit - 1): the
//    smallest such sample, never more than the published window. A 429 while such a learned
//    window is in use (our clock may run ahead of the server's) returns to the published window
//    for good;
//  - X-RateLimit-Remaining lower than our own count means someone else uses the same budget
//    (another program, a previous run): that usage is added as "foreign" entries, which expire at
//    X-RateLimit-Reset when the server sends it, otherwise after a full window;
//  - Remaining 0 blocks the key until X-RateLimit-Reset (to the millisecond when the server says
//    so), or else for the retry header's whole seconds;
//  - a 429 blocks the key for Retry-After / X-RateLimit-Retry-After, or for a full window when
//    the server gives no time;
//  - X-RateLimit-Daily-Remaining tracks GHL's daily budget; when it is spent, acquire() reports
//    it so the request fails instead of waiting for hours.
// Pure logic on an injected Clock: no timers, no sockets. Not thread-safe; lives in the thread
// of the HttpClient that owns it.
class RateLimiter final
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    struct Limits
    {
        int maxPerWindow = 0; // 0: no window limit
        std::chrono::milliseconds window {0};
        qint64 daily = 0; // 0: no daily limit
        // Added to the window: `marginPerMille` of the current window, at least `margin`. Covers
        // jitter in network delay between our requests; the floor covers a very short window.
        std::chrono::milliseconds margin {0};
        // How long a spent daily budget blocks before one request may probe it again.
        std::chrono::milliseconds dailyProbeInterval {std::chrono::minutes(15)};
        int marginPerMille = 0; // last, so positional initializers of the above keep working

        // GHL v2: 100 requests per 10 s burst and 200,000 per day, per app and location.
        [[nodiscard]] static Limits ghl();
        // MailerLite Classic: 60 requests per minute per endpoint.
        [[nodiscard]] static Limits mailerLite();
    };

    // Handed out with a slot; passed back with the response so headers can be reconciled.
    struct Ticket
    {
        quint64 sequence = 0;
        TimePoint issuedAt {};
    };

    struct Slot
    {
        bool granted = false;
        bool dailyExhausted = false; // refused for the day: do not wait, fail the request
        std::chrono::nanoseconds wait {0}; // when not granted: how long until a slot frees up
        Ticket ticket;
    };

    RateLimiter(const Clock &clock, Limits defaults);

    // "service|fingerprint|partition|endpoint". The fingerprint is a hash, never the secret.
    [[nodiscard]] static QString key(const QString &service, const QString &credentialFingerprint,
                                     const QString &partition, const QString &endpoint);

    // Takes a slot for one request under `key` if one is free now, and records it.
    [[nodiscard]] Slot acquire(const QString &key);
    // Learns from the response to a request issued with `ticket`.
    void update(const QString &key, const Ticket &ticket, int httpStatus,
                const ResponseHeaders &headers);

    // Inspection, for tests, logs and the "requests used" figures.
    [[nodiscard]] int limit(const QString &key) const;
    [[nodiscard]] std::chrono::milliseconds window(const QString &key) const;
    // Requests that may be issued right now under `key`.
    [[nodiscard]] int available(const QString &key) const;
    // Foreign requests assumed in the current window.
    [[nodiscard]] int foreignUsage(const QString &key) const;
    // -1 when unknown or unlimited.
    [[nodiscard]] qint64 dailyRemaining(const QString &key) const;
    [[nodiscard]] std::chrono::nanoseconds blockedFor(const QString &key) const;

private:
    struct State
    {
        int limit = 0;
        std::chrono::milliseconds window {0};
        std::deque<TimePoint> issued; // our requests, oldest first
        std::deque<TimePoint> foreignExpiry; // when each foreign request leaves the window
        TimePoint blockedUntil {};
        quint64 nextSequence = 0;
        qint64 dailyRemaining = -1;
        TimePoint dailyProbeAt {};
        // Smallest X-RateLimit-Reset sample of a window-opening request; 0 while none.
        std::chrono::milliseconds resetSample {0};
        bool windowFromReset = false; // `window` comes from resetSample
        bool resetLearningFailed = false; // a 429 came while windowFromReset
    };

    State &state(const QString &key);
    [[nodiscard]] const State *find(const QString &key) const;
    [[nodiscard]] std::chrono::nanoseconds span(const State &s) const;
    void prune(State &s, TimePoint now) const;
    [[nodiscard]] int used(const State &s, TimePoint now) const;
    [[nodiscard]] std::chrono::nanoseconds untilFree(const State &s, TimePoint now) const;
    void learnWindowFromReset(State &s, const Ticket &ticket, const ResponseHeaders &headers,
                              TimePoint now);
    void reconcileWindow(State &s, int httpStatus, const ResponseHeaders &headers, TimePoint now);
    void reconcileDaily(State &s, const Ticket &ticket, const ResponseHeaders &headers,
                        TimePoint now);

    const Clock &m_clock;
    Limits m_defaults;
    QHash<QString, State> m_states;
};

} // namespace Api
