// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlerror.h"
#include "mlfieldcatalog.h"
#include "mlgroup.h"
#include "mlsubscriber.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <unordered_map>
#include <vector>

namespace Sandbox {

struct Dataset;

// The state of the fake MailerLite account: subscribers (indexed by id and by lower-case
// email, so 100,000 of them stay fast), groups with live counters, and the field catalogue.
// Implements the Classic rules for upserts, resubscribing, type changes and field values, and
// renders records as the API does. Lives in the fake server's thread.
class MlSubscriberStore final
{
public:
    enum class Outcome { Created, Updated, Unchanged };

    // What an upsert (POST /subscribers, a group add, one import row) asks for.
    struct Upsert
    {
        QJsonObject body; // email, name, fields, type, signup_ip, ...
        bool resubscribe = false;
        qint64 groupId = 0; // also join this group (0: none)
    };

    MlSubscriberStore();

    void load(const Dataset &dataset);
    void clear();
    // New subscribers get ids from here on (or after the largest loaded id, if larger).
    void setFirstSubscriberId(qint64 id) { m_firstSubscriberId = id; }
    void setDoubleOptIn(bool on) { m_doubleOptIn = on; }

    [[nodiscard]] MlFieldCatalog &fields() { return m_fields; }
    [[nodiscard]] const MlFieldCatalog &fields() const { return m_fields; }

    // Subscribers.
    // A path segment: a numeric id or an email (case-insensitive).
    [[nodiscard]] MlSubscriber *find(const QString &idOrEmail);
    [[nodiscard]] MlSubscriber *findById(qint64 id);
    [[nodiscard]] qsizetype subscriberCount(const QString &type = {}) const;
    [[nodiscard]] QList<const MlSubscriber *> subscribers(const QString &type, qsizetype offset,
                                                          qsizetype limit) const;
    // Email or any field value containing `query`, case-insensitively.
    [[nodiscard]] QList<const MlSubscriber *> search(const QString &query, qsizetype offset,
                                                     qsizetype limit) const;
    [[nodiscard]] std::optional<MlError> upsert(const Upsert &request, const QString &now,
                                                qint64 *id, Outcome *outcome);
    // PUT /subscribers/:id: name, fields and type; the email never changes.
    [[nodiscard]] std::optional<MlError> update(MlSubscriber &subscriber, const QJsonObject &body,
                                                const QString &now, bool *changed);
    // Moves a subscriber to another type, keeping group counters and date_unsubscribe right.
    bool setType(MlSubscriber &subscriber, const QString &type, const QString &now);
    // Applies a "fields" object (an array, as some clients send, is ignored like the real API
    // does). Nothing is changed when a value does not fit its field's type.
    [[nodiscard]] std::optional<MlError> applyFields(MlSubscriber &subscriber,
                                                     const QJsonValue &fields, bool *changed);
    bool remove(qint64 id);

    // Groups.
    [[nodiscard]] MlGroup *group(qint64 id);
    [[nodiscard]] qsizetype groupCount() const { return qsizetype(m_groupOrder.size()); }
    [[nodiscard]] QList<const MlGroup *> groups(qsizetype offset, qsizetype limit) const;
    MlGroup &createGroup(const QString &name, const QString &now);
    bool removeGroup(qint64 id);
    bool join(MlSubscriber &subscriber, MlGroup &group, const QString &now);
    bool leave(MlSubscriber &subscriber, MlGroup &group);
    [[nodiscard]] QList<const MlSubscriber *> members(const MlGroup &group, const QString &type,
                                                      qsizetype offset, qsizetype limit) const;
    [[nodiscard]] qsizetype memberCount(const MlGroup &group, const QString &type = {}) const;

    // Field definitions: removing one removes its values.
    void dropFieldValues(const QString &key);

    // Rendering, as the API answers. `groupContext` fills date_subscribe for group listings.
    [[nodiscard]] QJsonObject render(const MlSubscriber &subscriber, qint64 groupContext = 0) const;
    [[nodiscard]] static QJsonObject render(const MlGroup &group);
    // {"subscribers":[... with "groups":[ids]], "groups":[...], "fields":[...]}
    [[nodiscard]] QJsonObject inspect() const;

    [[nodiscard]] static bool isValidEmail(const QString &email);
    [[nodiscard]] static bool isKnownType(const QString &type);

private:
    [[nodiscard]] const MlSubscriber *subscriberAt(qint64 id) const;
    void countType(const MlSubscriber &subscriber, int delta);
    void loadSubscriber(const QJsonObject &object);
    // Validates a "fields" object and the top-level name; returns the normalized values.
    [[nodiscard]] std::optional<MlError> collectValues(const QJsonObject &body,
                                                       QHash<QString, QString> *values) const;
    bool assignValues(MlSubscriber &subscriber, const QHash<QString, QString> &values);

    MlFieldCatalog m_fields;
    std::unordered_map<qint64, MlSubscriber> m_subscribers;
    QHash<QString, qint64> m_byEmail; // lower-case email -> id
    std::vector<qint64> m_order; // creation order, for listing
    std::unordered_map<qint64, MlGroup> m_groups;
    std::vector<qint64> m_groupOrder;
    qint64 m_firstSubscriberId = 9007199254740993LL; // 2^53 + 1: not exact as a double
    qint64 m_nextSubscriberId = 9007199254740993LL;
    qint64 m_nextGroupId = 3640549;
    bool m_doubleOptIn = false;
};

} // namespace Sandbox
