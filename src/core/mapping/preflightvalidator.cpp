// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/preflightvalidator.h"

#include "mapping/mailerlitelimits.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace Mapping {

namespace {

// lupdate files the tr() calls below under the scope they are made in; look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("Mapping::PreflightValidator", text);
}

bool hasEmptyLabel(QStringView part)
{
    return part.startsWith(u'.') || part.endsWith(u'.') || part.contains(u".."_s);
}

// Characters no address may contain: spaces, controls and RFC 5322 specials.
bool isForbiddenInEmail(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        // ASCII: the same answer as the Unicode tests below, without the table look-ups.
        return u <= 0x20 || u == 0x7f || u == u'<' || u == u'>' || u == u'(' || u == u')'
            || u == u',' || u == u';' || u == u':' || u == u'\\' || u == u'"' || u == u'['
            || u == u']';
    }
    return c.isSpace() || c.category() == QChar::Other_Control;
}

bool isDomainLabelChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'-';
    }
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing
        || c.category() == QChar::Mark_SpacingCombining;
}

} // namespace

PreflightValidator::PreflightValidator(const QList<MailerLite::Field> &fields)
{
    for (const MailerLite::Field &field : fields) {
        // A later definition of a key replaces an earlier one.
        m_nonText.removeIf([&](const TypedKey &t) { return t.key == field.key; });
        const QString type = field.type.toUpper();
        if (type != u"TEXT"_s) {
            m_nonText.append({field.key,
                              type == u"NUMBER"_s     ? Type::Number
                                  : type == u"DATE"_s ? Type::Date
                                                      : Type::Other});
        }
    }
}

std::optional<PreflightValidator::Type> PreflightValidator::nonTextType(const QString &key) const
{
    for (const TypedKey &t : m_nonText) {
        if (t.key == key) {
            return t.type;
        }
    }
    return std::nullopt;
}

bool PreflightValidator::isValidEmail(const QString &email)
{
    if (email.isEmpty() || email.size() > MailerLiteLimits::emailLength) {
        return false;
    }
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@')) {
        return false;
    }
    const QStringView local = QStringView(email).left(at);
    const QStringView domain = QStringView(email).mid(at + 1);
    if (local.size() > MailerLiteLimits::emailLocalPartLength || domain.size() < 3) {
        return false;
    }
    for (const QChar c : email) {
        if (isForbiddenInEmail(c)) {
            return false;
        }
    }
    if (hasEmptyLabel(local) || hasEmptyLabel(domain) || !domain.contains(u'.')) {
        return false;
    }
    // Domain labels: letters (any script), digits and inner hyphens.
    for (QStringView label : domain.tokenize(u'.')) {
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return false;
        }
        for (const QChar c : label) {
            if (!isDomainLabelChar(c)) {
                return false;
            }
        }
    }
    return true;
}

bool PreflightValidator::isNumber(const QString &text)
{
    qsizetype i = 0;
    if (i < text.size() && (text.at(i) == u'-' || text.at(i) == u'+')) {
        ++i;
    }
    qsizetype digits = 0;
    bool dot = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            ++digits;
        } else if (c == u'.' && !dot) {
            dot = true;
        } else {
            return false;
        }
    }
    return digits > 0 && !text.endsWith(u'.');
}

bool PreflightValidator::isDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, u"yyyy-MM-dd"_s).isValid();
}

QList<PreflightIssue> PreflightValidator::validate(const DesiredSubscriber &subscriber) const
{
    QList<PreflightIssue> issues;
    auto add = [&](const QString &field, const QString &code, const QString &message) {
        issues.append({subscriber.contactId, field, code, message});
    };
    if (subscriber.email.isEmpty()) {
        add(u"email"_s, u"email-missing"_s, tr("The contact has no email address."));
    } else if (!isValidEmail(subscriber.email)) {
        add(u"email"_s, u"email-invalid"_s,
            tr("“%1” is not a valid email address.").arg(subscriber.email.left(80)));
    }
    // Fields the mapping could not produce (a phone not convertible to E.164, a bad date).
    for (const DesiredSubscriber::FieldError &error : subscriber.errors) {
        add(error.field, error.code, error.message);
    }
    if (subscriber.name.size() > MailerLiteLimits::textLength) {
        add(u"name"_s, u"text-too-long"_s,
            tr("The name has %1 characters; MailerLite accepts at most %2.")
                .arg(subscriber.name.size())
                .arg(MailerLiteLimits::textLength));
    }
    for (auto it = subscriber.fields.begin(); it != subscriber.fields.end(); ++it) {
        const QString &value = it.value();
        if (value.isEmpty()) {
            continue; // clearing a field is always allowed
        }
        const std::optional<Type> type = nonTextType(it.key());
        if (type == Type::Number && !isNumber(value)) {
            add(it.key(), u"number-invalid"_s,
                tr("The field “%1” needs a number, not “%2”.").arg(it.key(), value.left(40)));
        } else if (type == Type::Date && !isDate(value)) {
            add(it.key(), u"date-invalid"_s,
                tr("The field “%1” needs a date written yyyy-MM-dd, not “%2”.")
                    .arg(it.key(), value.left(40)));
        } else if (!type && value.size() > MailerLiteLimits::textLength) {
            add(it.key(), u"text-too-long"_s,
                tr("The field “%1” has %2 characters; MailerLite accepts at most %3.")
                    .arg(it.key())
                    .arg(value.size())
                    .arg(MailerLiteLimits::textLength));
        }
    }
    return issues;
}

QList<PreflightIssue> PreflightValidator::validate(const QList<DesiredSubscriber> &batch) const
{
    QList<PreflightIssue> issues;
    for (const DesiredSubscriber &subscriber : batch) {
        issues.append(validate(subscriber));
    }
    return issues;
}

} // namespace Mapping
