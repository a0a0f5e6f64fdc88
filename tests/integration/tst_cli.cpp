// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// contactbridge-cli end to end: the built executable against both fake services, which run in
// this process so the test can inspect their state and request counts.
#include "fakeghl.h"
#include "fakemailerlite.h"
#include "ghl/contact.h"
#include "mailerlite/field.h"
#include "mapping/mapper.h"
#include "mapping/mapping.h"
#include "mapping/preflightvalidator.h"
#include "sandboxhost.h"
#include "sync/plan.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Contacts = 10000;
constexpr quint32 Seed = 20260105;

struct CliRun
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;

    // The one JSON object on stdout; empty when stdout is anything else.
    [[nodiscard]] QJsonObject json() const
    {
        const QByteArray trimmed = out.trimmed();
        if (trimmed.contains('\n')) {
            return {};
        }
        return QJsonDocument::fromJson(trimmed).object();
    }
};

// The default mapping's text fields and the GHL properties they come from.
const QList<QPair<QString, QString>> textFields = {
    {u"name"_s, u"firstName"_s}, {u"last_name"_s, u"lastName"_s}, {u"company"_s, u"companyName"_s},
    {u"city"_s, u"city"_s},      {u"state"_s, u"state"_s},        {u"country"_s, u"country"_s},
    {u"zip"_s, u"postalCode"_s},
};

// What MailerLite must hold after a sync of `contacts` (in dateAdded order) with the default
// mapping: the first contact of each email wins, DND contacts are never added, contacts the
// validator rejects are skipped.
struct Expected
{
    QHash<QString, Mapping::DesiredSubscriber> byEmail; // lower-case email -> subscriber
    QHash<QString, QString> emailOfContact; // synced contact id -> lower-case email
    int invalid = 0;
    int optedOut = 0;
    int duplicates = 0;
};

QHash<QString, QString> mlValues(const QJsonObject &subscriber)
{
    QHash<QString, QString> values;
    for (const QJsonValue &f : subscriber.value("fields"_L1).toArray()) {
        values.insert(f[u"key"_s].toString(), f[u"value"_s].toString());
    }
    return values;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxHost> m_host;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QStringList m_adHoc; // --ghl-url ... --state-dir ...
    std::unique_ptr<Mapping::PreflightValidator> m_validator;
    Expected m_expected;

    CliRun run(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy done(&process, &QProcess::finished);
        process.start(QStringLiteral(CB_CLI_BIN), args);
        CliRun r;
        // The fakes answer from this thread's event loop, which the wait keeps running.
        if (!done.wait(90'000)) {
            // Stop it the way a user would (SIGTERM: the run saves its state and exits 5),
            // but report the timeout: no run of this test should take that long.
            process.terminate();
            if (!done.wait(30'000)) {
                process.kill();
                process.waitForFinished();
            }
            qWarning() << "contactbridge-cli timed out:" << args;
            r.out = process.readAllStandardOutput();
            r.err = process.readAllStandardError();
            return r;
        }
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return r;
    }
    CliRun run(const QStringList &args) { return run(args, m_env); }

    static QJsonObject call(Sandbox::SandboxServer *server, const QByteArray &method,
                            const QString &what, const QJsonObject &body = {})
    {
        Sandbox::HttpRequest request;
        request.method = method;
        request.path = u"/_sandbox/"_s + what;
        if (method == "POST") {
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return QJsonDocument::fromJson(server->dispatch(request).body).object();
    }
    QJsonArray ghlContacts() const
    {
        return call(m_host->ghl(), "GET", u"state"_s).value("contacts"_L1).toArray();
    }
    QJsonArray mlSubscribers() const
    {
        return call(m_host->mailerLite(), "GET", u"state"_s).value("subscribers"_L1).toArray();
    }
    qint64 mlWrites() const
    {
        return call(m_host->mailerLite(), "GET", u"stats"_s).value("writes"_L1).toInteger();
    }
    QHash<QString, QJsonObject> mlByEmail() const
    {
        QHash<QString, QJsonObject> result;
        for (const QJsonValue &s : mlSubscribers()) {
            result.insert(s[u"email"_s].toString().toLower(), s.toObject());
        }
        return result;
    }

    // The mapped contact, or nothing when it cannot be read.
    std::optional<Mapping::DesiredSubscriber> desired(const QJsonObject &json) const
    {
        const auto contact = Ghl::Contact::fromJson(json);
        if (!contact.ok()) {
            return std::nullopt;
        }
        return Mapping::Mapper(Mapping::defaultMapping()).map(contact.value(), {}, {});
    }
    bool isValid(const Mapping::DesiredSubscriber &d) const
    {
        return d.errors.isEmpty() && m_validator->validate(d).isEmpty();
    }

    Expected expectedFrom(const QJsonArray &contacts) const
    {
        Expected e;
        QSet<QString> seen;
        for (const QJsonValue &value : contacts) {
            const auto d = desired(value.toObject());
            if (!d) {
                ++e.invalid;
                continue;
            }
            if (!d->emailKey.isEmpty()) {
                if (seen.contains(d->emailKey)) {
                    ++e.duplicates;
                    continue;
                }
                seen.insert(d->emailKey);
            }
            if (d->optedOut) {
                ++e.optedOut;
            } else if (!isValid(*d)) {
                ++e.invalid;
            } else {
                e.byEmail.insert(d->emailKey, *d);
                e.emailOfContact.insert(d->contactId, d->emailKey);
            }
        }
        return e;
    }

    // MailerLite holds `contact` as the default mapping says, field by field.
    void compareSubscriber(const QJsonObject &contact, const QJsonObject &subscriber)
    {
        const QHash<QString, QString> values = mlValues(subscriber);
        const QString id = contact.value("id"_L1).toString();
        for (const auto &[mlKey, ghlKey] : textFields) {
            QVERIFY2(values.value(mlKey) == contact.value(ghlKey).toString().trimmed(),
                     qPrintable(u"%1: %2"_s.arg(id, mlKey)));
        }
        QCOMPARE(subscriber.value("name"_L1).toString(),
                 contact.value("firstName"_L1).toString().trimmed());
        // The phone goes through libphonenumber; the mapper's result is what must arrive.
        QCOMPARE(values.value(u"phone"_s), desired(contact)->fields.value(u"phone"_s));
        QCOMPARE(subscriber.value("type"_L1).toString(), u"active"_s);
    }

    QJsonObject syncJson(int *exitCode, const QStringList &extra = {})
    {
        const CliRun r = run(QStringList {u"sync"_s, u"--json"_s} + m_adHoc + extra);
        *exitCode = r.exitCode;
        if (r.json().isEmpty()) {
            qWarning().noquote() << "stdout:" << r.out << "\nstderr:" << r.err.right(3000);
        }
        return r.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        Sandbox::SandboxHost::Options options;
        options.contacts = Contacts;
        options.seed = Seed;
        options.rateLimitMode = Sandbox::RateLimitMode::Off;
        m_host = std::make_unique<Sandbox::SandboxHost>(options);
        const Status started = m_host->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));

        m_env = QProcessEnvironment::systemEnvironment();
        // Keep the child away from the real profiles, key index and state.
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_tmp.filePath(u"config"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_tmp.filePath(u"data"_s));
        m_env.insert(u"CONTACTBRIDGE_GHL_TOKEN"_s, m_host->ghlToken());
        m_env.insert(u"CONTACTBRIDGE_ML_API_KEY"_s, m_host->mlApiKey());
        const QJsonObject info = m_host->connectionInfo();
        m_adHoc = {u"--ghl-url"_s,     info[u"ghl_url"_s].toString(),
                   u"--location-id"_s, info[u"location_id"_s].toString(),
                   u"--ml-url"_s,      info[u"ml_url"_s].toString(),
                   u"--state-dir"_s,   m_tmp.filePath(u"state"_s)};

        QList<MailerLite::Field> fields;
        const QJsonArray mlFields
            = call(m_host->mailerLite(), "GET", u"state"_s).value("fields"_L1).toArray();
        for (const QJsonValue &f : mlFields) {
            fields.append(MailerLite::Field::fromJson(f.toObject()).value());
        }
        QVERIFY(!fields.isEmpty());
        m_validator = std::make_unique<Mapping::PreflightValidator>(fields);
    }

    void usageErrors()
    {
        QCOMPARE(run({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run(QStringList {u"sync"_s, u"--no-such-option"_s} + m_adHoc).exitCode, 2);
        QCOMPARE(run(QStringList {u"sync"_s, u"--mode"_s, u"sideways"_s} + m_adHoc).exitCode, 2);
        QCOMPARE(run({u"sync"_s, u"--location-id"_s, u"x"_s}).exitCode, 2);
        // A secret on the command line is refused and not echoed back.
        const CliRun secret = run({u"secrets"_s, u"set"_s, u"ghl-token"_s, u"--profile"_s, u"p"_s,
                                   u"pit-on-the-command-line"_s});
        QCOMPARE(secret.exitCode, 2);
        QVERIFY(!QByteArray(secret.out + secret.err).contains("pit-on-the-command-line"));
        const CliRun help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Exit codes"));
        QCOMPARE(mlWrites(), 0);
    }

    void missingCredentialsAreAConfigurationError()
    {
        QProcessEnvironment env = m_env;
        env.remove(u"CONTACTBRIDGE_ML_API_KEY"_s);
        const CliRun r = run(QStringList {u"sync"_s} + m_adHoc, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("CONTACTBRIDGE_ML_API_KEY"), r.err.constData());
        QVERIFY(!r.err.contains("CONTACTBRIDGE_GHL_TOKEN")); // that one was there
    }

    void wrongMailerLiteKey()
    {
        QProcessEnvironment env = m_env;
        env.insert(u"CONTACTBRIDGE_ML_API_KEY"_s, u"wrong-key-0123456789"_s);
        QStringList args = QStringList {u"sync"_s, u"--json"_s} + m_adHoc;
        args.last() = m_tmp.filePath(u"state-wrong-key"_s);
        const CliRun r = run(args, env);
        QCOMPARE(r.exitCode, 3);
        const QJsonObject json = r.json();
        QCOMPARE(json[u"outcome"_s].toString(), u"stopped"_s);
        QCOMPARE(json[u"error"_s][u"kind"_s].toString(), u"auth"_s);
        // A plain sentence on stderr that names the service, and never the key.
        QVERIFY2(r.err.contains("MailerLite"), r.err.constData());
        QVERIFY(!QByteArray(r.out + r.err).contains("wrong-key-0123456789"));
        QCOMPARE(mlWrites(), 0);
    }

    void firstSyncCreatesExactlyTheExpectedSubscribers()
    {
        const QJsonArray contacts = ghlContacts();
        QCOMPARE(contacts.size(), Contacts);
        m_expected = expectedFrom(contacts);
        QVERIFY(m_expected.invalid > 0 && m_expected.optedOut > 0 && m_expected.duplicates > 0);

        QElapsedTimer timer;
        timer.start();
        int code = -1;
        const QJsonObject json = syncJson(&code);
        const qint64 ms = timer.elapsed();
        QVERIFY2(code == 0 || code == 1, qPrintable(QString::number(code)));
        for (const char *key :
             {"run_id", "mode", "dry_run", "created", "updated", "unchanged", "unsubscribed",
              "group_adds", "group_removes", "skipped_invalid", "blocked_consent", "duplicates",
              "failed", "requests", "duration_ms"}) {
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        }
        QCOMPARE(json[u"failed"_s].toInt(), 0);
        QVERIFY(json[u"skipped_invalid"_s].toInt() > 0);
        QCOMPARE(json[u"skipped_invalid"_s].toInt(), m_expected.invalid);
        QCOMPARE(json[u"blocked_consent"_s].toInt(), m_expected.optedOut);
        QCOMPARE(json[u"duplicates"_s].toInt(), m_expected.duplicates);
        QCOMPARE(json[u"created"_s].toInt(), int(m_expected.byEmail.size()));
        const qint64 ghlRequests = json[u"requests"_s][u"ghl"_s].toInteger();
        const qint64 mlRequests = json[u"requests"_s][u"mailerlite"_s].toInteger();
        qInfo("first sync of %d contacts: %lld ms; requests GHL %lld, MailerLite %lld "
              "(per 1,000 contacts: %.1f and %.1f)",
              Contacts, ms, ghlRequests, mlRequests, ghlRequests * 1000.0 / Contacts,
              mlRequests * 1000.0 / Contacts);

        // Exactly one subscriber per expected contact, no duplicate email in any case.
        const QJsonArray subscribers = mlSubscribers();
        QSet<QString> emails;
        for (const QJsonValue &s : subscribers) {
            const QString key = s[u"email"_s].toString().toLower();
            QVERIFY2(!emails.contains(key), qPrintable(key));
            emails.insert(key);
        }
        QCOMPARE(subscribers.size(), m_expected.byEmail.size());
        const QList<QString> expectedKeys = m_expected.byEmail.keys();
        QCOMPARE(emails, QSet<QString>(expectedKeys.begin(), expectedKeys.end()));

        // Field by field for a fixed sample of 200.
        const QHash<QString, QJsonObject> ml = mlByEmail();
        QHash<QString, QJsonObject> contactById;
        for (const QJsonValue &c : contacts) {
            contactById.insert(c[u"id"_s].toString(), c.toObject());
        }
        QStringList synced = m_expected.emailOfContact.keys();
        synced.sort();
        QRandomGenerator pick(Seed);
        for (int i = 0; i < 200; ++i) {
            const QString id = synced.at(pick.bounded(int(synced.size())));
            compareSubscriber(contactById.value(id), ml.value(m_expected.emailOfContact.value(id)));
        }
    }

    void secondSyncWritesNothing()
    {
        const qint64 writes = mlWrites();
        int code = -1;
        const QJsonObject json = syncJson(&code);
        QCOMPARE(code, 0);
        QCOMPARE(json[u"created"_s].toInt(), 0);
        QCOMPARE(json[u"updated"_s].toInt(), 0);
        QCOMPARE(json[u"unsubscribed"_s].toInt(), 0);
        QCOMPARE(mlWrites(), writes);
    }

    void changedContactsAreUpdated()
    {
        QHash<QString, QJsonObject> before;
        for (const QJsonValue &c : ghlContacts()) {
            before.insert(c[u"id"_s].toString(), c.toObject());
        }
        const QJsonObject answer = call(m_host->ghl(), "POST", u"mutate"_s,
                                        {{u"random_updates"_s, 100}, {u"seed"_s, 7}});
        const QJsonArray mutated = answer[u"mutated"_s].toArray();
        QCOMPARE(mutated.size(), 100);
        QHash<QString, QJsonObject> after;
        for (const QJsonValue &c : ghlContacts()) {
            after.insert(c[u"id"_s].toString(), c.toObject());
        }
        // Edits touch names, phones, companies and tags; emails and DND stay, so the winners of
        // duplicate emails stay too. Only mapped values that changed need an update.
        int updates = 0;
        int creates = 0;
        QStringList changed;
        for (const QJsonValue &v : mutated) {
            const QString id = v.toString();
            if (!m_expected.emailOfContact.contains(id)) {
                const auto d = desired(after.value(id));
                const bool winner
                    = d && !d->optedOut && isValid(*d) && !m_expected.byEmail.contains(d->emailKey);
                creates += winner ? 1 : 0;
                continue;
            }
            const auto old = desired(before.value(id));
            const auto now = desired(after.value(id));
            if (now && isValid(*now) && (old->name != now->name || old->fields != now->fields)) {
                ++updates;
                changed.append(id);
            }
        }
        QVERIFY(updates > 50); // four in five edits change a mapped field

        const qint64 writes = mlWrites();
        int code = -1;
        const QJsonObject json = syncJson(&code);
        QCOMPARE(code, 0);
        QCOMPARE(json[u"updated"_s].toInt(), updates);
        QCOMPARE(json[u"created"_s].toInt(), creates);
        QCOMPARE(json[u"failed"_s].toInt(), 0);
        QCOMPARE(mlWrites() - writes, qint64(updates + creates));
        const QHash<QString, QJsonObject> ml = mlByEmail();
        for (const QString &id : std::as_const(changed)) {
            compareSubscriber(after.value(id), ml.value(m_expected.emailOfContact.value(id)));
        }
    }

    void dryRunPlanIsWhatApplyDoes()
    {
        const QJsonObject answer = call(m_host->ghl(), "POST", u"mutate"_s,
                                        {{u"random_updates"_s, 40}, {u"seed"_s, 11}});
        QCOMPARE(answer[u"mutated"_s].toArray().size(), 40);
        const QString planPath = m_tmp.filePath(u"plan.json"_s);
        const qint64 writes = mlWrites();
        int code = -1;
        const QJsonObject dry = syncJson(&code, {u"--dry-run"_s, u"--plan-out"_s, planPath});
        QCOMPARE(code, 0);
        QCOMPARE(dry[u"dry_run"_s].toBool(), true);
        QCOMPARE(mlWrites(), writes); // a dry run sends no write
        const auto plan = Sync::Plan::load(planPath);
        QVERIFY(plan.ok());
        const int planned = plan.value().writeCount();
        QVERIFY(planned > 0);
        QCOMPARE(plan.value().count(Sync::PlanItem::Action::Update), dry[u"updated"_s].toInt());

        const QJsonObject applied = syncJson(&code, {u"--apply-plan"_s, planPath});
        QCOMPARE(code, 0);
        QCOMPARE(applied[u"dry_run"_s].toBool(), false);
        for (const char *key : {"created", "updated", "unchanged", "unsubscribed",
                                "skipped_invalid", "blocked_consent", "duplicates"}) {
            QVERIFY2(applied[QLatin1StringView(key)] == dry[QLatin1StringView(key)], key);
        }
        QCOMPARE(applied[u"failed"_s].toInt(), 0);
        QCOMPARE(mlWrites() - writes, qint64(planned));

        // The plan covered everything that had changed: nothing is left to do.
        const QJsonObject again = syncJson(&code);
        QCOMPARE(code, 0);
        QCOMPARE(again[u"created"_s].toInt() + again[u"updated"_s].toInt(), 0);
    }

    void savedProfileUsesTheSameState()
    {
        const QJsonObject info = m_host->connectionInfo();
        const QString profiles = m_tmp.filePath(u"profiles"_s);
        const CliRun add
            = run({u"profiles"_s, u"add"_s, u"cli"_s, u"--profiles-dir"_s, profiles, u"--ghl-url"_s,
                   info[u"ghl_url"_s].toString(), u"--location-id"_s,
                   info[u"location_id"_s].toString(), u"--ml-url"_s, info[u"ml_url"_s].toString()});
        QCOMPARE(add.exitCode, 0);
        const CliRun list = run({u"profiles"_s, u"list"_s, u"--profiles-dir"_s, profiles});
        QCOMPARE(list.out.trimmed(), QByteArray("cli"));
        const CliRun r
            = run({u"sync"_s, u"--profile"_s, u"cli"_s, u"--profiles-dir"_s, profiles,
                   u"--state-dir"_s, m_tmp.filePath(u"state"_s), u"--dry-run"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[u"profile"_s].toString(), u"cli"_s);
        QCOMPARE(r.json()[u"created"_s].toInt() + r.json()[u"updated"_s].toInt(), 0);
        // The file holds settings only.
        QFile file(profiles + u"/cli.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains(m_host->ghlToken().toUtf8()));
        QVERIFY(!saved.contains(m_host->mlApiKey().toUtf8()));
    }

    void blastRadiusStopsBeforeWriting()
    {
        QStringList ids = m_expected.emailOfContact.keys();
        ids.sort();
        QJsonArray dnd;
        for (int i = 0; i < 3; ++i) {
            dnd.append(QJsonObject {{u"id"_s, ids.at(i * 97)}, {u"dnd"_s, true}});
        }
        QCOMPARE(call(m_host->ghl(), "POST", u"mutate"_s, {{u"contacts"_s, dnd}})[u"mutated"_s]
                     .toArray()
                     .size(),
                 3);
        const qint64 writes = mlWrites();
        int code = -1;
        const QJsonObject stopped = syncJson(&code, {u"--max-unsubscribe"_s, u"0"_s});
        QCOMPARE(code, 4);
        QCOMPARE(stopped[u"outcome"_s].toString(), u"blast-radius"_s);
        QCOMPARE(mlWrites(), writes);

        // Within the profile's limits the same run goes through.
        const QJsonObject done = syncJson(&code);
        QCOMPARE(code, 0);
        QCOMPARE(done[u"unsubscribed"_s].toInt(), 3);
        const QHash<QString, QJsonObject> ml = mlByEmail();
        for (const QJsonValue &v : std::as_const(dnd)) {
            const QString email = m_expected.emailOfContact.value(v[u"id"_s].toString());
            QCOMPARE(ml.value(email)[u"type"_s].toString(), u"unsubscribed"_s);
        }
    }

    void historyCommands()
    {
        const QStringList where = {u"--state-dir"_s, m_tmp.filePath(u"state"_s)};
        const CliRun runs = run(QStringList {u"runs"_s, u"--json"_s, u"--limit"_s, u"3"_s} + where);
        QCOMPARE(runs.exitCode, 0);
        const QJsonArray list = runs.json()[u"runs"_s].toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.first()[u"unsubscribed"_s].toInt(), 3); // newest first
        const CliRun failures = run(QStringList {u"failures"_s, u"list"_s, u"--json"_s} + where);
        QCOMPARE(failures.exitCode, 0);
        // No write failed; the records MailerLite would refuse wait to be fixed in GHL.
        const QJsonArray open = failures.json()[u"failures"_s].toArray();
        QVERIFY(!open.isEmpty());
        for (const QJsonValue &f : open) {
            QCOMPARE(f[u"error_kind"_s].toString(), u"validation"_s);
        }
        // Retrying them changes nothing while they are still invalid: they stay listed.
        const CliRun retry = run(QStringList {u"failures"_s, u"retry"_s} + m_adHoc);
        QCOMPARE(retry.exitCode, 0);
        const CliRun after = run(QStringList {u"failures"_s, u"list"_s, u"--json"_s} + where);
        const QJsonArray still = after.json()[u"failures"_s].toArray();
        QCOMPARE(still.size(), open.size());
        QCOMPARE(still.first()[u"attempts"_s].toInt(), 2);
        QCOMPARE(run(QStringList {u"failures"_s, u"ignore"_s, u"abc"_s} + where).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
