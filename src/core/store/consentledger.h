// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/consententry.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

namespace Store {

class StateDatabase;

// The audit trail of subscription status changes. Append-only: the schema's trigger refuses
// any change to a recorded row, so there is deliberately no update or delete here. Runs in the
// thread that owns the StateDatabase; works inside and outside a caller's transaction().
class ConsentLedger final
{
    Q_DECLARE_TR_FUNCTIONS(Store::ConsentLedger)

public:
    explicit ConsentLedger(StateDatabase &db);

    // Records a change; newStatus, reason and createdAt are required.
    [[nodiscard]] Status append(const ConsentEntry &entry);
    // Oldest first; one contact's history when `contactId` is given.
    [[nodiscard]] Result<QList<ConsentEntry>> list(const QString &profile,
                                                   const QString &contactId = {}) const;

private:
    StateDatabase &m_db;
};

} // namespace Store
