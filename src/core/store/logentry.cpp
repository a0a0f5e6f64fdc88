// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/logentry.h"

using namespace Qt::StringLiterals;

namespace Store {

QString LogEntry::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Debug:
        return u"debug"_s;
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return u"info"_s;
}

std::optional<LogEntry::Severity> LogEntry::severityFromName(const QString &name)
{
    for (const Severity s : {Severity::Debug, Severity::Info, Severity::Warning, Severity::Error}) {
        if (name == severityName(s)) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace Store
