// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagenghl.h"

#include "datagenformat.h"
#include "datagennames.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

constexpr qint64 s_msPerDay = 86400000;
// Relative weights of DataGen::Script values, in enum order.
constexpr int s_scriptWeights[DataGen::ScriptCount] = {58, 16, 8, 4, 7, 4, 3};

struct FieldSpec
{
    QStringView name;
    QStringView key;
    QStringView dataType;
    QStringView placeholder;
    QStringView options; // picklist, separated by '|'
};

// One field per GHL v2 dataType, plus a TEXT field whose name is not ASCII.
constexpr FieldSpec s_fieldSpecs[] = {
    {u"Favourite colour", u"favourite_colour", u"TEXT", u"e.g. green", u""},
    {u"Support history", u"support_history", u"LARGE_TEXT", u"", u""},
    {u"Employees", u"employees", u"NUMERICAL", u"0", u""},
    {u"Office phone", u"office_phone", u"PHONE", u"+1 555 0100", u""},
    {u"Lifetime value", u"lifetime_value", u"MONETORY", u"0.00", u""},
    {u"Interests", u"interests", u"CHECKBOX", u"", u"Product news|Events|Offers"},
    {u"Plan", u"plan", u"SINGLE_OPTIONS", u"", u"Free|Pro|Enterprise"},
    {u"Channels", u"channels", u"MULTIPLE_OPTIONS", u"", u"Email|SMS|Phone|WhatsApp"},
    {u"Last order", u"last_order", u"DATE", u"", u""},
    {u"Children", u"children", u"TEXTBOX_LIST", u"", u"First child|Second child"},
    {u"Best time to call", u"best_time_to_call", u"RADIO", u"", u"Morning|Afternoon|Evening"},
    {u"Billing email", u"billing_email", u"EMAIL", u"billing@example.com", u""},
    {u"Kundennummer (Größe/Размер)", u"kundennummer_gre", u"TEXT", u"", u""},
};

// How many tags a contact has: 0 to 4.
constexpr int s_tagCountWeights[] = {30, 35, 20, 10, 5};

// Phone formats and their weights; the last entry is "garbage".
constexpr int s_phoneWeights[] = {40, 12, 10, 6, 6, 5, 4, 4, 4, 3, 3, 3};

} // namespace

DataGenGhl::DataGenGhl(DataGenRandom &rng, const DataGenerator::Options &options, Dataset &out)
    : m_rng(rng)
    , m_options(options)
    , m_out(out)
    , m_epochMs(options.epoch.toMSecsSinceEpoch())
{ }

void DataGenGhl::generate()
{
    for (int i = 0; i < 5; ++i) {
        m_users.append(m_rng.ghlId());
    }
    for (int i = 0; i < 2; ++i) {
        m_calendars.append(m_rng.ghlId());
    }
    makeCustomFieldDefinitions();
    m_validEmails.reserve(m_options.contacts);
    m_uniqueEmailContacts.reserve(m_options.contacts);
    for (int i = 0; i < m_options.contacts; ++i) {
        m_out.ghlContacts.append(makeContact(i));
    }
}

void DataGenGhl::makeCustomFieldDefinitions()
{
    int position = 0;
    for (const FieldSpec &spec : s_fieldSpecs) {
        FieldDefinition field {m_rng.ghlId(), spec.dataType.toString(), {}};
        QJsonArray picklist;
        if (!spec.options.isEmpty()) {
            field.options = spec.options.toString().split(u'|');
            picklist = QJsonArray::fromStringList(field.options);
        }
        QJsonObject def = DataGen::jsonObject({
            {"id"_L1, field.id},
            {"name"_L1, spec.name.toString()},
            {"fieldKey"_L1, QString(u"contact."_s % spec.key)},
            {"placeholder"_L1, spec.placeholder.toString()},
            {"dataType"_L1, field.dataType},
            {"position"_L1, position},
            {"picklistImageOptions"_L1, QJsonArray()},
            {"isAllowedCustomOption"_L1, false},
            {"locationId"_L1, m_options.locationId},
            {"model"_L1, u"contact"_s},
            {"documentType"_L1, u"field"_s},
            {"standard"_L1, false},
            {"dateAdded"_L1, DataGen::isoMs(m_epochMs - 400 * s_msPerDay + position * 60000)},
        });
        if (!picklist.isEmpty()) {
            def.insert("picklistOptions"_L1, picklist);
        }
        position += 50;
        m_out.ghlCustomFields.append(def);
        m_fields.append(field);
    }
}

QString DataGenGhl::makeEmail(QStringView first, QStringView last, bool *unique)
{
    *unique = false;
    const double roll = m_rng.real();
    double edge = m_options.missingEmailShare;
    if (roll < edge) {
        return {};
    }
    edge += m_options.invalidEmailShare;
    if (roll < edge) {
        // Round robin rather than random, so every kind appears once there are enough.
        const auto invalid = DataGen::invalidEmails();
        return invalid[m_invalidEmailTurn++ % invalid.size()].toString();
    }
    edge += m_options.caseDuplicateShare;
    if (roll < edge && !m_validEmails.isEmpty()) {
        return DataGen::caseVariant(m_rng, m_validEmails[m_rng.below(m_validEmails.size())]);
    }
    *unique = true;
    QString email = DataGen::uniqueEmail(m_rng, first, last, m_emailSerial++);
    m_validEmails.append(email);
    return email;
}

QString DataGenGhl::makePhone()
{
    const QString d4 = m_rng.digits(4);
    const QString d2 = m_rng.digits(2);
    switch (m_rng.weighted(s_phoneWeights)) {
    case 0:
        return u"+1415555"_s % u"01" % d2;
    case 1:
        return u"(415) 555-01"_s % d2;
    case 2:
        return u"+44 20 7946 0"_s % d4.left(3);
    case 3:
        return u"0049 30 "_s % m_rng.digits(7);
    case 4:
        return u"+49 (0)30 "_s % d4 % u'-' % d2;
    case 5:
        return u"415.555.01"_s % d2;
    case 6:
        return u"415-555-01"_s % d2 % (m_rng.chance(0.5) ? u" ext. 42"_s : u" x"_s % d4.left(3));
    case 7:
        return u"+33 1 "_s % d2 % u' ' % d4.left(2) % u' ' % d4.right(2) % u" 00";
    case 8:
        return u"+81 3-"_s % d4 % u'-' % m_rng.digits(4);
    case 9:
        return u"+7 (495) "_s % d4.left(3) % u'-' % d2 % u'-' % d4.right(2);
    case 10:
        return u"+972 3-"_s % d4.left(3) % u'-' % d4;
    default:
        return m_rng.pick(DataGen::garbagePhones()).toString();
    }
}

QJsonValue DataGenGhl::makeDndSettings(bool emailDnd)
{
    if (emailDnd) {
        const QJsonObject active
            = DataGen::jsonObject({{"status"_L1, u"active"_s},
                                   {"message"_L1, u"Updated by 'Sandbox' via import"_s},
                                   {"code"_L1, u"103"_s}});
        return DataGen::jsonObject({{"Email"_L1, active}, {"SMS"_L1, active}});
    }
    if (m_rng.chance(0.04)) {
        return DataGen::jsonObject(
            {{"SMS"_L1, DataGen::jsonObject({{"status"_L1, u"active"_s}})},
             {"Email"_L1, DataGen::jsonObject({{"status"_L1, u"inactive"_s}})}});
    }
    if (m_rng.chance(0.5)) {
        return DataGen::jsonObject(
            {{"Email"_L1, DataGen::jsonObject({{"status"_L1, u"inactive"_s}})}});
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonArray DataGenGhl::makeTags()
{
    QJsonArray tags;
    const int count = m_rng.weighted(s_tagCountWeights);
    const auto names = DataGen::tagNames();
    // Distinct tags: a random start and stride over the fixed table.
    int at = m_rng.below(static_cast<int>(names.size()));
    for (int i = 0; i < count; ++i) {
        tags.append(names[static_cast<std::size_t>(at)].toString());
        at = (at + 3) % static_cast<int>(names.size());
    }
    return tags;
}

QString DataGenGhl::longName(QStringView seed)
{
    QString name;
    name.reserve(DataGenerator::LongNameLength);
    while (name.size() < DataGenerator::LongNameLength) {
        name += seed % u' ';
    }
    name.truncate(DataGenerator::LongNameLength);
    return name;
}

QJsonObject DataGenGhl::makeContact(int index)
{
    const auto script = static_cast<DataGen::Script>(m_rng.weighted(s_scriptWeights));
    const DataGen::Name &first = m_rng.pick(DataGen::firstNames(script));
    const DataGen::Name &last = m_rng.pick(DataGen::lastNames(script));
    const DataGen::Place &place = m_rng.pick(DataGen::places(script));
    const QString id = m_rng.ghlId();
    const qint64 added = m_epochMs - m_rng.between(s_msPerDay, m_options.historyDays * s_msPerDay);
    const qint64 updated = m_rng.chance(0.3) ? added : m_rng.between(added, m_epochMs - 1);

    QString firstName, lastName;
    if (!m_rng.chance(0.02)) {
        firstName = first.native.toString();
        lastName = last.native.toString();
    }
    bool uniqueEmail = false;
    const QString email = makeEmail(first.ascii, last.ascii, &uniqueEmail);
    const QString phone = m_rng.chance(0.8) ? makePhone() : QString();
    QString company = m_rng.chance(0.45) ? m_rng.pick(DataGen::companies()).toString() : QString();
    QString address, city;
    const bool hasAddress = m_rng.chance(0.7);
    if (hasAddress) {
        address = place.street.toString();
        city = place.city.toString();
    }

    QString hostileValue;
    if (m_rng.chance(m_options.hostileShare)) {
        const auto hostile = DataGen::hostileStrings();
        hostileValue = hostile[m_hostileTurn++ % hostile.size()].toString();
        switch (m_rng.below(6)) {
        case 0:
            firstName = longName(first.native);
            hostileValue = firstName;
            break;
        case 1:
            firstName = hostileValue;
            break;
        case 2:
            lastName = hostileValue;
            break;
        case 3:
            company = hostileValue;
            break;
        case 4:
            address = hostileValue;
            break;
        default:
            city = hostileValue;
            break;
        }
    }

    QJsonObject c;
    c.insert("id"_L1, id);
    c.insert("locationId"_L1, m_options.locationId);
    if (!firstName.isEmpty()) {
        c.insert("firstName"_L1, firstName);
        c.insert("firstNameLowerCase"_L1, firstName.toLower());
    }
    if (!lastName.isEmpty()) {
        c.insert("lastName"_L1, lastName);
        c.insert("lastNameLowerCase"_L1, lastName.toLower());
    }
    if (!firstName.isEmpty() || !lastName.isEmpty()) {
        c.insert("fullNameLowerCase"_L1, QString(firstName % u' ' % lastName).trimmed().toLower());
    }
    if (!email.isEmpty()) {
        c.insert("email"_L1, email);
        c.insert("emailLowerCase"_L1, email.toLower());
        if (uniqueEmail) {
            m_uniqueEmailContacts.append(index);
        }
    }
    if (!phone.isEmpty()) {
        c.insert("phone"_L1, phone);
    }
    if (!company.isEmpty()) {
        c.insert("companyName"_L1, company);
    }
    if (hasAddress) {
        c.insert("address1"_L1, address);
        c.insert("city"_L1, city);
        if (!place.state.isEmpty()) {
            c.insert("state"_L1, place.state.toString());
        }
        if (!place.postalCode.isEmpty()) {
            c.insert("postalCode"_L1, place.postalCode.toString());
        }
    }
    if (hasAddress || m_rng.chance(0.5)) {
        c.insert("country"_L1, place.country.toString());
    }
    if (m_rng.chance(0.6)) {
        c.insert("timezone"_L1, place.timezone.toString());
    }
    if (m_rng.chance(0.15)) {
        c.insert("website"_L1, QString(u"https://www."_s % last.ascii % u".example"));
    }
    const bool emailDnd = m_rng.chance(m_options.emailDndShare);
    c.insert("dnd"_L1, emailDnd);
    const QJsonValue dnd = makeDndSettings(emailDnd);
    if (!dnd.isUndefined()) {
        c.insert("dndSettings"_L1, dnd);
    }
    c.insert("tags"_L1, makeTags());
    c.insert("customFields"_L1, makeCustomValues(hostileValue));
    if (m_rng.chance(0.7)) {
        c.insert("source"_L1, m_rng.pick(DataGen::sources()).toString());
    }
    c.insert("type"_L1, m_rng.chance(0.3) ? u"customer"_s : u"lead"_s);
    c.insert("dateAdded"_L1, DataGen::isoMs(added));
    c.insert("dateUpdated"_L1, DataGen::isoMs(updated));
    if (m_rng.chance(0.6)) {
        c.insert("assignedTo"_L1, user());
    }
    QJsonArray followers;
    if (m_rng.chance(0.1)) {
        followers.append(user());
    }
    c.insert("followers"_L1, followers);
    QJsonArray additionalEmails;
    if (uniqueEmail && m_rng.chance(0.03)) {
        additionalEmails.append(DataGen::jsonObject(
            {{"email"_L1, DataGen::uniqueEmail(m_rng, last.ascii, first.ascii, m_emailSerial++)}}));
    }
    c.insert("additionalEmails"_L1, additionalEmails);
    c.insert("additionalPhones"_L1, QJsonArray());
    if (m_rng.chance(0.1)) {
        c.insert("businessId"_L1, m_rng.hexId(24));
    }
    if (m_rng.chance(0.15)) {
        const qint64 birth = m_epochMs - m_rng.between(18 * 365, 80 * 365) * s_msPerDay;
        c.insert("dateOfBirth"_L1, DataGen::isoMs(birth - birth % s_msPerDay));
    }

    makeNotes(id, added, hostileValue);
    makeTasks(id);
    makeAppointments(id, added);
    return c;
}

} // namespace Sandbox
