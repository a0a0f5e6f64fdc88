// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Store {
class StateDatabase;
}

namespace Sync {

// The table of what WriteBack changed in GoHighLevel (writebacks, 003_writeback.sql), kept so
// that GHL's report of the change is recognised as an echo. Runs in the thread that owns the
// StateDatabase.
class WriteBackJournal final
{
    Q_DECLARE_TR_FUNCTIONS(Sync::WriteBackJournal)

public:
    struct Entry
    {
        enum class Kind { EmailDnd, Tag };

        qint64 id = 0; // set when recorded
        QString contactId;
        Kind kind = Kind::EmailDnd;
        QString tag; // Tag only
        QString eventId; // the MailerLite event that caused it
        QDateTime writtenAt;
    };

    WriteBackJournal(Store::StateDatabase &db, QString profile);

    // The new row's id.
    [[nodiscard]] Result<qint64> record(const Entry &entry);
    // Forgets a write that did not happen after all.
    [[nodiscard]] Status remove(qint64 id);
    // One contact's writes at or after `since`, newest first.
    [[nodiscard]] Result<QList<Entry>> since(const QString &contactId,
                                             const QDateTime &since) const;

private:
    Store::StateDatabase &m_db;
    QString m_profile;
};

} // namespace Sync
