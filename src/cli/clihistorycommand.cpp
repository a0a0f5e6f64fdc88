// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clihistorycommand.h"

#include "cliexitcodes.h"
#include "clioutput.h"
#include "cliparser.h"
#include "clitarget.h"
#include "store/failurestore.h"
#include "store/runstore.h"
#include "store/statedatabase.h"
#include "util/clock.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

constexpr int DefaultRunLimit = 20;

QJsonObject runJson(const Store::RunRecord &r)
{
    const Store::RunCounts &c = r.counts;
    return {{"run_id"_L1, r.id},
            {"profile"_L1, r.profile},
            {"mode"_L1, r.mode},
            {"dry_run"_L1, r.dryRun},
            {"started_at"_L1, r.startedAt.toString(Qt::ISODate)},
            {"finished_at"_L1,
             r.finishedAt.isValid() ? r.finishedAt.toString(Qt::ISODate) : QJsonValue()},
            {"outcome"_L1, r.outcome},
            {"created"_L1, c.created},
            {"updated"_L1, c.updated},
            {"unchanged"_L1, c.unchanged},
            {"unsubscribed"_L1, c.unsubscribed},
            {"group_adds"_L1, c.groupAdds},
            {"group_removes"_L1, c.groupRemoves},
            {"skipped_invalid"_L1, c.skippedInvalid},
            {"blocked_consent"_L1, c.blockedConsent},
            {"duplicates"_L1, c.duplicates},
            {"failed"_L1, c.failed},
            {"requests"_L1,
             QJsonObject {{"ghl"_L1, r.requestsGhl}, {"mailerlite"_L1, r.requestsMailerLite}}},
            {"duration_ms"_L1, r.durationMs ? QJsonValue(*r.durationMs) : QJsonValue()},
            {"error"_L1, r.errorMessage}};
}

QJsonObject failureJson(const Store::FailureRecord &f)
{
    return {{"id"_L1, f.id},
            {"run_id"_L1, f.runId ? QJsonValue(*f.runId) : QJsonValue()},
            {"contact_id"_L1, f.contactId},
            {"email"_L1, f.email},
            {"error_kind"_L1, f.errorKind},
            {"http_status"_L1, f.httpStatus},
            {"message"_L1, f.serverMessage},
            {"attempts"_L1, f.attempts},
            {"status"_L1, Store::FailureRecord::statusName(f.status)},
            {"ignore_reason"_L1, f.ignoreReason},
            {"updated_at"_L1, f.updatedAt.toString(Qt::ISODate)}};
}

} // namespace

CliHistoryCommand::CliHistoryCommand(Kind kind, QObject *parent)
    : CliCommand(parent)
    , m_kind(kind)
{ }

void CliHistoryCommand::start(const QStringList &arguments)
{
    const bool runs = m_kind == Kind::Runs;
    CliParser parser(runs ? u"runs [options]"_s : u"failures list|ignore [ID] [options]"_s,
                     runs ? tr("Lists the latest sync runs, newest first.")
                          : tr("Lists the failed items, or ignores one (\"failures ignore ID "
                               "--reason TEXT\"). \"failures retry\" syncs them again."),
                     CliParser::Target | CliParser::Json
                         | (runs ? CliParser::RunsFlags : CliParser::FailureFlags));
    if (!parse(parser, arguments)) {
        return;
    }
    const auto target = CliTarget::resolveHistory(parser);
    if (!target.ok()) {
        fail(target.error());
        return;
    }
    const QStringList args = parser.positional();
    Status status = success();
    if (runs) {
        status = args.isEmpty()
            ? listRuns(parser, target.value())
            : Status(Error {
                Error::Kind::Validation, tr("Unexpected argument: %1").arg(args.first()), {}});
    } else if (args.value(0) == u"list" && args.size() == 1) {
        status = listFailures(parser, target.value());
    } else if (args.value(0) == u"ignore" && args.size() == 2) {
        status = ignoreFailure(parser, target.value());
    } else {
        status = Error {Error::Kind::Validation,
                        tr("Use \"failures list\", \"failures ignore ID --reason TEXT\" or "
                           "\"failures retry\"."),
                        {}};
    }
    if (!status.ok()) {
        fail(status.error());
        return;
    }
    finish(ExitOk);
}

Result<std::unique_ptr<Store::StateDatabase>>
CliHistoryCommand::openDatabase(const CliTarget &target, bool writable)
{
    if (!writable && !QFileInfo::exists(target.databasePath)) {
        return std::unique_ptr<Store::StateDatabase>();
    }
    return Store::StateDatabase::open(target.databasePath, u"cli-history"_s,
                                      writable ? Store::StateDatabase::OpenMode::ReadWrite
                                               : Store::StateDatabase::OpenMode::ReadOnly);
}

Status CliHistoryCommand::listRuns(const CliParser &parser, const CliTarget &target)
{
    int limit = DefaultRunLimit;
    if (parser.isSet(u"limit"_s)) {
        const auto n = parser.intValue(u"limit"_s, 1);
        if (!n.ok()) {
            return n.error();
        }
        limit = n.value();
    }
    auto db = openDatabase(target, false);
    if (!db.ok()) {
        return db.error();
    }
    QList<Store::RunRecord> records;
    if (db.value()) {
        const SystemClock clock;
        auto list = Store::RunStore(*db.value(), clock).list(target.profile.name, limit);
        if (!list.ok()) {
            return list.error();
        }
        records = list.value();
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Store::RunRecord &r : std::as_const(records)) {
            array.append(runJson(r));
        }
        CliOutput::json({{"profile"_L1, target.profile.name}, {"runs"_L1, array}});
        return success();
    }
    if (records.isEmpty()) {
        CliOutput::out(tr("No runs yet for profile %1.").arg(target.profile.name));
    }
    for (const Store::RunRecord &r : std::as_const(records)) {
        const Store::RunCounts &c = r.counts;
        CliOutput::out(tr("#%1  %2  %3%4  %5: created %6, updated %7, unsubscribed %8, "
                          "failed %9")
                           .arg(r.id)
                           .arg(r.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                r.mode, r.dryRun ? tr(" (dry run)") : QString(), r.outcome)
                           .arg(c.created)
                           .arg(c.updated)
                           .arg(c.unsubscribed)
                           .arg(c.failed));
        if (!r.errorMessage.isEmpty()) {
            CliOutput::out(tr("      %1").arg(r.errorMessage));
        }
    }
    return success();
}

Status CliHistoryCommand::listFailures(const CliParser &parser, const CliTarget &target)
{
    auto db = openDatabase(target, false);
    if (!db.ok()) {
        return db.error();
    }
    QList<Store::FailureRecord> failures;
    if (db.value()) {
        const SystemClock clock;
        const std::optional<Store::FailureRecord::Status> only = parser.isSet(u"all"_s)
            ? std::nullopt
            : std::optional(Store::FailureRecord::Status::Open);
        auto list = Store::FailureStore(*db.value(), clock).list(target.profile.name, only);
        if (!list.ok()) {
            return list.error();
        }
        failures = list.value();
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Store::FailureRecord &f : std::as_const(failures)) {
            array.append(failureJson(f));
        }
        CliOutput::json({{"profile"_L1, target.profile.name}, {"failures"_L1, array}});
        return success();
    }
    if (failures.isEmpty()) {
        CliOutput::out(tr("No failed items for profile %1.").arg(target.profile.name));
    }
    for (const Store::FailureRecord &f : std::as_const(failures)) {
        CliOutput::out(
            tr("#%1  %2  %3 <%4>  %5 (HTTP %6, %7 attempts): %8")
                .arg(f.id)
                .arg(Store::FailureRecord::statusName(f.status), f.contactId, f.email, f.errorKind)
                .arg(f.httpStatus)
                .arg(f.attempts)
                .arg(f.serverMessage));
    }
    return success();
}

Status CliHistoryCommand::ignoreFailure(const CliParser &parser, const CliTarget &target)
{
    bool ok = false;
    const qint64 id = parser.positional().at(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error {Error::Kind::Validation,
                      tr("\"%1\" is not a failure id; \"failures list\" shows them.")
                          .arg(parser.positional().at(1)),
                      {}};
    }
    if (!parser.isSet(u"reason"_s) || parser.value(u"reason"_s).trimmed().isEmpty()) {
        return Error {
            Error::Kind::Validation, tr("Say why the failure is ignored: --reason TEXT."), {}};
    }
    if (!QFileInfo::exists(target.databasePath)) {
        return Error {Error::Kind::NotFound,
                      tr("There is no state database at %1.").arg(target.databasePath),
                      {}};
    }
    auto db = openDatabase(target, true);
    if (!db.ok()) {
        return db.error();
    }
    const SystemClock clock;
    Store::FailureStore store(*db.value(), clock);
    const auto record = store.get(id);
    if (!record.ok() || record.value().profile != target.profile.name) {
        return Error {Error::Kind::NotFound,
                      tr("Profile %1 has no failure #%2.").arg(target.profile.name).arg(id),
                      {}};
    }
    if (const Status s = store.ignore(id, parser.value(u"reason"_s).trimmed()); !s.ok()) {
        return s;
    }
    CliOutput::out(tr("Failure #%1 is ignored.").arg(id));
    return success();
}

} // namespace Cli
