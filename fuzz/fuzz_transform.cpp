// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping transforms: a chain built from the input's bytes (kinds and parameters, valid or
// not, checked by Transform::create) applied to a value also taken from the input.
//
// Layout: steps (byte % 6), then per step: kind (byte % 12), flags, parameters; then the tags,
// the default region, the value's type and the value (a text value takes the rest of the input).
#include "fuzzinput.h"
#include "fuzztargets.h"
#include "mapping/phonenormalizer.h"
#include "mapping/transformchain.h"

#include <QJsonArray>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;
using Mapping::Transform;

namespace {

constexpr int kindCount = 12;
constexpr std::uint8_t flagParameter = 0x01; // set the kind's parameter(s)
constexpr std::uint8_t flagUnknownKey = 0x02; // add a parameter no kind accepts
constexpr std::uint8_t flagNumber = 0x04; // give the parameter as a number, not a text
constexpr std::uint8_t flagUtf16 = 0x08; // texts are raw UTF-16

const QString regions[] = {u"US"_s, u"DE"_s, u"GB"_s, u"IN"_s, u"BR"_s, u"JP"_s, u"AU"_s, u"XX"_s};

QJsonValue parameterValue(FuzzInput &in, std::uint8_t flags)
{
    if (flags & flagNumber) {
        return double(std::int16_t(in.number(2)));
    }
    return in.text(flags & flagUtf16);
}

QJsonObject parameters(FuzzInput &in, Transform::Kind kind, std::uint8_t flags)
{
    QJsonObject params;
    if (flags & flagUnknownKey) {
        params.insert("side"_L1, in.text());
    }
    if (!(flags & flagParameter)) {
        return params;
    }
    switch (kind) {
    case Transform::Kind::PhoneE164:
        params.insert("region"_L1, regions[in.byte() % std::size(regions)]);
        break;
    case Transform::Kind::DateFormat:
        params.insert("format"_L1, parameterValue(in, flags));
        break;
    case Transform::Kind::Join:
    case Transform::Kind::Split:
        params.insert("separator"_L1, parameterValue(in, flags));
        break;
    case Transform::Kind::Constant:
    case Transform::Kind::DefaultIfEmpty:
        params.insert("value"_L1, parameterValue(in, flags));
        break;
    case Transform::Kind::TagPresent:
        params.insert("tag"_L1, parameterValue(in, flags));
        params.insert("present"_L1, in.text());
        params.insert("absent"_L1, in.text());
        break;
    case Transform::Kind::Truncate:
        params.insert("limit"_L1,
                      flags & flagNumber ? QJsonValue(double(std::int16_t(in.number(2))))
                                         : QJsonValue(in.text()));
        break;
    case Transform::Kind::Trim:
    case Transform::Kind::Lower:
    case Transform::Kind::Upper:
    case Transform::Kind::TitleCase:
        params.insert("value"_L1, in.text());
        break;
    }
    return params;
}

QJsonValue value(FuzzInput &in, std::uint8_t type)
{
    const bool utf16 = type & 0x80;
    switch (type % 5) {
    case 1: {
        QJsonArray list;
        for (int n = in.byte() % 5; n > 0; --n) {
            list.append(in.text(utf16));
        }
        return list;
    }
    case 2: {
        // Dates arrive as epoch milliseconds, amounts as doubles: any finite double.
        const std::uint64_t bits = in.number(8);
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return std::isfinite(d) ? d : 0.0;
    }
    case 3:
        return (in.byte() & 1) != 0;
    case 4:
        return QJsonValue::Null;
    default:
        return in.rest(utf16);
    }
}

// Truncation keeps a prefix of at most `limit` units and never splits a surrogate pair.
void checkTruncate(const Transform &step, const QString &text, Mapping::TransformContext &context)
{
    const Result<QString> cut = step.applyText(text, context);
    Fuzz::require(cut.ok(), "truncate never fails");
    const QString &out = cut.value();
    const int limit = int(step.parameters().value("limit"_L1).toInteger());
    Fuzz::require(out.size() <= limit, "truncate respects its limit");
    Fuzz::require(text.startsWith(out), "truncate keeps a prefix");
    Fuzz::require(out.isEmpty() || out.size() == text.size() || !out.back().isHighSurrogate()
                      || !text.at(out.size()).isLowSurrogate(),
                  "truncate does not split a surrogate pair");
}

} // namespace

int Fuzz::transform(const std::uint8_t *data, std::size_t size)
{
    FuzzInput in(data, size);
    Mapping::TransformChain chain;
    for (int steps = in.byte() % 6; steps > 0; --steps) {
        const auto kind = Transform::Kind(in.byte() % kindCount);
        const std::uint8_t flags = in.byte();
        Result<Transform> step = Transform::create(kind, parameters(in, kind, flags));
        if (step.ok()) {
            chain.append(std::move(step).value());
        } else {
            require(!step.error().message.isEmpty(), "a rejected transform says why");
        }
    }
    QStringList tags;
    for (int n = in.byte() % 4; n > 0; --n) {
        tags.append(in.text());
    }
    Mapping::PhoneNormalizer phone;
    Mapping::TransformContext context {&tags, &phone, regions[in.byte() % std::size(regions)]};
    const QJsonValue input = value(in, in.byte());
    const QString text = input.isString() ? input.toString() : in.rest();

    // A chain saved in a mapping file reads back as the same chain.
    const Result<Mapping::TransformChain> reread
        = Mapping::TransformChain::fromJson(chain.toJson(), u"$"_s);
    require(reread.ok() && reread.value() == chain, "a transform chain survives save and load");

    const Result<QJsonValue> out = chain.apply(input, context);
    // The Mapper's text-only path must give what the JSON path gives.
    if (input.isString() && chain.isTextOnly()) {
        const Result<QString> fast = chain.applyText(text, context);
        require(fast.ok() == out.ok(), "text and JSON paths agree on failure");
        require(!fast.ok() || (out.value().isString() && fast.value() == out.value().toString()),
                "text and JSON paths agree on the result");
    }
    for (const Transform &step : chain.steps()) {
        if (step.kind() == Transform::Kind::Truncate) {
            checkTruncate(step, text, context);
        }
    }
    // The E.164 fast path must agree with libphonenumber's parser.
    if (chain.contains(Transform::Kind::PhoneE164) && !text.trimmed().isEmpty()) {
        const Result<QString> fast = phone.toE164(text, context.defaultRegion);
        const Result<QString> slow
            = Mapping::PhoneNormalizer::toE164ViaParser(text, context.defaultRegion);
        require(fast.ok() == slow.ok(), "phone fast path and parser agree on validity");
        require(!fast.ok() || fast.value() == slow.value(), "phone fast path and parser agree");
    }
    return 0;
}

CB_FUZZ_ENTRY(Fuzz::transform)
