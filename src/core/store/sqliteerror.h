// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QSqlError>

namespace Store {

// The primary SQLite result code of a QSQLITE error (SQLITE_BUSY = 5, SQLITE_CONSTRAINT = 19 ...),
// or 0 when there is none.
[[nodiscard]] int sqlitePrimaryCode(const QSqlError &error);

// Error{Kind::Storage} for a failed SQLite operation on the state file at `path`: the user
// message depends on the error class (busy, disk full, read-only, damaged); `what` (an SQL
// statement or step name, never bound values) and the SQLite text go to the detail.
[[nodiscard]] Error sqliteError(const QSqlError &error, const QString &path, const QString &what);

} // namespace Store
