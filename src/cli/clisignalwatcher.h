// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Cli {

// Turns SIGINT and SIGTERM into a Qt signal, so a run can stop cleanly from the event loop:
// the handler only writes one byte to a socket pair (all a signal handler may safely do) and a
// QSocketNotifier reads it. One instance per process. On platforms without POSIX signals it
// never fires. Lives in the main thread.
class CliSignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit CliSignalWatcher(QObject *parent = nullptr);
    ~CliSignalWatcher() override;

Q_SIGNALS:
    // `count` is 1 for the first signal, 2 for the second, ...
    void interrupted(int count);

private:
    void drain();

    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace Cli
