// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/consententry.h"

using namespace Qt::StringLiterals;

namespace Store {

QString ConsentEntry::sourceName(Source source)
{
    switch (source) {
    case Source::Sync:
        return u"sync"_s;
    case Source::User:
        return u"user"_s;
    case Source::Writeback:
        return u"writeback"_s;
    }
    return u"sync"_s;
}

std::optional<ConsentEntry::Source> ConsentEntry::sourceFromName(const QString &name)
{
    for (const Source s : {Source::Sync, Source::User, Source::Writeback}) {
        if (name == sourceName(s)) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace Store
