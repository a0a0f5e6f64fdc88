// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QStringList>

namespace Store {

// Splits an SQL script into single statements, because QSQLITE executes one statement per
// query. Semicolons inside quotes, comments and CREATE TRIGGER ... END bodies do not split.
// Comments are dropped; an unterminated quote or comment is an error.
[[nodiscard]] Result<QStringList> splitSqlScript(const QString &script);

} // namespace Store
