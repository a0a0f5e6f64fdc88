// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/transformcontext.h"
#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace Mapping {

// One step that changes a value on its way from GHL to MailerLite: trim, case changes, E.164
// phone, date format, join/split, constant, default-if-empty, tag present -> text, truncate.
// A transform is built only with valid parameters (create() and fromJson() check them), so
// apply() can fail only because of the input, and then returns an Error rather than guessing.
// Text transforms given a list apply to every element. A plain value type, any thread.
class Transform final
{
public:
    enum class Kind {
        Trim,
        Lower,
        Upper,
        TitleCase,
        PhoneE164, // params: region (ISO code; empty: the mapping's default region)
        DateFormat, // params: format (QDate format, default yyyy-MM-dd as MailerLite DATE wants)
        Join, // params: separator (default ", ")
        Split, // params: separator (default ",")
        Constant, // params: value
        DefaultIfEmpty, // params: value
        TagPresent, // params: tag (empty: the input's truth), present ("yes"), absent ("no")
        Truncate, // params: limit (UTF-16 units; never splits a character or grapheme)
    };

    static Transform trim() { return Transform(Kind::Trim, {}); }
    static Transform lower() { return Transform(Kind::Lower, {}); }
    static Transform upper() { return Transform(Kind::Upper, {}); }
    static Transform titleCase() { return Transform(Kind::TitleCase, {}); }
    // Unknown regions and bad parameters are the caller's bug here; use create() for user input.
    static Transform phoneE164(const QString &region = {});
    static Transform dateFormat(const QString &format);
    static Transform join(const QString &separator);
    static Transform split(const QString &separator);
    static Transform constant(const QString &value);
    static Transform defaultIfEmpty(const QString &value);
    static Transform tagPresent(const QString &tag, const QString &present, const QString &absent);
    static Transform truncate(int limit);

    // Checks the parameters of `kind`; unknown parameters are an error.
    [[nodiscard]] static Result<Transform> create(Kind kind, const QJsonObject &parameters,
                                                  const QString &path = QStringLiteral("$"));
    // {"op": "truncate", "limit": 255}
    [[nodiscard]] static Result<Transform> fromJson(const QJsonObject &object, const QString &path);
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromName(const QString &name);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QJsonObject &parameters() const { return m_params; }

    [[nodiscard]] Result<QJsonValue> apply(const QJsonValue &input,
                                           TransformContext &context) const;
    // The same for a text input when isTextToText(): no JSON value is built, which matters
    // when 100,000 contacts go through a mapping.
    [[nodiscard]] Result<QString> applyText(const QString &input, TransformContext &context) const;
    // True when a text input always gives a text output (everything but join and split).
    [[nodiscard]] bool isTextToText() const
    {
        return m_kind != Kind::Join && m_kind != Kind::Split;
    }

    // Text form of any JSON value: numbers without exponent noise, lists joined with ", ".
    [[nodiscard]] static QString toText(const QJsonValue &value);

    bool operator==(const Transform &other) const
    {
        return m_kind == other.m_kind && m_params == other.m_params;
    }

private:
    Transform(Kind kind, QJsonObject parameters);
    [[nodiscard]] Result<QString> applyToText(const QString &text, TransformContext &context) const;

    Kind m_kind;
    QJsonObject m_params; // exactly what the file said, so saving reproduces it
    // Parameters resolved once, so apply() never searches the JSON object.
    QString m_text; // region, format, separator, constant value or tag
    QString m_present;
    QString m_absent;
    int m_limit = 0;
};

} // namespace Mapping
