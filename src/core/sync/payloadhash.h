// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Sync {

// A stable fingerprint of what a subscriber should look like. Equal hashes mean "nothing to
// send": the basis of idempotent re-runs.
[[nodiscard]] QString payloadHash(const QString &emailKey, const QString &name,
                                  const QMap<QString, QString> &fields, QList<qint64> groups,
                                  const QStringList &groupNames, bool optedOut);

} // namespace Sync
