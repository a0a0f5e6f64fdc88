// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

// The diagnostic log file: <dir>/<baseName>.log, rotated to .1 ... .N when it grows past
// maxBytes. Every line goes through Redaction first. Thread-safe: Qt's message handler may be
// called from any thread.
class RotatingFileLog final
{
public:
    struct Options
    {
        QString directory;
        QString baseName = QStringLiteral("contactbridge");
        qint64 maxBytes = 5 * 1024 * 1024;
        int keptFiles = 5;
    };

    explicit RotatingFileLog(Options options);
    ~RotatingFileLog();
    RotatingFileLog(const RotatingFileLog &) = delete;
    RotatingFileLog &operator=(const RotatingFileLog &) = delete;

    // False when the directory cannot be created or the file cannot be opened (read-only or
    // full disk): logging then continues on stderr only, the program keeps working.
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString filePath() const;
    void write(const QString &line);

    // Routes qDebug/qInfo/qWarning/... of the whole process to `log` (and stderr) until
    // uninstall(). The log must outlive the installation.
    static void install(RotatingFileLog *log);
    static void uninstall();

private:
    void openFile();
    void rotate();

    Options m_options;
    QFile m_file;
    QMutex m_mutex;
};
