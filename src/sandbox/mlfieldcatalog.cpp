// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlfieldcatalog.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

// GET /fields order and ids as in the Classic docs (fixtures/fields/list.json).
QList<MlField> builtIns()
{
    const auto make = [](qint64 id, const QString &title, const QString &key) {
        MlField field;
        field.id = id;
        field.title = title;
        field.key = key;
        field.builtIn = true;
        return field;
    };
    return {make(6, u"Name"_s, u"name"_s),           make(8, u"Email"_s, u"email"_s),
            make(12, u"Company"_s, u"company"_s),    make(14, u"Country"_s, u"country"_s),
            make(16, u"City"_s, u"city"_s),          make(18, u"Phone"_s, u"phone"_s),
            make(20, u"State"_s, u"state"_s),        make(22, u"ZIP"_s, u"zip"_s),
            make(24, u"Last name"_s, u"last_name"_s)};
}

// A subscriber's "fields" array starts with these, in this order (fixtures/subscribers/*.json).
const QStringList &builtInSubscriberOrder()
{
    static const QStringList keys {u"email"_s,   u"name"_s,    u"last_name"_s,
                                   u"company"_s, u"country"_s, u"city"_s,
                                   u"phone"_s,   u"state"_s,   u"zip"_s};
    return keys;
}

QString numberText(double value)
{
    if (std::abs(value) < 1e15 && value == static_cast<double>(static_cast<qint64>(value))) {
        return QString::number(static_cast<qint64>(value));
    }
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

MlFieldCatalog::MlFieldCatalog()
    : m_fields(builtIns())
{
    rebuildIndex();
}

void MlFieldCatalog::load(const QJsonArray &fields)
{
    m_fields = builtIns();
    m_nextId = 28349;
    for (const QJsonValue &value : fields) {
        const QJsonObject object = value.toObject();
        MlField field;
        field.id = object.value(u"id"_s).toInteger();
        field.title = object.value(u"title"_s).toString();
        field.key = object.value(u"key"_s).toString();
        field.type = object.value(u"type"_s).toString(u"TEXT"_s);
        field.dateCreated = object.value(u"date_created"_s).toString();
        field.dateUpdated = object.value(u"date_updated"_s).toString();
        if (field.key.isEmpty()) {
            continue;
        }
        bool replaced = false;
        for (MlField &existing : m_fields) {
            if (existing.builtIn && existing.key == field.key) {
                existing.id = field.id > 0 ? field.id : existing.id;
                existing.title = field.title.isEmpty() ? existing.title : field.title;
                replaced = true;
            }
        }
        if (!replaced) {
            m_fields.append(field);
        }
        m_nextId = std::max(m_nextId, field.id + 1);
    }
    rebuildIndex();
}

const MlField *MlFieldCatalog::byKey(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.constEnd() ? nullptr : &m_fields.at(*it);
}

const MlField *MlFieldCatalog::byId(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_fields.at(*it);
}

std::optional<MlError> MlFieldCatalog::create(const QString &title, const QString &type,
                                              const QString &now, MlField *created)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty()) {
        return MlError {400, 123, u"You must provide field title"_s};
    }
    const QString upperType = type.isEmpty() ? u"TEXT"_s : type.toUpper();
    if (upperType != u"TEXT" && upperType != u"NUMBER" && upperType != u"DATE") {
        // Not documented; the generic Classic 400 text.
        return MlError {400, 123, u"Wrong data provided"_s};
    }
    const auto custom = std::count_if(m_fields.cbegin(), m_fields.cend(),
                                      [](const MlField &f) { return !f.builtIn; });
    if (custom >= MaxCustomFields) {
        return MlError {400, 123, u"You used all available fields"_s};
    }
    MlField field;
    field.id = m_nextId++;
    field.title = trimmed;
    field.key = uniqueKey(deriveKey(trimmed));
    field.type = upperType;
    field.dateCreated = now;
    field.dateUpdated = now;
    m_fields.append(field);
    rebuildIndex();
    *created = field;
    return std::nullopt;
}

std::optional<MlError> MlFieldCatalog::rename(qint64 id, const QString &title, const QString &now,
                                              MlField *renamed)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd()) {
        return MlError {404, 123, u"Field not found"_s};
    }
    MlField &field = m_fields[*it];
    if (field.builtIn) {
        // Built-in fields cannot be edited in the MailerLite UI either; the exact API answer is
        // not documented, so the generic 400 is used.
        return MlError {400, 123, u"Wrong data provided"_s};
    }
    if (title.trimmed().isEmpty()) {
        return MlError {400, 123, u"You must provide field title"_s};
    }
    // The key stays: renaming a field never breaks the integrations that write to it.
    field.title = title.trimmed();
    field.dateUpdated = now;
    *renamed = field;
    return std::nullopt;
}

std::optional<MlError> MlFieldCatalog::remove(qint64 id, MlField *removed)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd()) {
        return MlError {404, 123, u"Field not found"_s};
    }
    if (m_fields.at(*it).builtIn) {
        return MlError {400, 123, u"Wrong data provided"_s};
    }
    *removed = m_fields.takeAt(*it);
    rebuildIndex();
    return std::nullopt;
}

QString MlFieldCatalog::deriveKey(const QString &title)
{
    QString key;
    bool pendingUnderscore = false;
    // Accents go ("Größe" -> "gro_e", "Ünïcode" -> "unicode"): decomposed, marks dropped.
    for (const QChar c : title.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum) {
            pendingUnderscore = !key.isEmpty();
            continue;
        }
        if (pendingUnderscore) {
            key += u'_';
            pendingUnderscore = false;
        }
        key += c;
    }
    return key.isEmpty() ? u"field"_s : key;
}

std::optional<QString> MlFieldCatalog::normalizeValue(const MlField &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        return QString();
    }
    if (value.isArray() || value.isObject()) {
        return std::nullopt;
    }
    if (field.type == u"NUMBER") {
        if (value.isDouble()) {
            return numberText(value.toDouble());
        }
        if (!value.isString()) {
            return std::nullopt;
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            return QString();
        }
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            return std::nullopt;
        }
        return numberText(number);
    }
    if (field.type == u"DATE") {
        if (!value.isString()) {
            return std::nullopt;
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            return QString();
        }
        // MailerLite keeps a date; a date-time keeps its date part.
        const QDate date = QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
        const bool timeOk
            = text.size() == 10 || QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s).isValid();
        if (!date.isValid() || !timeOk) {
            return std::nullopt;
        }
        return date.toString(u"yyyy-MM-dd"_s);
    }
    if (value.isBool()) {
        return value.toBool() ? u"1"_s : QString();
    }
    if (value.isDouble()) {
        return numberText(value.toDouble());
    }
    return value.toString();
}

QJsonObject MlFieldCatalog::toJson(const MlField &field)
{
    return {{u"id"_s, field.id},
            {u"title"_s, field.title},
            {u"key"_s, field.key},
            {u"type"_s, field.type},
            {u"date_updated"_s, field.builtIn ? u""_s : field.dateUpdated},
            {u"date_created"_s, field.builtIn ? u""_s : field.dateCreated}};
}

void MlFieldCatalog::rebuildIndex()
{
    m_byKey.clear();
    m_byId.clear();
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        m_byKey.insert(m_fields.at(i).key, i);
        m_byId.insert(m_fields.at(i).id, i);
    }
    m_subscriberKeys = builtInSubscriberOrder();
    for (const MlField &field : std::as_const(m_fields)) {
        if (!field.builtIn) {
            m_subscriberKeys.append(field.key);
        }
    }
}

QString MlFieldCatalog::uniqueKey(const QString &base) const
{
    QString key = base;
    for (int n = 2; m_byKey.contains(key); ++n) {
        key = base + u'_' + QString::number(n);
    }
    return key;
}

} // namespace Sandbox
