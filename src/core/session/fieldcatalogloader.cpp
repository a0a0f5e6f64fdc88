// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/fieldcatalogloader.h"

#include "ghl/ghlclient.h"
#include "log/logging.h"
#include "mailerlite/mailerliteclient.h"
#include "session/clients.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Session {

struct FieldCatalogLoader::Private
{
    FieldCatalogLoader *q;
    ServiceConfig config;
    const Clock &clock;
    Clients *clients = nullptr; // created on first use, in the thread that uses it
    // Deleting the context of an abandoned load aborts its requests.
    QObject *loadContext = nullptr;
    quint64 generation = 0;

    Clients &ensureClients()
    {
        if (!clients) {
            clients = new Clients(config, clock, q);
        }
        return *clients;
    }
};

FieldCatalogLoader::FieldCatalogLoader(ServiceConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {this, std::move(config), clock}))
{ }

FieldCatalogLoader::~FieldCatalogLoader()
{
    // Requests first, while the clients exist, so no callback reaches a destroyed loader.
    delete d->loadContext;
    delete d->clients;
}

void FieldCatalogLoader::load()
{
    struct Pending
    {
        FieldCatalog catalog;
        QList<Ghl::Contact> samples;
        std::optional<Error> error;
        int left = 4;
    };
    auto pending = std::make_shared<Pending>();
    if (d->loadContext) {
        d->loadContext->deleteLater();
    }
    d->loadContext = new QObject(this);
    QObject *context = d->loadContext;
    const quint64 gen = ++d->generation;
    Clients &clients = d->ensureClients();

    // The first failure of a catalog part is what the user sees; the load goes out when every
    // part answered, and only if no newer load was started meanwhile.
    const auto partDone = [this, pending, gen] {
        if (--pending->left > 0 || gen != d->generation) {
            return;
        }
        if (pending->error) {
            Q_EMIT failed(*pending->error);
            return;
        }
        Q_EMIT loaded(pending->catalog, pending->samples);
    };
    const auto fail = [pending](const char *what, const Error &error) {
        qCWarning(lcMirror) << what << "not read for the field mapper:" << error.toLogString();
        if (!pending->error) {
            pending->error = error;
        }
    };

    clients.ghl().listCustomFields({}, context,
                                   [pending, partDone, fail](Result<QList<Ghl::CustomFieldDef>> r) {
                                       if (r.ok()) {
                                           pending->catalog.ghlCustomFields = r.value();
                                       } else {
                                           fail("GHL custom fields", r.error());
                                       }
                                       partDone();
                                   });
    clients.mailerLite().listFields(context,
                                    [pending, partDone, fail](Result<QList<MailerLite::Field>> r) {
                                        if (r.ok()) {
                                            pending->catalog.mailerLiteFields = r.value();
                                        } else {
                                            fail("MailerLite fields", r.error());
                                        }
                                        partDone();
                                    });
    clients.mailerLite().listGroups(context,
                                    [pending, partDone, fail](Result<QList<MailerLite::Group>> r) {
                                        if (r.ok()) {
                                            pending->catalog.groups = r.value();
                                        } else {
                                            fail("MailerLite groups", r.error());
                                        }
                                        partDone();
                                    });
    Api::GhlClient::SearchQuery query;
    query.pageLimit = SampleCount;
    clients.ghl().searchContacts(
        query, context, [pending, partDone](Result<Api::GhlClient::Page> r) {
            if (r.ok()) {
                pending->samples = r.value().contacts;
            } else {
                // Previews stay empty; mapping still works.
                qCWarning(lcMirror) << "sample contacts not read:" << r.error().toLogString();
            }
            partDone();
        });
}

void FieldCatalogLoader::createField(const QString &title, const QString &type)
{
    d->ensureClients().mailerLite().createField(
        title, type, this, [this, title](Result<MailerLite::Field> r) {
            if (r.ok()) {
                qCInfo(lcMirror) << "MailerLite field created:" << r.value().key;
                Q_EMIT fieldCreated(r.value());
                return;
            }
            qCWarning(lcMirror) << "MailerLite field not created:" << r.error().toLogString();
            Q_EMIT fieldCreationFailed(title, r.error());
        });
}

} // namespace Session
