// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guifixture.h"
#include "mapping/mapping.h"
#include "mappingpage.h"
#include "mappingtablemodel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMappingPage final : public QObject
{
    Q_OBJECT

private:
    // Saves `mapping` into the profile and reopens the session.
    static bool saveMappingAndReopen(GuiFixture &fixture, const QJsonObject &mapping)
    {
        auto profile = fixture.profiles().load(GuiFixture::profileName());
        if (!profile.ok()) {
            return false;
        }
        profile.value().mapping = mapping;
        if (!fixture.profiles().save(profile.value()).ok()) {
            return false;
        }
        QSignalSpy opened(&fixture.session(), &ProfileSession::opened);
        fixture.session().reopen();
        return opened.wait(10000);
    }

private Q_SLOTS:
    void showsTheDefaultMappingReadOnly()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        MappingPage page(fixture.session());
        const MappingTableModel *model = page.model();
        QCOMPARE(model->rowCount(), int(Mapping::defaultMapping().fields.size()));
        QCOMPARE(model->index(0, MappingTableModel::SourceColumn).data().toString(), u"email"_s);
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(page.findChild<QLabel *>(u"sourceLabel"_s)->text().contains(u"default mapping"_s));
        QVERIFY(page.findChild<QLabel *>(u"noteLabel"_s)->text().contains(u"Editor tab"_s));
        QVERIFY(!page.findChild<QLabel *>(u"messageLabel"_s)->isVisibleTo(&page));

        fixture.session().close();
        QCOMPARE(model->rowCount(), 0);
    }

    void showsTheProfilesOwnMappingAndItsErrors()
    {
        GuiFixture fixture;
        QCOMPARE(fixture.start(), QString());
        MappingPage page(fixture.session());

        Mapping::Mapping own = Mapping::defaultMapping();
        own.fields.append(
            Mapping::FieldMapping {Mapping::FieldRef::openTaskCount(), {}, u"open_tasks"_s});
        own.groupRules.append(Mapping::GroupRule {u"customer"_s, 0, u"Customers"_s, false, true});
        own.options.syncedTag = u"newsletter"_s;
        QVERIFY(saveMappingAndReopen(fixture, own.toJson()));
        using Kind = MappingTableModel::RowKind;
        QCOMPARE(page.model()->count(Kind::GroupRule), 1);
        QCOMPARE(page.model()->count(Kind::Digest), 1);
        const int last = page.model()->rowCount() - 1;
        QCOMPARE(page.model()->index(last, MappingTableModel::TargetColumn).data().toString(),
                 u"group Customers"_s);
        QVERIFY(page.findChild<QLabel *>(u"sourceLabel"_s)->text().contains(u"own saved"_s));
        QVERIFY(page.findChild<QLabel *>(u"optionsLabel"_s)->text().contains(u"\"newsletter\""_s));

        QVERIFY(saveMappingAndReopen(fixture, QJsonObject {{u"version"_s, 99}}));
        QCOMPARE(page.model()->rowCount(), 0);
        auto *message = page.findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().startsWith(u"The mapping saved in this profile cannot be read"_s));
    }
};

QTEST_MAIN(TestMappingPage)
#include "tst_mappingpage.moc"
