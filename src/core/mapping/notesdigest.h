// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/note.h"

#include <QList>

namespace Mapping {

// Turns a contact's notes into one bounded text for a MailerLite field: the latest N notes by
// date, newest first, one "YYYY-MM-DD: text" line each, with HTML removed and whitespace
// collapsed. Pure functions, any thread.
class NotesDigest final
{
public:
    [[nodiscard]] static QString build(const QList<Ghl::Note> &notes, int latest, int maxLength);
    // Text content of an HTML fragment: tags dropped, common entities decoded, whitespace
    // collapsed to single spaces. A linear scan: notes can be thousands of characters long.
    [[nodiscard]] static QString plainText(const QString &html);
};

} // namespace Mapping
