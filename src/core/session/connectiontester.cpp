// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/connectiontester.h"

#include "ghl/ghlclient.h"
#include "ghl/ghlerrors.h"
#include "log/logging.h"
#include "mailerlite/mailerliteclient.h"
#include "session/clients.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Session {

namespace {

constexpr auto ScopeLocationsRead = "locations.readonly";

// GHL ids are 20 letters and digits; a hyphen never occurs in one, so no record can have this.
const QString ProbeContactId = u"contactbridge-write-probe"_s;

Error configError(const QString &message, const QString &detail)
{
    return Error {Error::Kind::Config, message, detail, 0};
}

bool isMissingScope(const Error &error)
{
    return error.kind == Error::Kind::Auth && error.httpStatus == 401
        && error.detail.startsWith(u"missing-scope");
}

} // namespace

struct ConnectionTester::Private
{
    ConnectionTester *q;
    const Clock &clock;
    // One set of clients per test, built from the config under test; a new test of the same
    // service deletes the previous set (later: it may be inside one of its callbacks), which
    // aborts its requests; their late answers are dropped by the generation check.
    Clients *ghl = nullptr;
    Clients *mailerLite = nullptr;
    quint64 ghlGeneration = 0;
    quint64 mailerLiteGeneration = 0;

    Clients *renew(Clients *&clients, const ServiceConfig &config)
    {
        if (clients) {
            clients->cancelAll();
            clients->deleteLater();
        }
        clients = new Clients(config, clock, q);
        return clients;
    }

    void readLocation(Clients &clients, const std::function<void(Result<QString>)> &done);
    void probeWrite(Clients &clients, const std::function<void(bool, QString)> &done);
};

void ConnectionTester::Private::readLocation(Clients &clients,
                                             const std::function<void(Result<QString>)> &done)
{
    // GhlClient has no location call (the sync never needs one); the HttpClient brings the
    // same headers, pacing and retries, and GhlErrors the same explanations.
    Api::HttpClient &http = clients.ghl().http();
    const QString locationId = clients.config().profile.locationId;
    Api::RequestOptions options;
    options.endpoint = u"/locations/{locationId}"_s;
    Api::ApiCall *call = http.get(u"/locations/"_s + locationId, {}, options, &clients);
    Api::deliver<QString>(
        call, &clients,
        [](const QJsonDocument &document, const Api::ApiCall &) -> Result<QString> {
            return document.object().value(u"location"_s).toObject().value(u"name"_s).toString();
        },
        [](const Error &error, const Api::ApiCall &finished) {
            return Api::GhlErrors::explain(error, finished,
                                           QString::fromLatin1(ScopeLocationsRead));
        },
        done);
}

void ConnectionTester::Private::probeWrite(Clients &clients,
                                           const std::function<void(bool, QString)> &done)
{
    // Why this probe is safe: it updates a contact id that cannot exist (see ProbeContactId)
    // with an empty body, so even a server that skipped the lookup would have nothing to
    // change. GHL checks the token's scope before it looks at the id or the body (research
    // GHL-API.md §1), so a token without contacts.write gets 401 "not authorized for this
    // scope", and one with it gets past that check to a 400/404/422 about the unknown id.
    clients.ghl().updateContact(
        ProbeContactId, QJsonObject(), &clients, [done](Result<Ghl::Contact> result) {
            if (result.ok()) {
                done(true, QString()); // impossible in practice; the write was allowed
                return;
            }
            const Error &error = result.error();
            if (isMissingScope(error)) {
                done(false,
                     tr("The GoHighLevel token may read contacts but not change them: it lacks "
                        "the contacts.write scope. Add that scope to the Private Integration "
                        "(or the app) to edit contacts from ContactBridge."));
                return;
            }
            switch (error.kind) {
            case Error::Kind::NotFound:
            case Error::Kind::Validation:
            case Error::Kind::Http:
                done(true, QString()); // refused for the id or body: the scope was granted
                return;
            default:
                done(false,
                     tr("Whether the token may change contacts could not be checked: %1")
                         .arg(error.message));
                return;
            }
        });
}

ConnectionTester::ConnectionTester(const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {this, clock}))
{ }

ConnectionTester::~ConnectionTester()
{
    // The clients' requests end without callbacks before the private part goes away.
    delete d->ghl;
    delete d->mailerLite;
}

void ConnectionTester::testGhl(const ServiceConfig &config)
{
    const quint64 gen = ++d->ghlGeneration;
    auto answer = [this, gen](GhlCheck check) {
        if (gen == d->ghlGeneration) {
            Q_EMIT ghlTested(check);
        }
    };
    std::optional<Error> missing;
    if (config.ghlToken.isEmpty()) {
        missing = configError(tr("No GoHighLevel token is set. Enter the Private Integration "
                                 "Token in Settings, or connect with OAuth."),
                              u"no ghl token"_s);
    } else if (config.profile.locationId.trimmed().isEmpty()) {
        missing = configError(tr("No GoHighLevel location ID is set. Enter the sub-account's "
                                 "location ID in Settings."),
                              u"no location id"_s);
    }
    if (missing) {
        GhlCheck check;
        check.error = *missing;
        check.writeNote = missing->message;
        QMetaObject::invokeMethod(
            this, [answer, check] { answer(check); }, Qt::QueuedConnection);
        return;
    }

    Clients *clients = d->renew(d->ghl, config);
    struct Pending
    {
        GhlCheck check;
        int left = 3;
    };
    auto pending = std::make_shared<Pending>();
    auto partDone = [pending, answer] {
        if (--pending->left == 0) {
            if (!pending->check.ok) {
                // Without read access the write probe's answer means nothing.
                pending->check.canWrite = false;
                pending->check.writeNote = pending->check.error.message;
            }
            qCInfo(lcApiGhl) << "GHL connection test: ok" << pending->check.ok << "contacts"
                             << pending->check.contactCount << "canWrite"
                             << pending->check.canWrite;
            answer(pending->check);
        }
    };

    Api::GhlClient::SearchQuery query;
    query.pageLimit = 1;
    clients->ghl().searchContacts(query, clients,
                                  [pending, partDone](Result<Api::GhlClient::Page> page) {
                                      if (page.ok()) {
                                          pending->check.ok = true;
                                          pending->check.contactCount = page.value().total;
                                      } else {
                                          pending->check.error = page.error();
                                      }
                                      partDone();
                                  });
    d->readLocation(*clients, [pending, partDone](Result<QString> name) {
        // A token without locations.readonly still works for contacts: the name stays empty.
        if (name.ok()) {
            pending->check.locationName = name.value();
        } else {
            qCInfo(lcApiGhl) << "location name not read:" << name.error().toLogString();
        }
        partDone();
    });
    d->probeWrite(*clients, [pending, partDone](bool canWrite, const QString &note) {
        pending->check.canWrite = canWrite;
        pending->check.writeNote = note;
        partDone();
    });
}

void ConnectionTester::testMailerLite(const ServiceConfig &config)
{
    const quint64 gen = ++d->mailerLiteGeneration;
    auto answer = [this, gen](MailerLiteCheck check) {
        if (gen == d->mailerLiteGeneration) {
            Q_EMIT mailerLiteTested(check);
        }
    };
    if (config.mailerLiteKey.isEmpty()) {
        MailerLiteCheck check;
        check.error = configError(tr("No MailerLite API key is set. Enter it in Settings."),
                                  u"no mailerlite key"_s);
        QMetaObject::invokeMethod(
            this, [answer, check] { answer(check); }, Qt::QueuedConnection);
        return;
    }
    Clients *clients = d->renew(d->mailerLite, config);
    clients->mailerLite().me(clients, [answer](Result<MailerLite::Account> account) {
        MailerLiteCheck check;
        if (account.ok()) {
            check.ok = true;
            check.accountName = account.value().name;
            check.accountEmail = account.value().email;
        } else {
            check.error = account.error();
        }
        qCInfo(lcApiMailerLite) << "MailerLite connection test: ok" << check.ok;
        answer(check);
    });
}

} // namespace Session
