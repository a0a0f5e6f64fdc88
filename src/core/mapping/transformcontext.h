// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Mapping {

class PhoneNormalizer;

// What a transform may look at besides its input: the contact's tags (for tag-present rules),
// the phone normaliser of the calling thread and the mapping's default phone region.
struct TransformContext
{
    const QStringList *tags = nullptr;
    PhoneNormalizer *phone = nullptr; // required by the E.164 transform
    QString defaultRegion = QStringLiteral("US");
};

} // namespace Mapping
