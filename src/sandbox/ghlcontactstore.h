// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMultiHash>

#include <set>
#include <utility>

namespace Sandbox {

// The contacts of one fake GHL location, stored as the API renders them, with the indexes that
// keep searches over 100,000 contacts cheap: (dateAdded, id) and (dateUpdated, id) in order, and
// lower-cased email and E.164 phone for the duplicate rule. Lives in the server's thread.
class GhlContactStore final
{
public:
    using Key = std::pair<qint64, QString>; // (milliseconds, id)

    struct Record
    {
        QJsonObject json;
        qint64 addedMs = 0;
        qint64 updatedMs = 0;
    };

    void clear();
    // Contacts as GET /contacts/:id renders them; each needs an "id".
    void load(const QJsonArray &contacts);

    [[nodiscard]] const Record *find(const QString &id) const;
    [[nodiscard]] qsizetype size() const { return m_records.size(); }
    // Stores a new or changed contact (it must carry id, dateAdded and dateUpdated).
    void put(const QJsonObject &contact);
    bool remove(const QString &id);

    // The oldest contact with this email (case-insensitive) or phone, other than `exceptId`.
    [[nodiscard]] QString findByEmail(const QString &email, const QString &exceptId = {}) const;
    [[nodiscard]] QString findByPhone(const QString &phone, const QString &exceptId = {}) const;

    [[nodiscard]] const std::set<Key> &byAdded() const { return m_byAdded; }
    [[nodiscard]] const std::set<Key> &byUpdated() const { return m_byUpdated; }

private:
    void unindex(const QString &id, const Record &record);
    [[nodiscard]] QString oldestOf(const QList<QString> &ids, const QString &exceptId) const;

    QHash<QString, Record> m_records;
    std::set<Key> m_byAdded;
    std::set<Key> m_byUpdated;
    QMultiHash<QString, QString> m_byEmail;
    QMultiHash<QString, QString> m_byPhone;
};

} // namespace Sandbox
