// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/fieldref.h"
#include "mapping/transformchain.h"

namespace Mapping {

// One rule of a mapping: take `source`, pass it through `transforms`, write it to the MailerLite
// field `target` (a key: "email", "name", "last_name", "company", ... or a custom key). A plain
// value type, any thread.
struct FieldMapping
{
    FieldRef source;
    TransformChain transforms;
    QString target;

    [[nodiscard]] static Result<FieldMapping> fromJson(const QJsonObject &object,
                                                       const QString &path);
    [[nodiscard]] QJsonObject toJson() const;

    bool operator==(const FieldMapping &other) const = default;
};

} // namespace Mapping
