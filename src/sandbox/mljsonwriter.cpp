// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mljsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

// Key orders of the records in specs/mailerlite-classic/fixtures and the research report, most
// specific first. A subscriber's minimized search result ({id,email,type}) and an import
// result item ({id,email}) fit the subscriber shape, which gives them the recorded order too.
const QList<QStringList> &shapes()
{
    static const QList<QStringList> list {
        {u"id"_s, u"name"_s, u"email"_s, u"sent"_s, u"opened"_s, u"clicked"_s, u"type"_s,
         u"signup_ip"_s, u"signup_timestamp"_s, u"confirmation_ip"_s, u"confirmation_timestamp"_s,
         u"fields"_s, u"date_subscribe"_s, u"date_unsubscribe"_s, u"date_created"_s,
         u"date_updated"_s, u"groups"_s},
        {u"key"_s, u"value"_s, u"type"_s},
        {u"id"_s, u"title"_s, u"key"_s, u"type"_s, u"date_updated"_s, u"date_created"_s},
        {u"id"_s, u"name"_s, u"total"_s, u"active"_s, u"unsubscribed"_s, u"bounced"_s,
         u"unconfirmed"_s, u"junk"_s, u"sent"_s, u"opened"_s, u"clicked"_s, u"date_created"_s,
         u"date_updated"_s},
        {u"imported"_s, u"updated"_s, u"unchanged"_s, u"errors"_s},
        {u"email"_s, u"message"_s},
        {u"code"_s, u"message"_s},
        {u"body"_s, u"status"_s},
        {u"id"_s, u"type"_s, u"stats"_s, u"options"_s, u"is_finished"_s, u"is_importing"_s,
         u"is_killed"_s, u"created_at"_s},
        {u"imported"_s, u"duplicates"_s, u"invalid"_s, u"unchanged"_s, u"total"_s},
        {u"resubscribe"_s, u"autoresponders"_s},
        {u"subscribed"_s, u"unsubscribed"_s, u"campaigns"_s, u"sent_emails"_s, u"open_rate"_s,
         u"click_rate"_s, u"bounce_rate"_s},
    };
    return list;
}

QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    for (const QStringList &shape : shapes()) {
        bool fits = true;
        for (const QString &key : keys) {
            if (!shape.contains(key)) {
                fits = false;
                break;
            }
        }
        if (fits) {
            QStringList ordered;
            ordered.reserve(keys.size());
            for (const QString &key : shape) {
                if (object.contains(key)) {
                    ordered.append(key);
                }
            }
            return ordered;
        }
    }
    return keys;
}

} // namespace

QByteArray MlJsonWriter::write(const QJsonValue &value)
{
    QByteArray out;
    out.reserve(256);
    append(out, value);
    return out;
}

void MlJsonWriter::append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        // toInteger() answers its default for non-integral numbers: two defaults tell them apart
        // without a round trip through double, which would lose ids beyond 2^53.
        const qint64 asInteger = value.toInteger(0);
        if (asInteger == value.toInteger(1)) {
            out += QByteArray::number(asInteger);
            return;
        }
        const double d = value.toDouble();
        out += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                : QByteArray("null");
        return;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            append(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        bool first = true;
        for (const QString &key : orderedKeys(object)) {
            if (!first) {
                out += ',';
            }
            first = false;
            appendString(out, key);
            out += ':';
            append(out, object.value(key));
        }
        out += '}';
        return;
    }
    }
}

void MlJsonWriter::appendString(QByteArray &out, const QString &text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += Hex[u >> 4];
                out += Hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace Sandbox
