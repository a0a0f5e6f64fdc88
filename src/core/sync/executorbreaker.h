// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QCoreApplication>

namespace Sync {

// The executor's circuit breaker: counts MailerLite requests in a row that got no usable
// answer (a 5xx, a timeout, a refused or dropped connection), each one already retried with
// backoff by HttpClient. At Threshold the service is taken for down: the executor stops writing
// and lists what is left as failed, instead of spending every remaining batch's retries on it.
// Any answer from the service ends the streak. A plain value in the sync thread.
class ExecutorBreaker final
{
    Q_DECLARE_TR_FUNCTIONS(Sync::ExecutorBreaker)

public:
    // Five: a request only counts once HttpClient's own retries (5 attempts with backoff) are
    // spent, so five in a row are 25 unanswered attempts with nothing succeeding in between,
    // which random transient faults practically never produce (tst_syncfaults' fault rates do
    // not come close), while a service that is down stops the run after a handful of requests
    // rather than after every one of a large plan's batches.
    static constexpr int Threshold = 5;

    // Whether `error` says the service did not answer usefully (as opposed to refusing an item).
    [[nodiscard]] static bool isUnavailable(const Error &error);

    // A request got an answer: the streak ends.
    void answered() { m_streak = 0; }
    // A request failed for good with `error`. True when this trips the breaker; failures that
    // are not unavailability (429s after every retry, say) neither count nor end the streak.
    [[nodiscard]] bool failed(const Error &error);
    [[nodiscard]] bool tripped() const { return m_streak >= Threshold; }

    // The run's error once tripped.
    [[nodiscard]] Error runError(int itemsLeft) const;
    // The reason listed for an item left over: `sent` when a request of it was on the wire or
    // waiting for a retry when the run stopped, else it was never attempted.
    [[nodiscard]] Error itemError(bool sent) const;

private:
    int m_streak = 0;
    Error m_last;
};

} // namespace Sync
