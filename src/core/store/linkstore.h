// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/link.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Store {

class StateDatabase;

// Reads and writes the links of a profile: which MailerLite subscriber each GHL contact became
// and what was last pushed. Runs in the thread that owns the StateDatabase; every method works
// inside and outside a caller's StateDatabase::transaction().
class LinkStore final
{
    Q_DECLARE_TR_FUNCTIONS(Store::LinkStore)

public:
    explicit LinkStore(StateDatabase &db);

    // Every link of the profile by GHL contact id: the planner's input.
    [[nodiscard]] Result<QHash<QString, Link>> loadAll(const QString &profile) const;
    [[nodiscard]] Result<std::optional<Link>> find(const QString &profile,
                                                   const QString &contactId) const;
    // Trimmed, case-insensitive (ASCII letters, as SQLite's lower()). With several links for
    // one address the most recently synced wins.
    [[nodiscard]] Result<std::optional<Link>> findByEmail(const QString &profile,
                                                          const QString &email) const;
    // The link of a MailerLite subscriber (events from MailerLite name the subscriber).
    [[nodiscard]] Result<std::optional<Link>> findBySubscriber(const QString &profile,
                                                               qint64 subscriberId) const;
    // Inserts or replaces the link of link.contactId. The email is stored trimmed.
    [[nodiscard]] Status upsert(const QString &profile, const Link &link);
    // Removing a link that does not exist is not an error.
    [[nodiscard]] Status remove(const QString &profile, const QString &contactId);
    [[nodiscard]] Result<int> count(const QString &profile) const;

private:
    Result<std::optional<Link>> findOne(const QString &where, const QVariantMap &binds) const;

    StateDatabase &m_db;
};

} // namespace Store
