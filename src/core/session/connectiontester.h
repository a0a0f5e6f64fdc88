// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/connectioncheck.h"
#include "session/serviceconfig.h"

#include <QObject>

#include <memory>

class Clock;

namespace Session {

// "Test connection": checks a GHL token (it reads the location's contacts; the location's
// name; whether it may write contacts) and a MailerLite API key (GET /me), with a handful of
// requests and no change to any record. Each test answers once; a new test of the same
// service abandons the previous one. Lives in the thread that created it.
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(const Clock &clock, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Uses config.profile's GHL base URL and location, and config.ghlToken.
    void testGhl(const ServiceConfig &config);
    // Uses config.profile's MailerLite base URL and config.mailerLiteKey.
    void testMailerLite(const ServiceConfig &config);

Q_SIGNALS:
    void ghlTested(const Session::GhlCheck &check);
    void mailerLiteTested(const Session::MailerLiteCheck &check);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Session
