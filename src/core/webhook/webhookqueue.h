// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"
#include "webhook/webhookevent.h"

#include <QCoreApplication>

#include <optional>

namespace Store {
class StateDatabase;
}

namespace Webhooks {

// The durable queue of received webhook events of one profile, in the state database: an
// event is stored before the service gets its 2xx, and stays pending until a run settles it.
// The (profile, source, event id) key makes a replayed delivery a Duplicate. Runs in the
// thread that owns the StateDatabase.
class WebhookQueue final
{
    Q_DECLARE_TR_FUNCTIONS(Webhooks::WebhookQueue)

public:
    enum class Added { Queued, Duplicate };
    enum class Settlement { Applied, Failed, Ignored };

    struct Entry
    {
        qint64 rowId = 0;
        WebhookEvent event;
        QDateTime receivedAt;
    };

    WebhookQueue(Store::StateDatabase &db, QString profile);

    [[nodiscard]] Result<Added> add(const WebhookEvent &event, const QDateTime &receivedAt);
    // Oldest first, at most `limit`.
    [[nodiscard]] Result<QList<Entry>> pending(int limit) const;
    [[nodiscard]] Result<int> pendingCount() const;
    // Settles rows after a run (`runId` when one applied them); `note` says why for failed and
    // ignored events.
    [[nodiscard]] Status settle(const QList<qint64> &rowIds, Settlement settlement,
                                const QDateTime &at, std::optional<qint64> runId = std::nullopt,
                                const QString &note = {});
    // Whether the event was seen before, settled or not.
    [[nodiscard]] Result<bool> contains(WebhookEvent::Source source, const QString &eventId) const;
    // Forgets settled events received before `before`; pending ones always stay. A replay
    // older than the receiver's time window is refused by its timestamp anyway.
    [[nodiscard]] Result<int> prune(const QDateTime &before);

private:
    Store::StateDatabase &m_db;
    QString m_profile;
};

} // namespace Webhooks
