// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/failurerecord.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class Clock;

namespace Store {

class StateDatabase;

// Items that failed, for the "Failed items" view and for retries. A contact has at most one
// open failure per profile; failing again bumps its attempt count. Stored payloads and server
// messages are redacted. Runs in the thread that owns the StateDatabase; every method works
// inside and outside a caller's transaction().
class FailureStore final
{
    Q_DECLARE_TR_FUNCTIONS(Store::FailureStore)

public:
    // `clock` stamps status changes; it must outlive the store.
    FailureStore(StateDatabase &db, const Clock &clock);

    // Opens a failure for failure.contactId, or bumps the attempts of its open one (which then
    // takes the new run, error and payload). Items without a contact id always get a new row.
    [[nodiscard]] Status record(const QString &profile, std::optional<qint64> runId,
                                const FailureRecord &failure);
    // Newest first; all statuses when `status` is unset.
    [[nodiscard]] Result<QList<FailureRecord>>
    list(const QString &profile, std::optional<FailureRecord::Status> status = {}) const;
    // A later success of the contact closes its open failure. No open failure: nothing to do.
    [[nodiscard]] Status markRetried(const QString &profile, const QString &contactId);
    // The user dismisses a failure. A failure already closed by a retry is refused.
    [[nodiscard]] Status ignore(qint64 id, const QString &reason);
    [[nodiscard]] Result<FailureRecord> get(qint64 id) const;
    // Contacts to retry, sorted.
    [[nodiscard]] Result<QStringList> openContactIds(const QString &profile) const;

private:
    StateDatabase &m_db;
    const Clock &m_clock;
};

} // namespace Store
