// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/mapping.h"

#include <QCoreApplication>

namespace Mapping {

// A mapping exported to or imported from a JSON file (the same versioned document a profile
// stores). Saving is atomic (QSaveFile): a full disk never leaves half a file. Plain file I/O in
// the caller's thread.
class MappingFile final
{
    Q_DECLARE_TR_FUNCTIONS(Mapping::MappingFile)

public:
    [[nodiscard]] static Result<Mapping> load(const QString &path);
    [[nodiscard]] static Status save(const Mapping &mapping, const QString &path);
};

} // namespace Mapping
