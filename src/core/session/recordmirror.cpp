// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/recordmirror.h"

#include "ghl/ghlclient.h"
#include "ghl/ghlcontactwalker.h"
#include "log/logging.h"
#include "mailerlite/mailerliteclient.h"
#include "session/clients.h"
#include "session/subscriberwalker.h"
#include "store/linkstore.h"
#include "store/statedatabase.h"

#include <QFileInfo>
#include <QPointer>

#include <atomic>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Session {

namespace {

// Connection names must be unique per process; several mirrors (profiles, tests) may coexist.
QString nextConnectionName()
{
    static std::atomic<quint64> counter {0};
    return u"cb-mirror-links-%1"_s.arg(++counter);
}

} // namespace

struct RecordMirror::Private
{
    RecordMirror *q;
    ServiceConfig config;
    const Clock &clock;
    Clients *clients = nullptr; // created on first use, in the thread that uses it
    // Everything a load started hangs off `load`: abandoning a load deletes it (later: it may
    // be abandoned from inside one of its own callbacks), which aborts its requests silently.
    QObject *load = nullptr;
    QObject *single = nullptr; // the re-reads of one record; they outlive loads
    QPointer<Api::GhlContactWalker> ghlWalker {};
    QPointer<SubscriberWalker> mlWalker {};
    quint64 generation = 0; // answers of an abandoned load compare unequal and are dropped

    Clients &ensureClients()
    {
        if (!clients) {
            clients = new Clients(config, clock, q);
        }
        return *clients;
    }

    QObject *singleContext()
    {
        if (!single) {
            single = new QObject(q);
        }
        return single;
    }

    void abandonLoad()
    {
        ++generation;
        if (ghlWalker) {
            ghlWalker->abort();
        }
        if (mlWalker) {
            mlWalker->abort();
        }
        if (load) {
            load->deleteLater();
            load = nullptr;
        }
    }

    [[nodiscard]] bool current(quint64 gen) const { return gen == generation; }

    Result<QList<Store::Link>> readLinks() const;
    void startLinks(quint64 gen);
    void startGhl(quint64 gen);
    void startMailerLite(quint64 gen);
};

Result<QList<Store::Link>> RecordMirror::Private::readLinks() const
{
    // Before the first sync there is no state file: no links, which is not an error. Never
    // create it here: only the sync worker writes the state database.
    if (config.databasePath.isEmpty() || !QFileInfo::exists(config.databasePath)) {
        return QList<Store::Link> {};
    }
    auto db = Store::StateDatabase::open(config.databasePath, nextConnectionName(),
                                         Store::StateDatabase::OpenMode::ReadOnly);
    if (!db.ok()) {
        return db.error();
    }
    const Store::LinkStore links(*db.value());
    const Result<QHash<QString, Store::Link>> all = links.loadAll(config.profile.name);
    if (!all.ok()) {
        return all.error();
    }
    return all.value().values();
}

void RecordMirror::Private::startLinks(quint64 gen)
{
    // Queued, so refresh() returns at once and an abandoned load never reports its links.
    QMetaObject::invokeMethod(
        load,
        [this, gen] {
            if (!current(gen)) {
                return;
            }
            const Result<QList<Store::Link>> links = readLinks();
            if (!links.ok()) {
                qCWarning(lcMirror) << "links not loaded:" << links.error().toLogString();
                Q_EMIT q->sourceFailed(Source::Links, links.error());
                return;
            }
            Q_EMIT q->linksLoaded(links.value());
            Q_EMIT q->sourceFinished(Source::Links);
        },
        Qt::QueuedConnection);
}

void RecordMirror::Private::startGhl(quint64 gen)
{
    // The walker reports a page, then the progress with the server's total: the page is held
    // until the total is known, so both go out in one signal.
    auto held = std::make_shared<QList<Ghl::Contact>>();
    Api::GhlContactWalker::Options options;
    options.onPage = [held](const QList<Ghl::Contact> &page) {
        *held = page;
    };
    options.onProgress = [this, gen, held](qint64 fetched, qint64 total) {
        if (!current(gen)) {
            return;
        }
        const QList<Ghl::Contact> page = std::exchange(*held, {});
        Q_EMIT q->contactsPageLoaded(page, std::max(total, fetched));
    };
    auto *walker = new Api::GhlContactWalker(ensureClients().ghl(), std::move(options), load);
    ghlWalker = walker;
    QObject::connect(walker, &Api::GhlContactWalker::finished, load, [this, gen, walker] {
        walker->deleteLater();
        if (!current(gen)) {
            return;
        }
        const Status &result = walker->result();
        if (result.ok()) {
            qCInfo(lcMirror) << "GHL contacts loaded:" << walker->fetched() << "in"
                             << walker->pages() << "pages";
            Q_EMIT q->sourceFinished(Source::Ghl);
        } else if (result.error().kind != Error::Kind::Cancelled) {
            qCWarning(lcMirror) << "GHL contacts not loaded:" << result.error().toLogString();
            Q_EMIT q->sourceFailed(Source::Ghl, result.error());
        }
    });
    Api::GhlClient::SearchQuery query;
    query.pageLimit = Api::GhlClient::MaxSearchPageLimit;
    walker->walkSearch(query);
}

void RecordMirror::Private::startMailerLite(quint64 gen)
{
    auto *walker = new SubscriberWalker(
        ensureClients().mailerLite(),
        [this, gen](const QList<MailerLite::Subscriber> &page, qint64 total) {
            if (current(gen)) {
                Q_EMIT q->subscribersPageLoaded(page, total);
            }
        },
        load);
    mlWalker = walker;
    QObject::connect(walker, &SubscriberWalker::finished, load, [this, gen, walker] {
        walker->deleteLater();
        if (!current(gen)) {
            return;
        }
        const Status &result = walker->result();
        if (result.ok()) {
            qCInfo(lcMirror) << "MailerLite subscribers loaded:" << walker->fetched() << "in"
                             << walker->requests() << "requests";
            Q_EMIT q->sourceFinished(Source::MailerLite);
        } else if (result.error().kind != Error::Kind::Cancelled) {
            qCWarning(lcMirror) << "MailerLite subscribers not loaded:"
                                << result.error().toLogString();
            Q_EMIT q->sourceFailed(Source::MailerLite, result.error());
        }
    });
    walker->start();
}

RecordMirror::RecordMirror(ServiceConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {this, std::move(config), clock}))
{ }

RecordMirror::~RecordMirror()
{
    // Contexts first, while the clients still exist: their requests end silently, so no
    // callback runs into a half-destroyed mirror. Then the clients.
    delete d->load;
    delete d->single;
    delete d->clients;
}

void RecordMirror::refresh()
{
    d->abandonLoad();
    const quint64 gen = d->generation;
    d->load = new QObject(this);
    Q_EMIT cleared();
    d->startLinks(gen);
    d->startGhl(gen);
    d->startMailerLite(gen);
}

void RecordMirror::cancel()
{
    d->abandonLoad();
}

void RecordMirror::refreshContact(const QString &contactId)
{
    d->ensureClients().ghl().getContact(
        contactId, d->singleContext(), [this, contactId](Result<Ghl::Contact> contact) {
            if (contact.ok()) {
                Q_EMIT contactChanged(contact.value());
            } else if (contact.error().kind == Error::Kind::NotFound) {
                Q_EMIT contactRemoved(contactId);
            } else if (contact.error().kind != Error::Kind::Cancelled) {
                qCWarning(lcMirror)
                    << "contact" << contactId << "not re-read:" << contact.error().toLogString();
            }
        });
}

void RecordMirror::refreshSubscriber(const QString &idOrEmail)
{
    d->ensureClients().mailerLite().getSubscriber(
        idOrEmail, d->singleContext(), [this](Result<MailerLite::Subscriber> subscriber) {
            if (subscriber.ok()) {
                Q_EMIT subscriberChanged(subscriber.value());
            } else if (subscriber.error().kind != Error::Kind::Cancelled) {
                // The address is personal data: the log gets the error only.
                qCWarning(lcMirror)
                    << "subscriber not re-read:" << subscriber.error().toLogString();
            }
        });
}

void RecordMirror::reloadLinks()
{
    // Synchronous: one indexed read of the local file.
    const Result<QList<Store::Link>> links = d->readLinks();
    if (!links.ok()) {
        qCWarning(lcMirror) << "links not reloaded:" << links.error().toLogString();
        Q_EMIT sourceFailed(Source::Links, links.error());
        return;
    }
    Q_EMIT linksLoaded(links.value());
}

} // namespace Session
