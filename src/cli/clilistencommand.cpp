// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clilistencommand.h"

#include "clicredentials.h"
#include "cliexitcodes.h"
#include "clioutput.h"
#include "cliparser.h"
#include "profile/profilestore.h"
#include "secrets/keychainsecretstore.h"
#include "store/statedatabase.h"
#include "webhook/webhookpipeline.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Cli {

CliListenCommand::CliListenCommand(QObject *parent)
    : CliCommand(parent)
{ }

CliListenCommand::~CliListenCommand() = default;

void CliListenCommand::start(const QStringList &arguments)
{
    m_parser = std::make_unique<CliParser>(
        u"listen [options]"_s,
        tr("Receives GoHighLevel and MailerLite webhooks for a profile and applies them through "
           "the sync engine until stopped with Ctrl+C (SIGINT) or SIGTERM."),
        CliParser::Target | CliParser::ListenFlags);
    if (!parse(*m_parser, arguments)) {
        return;
    }
    if (!m_parser->positional().isEmpty()) {
        usage(tr("Unexpected argument: %1").arg(m_parser->positional().first()));
        return;
    }
    const auto target = CliTarget::resolve(*m_parser, profileStore(*m_parser));
    if (!target.ok()) {
        fail(target.error());
        return;
    }
    m_target = target.value();
    const Profiles::RealtimeSettings &realtime = m_target.profile.realtime;
    m_bind = m_parser->isSet(u"bind"_s) ? m_parser->value(u"bind"_s) : realtime.webhookBindAddress;
    m_port = realtime.webhookPort;
    if (m_parser->isSet(u"port"_s)) {
        const Result<int> port = m_parser->intValue(u"port"_s, 0);
        if (!port.ok() || port.value() > 65535) {
            usage(tr("--port takes a port number from 0 to 65535."));
            return;
        }
        m_port = quint16(port.value());
    }
    if (m_target.saved) {
        m_keychain = new Secrets::KeychainSecretStore(std::make_unique<QSettings>(),
                                                      u"contactbridge"_s, this);
    }
    m_credentials = new CliCredentials(m_keychain, this);
    m_credentials->resolve(m_target.profile, [this](const Result<CliCredentials::Values> &r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        m_ghlToken = r.value().ghlToken;
        m_mailerLiteKey = r.value().mailerLiteKey;
        if (const Status s = listen(); !s.ok()) {
            fail(s.error());
        }
    });
}

Status CliListenCommand::listen()
{
    const Profiles::Profile &profile = m_target.profile;
    auto db = Store::StateDatabase::open(m_target.databasePath, u"cli-listen"_s);
    if (!db.ok()) {
        return db.error();
    }
    m_db = std::move(db).value();
    Session::ServiceConfig services;
    services.profile = profile;
    services.ghlToken = m_ghlToken;
    services.mailerLiteKey = m_mailerLiteKey;
    services.databasePath = m_target.databasePath;
    m_pipeline = std::make_unique<Webhooks::WebhookPipeline>(services, *m_db, m_clock);
    connect(m_pipeline.get(), &Webhooks::WebhookPipeline::delivered, this,
            [this](const QString &source, const Webhooks::WebhookReceiver::Reply &reply) {
                onDelivered(source, reply.httpStatus, reply.queued, reply.duplicates, reply.ignored,
                            reply.message);
            });
    Sync::SyncRequest base;
    base.profile = profile;
    base.ghlToken = m_ghlToken;
    base.mailerLiteApiKey = m_mailerLiteKey;
    base.databasePath = m_target.databasePath;
    const Result<quint16> bound = m_pipeline->start(
        m_bind, m_port, Webhooks::WebhookProcessor::engineRunner(base, m_clock, this));
    if (!bound.ok()) {
        return bound.error();
    }
    Webhooks::WebhookProcessor *processor = m_pipeline->processor();
    connect(processor, &Webhooks::WebhookProcessor::runFinished, this,
            [](const Sync::RunSummary &summary, int events) {
                CliOutput::err(tr("Run for webhook events (%1): ").arg(events)
                               + CliOutput::summaryText(summary));
            });
    connect(processor, &Webhooks::WebhookProcessor::eventsSettled, this,
            [this](int applied, int failed, int ignored) {
                CliOutput::err(tr("Webhook events settled: %1 applied, %2 failed, %3 ignored.")
                                   .arg(applied)
                                   .arg(failed)
                                   .arg(ignored));
                if (m_stopping) {
                    finish(ExitOk); // what is still pending waits for the next start
                }
            });
    connect(processor, &Webhooks::WebhookProcessor::idle, this, [this] {
        if (m_stopping) {
            finish(ExitOk);
        }
    });
    CliOutput::err(tr("Listening for webhooks of profile \"%1\" on http://%2 (POST "
                      "/webhooks/ghl, POST /webhooks/mailerlite, GET /health). Press Ctrl+C to "
                      "stop.")
                       .arg(profile.name, m_pipeline->endpoint()));
    return success();
}

void CliListenCommand::onDelivered(const QString &source, int httpStatus, int queued,
                                   int duplicates, int ignored, const QString &message)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        CliOutput::err(tr("Accepted a %1 delivery: %2 queued, %3 replayed, %4 ignored.")
                           .arg(source)
                           .arg(queued)
                           .arg(duplicates)
                           .arg(ignored));
        return;
    }
    CliOutput::err(
        tr("Refused a %1 delivery (HTTP %2): %3").arg(source).arg(httpStatus).arg(message));
}

void CliListenCommand::interrupt()
{
    if (!m_pipeline || !m_pipeline->processor()) {
        CliCommand::interrupt();
        return;
    }
    m_stopping = true;
    m_pipeline->stopListening(); // no more deliveries: the services retry them later
    if (!m_pipeline->processor()->isBusy()) {
        finish(ExitOk);
        return;
    }
    CliOutput::err(tr("Stopping once the current run has ended; events not yet applied wait for "
                      "the next start. Press Ctrl+C again to stop at once."));
}

} // namespace Cli
