// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingpage.h"
#include "ui_mappingpage.h"

#include "log/logging.h"
#include "mapping/mapping.h"
#include "mappingeditor.h"
#include "mappingtablemodel.h"
#include "profile/profilestore.h"
#include "profilesession.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

MappingPage::MappingPage(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::MappingPage>())
    , m_model(new MappingTableModel(this))
{
    m_ui->setupUi(this);
    m_editor = new MappingEditor(session, this);
    m_ui->pageTabs->insertTab(0, m_editor, tr("Editor"));
    m_ui->pageTabs->setCurrentIndex(0);
    // The summary and every later sync follow what the editor saved.
    connect(m_editor, &MappingEditor::saved, this, [this] {
        const auto stored = m_session.profiles().load(m_session.profile().name);
        if (stored.ok()) {
            m_session.updateProfile(stored.value());
        }
        reload();
    });
    m_ui->messageLabel->setVisible(false);
    m_ui->messageLabel->setStyleSheet(
        u"QLabel { background: #fdecea; color: #611a15; padding: 6px; }"_s);
    m_ui->mappingTableView->setModel(m_model);
    QHeaderView *header = m_ui->mappingTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MappingTableModel::DetailsColumn, QHeaderView::Stretch);

    connect(&m_session, &ProfileSession::opened, this, &MappingPage::reload);
    connect(&m_session, &ProfileSession::closing, this, &MappingPage::clearPage);
    if (m_session.isOpen()) {
        reload();
    } else {
        clearPage();
    }
}

MappingPage::~MappingPage() = default;

void MappingPage::reload()
{
    if (!m_session.isOpen()) {
        clearPage();
        return;
    }
    const QJsonObject saved = m_session.profile().mapping;
    const Result<Mapping::Mapping> mapping = saved.isEmpty()
        ? Result<Mapping::Mapping>(Mapping::defaultMapping())
        : Mapping::Mapping::fromJson(saved);
    if (!mapping.ok()) {
        qCWarning(lcGui) << "profile mapping not readable:" << mapping.error().toLogString();
        clearPage();
        m_ui->messageLabel->setText(tr("The mapping saved in this profile cannot be read: %1")
                                        .arg(mapping.error().message));
        m_ui->messageLabel->setVisible(true);
        return;
    }
    m_ui->messageLabel->setVisible(false);
    m_model->setMapping(mapping.value());
    m_ui->mappingStack->setCurrentWidget(m_model->rowCount() == 0
                                             ? static_cast<QWidget *>(m_ui->emptyLabel)
                                             : m_ui->mappingTableView);
    m_ui->emptyLabel->setText(tr("This mapping has no rules: a sync would write nothing."));
    m_ui->sourceLabel->setText(
        saved.isEmpty()
            ? tr("Profile %1 uses the default mapping.").arg(m_session.profile().name)
            : tr("Profile %1 uses its own saved mapping.").arg(m_session.profile().name));

    using Kind = MappingTableModel::RowKind;
    const Mapping::MappingOptions &options = mapping.value().options;
    QStringList lines;
    lines.append(tr("%n field rule(s), %1 notes and tasks digest(s), %2 tag to group rule(s).",
                    nullptr, m_model->count(Kind::Field))
                     .arg(m_model->count(Kind::Digest))
                     .arg(m_model->count(Kind::GroupRule)));
    lines.append(options.syncedTag.isEmpty()
                     ? tr("Every contact of the location is synced.")
                     : tr("Only contacts tagged \"%1\" are synced.").arg(options.syncedTag));
    lines.append(tr("Phone numbers without a country code are read as region %1.")
                     .arg(options.defaultPhoneRegion));
    if (m_model->count(Kind::GroupRule) == 0) {
        lines.append(tr("No tag is turned into a MailerLite group yet."));
    }
    m_ui->optionsLabel->setText(lines.join(u'\n'));
}

void MappingPage::clearPage()
{
    m_model->clear();
    m_ui->sourceLabel->clear();
    m_ui->optionsLabel->clear();
    m_ui->emptyLabel->setText(tr("Open a profile to see its mapping."));
    m_ui->mappingStack->setCurrentWidget(m_ui->emptyLabel);
}
