// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisignalwatcher.h"

#include "log/logging.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Cli {

#ifdef Q_OS_UNIX
namespace {

// Written by the handler, read by the watcher: the only state a signal handler touches.
int s_fds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Nothing useful can be done if the pipe is full: a stop is already pending then.
    [[maybe_unused]] const ssize_t n = ::write(s_fds[0], &byte, 1);
}

} // namespace
#endif

CliSignalWatcher::CliSignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0) {
        qCWarning(lcApp) << "cannot watch SIGINT/SIGTERM: socketpair failed";
        return;
    }
    ::fcntl(s_fds[0], F_SETFL, ::fcntl(s_fds[0], F_GETFL) | O_NONBLOCK);
    ::fcntl(s_fds[1], F_SETFL, ::fcntl(s_fds[1], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &CliSignalWatcher::drain);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#endif
}

CliSignalWatcher::~CliSignalWatcher()
{
#ifdef Q_OS_UNIX
    if (m_notifier) {
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        delete m_notifier;
        ::close(s_fds[0]);
        ::close(s_fds[1]);
        s_fds[0] = s_fds[1] = -1;
    }
#endif
}

void CliSignalWatcher::drain()
{
#ifdef Q_OS_UNIX
    char buffer[16];
    ssize_t n = 0;
    while ((n = ::read(s_fds[1], buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < n; ++i) {
            Q_EMIT interrupted(++m_count);
        }
    }
#endif
}

} // namespace Cli
