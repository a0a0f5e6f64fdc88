// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What tst_syncfaults reads back after a run: the fakes' state and stats, the state database's
// run items and open failures, and the request timeouts HttpClient logged.
#include "faultinjector.h"
#include "sandboxserver.h"
#include "store/failurestore.h"
#include "store/runstore.h"
#include "store/statedatabase.h"
#include "sync/planitem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace SyncFaultsCheck {

// GET or POST /_sandbox/<what> of a fake, answered in this thread.
inline QJsonObject sandbox(Sandbox::SandboxServer &server, const QByteArray &method,
                           const QString &what, const QJsonObject &body = {})
{
    Sandbox::HttpRequest r;
    r.method = method;
    r.path = QStringLiteral("/_sandbox/") + what;
    r.body = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(server.dispatch(r).body).object();
}

// The faults a server injected into its first `requests` HTTP requests: its injector replayed
// with the same seed and rates (it draws once per request, and once more for a 5xx status).
inline int injectedFaults(quint32 seed, const Sandbox::FaultInjector::Rates &rates, qint64 requests)
{
    Sandbox::FaultInjector replay(seed);
    replay.setRates(rates);
    int faults = 0;
    for (qint64 i = 0; i < requests; ++i) {
        const Sandbox::FaultInjector::Fault fault = replay.next();
        if (fault == Sandbox::FaultInjector::Fault::ServerError) {
            (void)replay.nextServerErrorStatus();
        }
        faults += fault == Sandbox::FaultInjector::Fault::None ? 0 : 1;
    }
    return faults;
}

// MailerLite's subscribers by lower-case email; false (with a warning) on a duplicate.
inline bool subscribersByEmail(Sandbox::SandboxServer &ml, QHash<QString, QJsonObject> *out)
{
    out->clear();
    const QJsonArray all = sandbox(ml, "GET", QStringLiteral("state"))
                               .value(QLatin1StringView("subscribers"))
                               .toArray();
    for (const QJsonValue &v : all) {
        const QString key = v[QLatin1StringView("email")].toString().toLower();
        if (out->contains(key)) {
            qWarning("duplicate subscriber %s", qPrintable(key));
            return false;
        }
        out->insert(key, v.toObject());
    }
    return true;
}

// The subscriber holds what the item sends: every mapped field, and it is active.
inline bool matches(const Sync::PlanItem &item, const QJsonObject &subscriber, QString *why)
{
    if (subscriber.isEmpty()) {
        *why = QStringLiteral("missing");
        return false;
    }
    QHash<QString, QString> values;
    for (const QJsonValue &f : subscriber.value(QLatin1StringView("fields")).toArray()) {
        values.insert(f[QLatin1StringView("key")].toString(),
                      f[QLatin1StringView("value")].toString());
    }
    for (auto it = item.after.begin(); it != item.after.end(); ++it) {
        if (values.value(it.key()) != it.value()) {
            *why = QStringLiteral("field %1: %2 != %3")
                       .arg(it.key(), values.value(it.key()), it.value());
            return false;
        }
    }
    const QString type = subscriber.value(QLatin1StringView("type")).toString();
    *why = QStringLiteral("type ") + type;
    return type == QLatin1StringView("active");
}

// What a run left behind in the state file.
struct Recorded
{
    QHash<QString, QList<Store::RunItemRecord>> itemsByContact; // of the run
    QHash<QString, Store::FailureRecord> openFailures; // of the profile, by contact
};

inline Result<Recorded> recorded(const QString &databasePath, const QString &connection,
                                 const QString &profile, qint64 runId)
{
    auto db = Store::StateDatabase::open(databasePath, connection);
    if (!db.ok()) {
        return db.error();
    }
    const SystemClock clock;
    const auto items = Store::RunStore(*db.value(), clock).items(runId);
    const auto failures = Store::FailureStore(*db.value(), clock).list(profile);
    if (!items.ok() || !failures.ok()) {
        return items.ok() ? failures.error() : items.error();
    }
    Recorded out;
    for (const Store::RunItemRecord &item : items.value()) {
        out.itemsByContact[item.contactId].append(item);
    }
    for (const Store::FailureRecord &f : failures.value()) {
        if (f.status != Store::FailureRecord::Status::Open) {
            continue;
        }
        if (out.openFailures.contains(f.contactId)) {
            return Error {Error::Kind::Internal, QStringLiteral("two open failures"), f.contactId};
        }
        out.openFailures.insert(f.contactId, f);
    }
    return out;
}

// How long each HTTP attempt that timed out had waited, from HttpClient's log line
// "... -> timeout in N ms": the proof that a stalled answer was cut by the request timeout
// rather than waited for. Installed for the whole test; other messages still reach QTest, and
// HttpClient's too unless `quiet` (a soak's thousands of them would hit QTest's message cap
// and hide the lines that matter).
class TimeoutLog final
{
public:
    static void install(bool quiet)
    {
        quietHttp() = quiet;
        previous() = qInstallMessageHandler(&TimeoutLog::handle);
    }
    static void uninstall() { qInstallMessageHandler(previous()); }
    static QList<int> &waitsMs()
    {
        static QList<int> waits;
        return waits;
    }

private:
    static bool &quietHttp()
    {
        static bool quiet = false;
        return quiet;
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        static const QRegularExpression timedOut(QStringLiteral(" -> timeout in (\\d+) ms"));
        if (qstrcmp(context.category, "cb.http") == 0) {
            if (const auto m = timedOut.match(message); m.hasMatch()) {
                waitsMs().append(m.captured(1).toInt());
            }
            if (quietHttp() && type == QtInfoMsg) {
                return;
            }
        }
        previous()(type, context, message);
    }
};

} // namespace SyncFaultsCheck
