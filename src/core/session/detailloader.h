// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/recorddetails.h"
#include "session/serviceconfig.h"
#include "util/error.h"

#include <QObject>

#include <memory>

class Clock;

namespace Session {

// Reads the details of one record on demand, for the detail panel: a GHL contact's notes,
// tasks and appointments (three requests, in parallel), or a MailerLite subscriber and its
// groups (two requests). Asking for another record abandons the previous one: only the latest
// answer of each kind is emitted. Lives in a worker thread.
class DetailLoader final : public QObject
{
    Q_OBJECT

public:
    DetailLoader(ServiceConfig config, const Clock &clock, QObject *parent = nullptr);
    ~DetailLoader() override;

    void loadContact(const QString &contactId);
    void loadSubscriber(const QString &idOrEmail);

Q_SIGNALS:
    void contactLoaded(const Session::ContactDetails &details);
    // The subscriber itself could not be read (its groups failing only adds a problem).
    void subscriberFailed(const QString &idOrEmail, const Error &error);
    void subscriberLoaded(const Session::SubscriberDetails &details);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Session
