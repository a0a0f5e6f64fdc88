// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "log/logging.h"
#include "profile/profilestore.h"
#include "profilesession.h"
#include "realtimeservice.h"
#include "sandboxhost.h"
#include "sandboxprofile.h"
#include "schedule/scheduler.h"
#include "secrets/credentialhealth.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "synccontroller.h"
#include "widgetprompter.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

constexpr auto LastProfileKey = "ui/lastProfile";

} // namespace

AppContext::AppContext(Options options)
    : m_options(std::move(options))
{
    if (!m_options.dataDirectory.isEmpty()) {
        m_dataDirectory = m_options.dataDirectory;
    } else if (m_options.demo) {
        // A fresh sandbox every start: state from an earlier demo would point at records that
        // no longer exist.
        m_demoDirectory = std::make_unique<QTemporaryDir>();
        m_dataDirectory = m_demoDirectory->path();
    } else {
        m_dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    }

    m_log = std::make_unique<RotatingFileLog>(
        RotatingFileLog::Options {m_dataDirectory + u"/logs"_s});
    RotatingFileLog::install(m_log.get());
    if (!m_log->isOpen()) {
        qCWarning(lcApp) << "cannot write the log file" << m_log->filePath()
                         << "- logging to stderr only";
    }
    qCInfo(lcApp) << "ContactBridge" << CB_VERSION << "starting"
                  << (m_options.demo ? "in demo mode" : "");

    if (m_options.demo) {
        // Demo credentials are the sandbox's own and stay in memory, like its records.
        m_secrets = std::make_unique<Secrets::MemorySecretStore>();
        m_profiles = std::make_unique<Profiles::ProfileStore>(m_dataDirectory + u"/profiles"_s);
        m_health = std::make_unique<Secrets::CredentialHealth>(std::make_unique<QSettings>(
            m_dataDirectory + u"/credential-health.ini"_s, QSettings::IniFormat));
    } else {
        m_secrets = std::make_unique<Secrets::KeychainSecretStore>(std::make_unique<QSettings>());
        m_profiles = std::make_unique<Profiles::ProfileStore>();
        m_health = std::make_unique<Secrets::CredentialHealth>(std::make_unique<QSettings>());
    }
    m_prompter = std::make_unique<WidgetPrompter>();
    m_session = std::make_unique<ProfileSession>(ProfileSession::Services {
        *m_secrets, *m_profiles, m_clock, m_dataDirectory + u"/state.db"_s, *m_prompter});
    m_sync = std::make_unique<SyncController>(*m_session);
    m_scheduler = std::make_unique<Sync::Scheduler>(m_clock);
    m_realtime = std::make_unique<RealtimeService>(*m_session, *m_sync);

    if (m_options.demo) {
        startDemoSandbox();
        createDemoProfile();
    }
}

AppContext::~AppContext()
{
    // In dependency order: the sync thread and the session's worker talk to the sandbox.
    m_scheduler.reset();
    m_realtime.reset();
    m_sync.reset();
    m_session.reset();
    m_demoSandbox.reset();
    qCInfo(lcApp) << "ContactBridge stopping";
    RotatingFileLog::uninstall();
}

void AppContext::startDemoSandbox()
{
    // Enough data to feel real, generated in well under a second. Fast rate limits keep the
    // real ratios but shorten the windows, so a demo sync is paced without long waits.
    Sandbox::SandboxHost::Options options;
    options.contacts = 2000;
    options.seed = 42;
    options.mlSubscribers = 800;
    options.rateLimitMode = Sandbox::RateLimitMode::Fast;
    // A few MailerLite answers are cut short, as a flaky proxy would: the writes happen but
    // their answers are lost, so the demo also shows how failures are listed and retried.
    options.mlFaults = QString::fromLatin1(DemoMailerLiteFaults);
    // Both fakes send their webhooks to the demo profile's listener, so a contact added in the
    // fake GHL reaches MailerLite within a second and an unsubscribe comes back as DND. The
    // port is a free one found now (the listener binds it once the profile opens).
    {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0)) {
            m_demoWebhookPort = probe.serverPort();
        }
    }
    if (m_demoWebhookPort != 0) {
        const QString base = u"http://127.0.0.1:%1/webhooks/"_s.arg(m_demoWebhookPort);
        options.ghlWebhookUrl = QUrl(base + u"ghl"_s);
        options.mlWebhookUrl = QUrl(base + u"mailerlite"_s);
    }
    m_demoSandbox = std::make_unique<Sandbox::SandboxHost>(options);
    if (const Status started = m_demoSandbox->start(); !started) {
        qCWarning(lcApp) << "the demo sandbox did not start:" << started.error().toLogString();
        m_demoError = started.error().message;
        m_demoSandbox.reset();
    }
}

void AppContext::createDemoProfile()
{
    if (!m_demoSandbox) {
        return;
    }
    Session::ServiceConfig config = Sandbox::sandboxServiceConfig(
        m_demoSandbox->connectionInfo(), QString::fromLatin1(DemoProfileName), {});
    if (m_demoWebhookPort != 0) {
        config.profile.realtime.webhooksEnabled = true;
        config.profile.realtime.webhookPort = m_demoWebhookPort;
        config.profile.realtime.writeBack = Profiles::RealtimeSettings::WriteBack::EmailDnd;
    }
    if (const Status saved = m_profiles->save(config.profile); !saved) {
        m_demoError = saved.error().message;
        return;
    }
    // The memory store answers from the event loop; ProfileSession::open() reads after these
    // writes because the store delivers in order.
    const auto logFailure = [](const Secrets::SecretResult &r) {
        if (!r.succeeded()) {
            qCWarning(lcApp) << "demo credential not stored:" << r.error.toLogString();
        }
    };
    m_secrets->write(config.profile.ghlTokenKey(), QString::fromUtf8(config.ghlToken),
                     m_session.get(), logFailure);
    m_secrets->write(config.profile.mailerLiteKeyKey(), QString::fromUtf8(config.mailerLiteKey),
                     m_session.get(), logFailure);
    m_health->recordStored(config.profile.ghlTokenKey(), m_clock.now());
    m_health->recordStored(config.profile.mailerLiteKeyKey(), m_clock.now());
}

QJsonObject AppContext::demoConnection() const
{
    return m_demoSandbox ? m_demoSandbox->connectionInfo() : QJsonObject();
}

QString AppContext::startProfile() const
{
    if (m_options.demo) {
        return m_demoSandbox ? QString::fromLatin1(DemoProfileName) : QString();
    }
    const auto names = m_profiles->list();
    if (!names.ok() || names.value().isEmpty()) {
        return {};
    }
    const QString last = QSettings().value(QLatin1StringView(LastProfileKey)).toString();
    return names.value().contains(last) ? last : names.value().constFirst();
}

void AppContext::rememberProfile(const QString &name)
{
    if (!m_options.demo) {
        QSettings().setValue(QLatin1StringView(LastProfileKey), name);
    }
}
