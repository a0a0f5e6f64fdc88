// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guifixture.h"

#include "sandboxprofile.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Sandbox::SandboxHost::Options GuiFixture::defaultOptions()
{
    Sandbox::SandboxHost::Options options;
    options.contacts = 200;
    options.seed = 7;
    options.mlSubscribers = 80;
    options.rateLimitMode = Sandbox::RateLimitMode::Off;
    return options;
}

GuiFixture::GuiFixture(Sandbox::SandboxHost::Options options)
    : m_sandbox(std::make_unique<Sandbox::SandboxHost>(options))
{ }

GuiFixture::~GuiFixture()
{
    // The session's worker thread talks to the sandbox: stop it first.
    m_session.reset();
    m_sandbox.reset();
}

QString GuiFixture::start()
{
    if (!m_dir.isValid()) {
        return u"no temporary directory"_s;
    }
    if (const Status started = m_sandbox->start(); !started) {
        return started.error().toLogString();
    }
    const Session::ServiceConfig config
        = Sandbox::sandboxServiceConfig(m_sandbox->connectionInfo(), profileName(), databasePath());
    m_profiles = std::make_unique<Profiles::ProfileStore>(m_dir.filePath(u"profiles"_s));
    if (const Status saved = m_profiles->save(config.profile); !saved) {
        return saved.error().toLogString();
    }
    QObject context;
    int pending = 2;
    QString writeError;
    const auto written = [&](const Secrets::SecretResult &r) {
        --pending;
        if (!r.succeeded()) {
            writeError = r.error.toLogString();
        }
    };
    m_secrets.write(config.profile.ghlTokenKey(), QString::fromUtf8(config.ghlToken), &context,
                    written);
    m_secrets.write(config.profile.mailerLiteKeyKey(), QString::fromUtf8(config.mailerLiteKey),
                    &context, written);
    if (!QTest::qWaitFor([&] { return pending == 0; }, 5000) || !writeError.isEmpty()) {
        return u"secrets not written: "_s + writeError;
    }
    m_session = std::make_unique<ProfileSession>(
        ProfileSession::Services {m_secrets, *m_profiles, m_clock, databasePath(), m_prompter});
    QSignalSpy opened(m_session.get(), &ProfileSession::opened);
    QSignalSpy failed(m_session.get(), &ProfileSession::openFailed);
    m_session->open(profileName());
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 10000)) {
        return u"the session did not open"_s;
    }
    if (!failed.isEmpty()) {
        return failed.first().first().value<Error>().toLogString();
    }
    return {};
}
