// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook/webhookprocessor.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class ProfileSession;
class SyncController;

namespace Webhooks {
class WebhookPipeline;
}

// The open profile's webhook path in the desktop app: while the profile turns webhooks on, a
// WebhookPipeline listens on its address and port, queues signed deliveries durably and
// applies them: GHL changes as targeted runs of SyncController (one run at a
// time, on the sync thread, shown on the Sync page and kept in history like any other), and
// MailerLite opt-outs through WriteBack when the profile writes them back. Events that arrive
// while another run is going wait for it. Stops when the profile closes or is reopened with
// other settings, and starts again with the new ones. Lives in the GUI thread, where the
// listener answers (checking a signature takes well under a millisecond).
class RealtimeService final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Off, // the profile does not listen for webhooks (or no profile is open)
        Listening,
        Failed, // it should listen but cannot: error() says why
    };
    Q_ENUM(State)

    RealtimeService(ProfileSession &session, SyncController &sync, QObject *parent = nullptr);
    ~RealtimeService() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString error() const { return m_error; }
    // "127.0.0.1:8787" while listening, else empty.
    [[nodiscard]] QString endpoint() const;
    // Deliveries accepted and refused since the listener started; events applied by runs.
    [[nodiscard]] int accepted() const { return m_accepted; }
    [[nodiscard]] int refused() const { return m_refused; }
    [[nodiscard]] int applied() const { return m_applied; }
    // One line for the status bar, and the details for its tooltip (both translated).
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString statusDetails() const;

Q_SIGNALS:
    void stateChanged(RealtimeService::State state);
    // A delivery was answered, or a turn settled events: the counts changed.
    void activity();

private:
    void start();
    void stop();
    void fail(const QString &message);
    void startRun(const QStringList &contactIds, const Webhooks::WebhookProcessor::RunDone &done);

    ProfileSession &m_session;
    SyncController &m_sync;
    State m_state = State::Off;
    QString m_error;
    int m_accepted = 0;
    int m_refused = 0;
    int m_applied = 0;
    QString m_lastRefusal;
    QDateTime m_lastDelivery;
    // The run this service started and is waiting for, with the problems it logged per contact.
    Webhooks::WebhookProcessor::RunDone m_runDone;
    QHash<QString, QString> m_runProblems;
    std::unique_ptr<Webhooks::WebhookPipeline> m_pipeline;
};
