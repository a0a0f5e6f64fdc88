// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mapping::TextUtil {

// The longest prefix of at most `limit` UTF-16 units that ends on a grapheme boundary, so no
// surrogate pair, combining sequence or emoji ZWJ sequence is ever split.
[[nodiscard]] QString truncateGraphemes(const QString &text, int limit);

} // namespace Mapping::TextUtil
