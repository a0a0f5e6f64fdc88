// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <utility>

// A background thread for core services (record loading, detail reads, edits), so network
// replies and JSON parsing never stall the window. adopt() moves a parentless QObject into the
// thread; talk to it only through queued signals or QMetaObject::invokeMethod(). The objects
// are deleted in their own thread when this object is destroyed, which then waits for the
// thread to end. Lives in the GUI thread.
class WorkerThread final : public QObject
{
    Q_OBJECT

public:
    explicit WorkerThread(const QString &name, QObject *parent = nullptr);
    ~WorkerThread() override;

    template<typename T>
    T *adopt(T *object)
    {
        object->moveToThread(&m_thread);
        m_objects.append(object);
        return object;
    }

    // Runs `function` on `object` in its thread; arguments are copied.
    template<typename T, typename F>
    static void post(T *object, F &&function)
    {
        QMetaObject::invokeMethod(object, std::forward<F>(function), Qt::QueuedConnection);
    }

    [[nodiscard]] QThread *thread() { return &m_thread; }

private:
    QThread m_thread;
    QList<QObject *> m_objects;
};
