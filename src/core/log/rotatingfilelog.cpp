// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/rotatingfilelog.h"

#include "log/redaction.h"

#include <QDateTime>
#include <QDir>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// qInstallMessageHandler takes a plain function, so the installed log is the one process-wide
// pointer in the code base.
std::atomic<RotatingFileLog *> s_installed {nullptr};

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"critical"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) % u' '
        % levelName(type) % u' '
        % QString::fromUtf8(context.category ? context.category : "default") % u": "_s
        % Redaction::redact(message);
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    if (RotatingFileLog *log = s_installed.load()) {
        log->write(line);
    }
}

} // namespace

RotatingFileLog::RotatingFileLog(Options options)
    : m_options(std::move(options))
{
    openFile();
}

RotatingFileLog::~RotatingFileLog()
{
    if (s_installed.load() == this) {
        uninstall();
    }
}

bool RotatingFileLog::isOpen() const
{
    return m_file.isOpen();
}

QString RotatingFileLog::filePath() const
{
    return QDir(m_options.directory).filePath(m_options.baseName + u".log"_s);
}

void RotatingFileLog::write(const QString &line)
{
    QMutexLocker locker(&m_mutex);
    if (!m_file.isOpen()) {
        return;
    }
    const QByteArray bytes = Redaction::redact(line).toUtf8() + '\n';
    if (m_file.size() + bytes.size() > m_options.maxBytes) {
        rotate();
        if (!m_file.isOpen()) {
            return;
        }
    }
    const qint64 start = m_file.size();
    if (m_file.write(bytes) != bytes.size()) {
        // Disk full or the file vanished: take back the part of the line that did fit, so the
        // file ends with a whole line, and stop writing rather than fail on every line.
        m_file.resize(start);
        m_file.close();
    }
}

void RotatingFileLog::install(RotatingFileLog *log)
{
    s_installed.store(log);
    qInstallMessageHandler(handleMessage);
}

void RotatingFileLog::uninstall()
{
    qInstallMessageHandler(nullptr);
    s_installed.store(nullptr);
}

void RotatingFileLog::openFile()
{
    if (!QDir().mkpath(m_options.directory)) {
        return;
    }
    m_file.setFileName(filePath());
    // Unbuffered: each line reaches the file in write(), so a full disk shows as a short write
    // there instead of a silent failure in a later flush.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text
                     | QIODevice::Unbuffered)) {
        return;
    }
    // Logs may hold ids and counts; they are nobody else's business.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void RotatingFileLog::rotate()
{
    m_file.close();
    const QString base = filePath();
    QFile::remove(base + u".%1"_s.arg(m_options.keptFiles));
    for (int i = m_options.keptFiles - 1; i >= 1; --i) {
        QFile::rename(base + u".%1"_s.arg(i), base + u".%1"_s.arg(i + 1));
    }
    QFile::rename(base, base + u".1"_s);
    openFile();
}
