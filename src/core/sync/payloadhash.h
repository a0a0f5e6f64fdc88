// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/fieldvalues.h"

#include <QList>
#include <QString>

namespace Sync {

// A stable fingerprint of what a subscriber should look like. Equal hashes mean "nothing to
// send": the basis of idempotent re-runs.
// A link's QMap converts implicitly; the field order (by key) is the same either way.
[[nodiscard]] QString payloadHash(const QString &emailKey, const QString &name,
                                  const Mapping::FieldValues &fields, QList<qint64> groups,
                                  const QStringList &groupNames, bool optedOut);

} // namespace Sync
