// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Store {

// One line of the user-facing sync log: emitted by the engine, shown live and stored with its
// run (log_entries). Never carries a credential. A value; safe to pass between threads.
struct LogEntry
{
    enum class Severity { Debug, Info, Warning, Error };

    QDateTime time;
    Severity severity = Severity::Info;
    QString contactId; // empty when the line is about the run as a whole
    QString message;

    // The stored names: "debug", "info", "warning", "error".
    [[nodiscard]] static QString severityName(Severity severity);
    [[nodiscard]] static std::optional<Severity> severityFromName(const QString &name);

    bool operator==(const LogEntry &) const = default;
};

} // namespace Store

Q_DECLARE_METATYPE(Store::LogEntry)
