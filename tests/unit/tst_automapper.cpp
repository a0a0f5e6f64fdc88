// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/automapper.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Mapping::AutoMapper;
using Mapping::FieldRef;

namespace {

MailerLite::Field mlField(const QString &key, const QString &title, const QString &type)
{
    MailerLite::Field f;
    f.key = key;
    f.title = title;
    f.type = type;
    return f;
}

Ghl::CustomFieldDef ghlField(const QString &id, const QString &name, const QString &type)
{
    Ghl::CustomFieldDef d;
    d.id = id;
    d.name = name;
    d.fieldKey = u"contact."_s + AutoMapper::normalized(name);
    d.dataType = type;
    return d;
}

// The nine built-ins of GET /fields (all TEXT) plus some custom fields.
QList<MailerLite::Field> mailerLiteFields()
{
    return {mlField(u"email"_s, u"Email"_s, u"TEXT"_s),
            mlField(u"name"_s, u"Name"_s, u"TEXT"_s),
            mlField(u"last_name"_s, u"Last name"_s, u"TEXT"_s),
            mlField(u"company"_s, u"Company"_s, u"TEXT"_s),
            mlField(u"country"_s, u"Country"_s, u"TEXT"_s),
            mlField(u"city"_s, u"City"_s, u"TEXT"_s),
            mlField(u"phone"_s, u"Phone"_s, u"TEXT"_s),
            mlField(u"state"_s, u"State"_s, u"TEXT"_s),
            mlField(u"zip"_s, u"ZIP"_s, u"TEXT"_s),
            mlField(u"company_size"_s, u"Company size"_s, u"NUMBER"_s),
            mlField(u"lifetime_value"_s, u"Lifetime value"_s, u"NUMBER"_s),
            mlField(u"renewal_date"_s, u"Renewal date"_s, u"DATE"_s),
            mlField(u"favourite_colour"_s, u"Favourite colour"_s, u"TEXT"_s)};
}

const AutoMapper::Proposal *proposalFor(const AutoMapper::Suggestions &s, const QString &target)
{
    for (const AutoMapper::Proposal &p : s.proposals) {
        if (p.target == target) {
            return &p;
        }
    }
    return nullptr;
}

} // namespace

class TestAutoMapper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposesStandardPairs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("source");
        QTest::newRow("email") << u"email"_s << u"email"_s;
        QTest::newRow("first name") << u"name"_s << u"firstName"_s;
        QTest::newRow("last name") << u"last_name"_s << u"lastName"_s;
        QTest::newRow("company") << u"company"_s << u"companyName"_s;
        QTest::newRow("zip") << u"zip"_s << u"postalCode"_s;
        QTest::newRow("phone") << u"phone"_s << u"phone"_s;
        QTest::newRow("state") << u"state"_s << u"state"_s;
    }

    void proposesStandardPairs()
    {
        QFETCH(QString, target);
        QFETCH(QString, source);
        const auto s = AutoMapper::propose({}, mailerLiteFields());
        const AutoMapper::Proposal *p = proposalFor(s, target);
        QVERIFY(p);
        QCOMPARE(p->source.displayName(), source);
        QVERIFY(p->score >= 60 && p->score <= 100);
        QVERIFY(!p->reason.isEmpty());
    }

    void matchesCustomFieldsByNameAndType()
    {
        const QList<Ghl::CustomFieldDef> ghl {
            ghlField(u"g1"_s, u"Company Size"_s, u"NUMERICAL"_s),
            ghlField(u"g2"_s, u"Lifetime Value"_s, u"MONETORY"_s),
            ghlField(u"g3"_s, u"Renewal Date"_s, u"DATE"_s),
            ghlField(u"g4"_s, u"Favourite Colour"_s, u"SINGLE_OPTIONS"_s),
        };
        const auto s = AutoMapper::propose(ghl, mailerLiteFields());
        const AutoMapper::Proposal *size = proposalFor(s, u"company_size"_s);
        QVERIFY(size);
        QCOMPARE(size->source,
                 FieldRef::custom(u"g1"_s, u"contact.company_size"_s, u"Company Size"_s));
        QCOMPARE(size->score, 100);
        QCOMPARE(proposalFor(s, u"lifetime_value"_s)->source.customId(), u"g2"_s);
        QCOMPARE(proposalFor(s, u"renewal_date"_s)->source.customId(), u"g3"_s);
        QCOMPARE(proposalFor(s, u"favourite_colour"_s)->source.customId(), u"g4"_s);
        // Each target at most once, best first.
        QSet<QString> targets;
        int previous = 101;
        for (const auto &p : s.proposals) {
            QVERIFY(!targets.contains(p.target));
            targets.insert(p.target);
            QVERIFY(p.score <= previous);
            previous = p.score;
        }
    }

    void customPostalCodeMatchesZip()
    {
        const QList<Ghl::CustomFieldDef> ghl {ghlField(u"p"_s, u"Postal Code"_s, u"TEXT"_s)};
        // The standard postalCode takes postal_code by key; the custom "Postal Code" then gets
        // zip through the postal-code synonyms.
        const auto s = AutoMapper::propose(ghl,
                                           {mlField(u"postal_code"_s, u"Postal code"_s, u"TEXT"_s),
                                            mlField(u"zip"_s, u"ZIP"_s, u"TEXT"_s)});
        QCOMPARE(s.proposals.size(), 2);
        QCOMPARE(proposalFor(s, u"postal_code"_s)->source.kind(), FieldRef::Kind::Standard);
        QCOMPARE(proposalFor(s, u"zip"_s)->source.customId(), u"p"_s);
        QCOMPARE(proposalFor(s, u"zip"_s)->score, 85);
    }

    void refusesIncompatibleTypes()
    {
        const auto s
            = AutoMapper::propose({ghlField(u"t"_s, u"Company Size"_s, u"TEXT"_s),
                                   ghlField(u"f"_s, u"Renewal Date"_s, u"FILE_UPLOAD"_s)},
                                  {mlField(u"company_size"_s, u"Company size"_s, u"NUMBER"_s),
                                   mlField(u"renewal_date"_s, u"Renewal date"_s, u"TEXT"_s)});
        QVERIFY(!proposalFor(s, u"company_size"_s));
        QVERIFY(!proposalFor(s, u"renewal_date"_s));
        QCOMPARE(s.refused.size(), 2);
        QCOMPARE(s.refused.first().target, u"company_size"_s);
        QVERIFY(s.refused.first().reason.contains(u"NUMBER"_s));
    }

    void compatibility_data()
    {
        QTest::addColumn<QString>("ghl");
        QTest::addColumn<QString>("ml");
        QTest::addColumn<bool>("ok");
        QTest::newRow("text-text") << u"TEXT"_s << u"TEXT"_s << true;
        QTest::newRow("text-number") << u"TEXT"_s << u"NUMBER"_s << false;
        QTest::newRow("text-date") << u"TEXT"_s << u"DATE"_s << false;
        QTest::newRow("numerical-number") << u"NUMERICAL"_s << u"NUMBER"_s << true;
        QTest::newRow("monetory-number") << u"MONETORY"_s << u"NUMBER"_s << true;
        QTest::newRow("numerical-text") << u"NUMERICAL"_s << u"TEXT"_s << true;
        QTest::newRow("date-date") << u"DATE"_s << u"DATE"_s << true;
        QTest::newRow("date-number") << u"DATE"_s << u"NUMBER"_s << false;
        QTest::newRow("phone-number") << u"PHONE"_s << u"NUMBER"_s << false;
        QTest::newRow("checkbox-text") << u"CHECKBOX"_s << u"TEXT"_s << true;
        QTest::newRow("file-text") << u"FILE_UPLOAD"_s << u"TEXT"_s << false;
    }

    void compatibility()
    {
        QFETCH(QString, ghl);
        QFETCH(QString, ml);
        QFETCH(bool, ok);
        QCOMPARE(AutoMapper::compatible(ghl, ml), ok);
    }

    void normalizesNames()
    {
        QCOMPARE(AutoMapper::normalized(u"Company Size"_s), u"company_size"_s);
        QCOMPARE(AutoMapper::normalized(u"contact.company_size"_s), u"company_size"_s);
        QCOMPARE(AutoMapper::normalized(u"  Größe -- (m²) "_s), u"größe_m²"_s);
    }
};

QTEST_GUILESS_MAIN(TestAutoMapper)
#include "tst_automapper.moc"
