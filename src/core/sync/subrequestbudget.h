// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/clock.h"

#include <QHash>
#include <QString>

#include <chrono>

namespace Sync {

// MailerLite counts every sub-request of a /batch against its own endpoint's limit (60 a minute
// per endpoint), which the HTTP layer cannot see: it only paces the /batch request itself. This
// budget keeps each sub-request endpoint within its window so a batch is never refused item by
// item. The window is learned from the service's rate-limit headers as it goes.
//
// Where a window starts: the service opens it when the first sub-request is processed, which is
// somewhere between our send and the answer. Until the answer to the batch that opened it comes
// back the window counts as open with no known end; the answer's arrival is then taken as its
// start. That is never earlier than the service's start, so the next window cannot overlap the
// current one whatever the network and queueing delays were, and it wastes only the batch's own
// round trip instead of a fixed share of every window.
// Lives in the sync thread.
class SubRequestBudget final
{
public:
    SubRequestBudget(const Clock &clock, int limitPerWindow, std::chrono::milliseconds window);

    // Sub-requests to `endpoint` that may be sent now.
    [[nodiscard]] int available(const QString &endpoint) const;
    void consume(const QString &endpoint, int count);
    // The answer to a batch carrying sub-requests to `endpoint` arrived now (or the batch failed
    // for good): a window this batch opened starts now at the latest.
    void answered(const QString &endpoint);
    // How long until `endpoint`'s current window ends and its full limit is back (zero when no
    // window is open). While the window's opening batch is unanswered the end is unknown: a
    // full window, as an upper bound to re-check.
    [[nodiscard]] std::chrono::milliseconds waitFor(const QString &endpoint) const;

    // The service reported that its window resets `observed` from now: windows are at least
    // that long.
    void learnWindow(std::chrono::milliseconds observed);
    [[nodiscard]] std::chrono::milliseconds window() const { return m_window; }
    // The service reported its per-window limit (the same for every endpoint).
    void learnLimit(int limit);
    [[nodiscard]] int limit() const { return m_limit; }
    // After an item came back 429 anyway: treat the endpoint as spent for a full window.
    void exhaust(const QString &endpoint);

private:
    struct Usage
    {
        std::chrono::steady_clock::time_point start {};
        int used = 0;
        bool awaitingAnswer = false; // the opening batch is still in flight: start unknown
    };

    [[nodiscard]] bool open(const Usage &usage) const;
    [[nodiscard]] std::chrono::milliseconds span() const;

    const Clock &m_clock;
    int m_limit;
    std::chrono::milliseconds m_window;
    bool m_learned = false;
    QHash<QString, Usage> m_usage;
};

} // namespace Sync
