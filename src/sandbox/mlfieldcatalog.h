// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlerror.h"
#include "mlfield.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Sandbox {

// The field definitions of the fake MailerLite account: the nine built-in fields with the ids
// the Classic docs show, then custom fields in creation order. Derives keys from titles and
// checks values against a field's type. Lives in the fake server's thread.
class MlFieldCatalog final
{
public:
    // An account is capped ("You used all available fields"); Classic does not publish the cap,
    // the new API's docs say 100.
    static constexpr int MaxCustomFields = 100;

    MlFieldCatalog();

    // Replaces the catalogue with fields as GET /fields renders them; built-ins missing from
    // the list are kept. An empty list means "built-ins only".
    void load(const QJsonArray &fields);

    [[nodiscard]] const QList<MlField> &all() const { return m_fields; }
    [[nodiscard]] const MlField *byKey(const QString &key) const;
    [[nodiscard]] const MlField *byId(qint64 id) const;
    // The keys in the order of a subscriber's "fields" array: email, name, last_name, company,
    // country, city, phone, state, zip, then custom keys.
    [[nodiscard]] const QStringList &subscriberKeys() const { return m_subscriberKeys; }

    [[nodiscard]] std::optional<MlError> create(const QString &title, const QString &type,
                                                const QString &now, MlField *created);
    [[nodiscard]] std::optional<MlError> rename(qint64 id, const QString &title, const QString &now,
                                                MlField *renamed);
    [[nodiscard]] std::optional<MlError> remove(qint64 id, MlField *removed);

    // "Favourite Color" -> "favourite_color": lower case without accents, runs of anything but
    // a-z0-9 become one underscore, no leading or trailing underscore. A taken key gets "_2".
    [[nodiscard]] static QString deriveKey(const QString &title);
    // The stored text for a value of this field, or nullopt when the value does not fit the
    // field's type. null and "" clear a value.
    [[nodiscard]] static std::optional<QString> normalizeValue(const MlField &field,
                                                               const QJsonValue &value);
    [[nodiscard]] static QJsonObject toJson(const MlField &field);

private:
    void rebuildIndex();
    [[nodiscard]] QString uniqueKey(const QString &base) const;

    QList<MlField> m_fields;
    QHash<QString, qsizetype> m_byKey;
    QHash<qint64, qsizetype> m_byId;
    QStringList m_subscriberKeys;
    qint64 m_nextId = 28349;
};

} // namespace Sandbox
