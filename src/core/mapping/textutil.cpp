// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/textutil.h"

#include <QTextBoundaryFinder>

namespace Mapping::TextUtil {

QString truncateGraphemes(const QString &text, int limit)
{
    if (text.size() <= limit) {
        return text;
    }
    if (limit <= 0) {
        return {};
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(limit);
    if (!finder.isAtBoundary()) {
        finder.toPreviousBoundary();
    }
    return text.left(std::max<qsizetype>(finder.position(), 0));
}

} // namespace Mapping::TextUtil
