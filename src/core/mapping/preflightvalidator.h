// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailerlite/field.h"
#include "mapping/desiredsubscriber.h"
#include "mapping/preflightissue.h"

#include <QList>

#include <optional>

namespace Mapping {

// Lists every problem MailerLite would reject in a desired subscriber BEFORE anything is sent:
// missing or malformed email, phones the mapping could not convert to E.164, NUMBER fields that
// are not numeric, DATE fields not in yyyy-MM-dd, TEXT over the (inferred) length limit.
// Field types come from MailerLite's GET /fields; built-in fields are TEXT. Any thread.
class PreflightValidator final
{
public:
    explicit PreflightValidator(const QList<MailerLite::Field> &fields = {});

    [[nodiscard]] QList<PreflightIssue> validate(const DesiredSubscriber &subscriber) const;
    [[nodiscard]] QList<PreflightIssue> validate(const QList<DesiredSubscriber> &batch) const;

    // A pragmatic subset of RFC 5322: one @, a local part of 1-64 characters, a domain with a
    // dot, no spaces or control characters, no empty dot-separated parts. Non-ASCII (IDN,
    // RFC 6531) is allowed.
    [[nodiscard]] static bool isValidEmail(const QString &email);
    // MailerLite NUMBER: an optional sign, digits, an optional decimal part ("12", "-3.5").
    [[nodiscard]] static bool isNumber(const QString &text);
    // MailerLite DATE: a real calendar date written yyyy-MM-dd.
    [[nodiscard]] static bool isDate(const QString &text);

private:
    enum class Type { Number, Date, Other };
    struct TypedKey
    {
        QString key;
        Type type;
    };

    // The type of a field; TEXT when MailerLite did not list it.
    [[nodiscard]] std::optional<Type> nonTextType(const QString &key) const;

    // Only the fields that are not TEXT: every other key is TEXT, and an account has a handful
    // of NUMBER and DATE fields, so a short scan beats hashing every key of every subscriber.
    QList<TypedKey> m_nonText;
};

} // namespace Mapping
