// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/subscriberwalker.h"

#include "log/logging.h"
#include "mailerlite/mailerliteclient.h"

#include <QHash>

#include <memory>

using namespace Qt::StringLiterals;

namespace Session {

SubscriberWalker::SubscriberWalker(Api::MailerLiteClient &client, PageHandler onPage,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_onPage(std::move(onPage))
{ }

QStringList SubscriberWalker::types()
{
    return {u"active"_s, u"unconfirmed"_s, u"unsubscribed"_s, u"bounced"_s, u"junk"_s};
}

void SubscriberWalker::start()
{
    countTypes();
}

void SubscriberWalker::abort()
{
    if (m_finished) {
        return;
    }
    for (const QPointer<Api::ApiCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->abort(); // their callbacks see m_finished and return
        }
    }
    finish(
        Error {Error::Kind::Cancelled, tr("Listing MailerLite subscribers was cancelled."), {}, 0});
}

void SubscriberWalker::countTypes()
{
    struct Counts
    {
        QHash<QString, qint64> byType;
        int pending = 0;
    };
    auto counts = std::make_shared<Counts>();
    const QStringList all = types();
    counts->pending = int(all.size());
    QPointer<SubscriberWalker> self(this);
    for (const QString &type : all) {
        ++m_requests;
        m_calls.append(
            m_client.countSubscribers(type, this, [self, counts, type, all](Result<qint64> count) {
                if (!self || self->m_finished) {
                    return;
                }
                if (!count.ok()) {
                    self->finish(count.error());
                    return;
                }
                counts->byType.insert(type, count.value());
                if (--counts->pending > 0) {
                    return;
                }
                self->m_calls.clear();
                for (const QString &t : all) {
                    const qint64 n = counts->byType.value(t);
                    self->m_total += n;
                    if (n > 0) {
                        self->m_pendingTypes.append(t);
                    }
                }
                self->listNextType();
            }));
    }
}

void SubscriberWalker::listNextType()
{
    if (m_pendingTypes.isEmpty()) {
        finish(success());
        return;
    }
    m_type = m_pendingTypes.takeFirst();
    m_offset = 0;
    requestPage();
}

void SubscriberWalker::requestPage()
{
    QPointer<SubscriberWalker> self(this);
    ++m_requests;
    m_calls = {m_client.listSubscribers(
        m_offset, PageSize, m_type, this, [self](Result<QList<MailerLite::Subscriber>> page) {
            if (!self || self->m_finished) {
                return;
            }
            if (!page.ok()) {
                self->finish(page.error());
                return;
            }
            const QList<MailerLite::Subscriber> &received = page.value();
            QList<MailerLite::Subscriber> fresh;
            fresh.reserve(received.size());
            for (const MailerLite::Subscriber &subscriber : received) {
                if (!self->m_seen.contains(subscriber.id)) {
                    self->m_seen.insert(subscriber.id);
                    fresh.append(subscriber);
                }
            }
            self->m_fetched += fresh.size();
            if (!fresh.isEmpty() && self->m_onPage) {
                // The count was taken before the walk; records added since can exceed it.
                self->m_onPage(fresh, std::max(self->m_total, self->m_fetched));
            }
            if (!self || self->m_finished) {
                return; // the page handler stopped the walk
            }
            if (received.size() < PageSize) {
                self->listNextType();
                return;
            }
            self->m_offset += PageSize;
            self->requestPage();
        })};
}

void SubscriberWalker::finish(Status status)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_result = std::move(status);
    qCDebug(lcMirror) << "subscriber walk finished:" << m_fetched << "subscribers in" << m_requests
                      << "requests";
    QMetaObject::invokeMethod(this, &SubscriberWalker::finished, Qt::QueuedConnection);
}

} // namespace Session
