// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghlfieldmodel.h"
#include "grouprulesmodel.h"
#include "guifixture.h"
#include "mailerlitefieldmodel.h"
#include "mapping/mappingfile.h"
#include "mappingconnectorwidget.h"
#include "mappingdocument.h"
#include "mappingeditor.h"
#include "transformchaineditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Mapping::FieldRef;

namespace {

Ghl::Contact contact(const QString &id, const QString &first, const QString &phone,
                     const QStringList &tags = {})
{
    QJsonObject json {{u"id"_s, id},
                      {u"firstName"_s, first},
                      {u"email"_s, QString(first.trimmed().toLower() + u"@example.com"_s)},
                      {u"phone"_s, phone},
                      {u"tags"_s, QJsonArray::fromStringList(tags)}};
    return Ghl::Contact::fromJson(json).value();
}

// A small catalog with known types, for tests that must not depend on the generated data.
Session::FieldCatalog smallCatalog()
{
    Session::FieldCatalog catalog;
    Ghl::CustomFieldDef size;
    size.id = u"cf-size"_s;
    size.name = u"Company Size"_s;
    size.fieldKey = u"contact.company_size"_s;
    size.dataType = u"NUMERICAL"_s;
    size.model = u"contact"_s;
    catalog.ghlCustomFields = {size};
    const auto field = [](const QString &key, const QString &type) {
        MailerLite::Field f;
        f.key = key;
        f.title = key;
        f.type = type;
        return f;
    };
    catalog.mailerLiteFields
        = {field(u"email"_s, u"TEXT"_s),         field(u"name"_s, u"TEXT"_s),
           field(u"last_name"_s, u"TEXT"_s),     field(u"phone"_s, u"TEXT"_s),
           field(u"city"_s, u"TEXT"_s),          field(u"company"_s, u"TEXT"_s),
           field(u"company_size"_s, u"NUMBER"_s)};
    MailerLite::Group vip;
    vip.id = 5;
    vip.name = u"VIP"_s;
    vip.total = 3;
    catalog.groups = {vip};
    return catalog;
}

// Delivers drag data to a view the way a real drag does: enter, move, drop on its viewport.
bool dropOnto(QAbstractItemView *view, const QPoint &pos, const QMimeData *data)
{
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted()) {
        return false;
    }
    QDropEvent drop(QPointF(pos), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

} // namespace

class TestMappingEditor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_fixture;

    // An editor on the sandbox profile, shown, with the live catalog loaded.
    std::unique_ptr<MappingEditor> openEditor()
    {
        auto editor = std::make_unique<MappingEditor>(m_fixture->session());
        QSignalSpy loaded(editor.get(), &MappingEditor::catalogLoaded);
        editor->resize(1280, 800);
        editor->show();
        if (!QTest::qWaitForWindowExposed(editor.get()) || !loaded.wait(10000)) {
            return nullptr;
        }
        return editor;
    }

    static QTreeView *leftView(MappingEditor &e)
    {
        return e.findChild<QTreeView *>(u"ghlFieldsView"_s);
    }
    static QTreeView *rightView(MappingEditor &e)
    {
        return e.findChild<QTreeView *>(u"mailerLiteFieldsView"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<GuiFixture>();
        QCOMPARE(m_fixture->start(), QString());
    }

    void init()
    {
        // Every test starts from the default mapping.
        auto profile = m_fixture->profiles().load(GuiFixture::profileName());
        QVERIFY(profile.ok());
        profile.value().mapping = {};
        QVERIFY(m_fixture->profiles().save(profile.value()).ok());
        m_fixture->prompter().asked.clear();
        m_fixture->prompter().unexpected.clear();
    }

    void loadsBothSidesLive()
    {
        auto editor = openEditor();
        QVERIFY(editor);
        GhlFieldModel *ghl = editor->ghlModel();
        QAbstractItemModelTester t1(ghl, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(editor->mailerLiteModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(ghl->rowCount() > 21); // 18 standard + 3 digests + custom fields
        const int email = ghl->rowOf(u"standard:email"_s);
        QVERIFY(email >= 0);
        // A sample value from the live sample contacts, read as a sync would read it.
        QVERIFY(ghl->index(email, GhlFieldModel::SampleColumn).data().toString().contains(u'@'));
        QCOMPARE(ghl->index(email, GhlFieldModel::TypeColumn).data().toString(), u"EMAIL"_s);
        QVERIFY(ghl->index(email, 0).data(GhlFieldModel::MappedRole).toBool());
        QVERIFY(editor->mailerLiteModel()->rowOf(u"last_name"_s) >= 0);
        QVERIFY(editor->message().isEmpty());
        // Default mapping: its pairs are drawn.
        auto *connectors = editor->findChild<MappingConnectorWidget *>(u"connectorWidget"_s);
        QCOMPARE(connectors->pairs().size(), Mapping::defaultMapping().fields.size());
    }

    void realDragAndDropMapsAField()
    {
        auto editor = openEditor();
        QVERIFY(editor);
        GhlFieldModel *ghl = editor->ghlModel();
        MailerLiteFieldModel *ml = editor->mailerLiteModel();
        const QModelIndex source = ghl->index(ghl->rowOf(u"standard:source"_s), 0);
        const QModelIndex target = ml->index(ml->rowOf(u"company"_s), 0);
        QVERIFY(source.isValid() && target.isValid());
        const std::unique_ptr<QMimeData> data(ghl->mimeData({source}));
        QVERIFY(data->hasFormat(u"application/x-cb-field"_s));

        QTreeView *view = rightView(*editor);
        view->scrollTo(target);
        QVERIFY(dropOnto(view, view->visualRect(target).center(), data.get()));

        const Mapping::FieldMapping *rule = editor->document().mapping().fieldFor(u"company"_s);
        QVERIFY(rule);
        QCOMPARE(rule->source, FieldRef::standard(FieldRef::Standard::Source));
        QVERIFY(editor->document().isModified());
        QCOMPARE(ml->index(target.row(), MailerLiteFieldModel::SourceColumn).data().toString(),
                 u"source"_s);
        // The connector now joins the two rows.
        auto *connectors = editor->findChild<MappingConnectorWidget *>(u"connectorWidget"_s);
        bool joined = false;
        for (const auto &pair : connectors->pairs()) {
            joined = joined || (pair.left == source.row() && pair.right == target.row());
        }
        QVERIFY(joined);

        // A TEXT-only field cannot go onto a NUMBER field: the view refuses the drop.
        const QModelIndex phone = ml->index(ml->rowOf(u"phone"_s), 0);
        Session::FieldCatalog catalog = editor->catalog();
        MailerLite::Field number;
        number.key = u"score"_s;
        number.type = u"NUMBER"_s;
        catalog.addMailerLiteField(number);
        editor->setCatalog(catalog, {});
        const QModelIndex score = ml->index(ml->rowOf(u"score"_s), 0);
        view->scrollTo(score);
        const Mapping::Mapping before = editor->document().mapping();
        QVERIFY(!dropOnto(view, view->visualRect(score).center(), data.get()));
        QCOMPARE(editor->document().mapping(), before);
        QVERIFY(phone.isValid());
    }

    void dropOnEmptySpaceCreatesAField()
    {
        auto editor = openEditor();
        QVERIFY(editor);
        GhlFieldModel *ghl = editor->ghlModel();
        const QModelIndex source = ghl->index(ghl->rowOf(u"standard:website"_s), 0);
        const std::unique_ptr<QMimeData> data(ghl->mimeData({source}));
        QTreeView *view = rightView(*editor);
        view->scrollToTop();
        const QPoint empty(10, view->viewport()->height() - 3);
        QVERIFY2(!view->indexAt(empty).isValid(), "the list must leave empty space below");
        m_fixture->prompter().texts.enqueue(u"Web Site Link"_s);
        QVERIFY(dropOnto(view, empty, data.get()));
        QTRY_VERIFY_WITH_TIMEOUT(editor->document().mapping().fieldFor(u"web_site_link"_s), 10000);
        QCOMPARE(editor->document().mapping().fieldFor(u"web_site_link"_s)->source,
                 FieldRef::standard(FieldRef::Standard::Website));
        QVERIFY(editor->catalog().mailerLiteField(u"web_site_link"_s));
        QCOMPARE(editor->catalog().mailerLiteField(u"web_site_link"_s)->type, u"TEXT"_s);
        QVERIFY(m_fixture->prompter().unexpected.isEmpty());
        QVERIFY(editor->mailerLiteModel()->rowOf(u"web_site_link"_s) >= 0);
    }

    void transformPreviewAndUndo()
    {
        auto editor = openEditor();
        QVERIFY(editor);
        editor->setCatalog(smallCatalog(),
                           {contact(u"c1"_s, u"  Ada "_s, u"(415) 555-2671"_s),
                            contact(u"c2"_s, u"Bo"_s, u"12"_s)});
        MailerLiteFieldModel *ml = editor->mailerLiteModel();
        QTreeView *view = rightView(*editor);
        view->setCurrentIndex(ml->index(ml->rowOf(u"phone"_s), 0));
        auto *table = editor->findChild<QTableWidget *>(u"previewTableWidget"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, TransformChainEditor::BeforeColumn)->text(), u"(415) 555-2671"_s);
        QCOMPARE(table->item(0, TransformChainEditor::AfterColumn)->text(), u"+14155552671"_s);
        // The second phone cannot become E.164: the type check says so before any sync.
        QVERIFY(table->item(1, TransformChainEditor::AfterColumn)->text().startsWith(u"⚠"_s));
        auto *chainEditor = editor->findChild<TransformChainEditor *>(u"transformEditor"_s);
        QCOMPARE(chainEditor->warnings().size(), 1);

        QCOMPARE(chainEditor->addTransform(Mapping::Transform::Kind::Truncate, {u"5"_s}),
                 QString());
        QCOMPARE(editor->document().mapping().fieldFor(u"phone"_s)->transforms.steps().size(), 2);
        QCOMPARE(table->item(0, TransformChainEditor::AfterColumn)->text(), u"+1415"_s);
        // Refused parameters are explained and change nothing.
        QVERIFY(!chainEditor->addTransform(Mapping::Transform::Kind::Truncate, {u"x"_s}).isEmpty());
        QCOMPARE(editor->document().mapping().fieldFor(u"phone"_s)->transforms.steps().size(), 2);

        // Undo and redo through the keyboard.
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor.get()));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->document().mapping().fieldFor(u"phone"_s)->transforms.steps().size(), 1);
        QCOMPARE(table->item(0, TransformChainEditor::AfterColumn)->text(), u"+14155552671"_s);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->document().mapping().fieldFor(u"phone"_s)->transforms.steps().size(), 2);

        // Reorder: truncate first, then E.164 of "(415 " fails for the first sample too.
        chainEditor->moveStep(1, -1);
        QCOMPARE(
            editor->document().mapping().fieldFor(u"phone"_s)->transforms.steps().first().kind(),
            Mapping::Transform::Kind::Truncate);
        QCOMPARE(chainEditor->warnings().size(), 2);
        chainEditor->removeStep(0);
        QCOMPARE(editor->document().mapping().fieldFor(u"phone"_s)->transforms.steps().size(), 1);
    }

    void keyboardMapsAndUnmaps()
    {
        auto editor = openEditor();
        QVERIFY(editor);
        editor->setCatalog(smallCatalog(), {contact(u"c1"_s, u"Ada"_s, u"+14155552671"_s)});
        QAbstractItemModelTester tester(editor->ghlModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        GhlFieldModel *ghl = editor->ghlModel();
        MailerLiteFieldModel *ml = editor->mailerLiteModel();
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor.get()));
        leftView(*editor)->setCurrentIndex(ghl->index(ghl->rowOf(u"custom:cf-size"_s), 0));
        rightView(*editor)->setCurrentIndex(ml->index(ml->rowOf(u"company_size"_s), 0));
        rightView(*editor)->setFocus();
        QTest::keyClick(rightView(*editor), Qt::Key_M, Qt::ControlModifier);
        const Mapping::FieldMapping *rule
            = editor->document().mapping().fieldFor(u"company_size"_s);
        QVERIFY(rule);
        QCOMPARE(rule->source.customId(), u"cf-size"_s);
        QVERIFY(ghl->index(ghl->rowOf(u"custom:cf-size"_s), 0)
                    .data(GhlFieldModel::MappedRole)
                    .toBool());

        QTest::keyClick(rightView(*editor), Qt::Key_Delete);
        QVERIFY(!editor->document().mapping().fieldFor(u"company_size"_s));
        QVERIFY(!ghl->index(ghl->rowOf(u"custom:cf-size"_s), 0)
                     .data(GhlFieldModel::MappedRole)
                     .toBool());
    }

    void autoMapProposalsAreAccepted()
    {
        auto editor = openEditor();
        QVERIFY(editor);
        editor->setCatalog(smallCatalog(), {});
        editor->proposeAutoMap();
        auto *list = editor->findChild<QListWidget *>(u"proposalsListWidget"_s);
        QVERIFY(list->isVisibleTo(editor.get()));
        bool proposed = false;
        for (int i = 0; i < list->count(); ++i) {
            proposed
                = proposed || list->item(i)->text().startsWith(u"Company Size → company_size"_s);
        }
        QVERIFY(proposed);
        const int stepsBefore = editor->document().undoStack()->count();
        editor->acceptProposals();
        const Mapping::FieldMapping *rule
            = editor->document().mapping().fieldFor(u"company_size"_s);
        QVERIFY(rule);
        QCOMPARE(rule->source.customId(), u"cf-size"_s);
        // The whole batch is one undo step.
        QCOMPARE(editor->document().undoStack()->count(), stepsBefore + 1);
        editor->document().undoStack()->undo();
        QVERIFY(!editor->document().mapping().fieldFor(u"company_size"_s));
    }

    void groupRulesPreviewJoinsAndLeaves()
    {
        auto editor = openEditor();
        QVERIFY(editor);
        GroupRulesModel *model = editor->groupRulesModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        editor->setCatalog(smallCatalog(),
                           {contact(u"c1"_s, u"A"_s, {}, {u"vip"_s}),
                            contact(u"c2"_s, u"B"_s, {}, {u"VIP"_s, u"x"_s}),
                            contact(u"c3"_s, u"C"_s, {}, {u"x"_s})});
        editor->findChild<QLineEdit *>(u"tagLineEdit"_s)->setText(u"Vip"_s);
        editor->findChild<QComboBox *>(u"groupComboBox"_s)->setCurrentText(u"vip"_s);
        editor->findChild<QCheckBox *>(u"removeCheckBox"_s)->setChecked(true);
        QVERIFY(editor->addGroupRule());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rule(0).groupId, 5);
        QCOMPARE(model->index(0, 0).data(GroupRulesModel::JoinRole).toInt(), 2);
        QCOMPARE(model->index(0, 0).data(GroupRulesModel::LeaveRole).toInt(), 1);
        QCOMPARE(model->index(0, 0).data(GroupRulesModel::MembersRole).toInt(), 3);
        // Contacts the host loaded count too (the samples are not counted twice).
        editor->setContacts(
            {contact(u"c1"_s, u"A"_s, {}, {u"vip"_s}), contact(u"c4"_s, u"D"_s, {}, {u"vip"_s})});
        QCOMPARE(model->index(0, 0).data(GroupRulesModel::JoinRole).toInt(), 3);
        // Unchecking "remove when untagged" in the table is an undoable edit: nobody leaves.
        QVERIFY(model->setData(model->index(0, GroupRulesModel::RemoveColumn), Qt::Unchecked,
                               Qt::CheckStateRole));
        QVERIFY(!editor->document().mapping().groupRules.first().removeWhenTagRemoved);
        QCOMPARE(model->index(0, 0).data(GroupRulesModel::LeaveRole).toInt(), 0);
        editor->document().undoStack()->undo();
        QCOMPARE(model->index(0, 0).data(GroupRulesModel::LeaveRole).toInt(), 1);
        // A group that does not exist needs "create if missing".
        editor->findChild<QLineEdit *>(u"tagLineEdit"_s)->setText(u"x"_s);
        editor->findChild<QComboBox *>(u"groupComboBox"_s)->setCurrentText(u"Nowhere"_s);
        QVERIFY(!editor->addGroupRule());
        QVERIFY(editor->message().contains(u"Nowhere"_s));
    }

    void saveAndLoadThroughTheProfileStore()
    {
        Mapping::Mapping expected;
        {
            auto editor = openEditor();
            QVERIFY(editor);
            editor->document().unmap(u"city"_s);
            editor->document().mapField(FieldRef::standard(FieldRef::Standard::City), u"state"_s,
                                        {Mapping::Transform::upper()});
            Mapping::MappingOptions options = editor->document().mapping().options;
            options.notesLatest = 7;
            editor->document().setOptions(options);
            QVERIFY(editor->document().isModified());
            QSignalSpy saved(editor.get(), &MappingEditor::saved);
            QVERIFY(editor->save());
            QCOMPARE(saved.size(), 1);
            QVERIFY(!editor->document().isModified());
            expected = editor->document().mapping();
        }
        const auto profile = m_fixture->profiles().load(GuiFixture::profileName());
        QVERIFY(profile.ok());
        QCOMPARE(Mapping::Mapping::fromJson(profile.value().mapping).value(), expected);
        // A new editor reads it back, including the digest option in its form.
        auto editor = openEditor();
        QVERIFY(editor);
        QCOMPARE(editor->document().mapping(), expected);
        QCOMPARE(editor->findChild<QSpinBox *>(u"notesLatestSpinBox"_s)->value(), 7);
        QVERIFY(!editor->document().isModified());
    }

    void importAndExportJson()
    {
        auto editor = openEditor();
        QVERIFY(editor);
        const QString path = m_fixture->directory() + u"/exported.json"_s;
        editor->document().unmap(u"zip"_s);
        const Mapping::Mapping exported = editor->document().mapping();
        m_fixture->prompter().fileNames.enqueue(path);
        QVERIFY(editor->exportMapping());
        QCOMPARE(Mapping::MappingFile::load(path).value(), exported);

        editor->document().reset(Mapping::defaultMapping());
        m_fixture->prompter().fileNames.enqueue(path);
        QVERIFY(editor->importMapping());
        QCOMPARE(editor->document().mapping(), exported);
        // Import is one undoable step.
        editor->document().undoStack()->undo();
        QCOMPARE(editor->document().mapping(), Mapping::defaultMapping());

        // A broken file is refused with its name, and the mapping stays.
        QFile broken(m_fixture->directory() + u"/broken.json"_s);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        m_fixture->prompter().fileNames.enqueue(broken.fileName());
        QVERIFY(!editor->importMapping());
        QVERIFY(editor->message().contains(u"broken.json"_s));
        QCOMPARE(editor->document().mapping(), Mapping::defaultMapping());
        QVERIFY(m_fixture->prompter().unexpected.isEmpty());
    }

    void connectorsFollowScrolling()
    {
        auto editor = openEditor();
        QVERIFY(editor);
        auto *connectors = editor->findChild<MappingConnectorWidget *>(u"connectorWidget"_s);
        QTreeView *left = leftView(*editor);
        // Email is the first row on both sides: its line starts high.
        QList<bool> visible;
        const QLineF before = connectors->connectorLines(&visible).first();
        QVERIFY(visible.first());
        left->verticalScrollBar()->setValue(left->verticalScrollBar()->maximum());
        QVERIFY(left->verticalScrollBar()->maximum() > 0);
        visible.clear();
        const QLineF after = connectors->connectorLines(&visible).first();
        QVERIFY(after.y1() < before.y1() || !visible.first());
        QCOMPARE(after.y2(), before.y2());
    }

    // Last: it closes the fixture's session and opens it again.
    void closingClearsAndOpeningReloads()
    {
        auto editor = openEditor();
        QVERIFY(editor);
        editor->document().unmap(u"zip"_s);
        m_fixture->session().close();
        QCOMPARE(editor->ghlModel()->rowCount(), 0);
        QCOMPARE(editor->mailerLiteModel()->rowCount(), 0);
        QVERIFY(!editor->message().isEmpty());
        QVERIFY(!editor->save());
        QSignalSpy loaded(editor.get(), &MappingEditor::catalogLoaded);
        m_fixture->session().open(GuiFixture::profileName());
        QVERIFY(loaded.wait(10000));
        QVERIFY(editor->ghlModel()->rowCount() > 0);
        // Unsaved edits of the closed profile are gone; the saved (default) mapping is back.
        QCOMPARE(editor->document().mapping(), Mapping::defaultMapping());
    }

    void documentModelTester()
    {
        GroupRulesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRules({{u"a"_s, 1, u"A"_s, false, false}, {u"b"_s, 0, u"B"_s, true, true}});
        model.setPreviews({{2, 0, 4}, {1, 1, -1}});
        QCOMPARE(model.index(1, GroupRulesModel::MembersColumn).data().toString(), u"new group"_s);
        QSignalSpy edited(&model, &GroupRulesModel::ruleEdited);
        QVERIFY(model.setData(model.index(0, GroupRulesModel::GroupColumn), u"Other"_s));
        QCOMPARE(edited.first().at(1).value<Mapping::GroupRule>().groupName, u"Other"_s);
        QCOMPARE(edited.first().at(1).value<Mapping::GroupRule>().groupId, 0);
        QVERIFY(!model.setData(model.index(0, GroupRulesModel::JoinColumn), 3));
        model.setRules({});
        QCOMPARE(model.rowCount(), 0);

        MailerLiteFieldModel ml;
        QAbstractItemModelTester t2(&ml, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QMimeData junk;
        junk.setData(u"application/x-cb-field"_s, "garbage");
        QVERIFY(!ml.canDropMimeData(&junk, Qt::CopyAction, -1, -1, {}));
    }
};

QTEST_MAIN(TestMappingEditor)
#include "tst_mappingeditor.moc"
