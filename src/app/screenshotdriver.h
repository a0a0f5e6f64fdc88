// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"

#include <QObject>
#include <QStringList>

#include <functional>

class ProfileSession;
class SyncController;
class QWidget;

// Takes the pictures for the documentation: waits until the open profile's records are
// loaded, previews and applies a sync like a user would, then saves a PNG of every page and
// of the settings dialog into a directory. Used with --screenshots by `./dev screenshots`.
// Lives in the GUI thread.
class ScreenshotDriver final : public QObject
{
    Q_OBJECT

public:
    ScreenshotDriver(MainWindow &window, ProfileSession &session, SyncController &sync,
                     QString directory, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // The exit code: 0 when every picture was saved.
    void finished(int exitCode);

private:
    void onRecordsLoaded();
    void afterPreview();
    void afterRun();
    void takePictures();
    void takeExtraPictures();
    void selectFirstRecord(MainWindow::Page page);
    // Gives the window time to lay out and paint, then runs `next`.
    void settle(std::function<void()> next);
    bool save(QWidget *widget, const QString &name);
    void fail(const QString &why);

    MainWindow &m_window;
    ProfileSession &m_session;
    SyncController &m_sync;
    QString m_directory;
    int m_sourcesPending = 2;
    QStringList m_saved;
    bool m_done = false;
};
