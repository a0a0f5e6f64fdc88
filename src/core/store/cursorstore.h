// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

class Clock;

namespace Store {

class StateDatabase;

// The incremental sync cursor of each profile: the highest GHL dateUpdated seen by its last
// complete run. Runs in the thread that owns the StateDatabase; works inside and outside a
// caller's transaction().
class CursorStore final
{
    Q_DECLARE_TR_FUNCTIONS(Store::CursorStore)

public:
    // `clock` stamps updates; it must outlive the store.
    CursorStore(StateDatabase &db, const Clock &clock);

    // Unset until a run completes, and after clear(): the next run is a full fetch. In UTC.
    [[nodiscard]] Result<std::optional<QDateTime>> get(const QString &profile) const;
    [[nodiscard]] Status set(const QString &profile, const QDateTime &cursor);
    [[nodiscard]] Status clear(const QString &profile);

private:
    StateDatabase &m_db;
    const Clock &m_clock;
};

} // namespace Store
