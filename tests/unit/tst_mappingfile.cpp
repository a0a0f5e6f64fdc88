// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/mappingfile.h"
#include "session/fieldcatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Mapping::MappingFile;

class TestMappingFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        Mapping::Mapping mapping = Mapping::defaultMapping();
        mapping.groupRules.append({u"vip"_s, 0, u"VIP"_s, true, true});
        mapping.options.syncedTag = u"newsletter"_s;
        const QString path = dir.filePath(u"m.json"_s);
        QVERIFY(MappingFile::save(mapping, path).ok());
        const auto loaded = MappingFile::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), mapping);
    }

    void refusesBadFiles()
    {
        QTemporaryDir dir;
        const auto missing = MappingFile::load(dir.filePath(u"none.json"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Storage);

        QFile file(dir.filePath(u"bad.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 99, "fields": []})");
        file.close();
        const auto bad = MappingFile::load(file.fileName());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Validation);
        QVERIFY(bad.error().message.contains(u"bad.json"_s));

        // A directory that does not exist cannot take the file.
        QVERIFY(
            !MappingFile::save(Mapping::defaultMapping(), dir.filePath(u"no/such/x.json"_s)).ok());
    }

    void catalogListsContactFieldsOnly()
    {
        Session::FieldCatalog catalog;
        Ghl::CustomFieldDef size;
        size.id = u"f1"_s;
        size.name = u"Company Size"_s;
        size.fieldKey = u"contact.company_size"_s;
        size.dataType = u"NUMERICAL"_s;
        size.model = u"contact"_s;
        Ghl::CustomFieldDef deal = size;
        deal.id = u"f2"_s;
        deal.model = u"opportunity"_s;
        catalog.ghlCustomFields = {size, deal};
        QVERIFY(catalog.ghlField(u"custom:f1"_s));
        QVERIFY(!catalog.ghlField(u"custom:f2"_s));
        QCOMPARE(catalog.ghlField(u"standard:dateOfBirth"_s)->type, u"DATE"_s);
        QCOMPARE(catalog.idOf(Mapping::FieldRef::custom({}, u"contact.company_size"_s)),
                 u"custom:f1"_s);
        QCOMPARE(catalog.idOf(Mapping::FieldRef::openTaskCount()), u"digest:openTasks"_s);

        MailerLite::Field field;
        field.key = u"size"_s;
        field.type = u"TEXT"_s;
        catalog.addMailerLiteField(field);
        field.type = u"NUMBER"_s;
        catalog.addMailerLiteField(field);
        QCOMPARE(catalog.mailerLiteFields.size(), 1);
        QCOMPARE(catalog.mailerLiteField(u"size"_s)->type, u"NUMBER"_s);
    }
};

QTEST_GUILESS_MAIN(TestMappingFile)
#include "tst_mappingfile.moc"
