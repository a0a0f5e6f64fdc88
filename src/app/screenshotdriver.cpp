// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotdriver.h"

#include "contactspage.h"
#include "failurespage.h"
#include "historypage.h"
#include "log/logging.h"
#include "mainwindow.h"
#include "mappingpage.h"
#include "profilesession.h"
#include "schedule/schedule.h"
#include "scheduledialog.h"
#include "session/recordmirror.h"
#include "settingsdialog.h"
#include "synccontroller.h"

#include <QDir>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Long enough for a demo sync at the sandbox's fast rate limits, short enough to notice a hang.
constexpr auto Deadline = 180s;
constexpr auto SettleTime = 600ms;

} // namespace

ScreenshotDriver::ScreenshotDriver(MainWindow &window, ProfileSession &session,
                                   SyncController &sync, QString directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_sync(sync)
    , m_directory(std::move(directory))
{ }

void ScreenshotDriver::start()
{
    if (!QDir().mkpath(m_directory)) {
        QTimer::singleShot(0, this, [this] { fail(u"cannot create "_s + m_directory); });
        return;
    }
    QTimer::singleShot(Deadline, this, [this] { fail(u"timed out"_s); });
    connect(&m_session, &ProfileSession::openFailed, this,
            [this](const Error &error) { fail(error.toLogString()); });
    connect(&m_session, &ProfileSession::opened, this, [this] {
        Session::RecordMirror *mirror = m_session.mirror();
        connect(mirror, &Session::RecordMirror::sourceFinished, this,
                [this](Session::RecordMirror::Source source) {
                    if (source != Session::RecordMirror::Source::Links && --m_sourcesPending == 0) {
                        onRecordsLoaded();
                    }
                });
        connect(mirror, &Session::RecordMirror::sourceFailed, this,
                [this](Session::RecordMirror::Source, const Error &error) {
                    fail(error.toLogString());
                });
    });
}

void ScreenshotDriver::onRecordsLoaded()
{
    connect(&m_sync, &SyncController::finished, this, [this] {
        if (m_saved.isEmpty()) {
            afterPreview();
        } else {
            afterRun();
        }
    });
    m_window.showPage(MainWindow::Page::Sync);
    if (!m_sync.preview()) {
        fail(u"the preview did not start"_s);
    }
}

void ScreenshotDriver::afterPreview()
{
    settle([this] {
        if (save(&m_window, u"sync-preview"_s) && !m_sync.applyPlan()) {
            fail(u"the previewed plan was not applied"_s);
        }
    });
}

void ScreenshotDriver::afterRun()
{
    // The contacts page reloads its links after a run; give it the time to show them.
    settle([this] {
        // A linked contact with notes and tasks fills the detail panel.
        connect(
            m_window.contactsPage(), &ContactsPage::firstLinkedShown, this,
            [this] { settle([this] { takePictures(); }); }, Qt::SingleShotConnection);
        m_window.contactsPage()->selectFirstLinked();
    });
}

void ScreenshotDriver::takePictures()
{
    const std::pair<MainWindow::Page, QString> pages[] = {
        {MainWindow::Page::Sync, u"sync"_s},       {MainWindow::Page::Contacts, u"contacts"_s},
        {MainWindow::Page::Mapping, u"mapping"_s}, {MainWindow::Page::Failures, u"failures"_s},
        {MainWindow::Page::History, u"history"_s},
    };
    auto remaining = std::make_shared<QList<std::pair<MainWindow::Page, QString>>>(
        std::begin(pages), std::end(pages));
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, remaining, next] {
        if (remaining->isEmpty()) {
            takeExtraPictures();
            return;
        }
        const auto [page, name] = remaining->takeFirst();
        m_window.showPage(page);
        selectFirstRecord(page);
        settle([this, name, next] {
            if (save(&m_window, name)) {
                (*next)();
            }
        });
    };
    (*next)();
}

void ScreenshotDriver::selectFirstRecord(MainWindow::Page page)
{
    // Pictures with a selection show the detail panes filled, as a user would see them.
    if (page == MainWindow::Page::Failures) {
        if (auto *view = m_window.failuresPage()->findChild<QTreeView *>(u"failureTreeView"_s)) {
            view->expandAll();
            const QModelIndex group = view->model()->index(0, 0);
            view->setCurrentIndex(view->model()->index(0, 0, group));
        }
    } else if (page == MainWindow::Page::Mapping) {
        // The phone field: its transform chain and before -> after preview fill the editor.
        if (auto *view
            = m_window.mappingPage()->findChild<QTreeView *>(u"mailerLiteFieldsView"_s)) {
            const QModelIndexList phone = view->model()->match(
                view->model()->index(0, 0), Qt::DisplayRole, u"Phone"_s, 1, Qt::MatchExactly);
            if (!phone.isEmpty()) {
                view->setCurrentIndex(phone.first());
            }
        }
    } else if (page == MainWindow::Page::History) {
        if (auto *view = m_window.historyPage()->findChild<QTableView *>(u"runTableView"_s)) {
            view->selectRow(0);
        }
    }
}

void ScreenshotDriver::takeExtraPictures()
{
    m_window.historyPage()->showCharts();
    settle([this] {
        if (!save(&m_window, u"history-charts"_s)) {
            return;
        }
        auto *settings = new SettingsDialog(m_session.secrets(), m_session.profiles(),
                                            m_window.credentialHealth(), m_session.clock(),
                                            m_session.prompter(), &m_window);
        settings->setAttribute(Qt::WA_DeleteOnClose);
        settings->selectProfile(m_session.profile().name);
        settings->show();
        settle([this, settings] {
            const bool ok = save(settings, u"settings"_s);
            settings->close();
            if (!ok) {
                return;
            }
            auto *dialog = new ScheduleDialog(
                m_session.profile().name, Sync::Schedule::weekdaysAt({1, 2, 3, 4, 5}, QTime(7, 30)),
                m_session.clock(), &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            settle([this, dialog] {
                const bool saved = save(dialog, u"schedule"_s);
                dialog->close();
                if (saved && !m_done) {
                    m_done = true;
                    qCInfo(lcApp) << "screenshots saved:" << m_saved.join(u", "_s);
                    Q_EMIT finished(0);
                }
            });
        });
    });
}

void ScreenshotDriver::settle(std::function<void()> next)
{
    QTimer::singleShot(SettleTime, this, std::move(next));
}

bool ScreenshotDriver::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + u".png"_s);
    if (!widget->grab().save(path)) {
        fail(u"cannot write "_s + path);
        return false;
    }
    m_saved.append(name);
    return true;
}

void ScreenshotDriver::fail(const QString &why)
{
    if (m_done) {
        return;
    }
    m_done = true;
    qCWarning(lcApp) << "screenshots failed:" << why;
    Q_EMIT finished(1);
}
