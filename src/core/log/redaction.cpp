// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/redaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const std::vector<Rule> &rules()
{
    static const std::vector<Rule> all = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        std::vector<Rule> r;
        // Header lines: "Authorization: Bearer xyz", "X-MailerLite-ApiKey: xyz".
        r.push_back({QRegularExpression(
                         u"(authorization\\s*[:=]\\s*(?:bearer|basic)?\\s*)[^\\s,;\"']+"_s, ci),
                     u"\\1[redacted]"_s});
        r.push_back({QRegularExpression(u"(x-mailerlite-apikey\\s*[:=]\\s*)[^\\s,;\"']+"_s, ci),
                     u"\\1[redacted]"_s});
        // JSON members: "access_token": "xyz" and friends.
        r.push_back(
            {QRegularExpression(
                 u"(\"(?:access_token|refresh_token|client_secret|api_key|apikey|token|password|code)\"\\s*:\\s*\")[^\"]*"_s,
                 ci),
             u"\\1[redacted]"_s});
        // Form and query parameters: access_token=xyz&...
        r.push_back(
            {QRegularExpression(
                 u"((?:^|[?&\\s])(?:access_token|refresh_token|client_secret|api_key|apikey|code)=)[^&\\s]*"_s,
                 ci),
             u"\\1[redacted]"_s});
        // GHL Private Integration Tokens wherever they appear.
        r.push_back({QRegularExpression(u"pit-[0-9a-f]{8}-[0-9a-f-]{27,}"_s, ci), u"[redacted]"_s});
        return r;
    }();
    return all;
}

} // namespace

namespace Redaction {

QString redact(const QString &text)
{
    QString out = text;
    for (const Rule &rule : rules()) {
        out.replace(rule.pattern, rule.replacement);
    }
    return out;
}

QByteArray redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

} // namespace Redaction
