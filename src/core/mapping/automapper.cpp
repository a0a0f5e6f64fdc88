// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/automapper.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mapping {

namespace {

constexpr int sameKeyScore = 100;
constexpr int sameNameScore = 95;
constexpr int synonymScore = 85;
constexpr int minimumScore = 60;

struct Source
{
    FieldRef ref;
    QString type;
    QStringList names; // normalised: the first is the preferred one
};

// GHL standard fields and the names MailerLite accounts commonly give the same data.
QList<Source> standardSources()
{
    using S = FieldRef::Standard;
    auto make = [](S field, const QString &type, const QStringList &names) {
        return Source {FieldRef::standard(field), type, names};
    };
    return {
        make(S::Email, u"EMAIL"_s, {u"email"_s, u"email_address"_s, u"e_mail"_s}),
        make(S::FirstName, u"TEXT"_s,
             {u"first_name"_s, u"firstname"_s, u"name"_s, u"given_name"_s}),
        make(S::LastName, u"TEXT"_s,
             {u"last_name"_s, u"lastname"_s, u"surname"_s, u"family_name"_s}),
        make(S::Phone, u"PHONE"_s, {u"phone"_s, u"phone_number"_s, u"mobile"_s, u"telephone"_s}),
        make(S::CompanyName, u"TEXT"_s, {u"company_name"_s, u"company"_s, u"organization"_s}),
        make(S::Address1, u"TEXT"_s, {u"address1"_s, u"address"_s, u"street"_s}),
        make(S::City, u"TEXT"_s, {u"city"_s, u"town"_s}),
        make(S::State, u"TEXT"_s, {u"state"_s, u"province"_s, u"region"_s}),
        make(S::Country, u"TEXT"_s, {u"country"_s}),
        make(S::PostalCode, u"TEXT"_s,
             {u"postal_code"_s, u"zip"_s, u"zip_code"_s, u"postcode"_s, u"zipcode"_s}),
        make(S::Website, u"TEXT"_s, {u"website"_s, u"url"_s, u"web_site"_s}),
        make(S::Timezone, u"TEXT"_s, {u"timezone"_s, u"time_zone"_s}),
        make(S::Source, u"TEXT"_s, {u"source"_s, u"lead_source"_s}),
        make(S::DateOfBirth, u"DATE"_s,
             {u"date_of_birth"_s, u"birthday"_s, u"birth_date"_s, u"dob"_s}),
    };
}

struct Candidate
{
    qsizetype source;
    qsizetype target;
    int score;
    QString reason;
};

// Name score of a source against a MailerLite field, with the reason; 0 when unrelated.
std::pair<int, QString> nameScore(const Source &source, const MailerLite::Field &field)
{
    const QString key = AutoMapper::normalized(field.key);
    const QString title = AutoMapper::normalized(field.title);
    const QString &own = source.names.front();
    if (own == key) {
        return {sameKeyScore,
                QCoreApplication::translate("Mapping", "same key “%1”").arg(field.key)};
    }
    if (!title.isEmpty() && own == title) {
        return {sameNameScore,
                QCoreApplication::translate("Mapping", "same name “%1”").arg(field.title)};
    }
    if (source.names.contains(key) || (!title.isEmpty() && source.names.contains(title))) {
        return {synonymScore,
                QCoreApplication::translate("Mapping", "“%1” usually means “%2”")
                    .arg(field.key, source.ref.displayName())};
    }
    // Shared words: "company_size_range" vs "company_size".
    const QStringList a = own.split(u'_', Qt::SkipEmptyParts);
    const QStringList b = key.split(u'_', Qt::SkipEmptyParts);
    const QSet<QString> sa(a.begin(), a.end());
    const QSet<QString> sb(b.begin(), b.end());
    const qsizetype common = QSet<QString>(sa).intersect(sb).size();
    const qsizetype all = QSet<QString>(sa).unite(sb).size();
    if (common == 0 || all == 0) {
        return {0, {}};
    }
    const int score = static_cast<int>(40 + 40 * common / all);
    return {score,
            QCoreApplication::translate("Mapping", "similar names “%1” and “%2”")
                .arg(source.ref.displayName(), field.key)};
}

} // namespace

QString AutoMapper::normalized(const QString &name)
{
    QString text = name.trimmed().toLower();
    if (text.startsWith(u"contact."_s)) {
        text = text.mid(8);
    }
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber()) {
            out += c;
        } else if (!out.isEmpty() && !out.endsWith(u'_')) {
            out += u'_';
        }
    }
    while (out.endsWith(u'_')) {
        out.chop(1);
    }
    return out;
}

bool AutoMapper::compatible(const QString &ghlType, const QString &mailerLiteType)
{
    const QString ml = mailerLiteType.toUpper();
    const QString ghl = ghlType.toUpper();
    // Files and signatures are links to uploads, not values a subscriber field can hold.
    if (ghl == u"FILE_UPLOAD"_s || ghl == u"SIGNATURE"_s) {
        return false;
    }
    if (ml == u"TEXT"_s) {
        return true;
    }
    if (ml == u"NUMBER"_s) {
        return ghl == u"NUMERICAL"_s || ghl == u"MONETORY"_s || ghl == u"FLOAT"_s;
    }
    if (ml == u"DATE"_s) {
        return ghl == u"DATE"_s;
    }
    return false;
}

AutoMapper::Suggestions AutoMapper::propose(const QList<Ghl::CustomFieldDef> &ghlFields,
                                            const QList<MailerLite::Field> &mailerLiteFields)
{
    QList<Source> sources = standardSources();
    const qsizetype standardCount = sources.size();
    for (const Ghl::CustomFieldDef &def : ghlFields) {
        QStringList names {normalized(def.name)};
        const QString key = normalized(def.fieldKey);
        if (!key.isEmpty() && key != names.front()) {
            names.append(key);
        }
        // A custom "Postal Code" means what the standard postal code means: borrow its synonyms.
        for (qsizetype i = 0; i < standardCount; ++i) {
            if (sources.at(i).names.contains(names.front())) {
                for (const QString &synonym : sources.at(i).names) {
                    if (!names.contains(synonym)) {
                        names.append(synonym);
                    }
                }
            }
        }
        sources.append({FieldRef::custom(def.id, def.fieldKey, def.name), def.dataType, names});
    }
    Suggestions out;
    QList<Candidate> candidates;
    for (qsizetype s = 0; s < sources.size(); ++s) {
        for (qsizetype t = 0; t < mailerLiteFields.size(); ++t) {
            auto [score, reason] = nameScore(sources.at(s), mailerLiteFields.at(t));
            if (score < minimumScore) {
                continue;
            }
            const QString &ghlType = sources.at(s).type;
            const QString &mlType = mailerLiteFields.at(t).type;
            if (!compatible(ghlType, mlType)) {
                out.refused.append(
                    {sources.at(s).ref, mailerLiteFields.at(t).key, score,
                     QCoreApplication::translate("Mapping",
                                                 "%1, but GoHighLevel %2 values do not fit a "
                                                 "MailerLite %3 field")
                         .arg(reason, ghlType, mlType)});
                continue;
            }
            candidates.append({s, t, score, reason});
        }
    }
    // Best pairs first; ties keep the source order (standard fields before custom ones).
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    QSet<qsizetype> usedSources;
    QSet<qsizetype> usedTargets;
    for (const Candidate &c : std::as_const(candidates)) {
        if (usedSources.contains(c.source) || usedTargets.contains(c.target)) {
            continue;
        }
        usedSources.insert(c.source);
        usedTargets.insert(c.target);
        out.proposals.append(
            {sources.at(c.source).ref, mailerLiteFields.at(c.target).key, c.score, c.reason});
    }
    return out;
}

} // namespace Mapping
