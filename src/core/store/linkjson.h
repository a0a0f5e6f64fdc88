// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The JSON text of the "last pushed" state in the links table: fields as a flat object of
// strings, group ids as an array of strings (a JSON number is a double and loses digits
// beyond 2^53). Reading is on the path of LinkStore::loadAll, so the compact form written
// here is parsed without building a QJsonDocument; anything else goes through the full parser.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

namespace Store::LinkJson {

[[nodiscard]] QString fieldsToJson(const QMap<QString, QString> &fields);
[[nodiscard]] QString groupsToJson(const QList<qint64> &groups);

// False when `json` is not an object (fields) or an array of integer ids (groups); `out` is
// then unspecified. Non-string field values are kept as their text.
[[nodiscard]] bool parseFields(QStringView json, QMap<QString, QString> &out);
[[nodiscard]] bool parseGroups(QStringView json, QList<qint64> &out);

} // namespace Store::LinkJson
