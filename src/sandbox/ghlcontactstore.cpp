// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghlcontactstore.h"

#include "ghlcontactfields.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

void GhlContactStore::clear()
{
    m_records.clear();
    m_byAdded.clear();
    m_byUpdated.clear();
    m_byEmail.clear();
    m_byPhone.clear();
}

void GhlContactStore::load(const QJsonArray &contacts)
{
    clear();
    m_records.reserve(contacts.size());
    for (const QJsonValue &value : contacts) {
        put(value.toObject());
    }
}

const GhlContactStore::Record *GhlContactStore::find(const QString &id) const
{
    const auto it = m_records.constFind(id);
    return it == m_records.constEnd() ? nullptr : &it.value();
}

void GhlContactStore::put(const QJsonObject &contact)
{
    const QString id = contact.value(u"id"_s).toString();
    if (const auto it = m_records.constFind(id); it != m_records.constEnd()) {
        unindex(id, it.value());
    }
    Record record;
    record.json = contact;
    record.addedMs = GhlContactFields::toMillis(contact.value(u"dateAdded"_s));
    record.updatedMs = GhlContactFields::toMillis(contact.value(u"dateUpdated"_s));
    if (record.updatedMs < 0) {
        record.updatedMs = record.addedMs;
    }
    m_byAdded.insert({record.addedMs, id});
    m_byUpdated.insert({record.updatedMs, id});
    const QString email = contact.value(u"email"_s).toString().toLower();
    if (!email.isEmpty()) {
        m_byEmail.insert(email, id);
    }
    const QString phone = contact.value(u"phone"_s).toString();
    if (!phone.isEmpty()) {
        m_byPhone.insert(GhlContactFields::normalizePhone(phone), id);
    }
    m_records.insert(id, std::move(record));
}

bool GhlContactStore::remove(const QString &id)
{
    const auto it = m_records.find(id);
    if (it == m_records.end()) {
        return false;
    }
    unindex(id, it.value());
    m_records.erase(it);
    return true;
}

void GhlContactStore::unindex(const QString &id, const Record &record)
{
    m_byAdded.erase({record.addedMs, id});
    m_byUpdated.erase({record.updatedMs, id});
    m_byEmail.remove(record.json.value(u"email"_s).toString().toLower(), id);
    m_byPhone.remove(GhlContactFields::normalizePhone(record.json.value(u"phone"_s).toString()),
                     id);
}

QString GhlContactStore::oldestOf(const QList<QString> &ids, const QString &exceptId) const
{
    QString best;
    qint64 bestAdded = 0;
    for (const QString &id : ids) {
        if (id == exceptId) {
            continue;
        }
        const qint64 added = m_records.value(id).addedMs;
        if (best.isEmpty() || added < bestAdded || (added == bestAdded && id < best)) {
            best = id;
            bestAdded = added;
        }
    }
    return best;
}

QString GhlContactStore::findByEmail(const QString &email, const QString &exceptId) const
{
    return email.isEmpty() ? QString() : oldestOf(m_byEmail.values(email.toLower()), exceptId);
}

QString GhlContactStore::findByPhone(const QString &phone, const QString &exceptId) const
{
    const QString normalized = GhlContactFields::normalizePhone(phone);
    return normalized.isEmpty() ? QString() : oldestOf(m_byPhone.values(normalized), exceptId);
}

} // namespace Sandbox
