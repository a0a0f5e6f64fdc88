// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Transform::apply and its helpers, kept apart from construction and JSON handling.
#include "mapping/phonenormalizer.h"
#include "mapping/textutil.h"
#include "mapping/transform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Mapping {

namespace {

// Doubles hold integers exactly up to 2^53; beyond that print them as doubles.
constexpr double maxExactInteger = 9007199254740992.0;

bool isWordPart(char32_t ucs4)
{
    // Apostrophes stay inside a word ("O'neil", "don't"); hyphens and spaces separate words.
    return QChar::isLetterOrNumber(ucs4) || QChar::category(ucs4) == QChar::Mark_NonSpacing
        || ucs4 == U'\'' || ucs4 == U'\u2019';
}

QString titleCased(const QString &text)
{
    QString out = text.toLower();
    bool atWordStart = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        char32_t ucs4 = out.at(i).unicode();
        const bool pair
            = QChar::isHighSurrogate(ucs4) && i + 1 < out.size() && out.at(i + 1).isLowSurrogate();
        if (pair) {
            ucs4 = QChar::surrogateToUcs4(out.at(i), out.at(i + 1));
        }
        if (atWordStart && QChar::isLetter(ucs4)) {
            const char32_t title = QChar::toTitleCase(ucs4);
            if (title != ucs4 && QChar::requiresSurrogates(title) == pair) {
                if (pair) {
                    out[i] = QChar(QChar::highSurrogate(title));
                    out[i + 1] = QChar(QChar::lowSurrogate(title));
                } else {
                    out[i] = QChar(title);
                }
            }
        }
        atWordStart = !isWordPart(ucs4);
        if (pair) {
            ++i;
        }
    }
    return out;
}

std::optional<QDate> parseDate(const QJsonValue &value)
{
    if (value.isDouble()) {
        // GHL DATE custom fields may arrive as epoch milliseconds. Casting a double beyond the
        // qint64 range is undefined, and no date is that far out.
        const double ms = value.toDouble();
        if (!(std::abs(ms) < 9.2e18)) {
            return std::nullopt;
        }
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC);
        return t.isValid() ? std::optional<QDate>(t.date()) : std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
        t.setTimeSpec(Qt::UTC);
    }
    if (!t.isValid()) {
        return std::nullopt;
    }
    // Instants with an offset become UTC dates; local times without one keep their date.
    return t.timeSpec() == Qt::LocalTime ? t.date() : t.toUTC().date();
}

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String: {
        const QString t = value.toString().trimmed();
        return !t.isEmpty() && t.compare(u"false"_s, Qt::CaseInsensitive) != 0 && t != u"0"_s;
    }
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

bool isEmptyValue(const QJsonValue &value)
{
    if (value.isArray()) {
        return value.toArray().isEmpty();
    }
    return Transform::toText(value).trimmed().isEmpty();
}

} // namespace

QString Transform::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < maxExactInteger) {
            return QString::number(value.toInteger(static_cast<qint64>(d)));
        }
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        QStringList parts;
        parts.reserve(array.size());
        for (const QJsonValue &v : array) {
            parts.append(toText(v));
        }
        return parts.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

Result<QJsonValue> Transform::apply(const QJsonValue &input, TransformContext &context) const
{
    switch (m_kind) {
    case Kind::Constant:
        return QJsonValue(m_text);
    case Kind::DefaultIfEmpty:
        return isEmptyValue(input) ? QJsonValue(m_text) : input;
    case Kind::TagPresent: {
        bool present = false;
        if (m_text.isEmpty()) {
            present = isTruthy(input);
        } else if (context.tags) {
            present = context.tags->contains(m_text, Qt::CaseInsensitive);
        }
        return QJsonValue(present ? m_present : m_absent);
    }
    case Kind::Join:
        if (input.isArray()) {
            QStringList parts;
            const QJsonArray array = input.toArray();
            for (const QJsonValue &v : array) {
                parts.append(toText(v));
            }
            return QJsonValue(parts.join(m_text));
        }
        return QJsonValue(toText(input));
    case Kind::Split: {
        if (input.isArray()) {
            return input;
        }
        QJsonArray parts;
        const QStringList pieces = toText(input).split(m_text);
        for (const QString &piece : pieces) {
            const QString part = piece.trimmed();
            if (!part.isEmpty()) {
                parts.append(part);
            }
        }
        return QJsonValue(parts);
    }
    case Kind::DateFormat:
        if (input.isDouble()) {
            const std::optional<QDate> date = parseDate(input);
            if (!date) {
                break;
            }
            return QJsonValue(QLocale::c().toString(*date, m_text));
        }
        [[fallthrough]];
    case Kind::Trim:
    case Kind::Lower:
    case Kind::Upper:
    case Kind::TitleCase:
    case Kind::PhoneE164:
    case Kind::Truncate:
        if (input.isArray()) {
            QJsonArray out;
            const QJsonArray array = input.toArray();
            for (const QJsonValue &v : array) {
                Result<QString> one = applyToText(toText(v), context);
                if (!one) {
                    return one.error();
                }
                out.append(one.value());
            }
            return QJsonValue(out);
        }
        {
            Result<QString> one = applyToText(toText(input), context);
            if (!one) {
                return one.error();
            }
            return QJsonValue(one.value());
        }
    }
    return Error {
        Error::Kind::Validation,
        QCoreApplication::translate("Mapping", "“%1” is not a date.").arg(toText(input).left(40)),
        u"date transform input"_s};
}

Result<QString> Transform::applyText(const QString &input, TransformContext &context) const
{
    Q_ASSERT(isTextToText());
    switch (m_kind) {
    case Kind::Constant:
        return m_text;
    case Kind::DefaultIfEmpty:
        return input.trimmed().isEmpty() ? m_text : input;
    case Kind::TagPresent: {
        const bool present = m_text.isEmpty()
            ? isTruthy(QJsonValue(input))
            : context.tags && context.tags->contains(m_text, Qt::CaseInsensitive);
        return present ? m_present : m_absent;
    }
    default:
        return applyToText(input, context);
    }
}

Result<QString> Transform::applyToText(const QString &text, TransformContext &context) const
{
    switch (m_kind) {
    case Kind::Trim:
        return text.trimmed();
    case Kind::Lower:
        return text.toLower();
    case Kind::Upper:
        return text.toUpper();
    case Kind::TitleCase:
        return titleCased(text);
    case Kind::Truncate:
        return TextUtil::truncateGraphemes(text, m_limit);
    case Kind::PhoneE164: {
        // No phone is not a bad phone: an empty input stays empty.
        if (text.trimmed().isEmpty()) {
            return QString();
        }
        const QString region = m_text.isEmpty() ? context.defaultRegion : m_text;
        return context.phone ? context.phone->toE164(text, region)
                             : PhoneNormalizer::toE164ViaParser(text, region);
    }
    case Kind::DateFormat: {
        if (text.trimmed().isEmpty()) {
            return QString();
        }
        const std::optional<QDate> date = parseDate(QJsonValue(text));
        if (!date) {
            return Error {
                Error::Kind::Validation,
                QCoreApplication::translate("Mapping", "“%1” is not a date.").arg(text.left(40)),
                u"date transform input"_s};
        }
        return QLocale::c().toString(*date, m_text);
    }
    case Kind::Join:
    case Kind::Split:
    case Kind::Constant:
    case Kind::DefaultIfEmpty:
    case Kind::TagPresent:
        break;
    }
    return text;
}

} // namespace Mapping
