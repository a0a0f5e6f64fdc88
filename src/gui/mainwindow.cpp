// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "contactspage.h"
#include "failurespage.h"
#include "historypage.h"
#include "mappingpage.h"
#include "profile/profilestore.h"
#include "profilesession.h"
#include "prompter.h"
#include "realtimeservice.h"
#include "schedule/scheduler.h"
#include "scheduledialog.h"
#include "settingsdialog.h"
#include "store/runstore.h"
#include "synccontroller.h"
#include "syncpage.h"
#include "trayicon.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A coloured dot and a text, for the status bar.
QString statusPart(bool ok, const QString &text)
{
    const QString colour = ok ? u"#2e7d32"_s : u"#c62828"_s;
    return u"<span style=\"color:%1\">\u25CF</span> %2"_s.arg(colour, text.toHtmlEscaped());
}

} // namespace

MainWindow::MainWindow(Services services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("ContactBridge"));

    ProfileSession &session = m_services.session;
    SyncController &sync = m_services.sync;

    auto *profileLabel = new QLabel(tr("Profile:"), this);
    profileLabel->setContentsMargins(12, 0, 4, 0);
    m_profileBox = new QComboBox(this);
    m_profileBox->setObjectName(u"profileBox"_s);
    m_profileBox->setMinimumContentsLength(16);
    m_profileBox->setAccessibleName(tr("Profile"));
    profileLabel->setBuddy(m_profileBox);
    m_ui->mainToolBar->insertWidget(m_ui->actionSettings, profileLabel);
    m_ui->mainToolBar->insertWidget(m_ui->actionSettings, m_profileBox);
    m_ui->mainToolBar->insertSeparator(m_ui->actionSettings);
    m_ui->actionSettings->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_ui->actionReconnect->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    m_contacts = new ContactsPage(session, sync, this);
    m_mapping = new MappingPage(session, this);
    m_syncPage = new SyncPage(session, sync, this);
    m_failures = new FailuresPage(session, sync, this);
    m_history = new HistoryPage(session, sync, this);
    addPage(m_contacts, tr("Contacts"), u"x-office-address-book"_s);
    addPage(m_mapping, tr("Mapping"), u"view-list-details"_s);
    addPage(m_syncPage, tr("Sync"), u"view-refresh"_s);
    addPage(m_failures, tr("Failures"), u"dialog-warning"_s);
    addPage(m_history, tr("History"), u"document-open-recent"_s);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, m_ui->pageStack,
            &QStackedWidget::setCurrentIndex);
    m_ui->pageList->setCurrentRow(0);

    connect(m_failures, &FailuresPage::editContactRequested, this, [this](const QString &id) {
        showPage(Page::Contacts);
        m_contacts->editContact(id);
    });

    m_modeLabel = new QLabel(this);
    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_connectionLabel->setTextFormat(Qt::RichText);
    // Long service names or error texts must not widen the window past the screen: the label
    // gives way (its full text is in the tooltip).
    m_connectionLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_connectionLabel->setMinimumWidth(200);
    m_lastRunLabel = new QLabel(this);
    m_realtimeLabel = new QLabel(this);
    m_realtimeLabel->setObjectName(u"realtimeLabel"_s);
    m_realtimeLabel->hide();
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_realtimeLabel);
    statusBar()->addPermanentWidget(m_lastRunLabel);
    statusBar()->addPermanentWidget(m_modeLabel);

    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionSchedule, &QAction::triggered, this, &MainWindow::showSchedule);
    connect(m_ui->actionReconnect, &QAction::triggered, this, [this] {
        m_connectionLabel->setText(tr("Testing the connections..."));
        m_services.session.checkConnection();
    });
    connect(m_profileBox, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileBox->itemText(index);
        if (name != m_services.session.profile().name || !m_services.session.isOpen()) {
            Q_EMIT profileChosen(name);
        }
    });

    connect(&session, &ProfileSession::opened, this, &MainWindow::onProfileOpened);
    connect(&session, &ProfileSession::openFailed, this,
            [this](const Error &error) { onProfileFailed(error.message); });
    connect(&session, &ProfileSession::connectionChecked, this,
            &MainWindow::updateConnectionStatus);
    connect(&sync, &SyncController::runningChanged, this, [this](bool running) {
        // Switching profiles under a running sync would pull its ground away.
        m_profileBox->setEnabled(!running);
        m_ui->actionSettings->setEnabled(!running);
        m_services.scheduler.setBusy(running);
    });
    connect(&m_services.scheduler, &Sync::Scheduler::due, this, &MainWindow::onScheduledRunDue);
    connect(&m_services.realtime, &RealtimeService::stateChanged, this,
            &MainWindow::updateRealtimeStatus);
    connect(&m_services.realtime, &RealtimeService::activity, this,
            &MainWindow::updateRealtimeStatus);
    updateRealtimeStatus();
    setUpTray();
    connect(&sync, &SyncController::finished, this, [this](const Sync::RunSummary &summary) {
        m_tray->setRunState(summary);
        updateLastRun();
        if (m_closeAfterSync) {
            close();
        }
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &title, const QString &iconName)
{
    m_ui->pageStack->addWidget(page);
    auto *item = new QListWidgetItem(QIcon::fromTheme(iconName), title, m_ui->pageList);
    item->setSizeHint(QSize(0, 36));
}

void MainWindow::showPage(Page page)
{
    m_ui->pageList->setCurrentRow(static_cast<int>(page));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    ProfileSession &session = m_services.session;
    SettingsDialog dialog(session.secrets(), session.profiles(), m_services.health, session.clock(),
                          session.prompter(), this);
    if (session.isOpen() || !session.profile().name.isEmpty()) {
        dialog.selectProfile(session.profile().name);
    }
    QString changed;
    bool currentRemoved = false;
    connect(&dialog, &SettingsDialog::profileSaved, this,
            [&changed](const QString &name) { changed = name; });
    connect(&dialog, &SettingsDialog::profileRemoved, this,
            [&currentRemoved, &session](const QString &name) {
                currentRemoved = currentRemoved || name == session.profile().name;
            });
    dialog.exec();

    const QString current = currentRemoved ? QString() : session.profile().name;
    reloadProfiles(current.isEmpty() ? changed : current);
    if (currentRemoved) {
        session.close();
    }
    if (!changed.isEmpty() && (changed == session.profile().name || current.isEmpty())) {
        Q_EMIT profileChosen(changed);
    }
}

void MainWindow::showSchedule()
{
    ProfileSession &session = m_services.session;
    if (session.profile().name.isEmpty()) {
        return;
    }
    ScheduleDialog dialog(session.profile().name, session.profile().schedule, session.clock(),
                          this);
    dialog.setFastPolling(session.profile().realtime.fastPolling);
    if (Store::StateDatabase *db = session.database()) {
        const auto last = Store::RunStore(*db, session.clock()).list(session.profile().name, 10);
        if (last.ok()) {
            for (const Store::RunRecord &run : last.value()) {
                if (!run.dryRun && !run.isRunning()) {
                    Sync::RunSummary summary;
                    summary.requestsGhl = run.requestsGhl;
                    summary.requestsMailerLite = run.requestsMailerLite;
                    summary.durationMs = run.durationMs.value_or(0);
                    summary.counts = run.counts;
                    dialog.setLastRun(summary);
                    break;
                }
            }
        }
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // Re-read the profile: the schedule is the only thing this dialog changes.
    auto profile = session.profiles().load(session.profile().name);
    if (!profile.ok()) {
        session.prompter().inform(this, tr("Schedule not saved"), profile.error().message);
        return;
    }
    Profiles::Profile changed = profile.value();
    changed.schedule = dialog.schedule();
    if (const Status saved = session.profiles().save(changed); !saved) {
        session.prompter().inform(this, tr("Schedule not saved"), saved.error().message);
        return;
    }
    session.updateProfile(changed);
    m_services.scheduler.setSchedule(changed.name, changed.inAppSchedule());
}

void MainWindow::onScheduledRunDue(const QString &profile)
{
    ProfileSession &session = m_services.session;
    // Scheduled runs belong to the open profile; other profiles run from their own timers
    // (contactbridge-cli), which the schedule dialog generates.
    if (profile != session.profile().name || !session.isOpen()) {
        return;
    }
    m_services.sync.run();
}

void MainWindow::setUpTray()
{
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::syncNowRequested, this, [this] { m_services.sync.run(); });
    connect(m_tray, &TrayIcon::showRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        showNormal();
        close();
    });
    connect(m_tray, &TrayIcon::notified, this,
            [this](const QString &title, const QString &message) {
                statusBar()->showMessage(title + u": "_s + message, 15000);
            });
    connect(&m_services.sync, &SyncController::started, this,
            [this] { m_tray->setRunning(m_services.session.profile().name); });
    m_tray->setVisible(true);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Minimised with a schedule: live in the tray, so scheduled runs go on out of the way.
    if (event->type() == QEvent::WindowStateChange && isMinimized() && m_tray->isAvailable()
        && !m_services.session.profile().inAppSchedule().isOff()) {
        QTimer::singleShot(0, this, &QWidget::hide);
    }
}

void MainWindow::setModeText(const QString &text, const QString &details)
{
    m_modeLabel->setText(text);
    m_modeLabel->setToolTip(details);
}

void MainWindow::reloadProfiles(const QString &current)
{
    const auto names = m_services.session.profiles().list();
    m_profileBox->clear();
    if (names.ok()) {
        m_profileBox->addItems(names.value());
    }
    m_profileBox->setCurrentIndex(m_profileBox->findText(current));
    if (m_profileBox->count() == 0) {
        m_connectionLabel->setText(
            tr("No profile yet: open Settings to connect GoHighLevel and MailerLite."));
    }
}

void MainWindow::onProfileOpened()
{
    const QString name = m_services.session.profile().name;
    if (m_profileBox->findText(name) < 0) {
        reloadProfiles(name);
    }
    m_profileBox->setCurrentIndex(m_profileBox->findText(name));
    setWindowTitle(tr("%1 - ContactBridge").arg(name));
    m_connectionLabel->setText(tr("Testing the connections..."));
    updateLastRun();

    // The in-app schedule follows the open profile (see onScheduledRunDue()).
    Sync::Scheduler &scheduler = m_services.scheduler;
    const QStringList scheduled = scheduler.profiles();
    for (const QString &other : scheduled) {
        if (other != name) {
            scheduler.removeProfile(other);
        }
    }
    scheduler.setSchedule(name, m_services.session.profile().inAppSchedule(), lastRunTime());
}

void MainWindow::onProfileFailed(const QString &message)
{
    m_connectionLabel->setText(statusPart(false, message));
    m_lastRunLabel->clear();
}

void MainWindow::updateConnectionStatus()
{
    const ProfileSession &session = m_services.session;
    QStringList parts;
    if (const auto ghl = session.ghlCheck()) {
        const QString where
            = ghl->locationName.isEmpty() ? session.profile().locationId : ghl->locationName;
        QString text = ghl->ok
            ? tr("GoHighLevel: %1 (%Ln contacts)", nullptr, static_cast<int>(ghl->contactCount))
                  .arg(where)
            : tr("GoHighLevel: %1").arg(ghl->error.message);
        if (ghl->ok && !ghl->canWrite) {
            text += tr(", read-only");
        }
        parts.append(statusPart(ghl->ok, text));
    }
    if (const auto ml = session.mailerLiteCheck()) {
        parts.append(statusPart(ml->ok,
                                ml->ok ? tr("MailerLite: %1").arg(ml->accountName)
                                       : tr("MailerLite: %1").arg(ml->error.message)));
    }
    m_connectionLabel->setText(parts.join(u"&nbsp;&nbsp;&nbsp;"_s));
    m_connectionLabel->setToolTip(m_connectionLabel->text());
}

QDateTime MainWindow::lastRunTime() const
{
    Store::StateDatabase *db = m_services.session.database();
    if (!db) {
        return {};
    }
    const auto runs = Store::RunStore(*db, m_services.session.clock())
                          .list(m_services.session.profile().name, 20);
    if (runs.ok()) {
        for (const Store::RunRecord &run : runs.value()) {
            if (!run.dryRun) {
                return run.startedAt;
            }
        }
    }
    return {};
}

void MainWindow::updateLastRun()
{
    Store::StateDatabase *db = m_services.session.database();
    if (!db) {
        m_lastRunLabel->clear();
        return;
    }
    const Store::RunStore runs(*db, m_services.session.clock());
    const auto last = runs.list(m_services.session.profile().name, 1);
    if (!last.ok() || last.value().isEmpty()) {
        m_lastRunLabel->setText(tr("No sync run yet"));
        return;
    }
    const Store::RunRecord &run = last.value().constFirst();
    const QString when = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    m_lastRunLabel->setText(run.dryRun ? tr("Last preview: %1, %2").arg(when, run.outcome)
                                       : tr("Last run: %1, %2").arg(when, run.outcome));
}

void MainWindow::updateRealtimeStatus()
{
    const RealtimeService &realtime = m_services.realtime;
    m_realtimeLabel->setVisible(realtime.state() != RealtimeService::State::Off);
    m_realtimeLabel->setText(realtime.statusText());
    m_realtimeLabel->setToolTip(realtime.statusDetails());
    m_realtimeLabel->setStyleSheet(realtime.state() == RealtimeService::State::Failed
                                       ? u"QLabel { color: #a00; }"_s
                                       : QString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    SyncController &sync = m_services.sync;
    if (!sync.isRunning()) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_closeAfterSync) {
        return; // already cancelling; the window closes when the run has stopped
    }
    const bool stop = m_services.session.prompter().confirm(
        this, tr("A sync is running"),
        tr("Quitting now cancels the running sync after its current step. Everything done so "
           "far is kept and the next run continues from there. Cancel the sync and quit?"));
    if (!stop) {
        return;
    }
    m_closeAfterSync = true;
    m_connectionLabel->setText(tr("Cancelling the sync before quitting..."));
    sync.cancel();
}
