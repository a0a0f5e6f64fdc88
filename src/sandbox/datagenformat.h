// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringView>

#include <initializer_list>
#include <utility>

namespace Sandbox {
class DataGenRandom;
}

// Renderings shared by the GHL and MailerLite parts of DataGenerator. The timestamps are
// hand-written because a large dataset formats a few hundred thousand of them.
namespace Sandbox::DataGen {

// A valid address, unique ignoring case as long as every call gets a different serial: the
// serial ends the local part and name handles hold no digits. Sometimes mixed case or
// plus-addressed.
[[nodiscard]] QString uniqueEmail(DataGenRandom &rng, QStringView first, QStringView last,
                                  quint64 serial);
// The same address in different letter case.
[[nodiscard]] QString caseVariant(DataGenRandom &rng, const QString &email);

// An object with Latin-1 keys: Qt stores and compares those faster than the UTF-16 keys the
// QJsonObject initializer-list constructor makes, which roughly halves the cost of a record.
[[nodiscard]] QJsonObject
jsonObject(std::initializer_list<std::pair<QLatin1StringView, QJsonValue>> members);

// GHL: "2026-01-01T00:00:00.000Z".
[[nodiscard]] QString isoMs(qint64 msSinceEpoch);
// MailerLite and GHL appointments: "2026-01-01 00:00:00".
[[nodiscard]] QString spaced(qint64 msSinceEpoch);
// MailerLite dates: "2026-01-01".
[[nodiscard]] QString dateOnly(qint64 msSinceEpoch);

} // namespace Sandbox::DataGen
