// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfixture.h"

#include "session/fieldcatalogloader.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Session::FieldCatalog;
using Session::FieldCatalogLoader;

class TestFieldCatalogLoader final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxHost> m_host;
    Sandbox::Dataset m_data;
    SystemClock m_clock;

    Session::ServiceConfig config() const { return SessionFixture::config(*m_host, QString()); }

    static FieldCatalog loadOnce(FieldCatalogLoader &loader, QList<Ghl::Contact> *samples)
    {
        QSignalSpy loaded(&loader, &FieldCatalogLoader::loaded);
        QSignalSpy failed(&loader, &FieldCatalogLoader::failed);
        loader.load();
        if (!loaded.wait(10000)) {
            return {};
        }
        if (samples) {
            *samples = loaded.first().at(1).value<QList<Ghl::Contact>>();
        }
        return loaded.first().first().value<FieldCatalog>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = std::make_unique<Sandbox::SandboxHost>(SessionFixture::options(120, 60));
        QVERIFY(m_host->start());
        m_data = SessionFixture::datasetOf(*m_host);
        QVERIFY(!m_data.ghlCustomFields.isEmpty());
    }

    void loadsBothSidesAndSamples()
    {
        FieldCatalogLoader loader(config(), m_clock);
        QList<Ghl::Contact> samples;
        const FieldCatalog catalog = loadOnce(loader, &samples);
        QCOMPARE(catalog.ghlCustomFields.size(), m_data.ghlCustomFields.size());
        QCOMPARE(samples.size(), FieldCatalogLoader::SampleCount);
        QVERIFY(!samples.first().id.isEmpty());
        // The nine built-in MailerLite fields come with the listing, typed.
        for (const QString &key : {u"email"_s, u"name"_s, u"last_name"_s, u"zip"_s}) {
            const MailerLite::Field *field = catalog.mailerLiteField(key);
            QVERIFY2(field, qPrintable(key));
            QCOMPARE(field->type, u"TEXT"_s);
        }
        QCOMPARE(catalog.groups.size(), m_data.mlGroups.size());

        // Left side: standard fields, digests and every contact custom field with its type.
        const QList<FieldCatalog::GhlField> fields = catalog.ghlFields();
        const auto email = catalog.ghlField(u"standard:email"_s);
        QVERIFY(email);
        QCOMPARE(email->type, u"EMAIL"_s);
        QVERIFY(catalog.ghlField(u"digest:notes"_s));
        const Ghl::CustomFieldDef &def = catalog.ghlCustomFields.first();
        const auto custom = catalog.ghlField(u"custom:"_s + def.id);
        QVERIFY(custom);
        QCOMPARE(custom->type, def.dataType);
        QCOMPARE(catalog.idOf(custom->ref), custom->id);
        QCOMPARE(catalog.idOf(Mapping::FieldRef::custom({}, def.fieldKey)), custom->id);
        QVERIFY(fields.size() > catalog.ghlCustomFields.size());
    }

    void createsAMailerLiteField()
    {
        FieldCatalogLoader loader(config(), m_clock);
        QSignalSpy created(&loader, &FieldCatalogLoader::fieldCreated);
        loader.createField(u"Lead Score"_s, u"NUMBER"_s);
        QVERIFY(created.wait(10000));
        const auto field = created.first().first().value<MailerLite::Field>();
        QCOMPARE(field.key, u"lead_score"_s);
        QCOMPARE(field.type, u"NUMBER"_s);
        QVERIFY(!field.isBuiltIn());
        // The next load lists it.
        const FieldCatalog catalog = loadOnce(loader, nullptr);
        QVERIFY(catalog.mailerLiteField(u"lead_score"_s));
    }

    void reportsARefusedField()
    {
        FieldCatalogLoader loader(config(), m_clock);
        QSignalSpy failed(&loader, &FieldCatalogLoader::fieldCreationFailed);
        loader.createField(u"Odd"_s, u"BLOB"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(), u"Odd"_s);
        QVERIFY(!failed.first().at(1).value<Error>().message.isEmpty());
    }

    void failsWithAWrongKey()
    {
        Session::ServiceConfig bad = config();
        bad.mailerLiteKey = "wrong-key";
        FieldCatalogLoader loader(bad, m_clock);
        QSignalSpy loaded(&loader, &FieldCatalogLoader::loaded);
        QSignalSpy failed(&loader, &FieldCatalogLoader::failed);
        loader.load();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Auth);
        QCOMPARE(loaded.size(), 0);
    }

    void aNewLoadAbandonsTheOldOne()
    {
        FieldCatalogLoader loader(config(), m_clock);
        QSignalSpy loaded(&loader, &FieldCatalogLoader::loaded);
        loader.load();
        loader.load();
        QVERIFY(loaded.wait(10000));
        // A third, complete cycle: had the abandoned first load answered too, there would be
        // three signals by the time this one is in.
        loader.load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QCOMPARE(loaded.size(), 2);
    }

    void mailerLiteTypes()
    {
        QCOMPARE(FieldCatalog::mailerLiteTypeFor(u"NUMERICAL"_s), u"NUMBER"_s);
        QCOMPARE(FieldCatalog::mailerLiteTypeFor(u"monetory"_s), u"NUMBER"_s);
        QCOMPARE(FieldCatalog::mailerLiteTypeFor(u"DATE"_s), u"DATE"_s);
        QCOMPARE(FieldCatalog::mailerLiteTypeFor(u"PHONE"_s), u"TEXT"_s);
        QCOMPARE(FieldCatalog::mailerLiteTypeFor(u"LARGE_TEXT"_s), u"TEXT"_s);
    }
};

QTEST_GUILESS_MAIN(TestFieldCatalogLoader)
#include "tst_fieldcatalogloader.moc"
