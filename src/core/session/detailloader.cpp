// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/detailloader.h"

#include "ghl/ghlclient.h"
#include "log/logging.h"
#include "mailerlite/mailerliteclient.h"
#include "session/clients.h"

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Session {

namespace {

// One part of a contact's details failed: a line for the panel, the detail for the log.
QString problemLine(const QString &what, const Error &error)
{
    return DetailLoader::tr("%1 could not be read: %2").arg(what, error.message);
}

} // namespace

struct DetailLoader::Private
{
    DetailLoader *q;
    ServiceConfig config;
    const Clock &clock;
    Clients *clients = nullptr; // created on first use, in the thread that uses it
    // The requests for the record asked for last; asking again deletes (later: it may be
    // from inside one of their callbacks) and so silently aborts the previous ones.
    QObject *contactContext = nullptr;
    QObject *subscriberContext = nullptr;
    // Until the old context is gone its requests may still answer; they compare unequal.
    quint64 contactGeneration = 0;
    quint64 subscriberGeneration = 0;

    Clients &ensureClients()
    {
        if (!clients) {
            clients = new Clients(config, clock, q);
        }
        return *clients;
    }

    QObject *renew(QObject *&context)
    {
        if (context) {
            context->deleteLater();
        }
        context = new QObject(q);
        return context;
    }
};

DetailLoader::DetailLoader(ServiceConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {this, std::move(config), clock}))
{ }

DetailLoader::~DetailLoader()
{
    // Requests first, while the clients exist, so no callback reaches a destroyed loader.
    delete d->contactContext;
    delete d->subscriberContext;
    delete d->clients;
}

void DetailLoader::loadContact(const QString &contactId)
{
    struct Pending
    {
        ContactDetails details;
        int left = 3;
    };
    auto pending = std::make_shared<Pending>();
    pending->details.contactId = contactId;
    QObject *context = d->renew(d->contactContext);
    const quint64 gen = ++d->contactGeneration;
    Api::GhlClient &ghl = d->ensureClients().ghl();

    // Each part lands in its own slot; when the last one answers, the whole goes out. A part
    // that failed leaves a line instead (the others still show). Nothing goes out once another
    // contact was asked for.
    const auto partDone = [this, pending, gen] {
        if (--pending->left == 0 && gen == d->contactGeneration) {
            Q_EMIT contactLoaded(pending->details);
        }
    };
    const auto failed = [pending, contactId](const QString &what, const Error &error) {
        qCWarning(lcMirror) << what << "of contact" << contactId
                            << "not read:" << error.toLogString();
        pending->details.problems.append(problemLine(what, error));
    };

    ghl.listContactNotes(contactId, context,
                         [pending, partDone, failed](Result<QList<Ghl::Note>> notes) {
                             if (notes.ok()) {
                                 pending->details.notes = notes.value();
                             } else {
                                 failed(tr("Notes"), notes.error());
                             }
                             partDone();
                         });
    ghl.listContactTasks(contactId, context,
                         [pending, partDone, failed](Result<QList<Ghl::Task>> tasks) {
                             if (tasks.ok()) {
                                 pending->details.tasks = tasks.value();
                             } else {
                                 failed(tr("Tasks"), tasks.error());
                             }
                             partDone();
                         });
    ghl.listContactAppointments(
        contactId, context,
        [pending, partDone, failed](Result<QList<Ghl::Appointment>> appointments) {
            if (appointments.ok()) {
                pending->details.appointments = appointments.value();
            } else {
                failed(tr("Appointments"), appointments.error());
            }
            partDone();
        });
}

void DetailLoader::loadSubscriber(const QString &idOrEmail)
{
    struct Pending
    {
        SubscriberDetails details;
        std::optional<Error> subscriberError;
        int left = 2;
    };
    auto pending = std::make_shared<Pending>();
    pending->details.idOrEmail = idOrEmail;
    QObject *context = d->renew(d->subscriberContext);
    const quint64 gen = ++d->subscriberGeneration;
    Api::MailerLiteClient &ml = d->ensureClients().mailerLite();

    const auto partDone = [this, pending, gen] {
        if (--pending->left > 0 || gen != d->subscriberGeneration) {
            return;
        }
        if (pending->subscriberError) {
            Q_EMIT subscriberFailed(pending->details.idOrEmail, *pending->subscriberError);
            return;
        }
        Q_EMIT subscriberLoaded(pending->details);
    };

    ml.getSubscriber(
        idOrEmail, context, [pending, partDone](Result<MailerLite::Subscriber> subscriber) {
            if (subscriber.ok()) {
                pending->details.subscriber = subscriber.value();
            } else {
                // The address is personal data: the log gets the error only.
                qCWarning(lcMirror) << "subscriber not read:" << subscriber.error().toLogString();
                pending->subscriberError = subscriber.error();
            }
            partDone();
        });
    ml.subscriberGroups(
        idOrEmail, context, [pending, partDone](Result<QList<MailerLite::Group>> groups) {
            if (groups.ok()) {
                pending->details.groups = groups.value();
            } else {
                qCWarning(lcMirror)
                    << "subscriber groups not read:" << groups.error().toLogString();
                pending->details.problems.append(problemLine(tr("Groups"), groups.error()));
            }
            partDone();
        });
}

} // namespace Session
