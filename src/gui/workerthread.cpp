// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerthread.h"

WorkerThread::WorkerThread(const QString &name, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(name);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    // deleteLater() runs before the thread's event loop ends: the objects (and the network
    // and database connections they made there) are destroyed in the thread that owns them.
    for (QObject *object : std::as_const(m_objects)) {
        object->deleteLater();
    }
    m_thread.quit();
    m_thread.wait();
}
