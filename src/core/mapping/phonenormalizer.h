// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Mapping {

// Converts phone numbers to E.164 ("+14155552671") with libphonenumber.
//
// The library parser costs about 20 µs a number (regular expressions), which alone would blow
// the mapping budget of a 100,000-contact run. GHL already stores phones in E.164, so input
// that is "+<digits>" takes a fast path: the calling code and the possible national lengths
// are asked from the library once per calling code and cached here. Input the fast path cannot
// decide with certainty (national formats, leading zeros, trunk prefixes, calling codes whose
// parsing rules rewrite digits) goes through the full parser. tst_transform checks that both
// paths agree for every calling code.
//
// Spaces, hyphens, dots and brackets do not change what the library makes of a number, so
// input made only of digits, those separators and a leading "+" is reduced to its digits first:
// "+44 20 7946 0123" takes the fast path, and what the parser says about the rest is cached by
// those digits (and the default region), because contact lists repeat placeholder and office
// numbers. Other input (extensions, placeholders like "n/a") is cached as it is, trimmed. An
// error still quotes the caller's own input. tst_phonenormalizer checks that formatted, cached
// and parsed results agree.
//
// Not thread-safe because of the caches: each thread (each Mapper) owns its own instance.
class PhoneNormalizer final
{
public:
    PhoneNormalizer();

    [[nodiscard]] Result<QString> toE164(const QString &input, const QString &defaultRegion);
    // Always the full library parser: the reference the fast path is tested against.
    [[nodiscard]] static Result<QString> toE164ViaParser(const QString &input,
                                                         const QString &defaultRegion);
    // True for an ISO 3166 region libphonenumber knows ("US", "DE").
    [[nodiscard]] static bool isKnownRegion(const QString &region);
    // Every calling code with metadata (1, 7, 20, ... 998), for tests and pickers.
    [[nodiscard]] static QList<int> supportedCallingCodes();

    // Parser results kept; never more than MaxCached (the cache starts over when full). Large
    // enough that a 100,000-contact run's distinct non-E.164 numbers rarely flush the repeated
    // ones; an entry is about 200 bytes.
    static constexpr qsizetype MaxCached = 16384;
    [[nodiscard]] qsizetype cachedCount() const { return m_parsed.size(); }

private:
    // What the library parser made of one number: the E.164 text, or why it failed.
    struct Parsed
    {
        bool ok = false;
        QString text;
    };

    struct CallingCode
    {
        bool resolved = false;
        bool known = false;
        bool fastPathAllowed = false;
        QChar trunkPrefix; // first digit of the national (trunk) prefix, or null
        // Per national-number length: 0 not asked yet, 1 possible, 2 not possible.
        std::array<quint8, 18> possible {};
    };

    [[nodiscard]] const CallingCode &callingCode(int code);
    [[nodiscard]] bool isPossible(CallingCode &info, int code, QStringView national);
    // std::nullopt when the fast path cannot decide.
    [[nodiscard]] std::optional<QString> fastE164(const QString &trimmed);
    [[nodiscard]] static Parsed parse(const QString &trimmed, const QString &defaultRegion);
    // `key` is exactly what the parser is given: the digits, or the trimmed input.
    [[nodiscard]] const Parsed &parsedCached(const QString &key, const QString &defaultRegion);

    std::vector<CallingCode> m_codes;
    QHash<QString, Parsed> m_parsed; // by parser input: digits (and a leading "+"), or trimmed
    QString m_parsedRegion; // the default region m_parsed was filled for
};

} // namespace Mapping
