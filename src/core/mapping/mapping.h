// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/fieldmapping.h"
#include "mapping/grouprule.h"
#include "mapping/mappingoptions.h"

#include <QByteArray>
#include <QList>

namespace Mapping {

// How GHL contacts become MailerLite subscribers: field rules, tag -> group rules and options.
// Saved as versioned JSON ({"version": 1, ...}); loading a file from a newer version, or a
// malformed one, fails with a message naming the JSON path of the problem. Saving what was
// loaded gives the same document. A plain value type, any thread.
struct Mapping
{
    static constexpr int formatVersion = 1;

    QList<FieldMapping> fields;
    QList<GroupRule> groupRules;
    MappingOptions options;

    [[nodiscard]] static Result<Mapping> fromJson(const QJsonObject &object);
    [[nodiscard]] static Result<Mapping> fromJsonBytes(const QByteArray &json);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toJsonBytes() const;

    // The rule writing `target`, or nullptr.
    [[nodiscard]] const FieldMapping *fieldFor(const QString &target) const;

    bool operator==(const Mapping &other) const = default;
};

// email -> email, firstName -> name, lastName -> last_name, phone (E.164) -> phone,
// companyName -> company, city, state, country, postalCode -> zip. Text values are trimmed.
[[nodiscard]] Mapping defaultMapping();

} // namespace Mapping
