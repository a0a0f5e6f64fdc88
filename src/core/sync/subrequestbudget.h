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
// Lives in the sync thread.
class SubRequestBudget final
{
public:
    SubRequestBudget(const Clock &clock, int limitPerWindow, std::chrono::milliseconds window);

    // Sub-requests to `endpoint` that may be sent now.
    [[nodiscard]] int available(const QString &endpoint) const;
    void consume(const QString &endpoint, int count);
    // How long until `endpoint` has room again (zero when it has).
    [[nodiscard]] std::chrono::milliseconds waitFor(const QString &endpoint) const;

    // The service reported (in a response to a request sent at `sentAt`) that its window
    // resets at `reset`: windows are at most that long.
    void learnWindow(std::chrono::milliseconds observed);
    [[nodiscard]] std::chrono::milliseconds window() const { return m_window; }
    // The service reported its per-window limit (the same for every endpoint).
    void learnLimit(int limit);
    // After an item came back 429 anyway: treat the endpoint as spent for a full window.
    void exhaust(const QString &endpoint);

private:
    struct Usage
    {
        std::chrono::steady_clock::time_point start {};
        int used = 0;
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
