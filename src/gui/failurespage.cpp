// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurespage.h"
#include "ui_failurespage.h"

#include "failuremodel.h"
#include "log/logging.h"
#include "profilesession.h"
#include "prompter.h"
#include "store/failurestore.h"
#include "store/statedatabase.h"
#include "synccontroller.h"
#include "util/clock.h"
#include "util/csvwriter.h"

#include <QDir>
#include <QHeaderView>
#include <QSet>

using namespace Qt::StringLiterals;
using Store::FailureRecord;

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

FailuresPage::FailuresPage(ProfileSession &session, SyncController &sync, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_sync(sync)
    , m_ui(std::make_unique<Ui::FailuresPage>())
    , m_model(new FailureModel(this))
{
    m_ui->setupUi(this);
    m_ui->filterComboBox->addItem(tr("Open failures"));
    m_ui->filterComboBox->addItem(tr("Ignored"));
    m_ui->filterComboBox->addItem(tr("Resolved by a retry"));
    m_ui->filterComboBox->addItem(tr("All"));
    m_ui->failureTreeView->setModel(m_model);
    QHeaderView *header = m_ui->failureTreeView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FailureModel::MessageColumn, QHeaderView::Stretch);
    m_ui->failureTreeView->setColumnWidth(FailureModel::ContactColumn, 240);
    m_ui->failureTreeView->setColumnWidth(FailureModel::EmailColumn, 200);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->retrySelectedButton->setToolTip(tr("Sync the selected contacts again now."));
    m_ui->retryAllButton->setToolTip(tr("Sync every contact with an open failure again now."));
    m_ui->ignoreButton->setToolTip(
        tr("Stop listing the selected failures as open, with a reason."));
    m_ui->exportButton->setToolTip(tr("Save the listed failures as a CSV file (without request "
                                      "bodies)."));
    clearMessage();

    connect(m_ui->filterComboBox, &QComboBox::currentIndexChanged, this, &FailuresPage::reload);
    connect(m_ui->retrySelectedButton, &QPushButton::clicked, this, &FailuresPage::retrySelected);
    connect(m_ui->retryAllButton, &QPushButton::clicked, this, &FailuresPage::retryAll);
    connect(m_ui->ignoreButton, &QPushButton::clicked, this, &FailuresPage::ignoreSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &FailuresPage::exportCsv);
    connect(m_ui->editContactButton, &QPushButton::clicked, this, &FailuresPage::editContact);
    connect(m_ui->failureTreeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FailuresPage::updateActions);
    connect(m_ui->failureTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FailuresPage::showCurrentDetail);

    connect(&m_session, &ProfileSession::opened, this, [this] {
        clearMessage();
        reload();
    });
    connect(&m_session, &ProfileSession::closing, this, &FailuresPage::clearPage);
    connect(&m_session, &ProfileSession::connectionChecked, this, &FailuresPage::updateActions);
    connect(&m_sync, &SyncController::finished, this, &FailuresPage::reload);
    connect(&m_sync, &SyncController::runningChanged, this, &FailuresPage::updateActions);

    if (m_session.isOpen()) {
        reload();
    } else {
        clearPage();
    }
}

FailuresPage::~FailuresPage() = default;

QStringList FailuresPage::csvHeader()
{
    return {tr("Contact id"),   tr("Email"),        tr("Error class"),
            tr("HTTP status"),  tr("Message"),      tr("Attempts"),
            tr("First failed"), tr("Last attempt"), tr("Status")};
}

FailuresPage::Filter FailuresPage::filter() const
{
    return Filter(qBound(0, m_ui->filterComboBox->currentIndex(), int(Filter::All)));
}

void FailuresPage::setFilter(Filter filter)
{
    m_ui->filterComboBox->setCurrentIndex(int(filter));
}

std::optional<FailureRecord::Status> FailuresPage::filterStatus() const
{
    switch (filter()) {
    case Filter::Open:
        return FailureRecord::Status::Open;
    case Filter::Ignored:
        return FailureRecord::Status::Ignored;
    case Filter::Retried:
        return FailureRecord::Status::Retried;
    case Filter::All:
        return std::nullopt;
    }
    return std::nullopt;
}

void FailuresPage::reload()
{
    Store::StateDatabase *db = m_session.database();
    if (!m_session.isOpen() || !db) {
        clearPage();
        if (const auto error = m_session.databaseError()) {
            showMessage(tr("The failure list cannot be read: %1").arg(error->message), true);
        }
        return;
    }
    const QString profile = m_session.profile().name;
    const Store::FailureStore store(*db, m_session.clock());
    const auto listed = store.list(profile, filterStatus());
    const auto open = store.openContactIds(profile);
    if (!listed.ok() || !open.ok()) {
        const Error &error = listed.ok() ? open.error() : listed.error();
        qCWarning(lcGui) << "failures not read:" << error.toLogString();
        m_active = false;
        m_model->clear();
        m_openContactIds.clear();
        showMessage(tr("The failure list cannot be read: %1").arg(error.message), true);
        updateActions();
        return;
    }
    m_active = true;
    m_openContactIds = open.value();
    m_model->setFailures(listed.value());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_ui->failureTreeView->setFirstColumnSpanned(row, {}, true);
    }
    m_ui->failureTreeView->expandAll();

    static const char *const emptyTexts[] = {
        QT_TR_NOOP("No open failures. Contacts that fail to sync are listed here, grouped by "
                   "error class, until a later sync succeeds or you ignore them."),
        QT_TR_NOOP("No ignored failures."),
        QT_TR_NOOP("No failure has been resolved by a later sync yet."),
        QT_TR_NOOP("No failures recorded for this profile."),
    };
    m_ui->emptyLabel->setText(tr(emptyTexts[int(filter())]));
    const int shown = m_model->failureCount();
    m_ui->listStack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_ui->emptyLabel)
                                                 : m_ui->failureTreeView);
    m_ui->summaryLabel->setText(
        tr("%n failure(s) listed", nullptr, shown) + u"; "_s
        + tr("%n contact(s) with an open failure", nullptr, int(m_openContactIds.size())));
    showCurrentDetail();
    updateActions();
}

void FailuresPage::clearPage()
{
    m_active = false;
    m_model->clear();
    m_openContactIds.clear();
    m_ui->detailWidget->setFailure(std::nullopt);
    m_ui->emptyLabel->setText(tr("Open a profile to see the contacts that failed to sync."));
    m_ui->listStack->setCurrentWidget(m_ui->emptyLabel);
    m_ui->summaryLabel->clear();
    updateActions();
}

QList<FailureRecord> FailuresPage::selectedFailures() const
{
    QList<FailureRecord> selected;
    QSet<qint64> seen;
    const auto add = [&](const FailureRecord *failure) {
        if (failure && !seen.contains(failure->id)) {
            seen.insert(failure->id);
            selected.append(*failure);
        }
    };
    // A selected group stands for every failure in it.
    const QModelIndexList rows = m_ui->failureTreeView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (row.parent().isValid()) {
            add(m_model->failureAt(row));
            continue;
        }
        for (int child = 0; child < m_model->rowCount(row); ++child) {
            add(m_model->failureAt(m_model->index(child, 0, row)));
        }
    }
    return selected;
}

void FailuresPage::showCurrentDetail()
{
    const FailureRecord *failure
        = m_model->failureAt(m_ui->failureTreeView->selectionModel()->currentIndex());
    m_ui->detailWidget->setFailure(failure ? std::optional(*failure) : std::nullopt);
}

void FailuresPage::updateActions()
{
    const bool open = m_active;
    const bool idle = !m_sync.isRunning();
    const QList<FailureRecord> selected = open ? selectedFailures() : QList<FailureRecord>();
    bool anyContact = false;
    bool anyIgnorable = false;
    for (const FailureRecord &f : selected) {
        anyContact = anyContact || !f.contactId.isEmpty();
        anyIgnorable = anyIgnorable || f.status != FailureRecord::Status::Retried;
    }
    const QString busy = tr("A sync is running; wait for it to finish.");
    m_ui->retrySelectedButton->setEnabled(open && idle && anyContact);
    m_ui->retrySelectedButton->setToolTip(idle ? tr("Sync the selected contacts again now.")
                                               : busy);
    m_ui->retryAllButton->setEnabled(open && idle && !m_openContactIds.isEmpty());
    m_ui->retryAllButton->setToolTip(idle ? tr("Sync every contact with an open failure again now.")
                                          : busy);
    m_ui->ignoreButton->setEnabled(open && anyIgnorable);
    m_ui->exportButton->setEnabled(open && m_model->failureCount() > 0);

    const bool canWrite = open && m_session.canWriteGhl();
    const bool oneContact = selected.size() == 1 && !selected.first().contactId.isEmpty();
    m_ui->editContactButton->setEnabled(canWrite && oneContact);
    m_ui->editContactButton->setToolTip(
        canWrite   ? tr("Fix the selected contact in GoHighLevel, then retry it.")
            : open ? m_session.writeDisabledReason()
                   : tr("No profile is open."));
}

void FailuresPage::retrySelected()
{
    QStringList ids;
    for (const FailureRecord &f : selectedFailures()) {
        if (!f.contactId.isEmpty() && !ids.contains(f.contactId)) {
            ids.append(f.contactId);
        }
    }
    startRetry(ids);
}

void FailuresPage::retryAll()
{
    startRetry(m_openContactIds);
}

void FailuresPage::startRetry(const QStringList &contactIds)
{
    if (contactIds.isEmpty()) {
        return;
    }
    if (!m_sync.retry(contactIds)) {
        showMessage(tr("The retry could not start: another sync is running or no profile is "
                       "open."),
                    true);
        return;
    }
    showMessage(tr("Retrying %n contact(s). The list updates when the run ends.", nullptr,
                   int(contactIds.size())),
                false);
}

void FailuresPage::ignoreSelected()
{
    QList<FailureRecord> chosen;
    for (const FailureRecord &f : selectedFailures()) {
        if (f.status != FailureRecord::Status::Retried) {
            chosen.append(f);
        }
    }
    Store::StateDatabase *db = m_session.database();
    if (chosen.isEmpty() || !db) {
        return;
    }
    const std::optional<QString> answer = m_session.prompter().askText(
        this, tr("Ignore failures"),
        tr("Why should %n failure(s) be ignored? The reason is kept with them.", nullptr,
           int(chosen.size())));
    if (!answer) {
        return;
    }
    const QString reason = answer->trimmed();
    if (reason.isEmpty()) {
        showMessage(tr("Nothing was ignored: please give a reason."), true);
        return;
    }
    Store::FailureStore store(*db, m_session.clock());
    const Status done = db->transaction([&]() -> Status {
        for (const FailureRecord &f : std::as_const(chosen)) {
            if (const Status s = store.ignore(f.id, reason); !s.ok()) {
                return s;
            }
        }
        return success();
    });
    if (!done.ok()) {
        qCWarning(lcGui) << "failures not ignored:" << done.error().toLogString();
        showMessage(tr("Nothing was ignored: %1").arg(done.error().message), true);
        return;
    }
    reload();
    showMessage(tr("%n failure(s) ignored.", nullptr, int(chosen.size())), false);
}

void FailuresPage::exportCsv()
{
    const QList<FailureRecord> failures = m_model->failures();
    if (failures.isEmpty()) {
        return;
    }
    const QString suggested = QDir::home().filePath(u"failures-%1-%2.csv"_s.arg(
        m_session.profile().name, m_session.clock().now().toString(u"yyyyMMdd-HHmm"_s)));
    const QString path = m_session.prompter().saveFileName(this, tr("Export failures"), suggested,
                                                           tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    // Spreadsheets are the usual reader: a BOM makes them read UTF-8 correctly. Payloads are
    // left out on purpose: the file may travel further than the state database.
    CsvWriter csv(CsvWriter::Options {true, true});
    csv.addRow(csvHeader());
    for (const FailureRecord &f : failures) {
        csv.addRow({f.contactId, f.email, f.errorKind,
                    f.httpStatus == 0 ? QString() : QString::number(f.httpStatus), f.serverMessage,
                    QString::number(f.attempts), isoTime(f.createdAt), isoTime(f.updatedAt),
                    FailureRecord::statusName(f.status)});
    }
    if (const Status saved = csv.save(path); !saved.ok()) {
        qCWarning(lcGui) << "failure export not written:" << saved.error().toLogString();
        showMessage(saved.error().message, true);
        return;
    }
    showMessage(tr("%n failure(s) exported to %1.", nullptr, int(failures.size()))
                    .arg(QDir::toNativeSeparators(path)),
                false);
}

void FailuresPage::editContact()
{
    const QList<FailureRecord> selected = selectedFailures();
    if (selected.size() == 1 && !selected.first().contactId.isEmpty() && m_session.canWriteGhl()) {
        Q_EMIT editContactRequested(selected.first().contactId);
    }
}

void FailuresPage::showMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setProperty("isError", isError);
    m_ui->messageLabel->setStyleSheet(
        isError ? u"QLabel { background: #fdecea; color: #611a15; padding: 6px; }"_s
                : u"QLabel { background: #e8f4ea; color: #1e4620; padding: 6px; }"_s);
    m_ui->messageLabel->setVisible(true);
}

void FailuresPage::clearMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageLabel->setVisible(false);
}
