// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/mailerlitelimits.h"
#include "util/result.h"

#include <QJsonObject>

namespace Mapping {

// Settings that apply to a whole mapping. A plain value type, any thread.
struct MappingOptions
{
    // Region for phone numbers written without a country code ("(415) 555-2671").
    QString defaultPhoneRegion = QStringLiteral("US");
    // Defaults for notes digests whose source does not set its own.
    int notesLatest = 3;
    int notesMaxLength = MailerLiteLimits::textLength;
    // When set, only contacts carrying this tag belong to the synced set.
    QString syncedTag;

    [[nodiscard]] static Result<MappingOptions> fromJson(const QJsonObject &object,
                                                         const QString &path);
    [[nodiscard]] QJsonObject toJson() const;

    bool operator==(const MappingOptions &other) const = default;
};

} // namespace Mapping
