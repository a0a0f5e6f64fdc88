// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisynccommand.h"

#include "clicredentials.h"
#include "cliexitcodes.h"
#include "clioutput.h"
#include "cliparser.h"
#include "clisyncrunner.h"
#include "profile/profilestore.h"
#include "secrets/keychainsecretstore.h"
#include "store/failurestore.h"
#include "store/statedatabase.h"
#include "util/clock.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Cli {

CliSyncCommand::CliSyncCommand(Kind kind, QObject *parent)
    : CliCommand(parent)
    , m_kind(kind)
{ }

CliSyncCommand::~CliSyncCommand() = default;

void CliSyncCommand::start(const QStringList &arguments)
{
    const bool retry = m_kind == Kind::RetryFailures;
    m_parser = std::make_unique<CliParser>(
        retry ? u"failures retry [options]"_s : u"sync [options]"_s,
        retry ? tr("Syncs again only the contacts whose items failed and are still open.")
              : tr("Syncs GoHighLevel contacts to MailerLite Classic subscribers."),
        CliParser::Target | CliParser::SyncFlags | CliParser::Json);
    if (!parse(*m_parser, arguments)) {
        return;
    }
    const QStringList extra = retry ? m_parser->positional().mid(1) : m_parser->positional();
    if (!extra.isEmpty()) {
        usage(tr("Unexpected argument: %1").arg(extra.first()));
        return;
    }
    const auto target = CliTarget::resolve(*m_parser, profileStore(*m_parser));
    if (!target.ok()) {
        fail(target.error());
        return;
    }
    if (const Status s = prepare(target.value()); !s.ok()) {
        fail(s.error());
        return;
    }
    if (retry) {
        const auto ids = openFailures(target.value());
        if (!ids.ok()) {
            fail(ids.error());
            return;
        }
        if (ids.value().isEmpty()) {
            CliOutput::err(tr("There are no open failures to retry."));
            if (m_parser->isSet(u"json"_s)) {
                Sync::RunSummary nothing;
                nothing.profile = m_request.profile.name;
                nothing.mode = Sync::SyncPolicy::modeName(m_request.profile.policy.mode);
                nothing.dryRun = m_request.dryRun;
                CliOutput::json(nothing.toJson());
            }
            finish(ExitOk);
            return;
        }
        m_request.onlyContactIds = ids.value();
    }
    if (target.value().saved) {
        // Only saved profiles have keychain entries; ad-hoc runs take the environment alone,
        // so a headless box without a keychain never waits for one.
        m_keychain = new Secrets::KeychainSecretStore(std::make_unique<QSettings>(),
                                                      u"contactbridge"_s, this);
    }
    m_credentials = new CliCredentials(m_keychain, this);
    m_credentials->resolve(m_request.profile, [this](const Result<CliCredentials::Values> &r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        m_request.ghlToken = r.value().ghlToken;
        m_request.mailerLiteApiKey = r.value().mailerLiteKey;
        run();
    });
}

Status CliSyncCommand::prepare(const CliTarget &target)
{
    m_request.profile = target.profile;
    m_request.databasePath = target.databasePath;
    if (const Status s = CliTarget::applyOverrides(*m_parser, m_request.profile); !s.ok()) {
        return s;
    }
    const CliParser &p = *m_parser;
    m_request.dryRun = p.isSet(u"dry-run"_s);
    m_request.fullReconcile = p.isSet(u"full"_s);
    m_request.planOutPath = p.value(u"plan-out"_s);
    if (!p.isSet(u"apply-plan"_s)) {
        return success();
    }
    if (m_request.dryRun || m_request.fullReconcile || m_kind == Kind::RetryFailures
        || p.isSet(u"plan-out"_s)) {
        return Error {Error::Kind::Validation,
                      tr("--apply-plan applies a saved plan exactly; it cannot be combined with "
                         "--dry-run, --full, --plan-out or a retry."),
                      {}};
    }
    auto plan = Sync::Plan::load(p.value(u"apply-plan"_s));
    if (!plan.ok()) {
        Error e = plan.error();
        e.kind = Error::Kind::Config;
        return e;
    }
    m_request.planToApply = plan.value();
    return success();
}

Result<QStringList> CliSyncCommand::openFailures(const CliTarget &target) const
{
    if (!QFileInfo::exists(target.databasePath)) {
        return QStringList();
    }
    auto db = Store::StateDatabase::open(target.databasePath, u"cli-failures"_s,
                                         Store::StateDatabase::OpenMode::ReadOnly);
    if (!db.ok()) {
        return db.error();
    }
    const SystemClock clock;
    return Store::FailureStore(*db.value(), clock).openContactIds(target.profile.name);
}

void CliSyncCommand::run()
{
    m_runner = new CliSyncRunner(m_request, m_parser->isSet(u"json"_s), this);
    connect(m_runner, &CliSyncRunner::finished, this, &CliSyncCommand::finish);
    m_runner->start();
}

void CliSyncCommand::interrupt()
{
    if (m_runner) {
        m_runner->cancel();
        return;
    }
    CliCommand::interrupt();
}

} // namespace Cli
