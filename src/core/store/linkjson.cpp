// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/linkjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Store::LinkJson {

namespace {

// A string at `pos` (on its opening quote) without escapes; moves `pos` past the closing quote.
bool plainString(QStringView json, qsizetype &pos, QStringView &out)
{
    if (pos >= json.size() || json[pos] != u'"') {
        return false;
    }
    const qsizetype end = json.indexOf(u'"', pos + 1);
    if (end < 0) {
        return false;
    }
    out = json.sliced(pos + 1, end - pos - 1);
    pos = end + 1;
    return true;
}

bool expect(QStringView json, qsizetype &pos, QChar c)
{
    if (pos >= json.size() || json[pos] != c) {
        return false;
    }
    ++pos;
    return true;
}

// {"k":"v",...} exactly as QJsonDocument::Compact writes it, when no string has an escape.
bool fastFields(QStringView json, QMap<QString, QString> &out)
{
    if (json.contains(u'\\')) {
        return false;
    }
    qsizetype pos = 0;
    if (!expect(json, pos, u'{')) {
        return false;
    }
    while (pos < json.size() && json[pos] != u'}') {
        QStringView key;
        QStringView value;
        if (!plainString(json, pos, key) || !expect(json, pos, u':')
            || !plainString(json, pos, value)) {
            return false;
        }
        out.insert(key.toString(), value.toString());
        if (pos < json.size() && json[pos] == u',') {
            ++pos;
        }
    }
    return expect(json, pos, u'}') && pos == json.size();
}

// ["1","2",...] exactly as groupsToJson writes it.
bool fastGroups(QStringView json, QList<qint64> &out)
{
    qsizetype pos = 0;
    if (!expect(json, pos, u'[')) {
        return false;
    }
    while (pos < json.size() && json[pos] != u']') {
        QStringView digits;
        bool ok = false;
        if (!plainString(json, pos, digits)) {
            return false;
        }
        out.append(digits.toLongLong(&ok));
        if (!ok) {
            return false;
        }
        if (pos < json.size() && json[pos] == u',') {
            ++pos;
        }
    }
    return expect(json, pos, u']') && pos == json.size();
}

} // namespace

QString fieldsToJson(const QMap<QString, QString> &fields)
{
    if (fields.isEmpty()) {
        return u"{}"_s;
    }
    QJsonObject object;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString groupsToJson(const QList<qint64> &groups)
{
    if (groups.isEmpty()) {
        return u"[]"_s;
    }
    QJsonArray array;
    for (const qint64 id : groups) {
        array.append(QString::number(id));
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool parseFields(QStringView json, QMap<QString, QString> &out)
{
    out.clear();
    if (fastFields(json, out)) {
        return true;
    }
    out.clear();
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject()) {
        return false;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        out.insert(it.key(), it->isString() ? it->toString() : it->toVariant().toString());
    }
    return true;
}

bool parseGroups(QStringView json, QList<qint64> &out)
{
    out.clear();
    if (fastGroups(json, out)) {
        return true;
    }
    out.clear();
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray()) {
        return false;
    }
    const QJsonArray array = doc.array();
    out.reserve(array.size());
    for (const QJsonValue value : array) {
        bool ok = false;
        if (value.isString()) {
            out.append(value.toString().toLongLong(&ok));
        } else if (value.isDouble()) {
            // Older or hand-written rows; exact up to 2^53.
            out.append(value.toInteger());
            ok = true;
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace Store::LinkJson
