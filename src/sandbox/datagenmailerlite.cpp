// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagenmailerlite.h"

#include "datagenformat.h"
#include "datagennames.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

constexpr qint64 s_msPerDay = 86400000;
constexpr qint64 s_msPerMinute = 60000;
// Ids in the range the Classic API documentation shows.
constexpr qint64 s_subscriberIdBase = 1343965485;
constexpr qint64 s_groupIdBase = 3640549;

constexpr QStringView s_types[] = {u"active", u"unsubscribed", u"unconfirmed", u"bounced", u"junk"};
constexpr int s_typeWeights[] = {72, 10, 8, 6, 4};

struct GroupSpec
{
    QStringView name;
    double share;
};
constexpr GroupSpec s_groups[] = {
    {u"Newsletter", 0.60}, {u"Customers", 0.25},        {u"Webinar 2026", 0.10},
    {u"VIP", 0.05},        {u"Ünïcødé Grüppe 🎉", 0.02},
};

struct FieldSpec
{
    int id;
    QStringView title;
    QStringView key;
    QStringView type;
};
// GET /fields: the nine built-ins with the ids the API documentation shows, then the custom
// fields a sync would fill.
constexpr FieldSpec s_builtIns[] = {
    {6, u"Name", u"name", u"TEXT"},
    {8, u"Email", u"email", u"TEXT"},
    {12, u"Company", u"company", u"TEXT"},
    {14, u"Country", u"country", u"TEXT"},
    {16, u"City", u"city", u"TEXT"},
    {18, u"Phone", u"phone", u"TEXT"},
    {20, u"State", u"state", u"TEXT"},
    {22, u"ZIP", u"zip", u"TEXT"},
    {24, u"Last name", u"last_name", u"TEXT"},
};
constexpr FieldSpec s_customs[] = {
    {28350, u"Notes digest", u"notes_digest", u"TEXT"},
    {28351, u"Open tasks", u"open_tasks", u"NUMBER"},
    {28352, u"Last order", u"last_order", u"DATE"},
};

QJsonObject fieldValue(QStringView key, const QString &value, QStringView type)
{
    return DataGen::jsonObject(
        {{"key"_L1, key.toString()}, {"value"_L1, value}, {"type"_L1, type.toString()}});
}

} // namespace

DataGenMailerLite::DataGenMailerLite(DataGenRandom &rng, const DataGenerator::Options &options,
                                     Dataset &out, const QList<int> &uniqueEmailContacts,
                                     quint64 emailSerial)
    : m_rng(rng)
    , m_options(options)
    , m_out(out)
    , m_candidates(uniqueEmailContacts)
    , m_taken(uniqueEmailContacts.size(), false)
    , m_emailSerial(emailSerial)
    , m_epochMs(options.epoch.toMSecsSinceEpoch())
{ }

void DataGenMailerLite::generate()
{
    makeFields();
    if (m_options.mlSubscribers <= 0) {
        return;
    }
    m_groupCounts.resize(std::size(s_groups));
    for (qsizetype g = 0; g < m_groupCounts.size(); ++g) {
        m_groupIds.append(s_groupIdBase + 7 * g);
    }
    for (int k = 0; k < m_options.mlSubscribers; ++k) {
        m_out.mlSubscribers.append(makeSubscriber(k));
    }
    makeGroups();
}

void DataGenMailerLite::makeFields()
{
    for (const FieldSpec &f : s_builtIns) {
        m_out.mlFields.append(DataGen::jsonObject({{"id"_L1, f.id},
                                                   {"title"_L1, f.title.toString()},
                                                   {"key"_L1, f.key.toString()},
                                                   {"type"_L1, f.type.toString()},
                                                   {"date_updated"_L1, u""_s},
                                                   {"date_created"_L1, u""_s}}));
    }
    qint64 at = m_epochMs - 300 * s_msPerDay;
    for (const FieldSpec &f : s_customs) {
        m_out.mlFields.append(DataGen::jsonObject({{"id"_L1, f.id},
                                                   {"title"_L1, f.title.toString()},
                                                   {"key"_L1, f.key.toString()},
                                                   {"type"_L1, f.type.toString()},
                                                   {"date_updated"_L1, DataGen::spaced(at)},
                                                   {"date_created"_L1, DataGen::spaced(at)}}));
        at += 7 * s_msPerMinute;
    }
}

int DataGenMailerLite::takeOverlapContact()
{
    const int count = static_cast<int>(m_candidates.size());
    if (m_takenCount >= count) {
        return -1;
    }
    // A random candidate, or the next free one after it: each contact is reused at most once,
    // because MailerLite keeps one subscriber per address.
    int at = m_rng.below(count);
    while (m_taken[at]) {
        at = (at + 1) % count;
    }
    m_taken[at] = true;
    ++m_takenCount;
    return m_candidates[at];
}

QJsonObject DataGenMailerLite::makeSubscriber(int index)
{
    QString email, first, last, company, country, city, phone, state, zip;
    const int contact = m_rng.chance(m_options.mlOverlapShare) ? takeOverlapContact() : -1;
    if (contact >= 0) {
        const QJsonObject c = m_out.ghlContacts.at(contact).toObject();
        email = c.value(u"email"_s).toString();
        if (m_rng.chance(0.5)) {
            email = DataGen::caseVariant(m_rng, email);
        }
        first = c.value(u"firstName"_s).toString();
        last = c.value(u"lastName"_s).toString();
        if (m_rng.chance(0.15)) {
            last = m_rng.pick(DataGen::lastNames(DataGen::Script::Latin)).native.toString();
        }
        company = c.value(u"companyName"_s).toString();
        country = c.value(u"country"_s).toString();
        city = c.value(u"city"_s).toString();
        phone = c.value(u"phone"_s).toString();
        state = c.value(u"state"_s).toString();
        zip = c.value(u"postalCode"_s).toString();
    } else {
        const auto script
            = m_rng.chance(0.8) ? DataGen::Script::Latin : DataGen::Script::LatinDiacritic;
        const DataGen::Name &firstName = m_rng.pick(DataGen::firstNames(script));
        const DataGen::Name &lastName = m_rng.pick(DataGen::lastNames(script));
        first = firstName.native.toString();
        last = lastName.native.toString();
        email = DataGen::uniqueEmail(m_rng, firstName.ascii, lastName.ascii, m_emailSerial++);
        if (m_rng.chance(0.5)) {
            const DataGen::Place &place = m_rng.pick(DataGen::places(script));
            country = place.country.toString();
            city = place.city.toString();
        }
    }

    const int typeIndex = m_rng.weighted(s_typeWeights);
    const qint64 created
        = m_epochMs - m_rng.between(s_msPerDay, m_options.historyDays * s_msPerDay);
    const bool bigId = index == m_options.mlSubscribers - 1 || m_rng.chance(0.05);
    const qint64 id = bigId ? DataGenerator::BigIdBase + 2 * m_bigIds++
                            : s_subscriberIdBase + 8LL * index + m_rng.below(8);
    const qint64 sent = typeIndex == 2 ? 0 : m_rng.between(0, 40);
    const qint64 opened = m_rng.between(0, sent);
    const qint64 clicked = m_rng.between(0, opened);

    QJsonArray fields {
        fieldValue(u"email", email, u"TEXT"),     fieldValue(u"name", first, u"TEXT"),
        fieldValue(u"last_name", last, u"TEXT"),  fieldValue(u"company", company, u"TEXT"),
        fieldValue(u"country", country, u"TEXT"), fieldValue(u"city", city, u"TEXT"),
        fieldValue(u"phone", phone, u"TEXT"),     fieldValue(u"state", state, u"TEXT"),
        fieldValue(u"zip", zip, u"TEXT"),
    };
    // Classic renders every field value as a string, numbers and dates included.
    const QString digest = m_rng.chance(0.3) ? u"2 notes, last: call back"_s : QString();
    const QString openTasks = m_rng.chance(0.4) ? QString::number(m_rng.between(0, 5)) : QString();
    const QString lastOrder = m_rng.chance(0.25)
        ? DataGen::dateOnly(m_epochMs - m_rng.between(1, 700) * s_msPerDay)
        : QString();
    fields.append(fieldValue(u"notes_digest", digest, u"TEXT"));
    fields.append(fieldValue(u"open_tasks", openTasks, u"NUMBER"));
    fields.append(fieldValue(u"last_order", lastOrder, u"DATE"));

    QJsonObject s;
    s.insert("id"_L1, QJsonValue(id));
    s.insert("email"_L1, email);
    s.insert("name"_L1, first);
    s.insert("sent"_L1, sent);
    s.insert("opened"_L1, opened);
    s.insert("clicked"_L1, clicked);
    s.insert("type"_L1, s_types[typeIndex].toString());
    s.insert("signup_ip"_L1,
             m_rng.chance(0.7) ? QString(u"192.0.2."_s % QString::number(m_rng.between(1, 254)))
                               : u"2001:db8::17"_s);
    s.insert("signup_timestamp"_L1, DataGen::spaced(created));
    if (typeIndex != 2 && m_rng.chance(0.6)) {
        const qint64 confirmed
            = std::min(created + m_rng.between(1, 2880) * s_msPerMinute, m_epochMs - 1);
        s.insert("confirmation_ip"_L1,
                 QString(u"198.51.100."_s % QString::number(m_rng.between(1, 254))));
        s.insert("confirmation_timestamp"_L1, DataGen::spaced(confirmed));
    } else {
        s.insert("confirmation_ip"_L1, u""_s);
        s.insert("confirmation_timestamp"_L1, QJsonValue::Null);
    }
    s.insert("fields"_L1, fields);
    s.insert("date_subscribe"_L1, QJsonValue::Null);
    s.insert("date_unsubscribe"_L1,
             typeIndex == 1 ? QJsonValue(DataGen::spaced(m_rng.between(created, m_epochMs - 1)))
                            : QJsonValue(QJsonValue::Null));
    s.insert("date_created"_L1, DataGen::spaced(created));
    s.insert("date_updated"_L1,
             m_rng.chance(0.5) ? QJsonValue(DataGen::spaced(m_rng.between(created, m_epochMs - 1)))
                               : QJsonValue(QJsonValue::Null));
    QJsonArray groups;
    for (qsizetype g = 0; g < m_groupIds.size(); ++g) {
        if (m_rng.chance(s_groups[g].share)) {
            groups.append(QJsonValue(m_groupIds[g]));
        }
    }
    s.insert("groups"_L1, groups);
    countInGroups(groups, typeIndex, s);
    return s;
}

void DataGenMailerLite::countInGroups(const QJsonArray &groups, int typeIndex,
                                      const QJsonObject &subscriber)
{
    for (const QJsonValue &group : groups) {
        GroupCounts &counts = m_groupCounts[m_groupIds.indexOf(group.toInteger())];
        ++counts.total;
        ++counts.byType[typeIndex];
        counts.sent += subscriber.value(u"sent"_s).toInteger();
        counts.opened += subscriber.value(u"opened"_s).toInteger();
        counts.clicked += subscriber.value(u"clicked"_s).toInteger();
    }
}

void DataGenMailerLite::makeGroups()
{
    for (qsizetype g = 0; g < m_groupIds.size(); ++g) {
        const GroupCounts &c = m_groupCounts[g];
        const qint64 created = m_epochMs - (800 - 30 * g) * s_msPerDay;
        m_out.mlGroups.append(
            DataGen::jsonObject({{"id"_L1, QJsonValue(m_groupIds[g])},
                                 {"name"_L1, s_groups[g].name.toString()},
                                 {"total"_L1, c.total},
                                 {"active"_L1, c.byType[0]},
                                 {"unsubscribed"_L1, c.byType[1]},
                                 {"bounced"_L1, c.byType[3]},
                                 {"unconfirmed"_L1, c.byType[2]},
                                 {"junk"_L1, c.byType[4]},
                                 {"sent"_L1, c.sent},
                                 {"opened"_L1, c.opened},
                                 {"clicked"_L1, c.clicked},
                                 {"date_created"_L1, DataGen::spaced(created)},
                                 {"date_updated"_L1, DataGen::spaced(m_epochMs - s_msPerDay)}}));
    }
}

} // namespace Sandbox
