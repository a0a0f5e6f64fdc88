// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlsubscriberstore.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sandbox {

MlSubscriberStore::MlSubscriberStore() = default;

bool MlSubscriberStore::isValidEmail(const QString &email)
{
    // The Classic docs publish no rule; one "@", a dot in the domain and no spaces is what
    // every MailerLite form enforces at the least.
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

bool MlSubscriberStore::isKnownType(const QString &type)
{
    return type == u"active" || type == u"unsubscribed" || type == u"bounced" || type == u"junk"
        || type == u"unconfirmed";
}

const MlSubscriber *MlSubscriberStore::subscriberAt(qint64 id) const
{
    const auto it = m_subscribers.find(id);
    return it == m_subscribers.end() ? nullptr : &it->second;
}

MlSubscriber *MlSubscriberStore::findById(qint64 id)
{
    const auto it = m_subscribers.find(id);
    return it == m_subscribers.end() ? nullptr : &it->second;
}

MlSubscriber *MlSubscriberStore::find(const QString &idOrEmail)
{
    if (idOrEmail.contains(u'@')) {
        const auto it = m_byEmail.constFind(idOrEmail.trimmed().toLower());
        return it == m_byEmail.constEnd() ? nullptr : findById(*it);
    }
    bool ok = false;
    const qint64 id = idOrEmail.toLongLong(&ok);
    return ok ? findById(id) : nullptr;
}

qsizetype MlSubscriberStore::subscriberCount(const QString &type) const
{
    if (type.isEmpty()) {
        return qsizetype(m_order.size());
    }
    return std::count_if(m_order.cbegin(), m_order.cend(),
                         [&](qint64 id) { return subscriberAt(id)->type == type; });
}

QList<const MlSubscriber *> MlSubscriberStore::subscribers(const QString &type, qsizetype offset,
                                                           qsizetype limit) const
{
    QList<const MlSubscriber *> page;
    qsizetype skipped = 0;
    for (const qint64 id : m_order) {
        if (page.size() >= limit) {
            break;
        }
        const MlSubscriber *subscriber = subscriberAt(id);
        if (!type.isEmpty() && subscriber->type != type) {
            continue;
        }
        if (skipped++ < offset) {
            continue;
        }
        page.append(subscriber);
    }
    return page;
}

QList<const MlSubscriber *> MlSubscriberStore::search(const QString &query, qsizetype offset,
                                                      qsizetype limit) const
{
    // Classic searches "by email or custom field value"; a substring match is assumed.
    const QString needle = query.trimmed();
    QList<const MlSubscriber *> page;
    qsizetype skipped = 0;
    for (const qint64 id : m_order) {
        if (page.size() >= limit) {
            break;
        }
        const MlSubscriber *subscriber = subscriberAt(id);
        bool hit = subscriber->email.contains(needle, Qt::CaseInsensitive);
        for (auto it = subscriber->values.cbegin(); !hit && it != subscriber->values.cend(); ++it) {
            hit = it.value().contains(needle, Qt::CaseInsensitive);
        }
        if (hit && skipped++ >= offset) {
            page.append(subscriber);
        }
    }
    return page;
}

std::optional<MlError> MlSubscriberStore::collectValues(const QJsonObject &body,
                                                        QHash<QString, QString> *values) const
{
    const auto collect
        = [&](const QString &key, const QJsonValue &value) -> std::optional<MlError> {
        const MlField *field = m_fields.byKey(key);
        if (!field || key == u"email") {
            return std::nullopt; // unknown keys are ignored; the email never changes
        }
        // A value that does not fit a NUMBER or DATE field is refused with a 400 rather than
        // dropped: the Classic docs are silent, and a loud refusal is the safer imitation,
        // since a silent drop would hide a client bug until someone reads the data.
        const std::optional<QString> text = MlFieldCatalog::normalizeValue(*field, value);
        if (!text) {
            return MlError {400, 123, u"Invalid value for field %1 (%2)"_s.arg(key, field->type)};
        }
        values->insert(key, *text);
        return std::nullopt;
    };
    if (body.contains(u"name"_s)) {
        if (auto error = collect(u"name"_s, body.value(u"name"_s))) {
            return error;
        }
    }
    // Only the documented object form counts; the response's [{key,value}] array form sent
    // back as input is silently ignored, as users of the real API found out.
    const QJsonObject fields = body.value(u"fields"_s).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (auto error = collect(it.key(), it.value())) {
            return error;
        }
    }
    return std::nullopt;
}

bool MlSubscriberStore::assignValues(MlSubscriber &subscriber,
                                     const QHash<QString, QString> &values)
{
    bool changed = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (subscriber.values.value(it.key()) == it.value()) {
            continue;
        }
        if (it.value().isEmpty()) {
            subscriber.values.remove(it.key());
        } else {
            subscriber.values.insert(it.key(), it.value());
        }
        changed = true;
    }
    return changed;
}

std::optional<MlError> MlSubscriberStore::applyFields(MlSubscriber &subscriber,
                                                      const QJsonValue &fields, bool *changed)
{
    QHash<QString, QString> values;
    if (auto error = collectValues(QJsonObject {{u"fields"_s, fields}}, &values)) {
        return error;
    }
    *changed = assignValues(subscriber, values);
    return std::nullopt;
}

std::optional<MlError> MlSubscriberStore::upsert(const Upsert &request, const QString &now,
                                                 qint64 *id, Outcome *outcome)
{
    const QJsonObject &body = request.body;
    const QString email = body.value(u"email"_s).toString().trimmed();
    if (!isValidEmail(email)) {
        // Undocumented; the SDKs only know "400 = missing or invalid parameter".
        return MlError {400, 123, u"Invalid email address"_s};
    }
    QHash<QString, QString> values;
    if (auto error = collectValues(body, &values)) {
        return error;
    }
    MlGroup *target = request.groupId != 0 ? group(request.groupId) : nullptr;
    if (request.groupId != 0 && !target) {
        return MlError {404, 123, u"Group not found"_s};
    }
    const QString requested = body.value(u"type"_s).toString();
    const auto existing = m_byEmail.constFind(email.toLower());
    if (existing == m_byEmail.constEnd()) {
        MlSubscriber created;
        created.id = m_nextSubscriberId++;
        created.email = email;
        // `type` is honoured for new subscribers; without it a double opt-in account starts
        // them unconfirmed.
        if (requested == u"active" || requested == u"unsubscribed" || requested == u"unconfirmed") {
            created.type = requested;
        } else {
            created.type = m_doubleOptIn ? u"unconfirmed"_s : u"active"_s;
        }
        created.signupIp = body.value(u"signup_ip"_s).toString();
        created.signupTimestamp = body.value(u"signup_timestamp"_s).toString(now);
        created.confirmationIp = body.value(u"confirmation_ip"_s).toString();
        created.confirmationTimestamp = body.value(u"confirmation_timestamp"_s).toString();
        created.dateCreated = now;
        created.dateUpdated = now;
        if (created.type == u"unsubscribed") {
            created.dateUnsubscribe = now;
        }
        assignValues(created, values);
        *id = created.id;
        m_byEmail.insert(email.toLower(), created.id);
        m_order.push_back(created.id);
        MlSubscriber &stored = m_subscribers.emplace(created.id, std::move(created)).first->second;
        if (target) {
            join(stored, *target, now);
        }
        *outcome = Outcome::Created;
        return std::nullopt;
    }
    MlSubscriber &subscriber = m_subscribers.at(*existing);
    bool changed = assignValues(subscriber, values);
    // Only resubscribe:true brings back someone who unsubscribed, bounced or was marked junk;
    // without it their type stays, whatever `type` says.
    const bool gone = subscriber.type == u"unsubscribed" || subscriber.type == u"bounced"
        || subscriber.type == u"junk";
    if (request.resubscribe && gone) {
        changed |= setType(subscriber, requested == u"unconfirmed" ? requested : u"active"_s, now);
    }
    if (target) {
        changed |= join(subscriber, *target, now);
    }
    if (changed) {
        subscriber.dateUpdated = now;
    }
    *id = subscriber.id;
    *outcome = changed ? Outcome::Updated : Outcome::Unchanged;
    return std::nullopt;
}

std::optional<MlError> MlSubscriberStore::update(MlSubscriber &subscriber, const QJsonObject &body,
                                                 const QString &now, bool *changed)
{
    const QString type = body.value(u"type"_s).toString();
    if (body.contains(u"type"_s) && type != u"active" && type != u"unsubscribed"
        && type != u"unconfirmed") {
        return MlError {400, 123, u"Wrong data provided"_s};
    }
    QHash<QString, QString> values;
    if (auto error = collectValues(body, &values)) {
        return error;
    }
    *changed = assignValues(subscriber, values);
    if (!type.isEmpty()) {
        *changed |= setType(subscriber, type, now);
    }
    if (*changed) {
        subscriber.dateUpdated = now;
    }
    return std::nullopt;
}

void MlSubscriberStore::countType(const MlSubscriber &subscriber, int delta)
{
    for (const auto &membership : subscriber.groups) {
        const auto it = m_groups.find(membership.first);
        if (it != m_groups.end()) {
            it->second.countByType[subscriber.type] += delta;
        }
    }
}

bool MlSubscriberStore::setType(MlSubscriber &subscriber, const QString &type, const QString &now)
{
    if (subscriber.type == type) {
        return false;
    }
    countType(subscriber, -1);
    subscriber.type = type;
    countType(subscriber, +1);
    if (type == u"unsubscribed") {
        subscriber.dateUnsubscribe = now;
    } else if (type == u"active") {
        subscriber.dateUnsubscribe.clear();
    }
    return true;
}

bool MlSubscriberStore::remove(qint64 id)
{
    MlSubscriber *subscriber = findById(id);
    if (!subscriber) {
        return false;
    }
    const auto memberships = subscriber->groups;
    for (const auto &membership : memberships) {
        if (MlGroup *g = group(membership.first)) {
            leave(*subscriber, *g);
        }
    }
    m_byEmail.remove(subscriber->email.toLower());
    m_order.erase(std::find(m_order.begin(), m_order.end(), id));
    m_subscribers.erase(id);
    return true;
}

} // namespace Sandbox
