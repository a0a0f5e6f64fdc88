// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhost.h"

#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <functional>

// A SandboxHost in a thread of its own, so the fakes' work does not queue behind the client's
// in a benchmark: started by the constructor, stopped by the destructor.
class SandboxThread final
{
public:
    explicit SandboxThread(const Sandbox::SandboxHost::Options &options)
    {
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        run([this, &options](Sandbox::SandboxHost *) {
            m_host = new Sandbox::SandboxHost(options, m_context);
            if (m_host->start().ok()) {
                m_info = m_host->connectionInfo();
            }
        });
    }
    ~SandboxThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(SandboxThread)

    // SandboxHost::connectionInfo(); empty when the sandbox did not start.
    [[nodiscard]] const QJsonObject &info() const { return m_info; }

    // Calls f(host) in the sandbox's thread and waits for it.
    void run(const std::function<void(Sandbox::SandboxHost *)> &f)
    {
        QMetaObject::invokeMethod(
            m_context, [this, &f] { f(m_host); }, Qt::BlockingQueuedConnection);
    }
    // Calls f(host) in the sandbox's thread `delay` from now, without waiting.
    void later(std::chrono::milliseconds delay, std::function<void(Sandbox::SandboxHost *)> f)
    {
        QMetaObject::invokeMethod(m_context, [this, delay, f = std::move(f)] {
            QTimer::singleShot(delay, m_context, [this, f] { f(m_host); });
        });
    }

private:
    QThread m_thread;
    QObject *m_context = new QObject;
    Sandbox::SandboxHost *m_host = nullptr;
    QJsonObject m_info;
};
