// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace Store {

// One schema step of the state database, read from resources/sql/NNN_name.sql. Applying
// migration N moves PRAGMA user_version from N-1 to N.
struct Migration
{
    int version = 0;
    QString name; // file name without extension, e.g. "001_initial"
    QString sql; // the whole script; split into statements when applied
};

// Where the bundled migrations live in the Qt resource system.
[[nodiscard]] QString bundledMigrationDirectory();

// Reads every NNN_name.sql of `directory` (a resource path or a real folder), sorted by number.
// Any other file name, an unreadable file, a gap or a duplicate number is an error: the list is
// shipped with the program, so that is a programmer error a test must catch.
[[nodiscard]] Result<QList<Migration>> loadMigrations(const QString &directory);

// Versions must run 1, 2, ..., N in order, with non-empty scripts.
[[nodiscard]] Status validateMigrations(const QList<Migration> &migrations);

} // namespace Store
