// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/phonenormalizer.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <set>
#include <string>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace Mapping {

namespace {

// E.164 allows at most 15 digits; libphonenumber itself accepts national numbers up to 17.
constexpr int maxE164Digits = 15;
constexpr int maxNationalLength = 17;
// Longer input is left to the parser as it is (it refuses input over 250 characters).
constexpr qsizetype maxFormattedLength = 64;

// Calling codes whose parsing rules rewrite a national number that does not start with the
// trunk prefix: carrier codes (BR, CN, LU), legacy mobile prefixes (MX, AR), area codes added
// for short local numbers (MG, SM, NF, FO). Those always take the full parser. The list was
// found by comparing both paths over every calling code; tst_transform keeps it honest.
constexpr int rewritingCallingCodes[] = {52, 54, 55, 86, 261, 298, 352, 378, 672};

const PhoneNumberUtil &util()
{
    // The library keeps one immutable, thread-safe instance; asking for it is a cheap lookup.
    return *PhoneNumberUtil::GetInstance();
}

Error phoneError(const QString &input, const QString &reason)
{
    return Error {Error::Kind::Validation,
                  QCoreApplication::translate("Mapping", "“%1” is not a valid phone number: %2")
                      .arg(input.left(40), reason),
                  u"phone not convertible to E.164"_s};
}

QString parseErrorText(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return QCoreApplication::translate("Mapping", "no known country code.");
    case PhoneNumberUtil::NOT_A_NUMBER:
        return QCoreApplication::translate("Mapping", "it is not a number.");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return QCoreApplication::translate("Mapping", "it is too short.");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return QCoreApplication::translate("Mapping", "it is too long.");
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return QCoreApplication::translate("Mapping", "it cannot be read.");
}

bool isSeparator(char16_t c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

// The digits of a number written with digits, separators and at most a leading "+" (which
// keeps its place); nothing when anything else occurs (letters, extensions, other scripts'
// digits), so the parser sees such input unchanged.
std::optional<QString> digitsOnly(const QString &trimmed)
{
    if (trimmed.size() > maxFormattedLength) {
        return std::nullopt;
    }
    QString out;
    out.reserve(trimmed.size());
    for (const QChar ch : trimmed) {
        const char16_t c = ch.unicode();
        if (c >= u'0' && c <= u'9') {
            out.append(ch);
        } else if (c == u'+' && out.isEmpty()) {
            out.append(ch);
        } else if (!isSeparator(c)) {
            return std::nullopt;
        }
    }
    if (out.isEmpty() || out == u"+"_s) {
        return std::nullopt;
    }
    return out;
}

} // namespace

PhoneNormalizer::PhoneNormalizer()
    : m_codes(1000)
{ }

Result<QString> PhoneNormalizer::toE164(const QString &input, const QString &defaultRegion)
{
    const QString trimmed = input.trimmed();
    if (std::optional<QString> fast = fastE164(trimmed)) {
        return *std::move(fast);
    }
    const std::optional<QString> digits = digitsOnly(trimmed);
    if (!digits && (trimmed.isEmpty() || trimmed.size() > maxFormattedLength)) {
        return toE164ViaParser(input, defaultRegion);
    }
    if (digits && digits->size() != trimmed.size()) {
        if (std::optional<QString> fast = fastE164(*digits)) {
            return *std::move(fast);
        }
    }
    // Other input (extensions, letters, placeholders) goes to the parser as it is, and repeats
    // as often as formatted numbers do; a key with anything but digits and a leading "+" never
    // equals a digits key, so both share the cache.
    const Parsed &parsed = parsedCached(digits ? *digits : trimmed, defaultRegion);
    if (!parsed.ok) {
        return phoneError(input, parsed.text);
    }
    return parsed.text;
}

Result<QString> PhoneNormalizer::toE164ViaParser(const QString &input, const QString &defaultRegion)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        return phoneError(input, QCoreApplication::translate("Mapping", "it is empty."));
    }
    Parsed parsed = parse(trimmed, defaultRegion);
    if (!parsed.ok) {
        return phoneError(input, parsed.text);
    }
    return std::move(parsed.text);
}

PhoneNormalizer::Parsed PhoneNormalizer::parse(const QString &trimmed, const QString &defaultRegion)
{
    PhoneNumber number;
    const PhoneNumberUtil::ErrorType error
        = util().Parse(trimmed.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        return {false, parseErrorText(error)};
    }
    if (!util().IsPossibleNumber(number)) {
        return {false,
                QCoreApplication::translate("Mapping", "it has the wrong length for its country.")};
    }
    std::string formatted;
    util().Format(number, PhoneNumberUtil::E164, &formatted);
    return {true, QString::fromStdString(formatted)};
}

const PhoneNormalizer::Parsed &PhoneNormalizer::parsedCached(const QString &key,
                                                             const QString &defaultRegion)
{
    if (defaultRegion != m_parsedRegion) {
        m_parsed.clear();
        m_parsedRegion = defaultRegion;
    }
    auto it = m_parsed.constFind(key);
    if (it == m_parsed.cend()) {
        // A bound rather than an eviction order: a run of unique numbers gains nothing from
        // the cache, repeated ones come back within a few thousand contacts.
        if (m_parsed.size() >= MaxCached) {
            m_parsed.clear();
        }
        it = m_parsed.insert(key, parse(key, defaultRegion));
    }
    return it.value();
}

bool PhoneNormalizer::isKnownRegion(const QString &region)
{
    return region.size() == 2
        && util().GetCountryCodeForRegion(region.toUpper().toStdString()) != 0;
}

QList<int> PhoneNormalizer::supportedCallingCodes()
{
    std::set<int> codes;
    util().GetSupportedCallingCodes(&codes);
    return QList<int>(codes.begin(), codes.end());
}

const PhoneNormalizer::CallingCode &PhoneNormalizer::callingCode(int code)
{
    CallingCode &info = m_codes[static_cast<size_t>(code)];
    if (info.resolved) {
        return info;
    }
    info.resolved = true;
    std::string region;
    util().GetRegionCodeForCountryCode(code, &region);
    info.known = region != "ZZ";
    info.fastPathAllowed = info.known
        && std::find(std::begin(rewritingCallingCodes), std::end(rewritingCallingCodes), code)
            == std::end(rewritingCallingCodes);
    if (info.known && region != "001") {
        std::string trunk;
        util().GetNddPrefixForRegion(region, true, &trunk);
        if (!trunk.empty()) {
            info.trunkPrefix = QLatin1Char(trunk.front());
        }
    }
    return info;
}

bool PhoneNormalizer::isPossible(CallingCode &info, int code, QStringView national)
{
    // Whether a number is possible depends only on its calling code and national length.
    quint8 &cached = info.possible[static_cast<size_t>(national.size())];
    if (cached == 0) {
        PhoneNumber number;
        number.set_country_code(code);
        number.set_national_number(national.toULongLong());
        cached = util().IsPossibleNumber(number) ? 1 : 2;
    }
    return cached == 1;
}

std::optional<QString> PhoneNormalizer::fastE164(const QString &trimmed)
{
    const qsizetype digits = trimmed.size() - 1;
    if (digits < 3 || digits > maxE164Digits || trimmed.front() != u'+') {
        return std::nullopt;
    }
    for (qsizetype i = 1; i < trimmed.size(); ++i) {
        const char16_t c = trimmed.at(i).unicode();
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
    }
    if (trimmed.at(1) == u'0') {
        return std::nullopt;
    }
    // Calling codes are prefix-free, so the first known prefix of 1 to 3 digits is the one.
    int code = 0;
    for (qsizetype length = 1; length <= 3; ++length) {
        code = code * 10 + (trimmed.at(length).unicode() - u'0');
        CallingCode &info = m_codes[static_cast<size_t>(code)];
        if (!callingCode(code).known) {
            continue;
        }
        const QStringView national = QStringView(trimmed).mid(1 + length);
        if (!info.fastPathAllowed || national.isEmpty() || national.size() > maxNationalLength
            || national.front() == u'0' || national.front() == info.trunkPrefix
            || !isPossible(info, code, national)) {
            return std::nullopt;
        }
        return trimmed;
    }
    return std::nullopt;
}

} // namespace Mapping
