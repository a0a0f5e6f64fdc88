// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Store {

// One row of the consent ledger: a subscription status change and why it happened.
// Recorded once, never changed. A value.
struct ConsentEntry
{
    enum class Source {
        Sync, // the sync engine applied a GHL status (DND, mirror clean-up)
        User, // the user decided in the GUI or the CLI
        Writeback, // a MailerLite unsubscribe written back to GHL
    };

    qint64 id = 0; // set when read back
    QString profile;
    QString contactId; // GHL contact id, empty when unknown
    QString email;
    qint64 subscriberId = 0; // MailerLite id, 0 when unknown
    QString oldStatus; // empty when unknown
    QString newStatus;
    QString reason;
    Source source = Source::Sync;
    std::optional<qint64> runId;
    QDateTime createdAt;

    // The stored names: "sync", "user", "writeback".
    [[nodiscard]] static QString sourceName(Source source);
    [[nodiscard]] static std::optional<Source> sourceFromName(const QString &name);
};

} // namespace Store
