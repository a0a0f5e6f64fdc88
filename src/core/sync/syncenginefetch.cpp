// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fetch phase of SyncEngine: everything read before a plan can be made, and the request
// counts it reports.
#include "sync/syncengine.h"

#include "ghl/ghlclient.h"
#include "ghl/ghlcontactwalker.h"
#include "http/httpclient.h"
#include "mailerlite/mailerliteclient.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

using Severity = Store::LogEntry::Severity;

// MailerLite Classic has no page cap on lists (only a timeout); a thousand keeps replies small.
constexpr int MailerLitePage = 1000;
const QStringList subscriberTypes
    = {u"active"_s, u"unsubscribed"_s, u"bounced"_s, u"junk"_s, u"unconfirmed"_s};

} // namespace

void SyncEngine::requestSent()
{
    // Requests go out in bursts of dozens: one report per interval is plenty for a display.
    if (!m_finished && !m_requestsTimer->isActive()) {
        m_requestsTimer->start();
    }
}

void SyncEngine::reportRequests()
{
    Q_EMIT requestsChanged(m_ghl->http().requestCount(), m_mlHttp->requestCount());
}

void SyncEngine::fetchMailerLiteMeta()
{
    auto remaining = std::make_shared<int>(2);
    m_ml->listFields(m_calls, [this, remaining](Result<QList<MailerLite::Field>> fields) {
        if (m_finished) {
            return; // the run already ended; nothing more to do
        }
        if (!fields.ok()) {
            fail(fields.error());
            return;
        }
        m_mlFields = fields.value();
        if (--*remaining == 0) {
            stepDone();
        }
    });
    m_ml->listGroups(m_calls, [this, remaining](Result<QList<MailerLite::Group>> groups) {
        if (m_finished) {
            return; // the run already ended; nothing more to do
        }
        if (!groups.ok()) {
            fail(groups.error());
            return;
        }
        m_mlGroups = groups.value();
        if (--*remaining == 0) {
            stepDone();
        }
    });
}

void SyncEngine::fetchGhlMeta()
{
    m_ghl->listCustomFields(m_request.profile.locationId, m_calls,
                            [this](Result<QList<Ghl::CustomFieldDef>> defs) {
                                if (m_finished) {
                                    return; // the run already ended; nothing more to do
                                }
                                if (!defs.ok()) {
                                    fail(defs.error());
                                    return;
                                }
                                m_customFields = defs.value();
                                stepDone();
                            });
}

void SyncEngine::fetchContacts()
{
    if (!m_request.onlyContactIds.isEmpty()) {
        // Retrying failures: just these contacts, one request each.
        auto remaining = std::make_shared<int>(int(m_request.onlyContactIds.size()));
        for (const QString &id : std::as_const(m_request.onlyContactIds)) {
            m_ghl->getContact(id, m_calls, [this, remaining, id](Result<Ghl::Contact> contact) {
                if (m_finished) {
                    return; // the run already ended; nothing more to do
                }
                if (contact.ok()) {
                    m_contacts.append(contact.value());
                } else if (contact.error().kind == Error::Kind::Auth
                           || contact.error().kind == Error::Kind::Config) {
                    fail(contact.error());
                    return;
                } else {
                    log(Severity::Warning,
                        tr("Contact %1 could not be read: %2").arg(id, contact.error().message),
                        id);
                }
                if (--*remaining == 0) {
                    stepDone();
                }
            });
        }
        return;
    }
    Api::GhlContactWalker::Options options;
    options.cancel = &m_cancel;
    options.onProgress = [this](qint64 fetched, qint64 total) {
        Q_EMIT progressChanged(int(fetched), int(total), tr("Reading GoHighLevel contacts"));
    };
    auto *walker = new Api::GhlContactWalker(*m_ghl, options, m_calls);
    Api::GhlClient::SearchQuery query;
    query.locationId = m_request.profile.locationId;
    query.pageLimit = Api::GhlClient::MaxSearchPageLimit;
    if (!m_full && m_cursor) {
        query.updatedFrom = m_cursor->addMSecs(-120'000);
        query.sortField = u"dateUpdated"_s;
    } else {
        query.sortField = u"dateAdded"_s; // oldest first: the oldest of two duplicates wins
    }
    connect(walker, &Api::GhlContactWalker::finished, this, [this, walker] {
        if (m_finished) {
            return; // the run already ended; nothing more to do
        }
        walker->deleteLater();
        if (!walker->result().ok()) {
            if (walker->result().error().kind == Error::Kind::Cancelled) {
                (void)stopIfCancelled();
                return;
            }
            fail(walker->result().error());
            return;
        }
        m_contacts = walker->contacts();
        log(Severity::Info,
            tr("Read %1 contacts from GoHighLevel in %2 pages.")
                .arg(m_contacts.size())
                .arg(walker->pages()));
        stepDone();
    });
    walker->walkSearch(query);
}

void SyncEngine::fetchRemote()
{
    m_remote.emplace();
    auto pending = std::make_shared<int>(int(subscriberTypes.size()));
    auto groupsPhase = [this] {
        if (m_mlGroups.isEmpty()) {
            fetchActivity();
            return;
        }
        auto groupsLeft = std::make_shared<int>(int(m_mlGroups.size()));
        QHash<qint64, QString> keyById;
        for (auto it = m_remote->begin(); it != m_remote->end(); ++it) {
            keyById.insert(it->id, it.key());
        }
        auto ids = std::make_shared<QHash<qint64, QString>>(std::move(keyById));
        for (const MailerLite::Group &group : std::as_const(m_mlGroups)) {
            auto page = std::make_shared<std::function<void(int)>>();
            *page = [this, gid = group.id, page, ids, groupsLeft](int offset) {
                if (m_finished) {
                    return; // the run already ended; nothing more to do
                }
                m_ml->groupSubscribers(
                    gid, {}, offset, MailerLitePage, m_calls,
                    [this, gid, page, ids, groupsLeft,
                     offset](Result<QList<MailerLite::Subscriber>> r) {
                        if (m_finished) {
                            return;
                        }
                        if (!r.ok()) {
                            *page = nullptr;
                            fail(r.error());
                            return;
                        }
                        for (const MailerLite::Subscriber &s : r.value()) {
                            const auto key = ids->constFind(s.id);
                            if (key != ids->cend()) {
                                (*m_remote)[*key].groups.append(gid);
                            }
                        }
                        if (r.value().size() == MailerLitePage) {
                            (*page)(offset + MailerLitePage);
                            return;
                        }
                        *page = nullptr; // breaks the self-reference
                        if (--*groupsLeft == 0 && !stopIfCancelled()) {
                            log(Severity::Info,
                                tr("Read %1 MailerLite subscribers.").arg(m_remote->size()));
                            fetchActivity();
                        }
                    });
            };
            (*page)(0);
        }
    };
    for (const QString &type : subscriberTypes) {
        auto page = std::make_shared<std::function<void(int)>>();
        *page = [this, type, page, pending, groupsPhase](int offset) {
            if (m_finished) {
                return; // the run already ended; nothing more to do
            }
            m_ml->listSubscribers(
                offset, MailerLitePage, type, m_calls,
                [this, page, pending, groupsPhase,
                 offset](Result<QList<MailerLite::Subscriber>> r) {
                    if (m_finished) {
                        return;
                    }
                    if (!r.ok()) {
                        *page = nullptr;
                        fail(r.error());
                        return;
                    }
                    for (const MailerLite::Subscriber &s : r.value()) {
                        RemoteSubscriber remote {s.id, s.email, s.type, s.name, s.fields, {}};
                        m_remote->insert(s.email.trimmed().toLower(), std::move(remote));
                    }
                    if (r.value().size() == MailerLitePage) {
                        (*page)(offset + MailerLitePage);
                        return;
                    }
                    *page = nullptr;
                    if (--*pending == 0 && !stopIfCancelled()) {
                        groupsPhase();
                    }
                });
        };
        (*page)(0);
    }
}

void SyncEngine::fetchActivity()
{
    if (stopIfCancelled()) {
        return;
    }
    QList<const Ghl::Contact *> changed;
    if (m_usesNotes || m_usesTasks) {
        for (const Ghl::Contact &c : std::as_const(m_contacts)) {
            const auto link = m_links.constFind(c.id);
            // Only contacts that changed since they were last synced cost these requests.
            if (link == m_links.cend() || !link->syncedAt.isValid() || !c.dateUpdated.isValid()
                || c.dateUpdated >= link->syncedAt) {
                changed.append(&c);
            }
        }
    }
    if (changed.isEmpty()) {
        makePlan();
        return;
    }
    const int perContact = int(m_usesNotes) + int(m_usesTasks);
    auto remaining = std::make_shared<int>(int(changed.size()) * perContact);
    log(Severity::Info, tr("Reading notes and tasks of %1 changed contacts.").arg(changed.size()));
    auto done = [this, remaining] {
        if (m_finished) {
            return; // the run already ended; nothing more to do
        }
        if (--*remaining == 0 && !stopIfCancelled()) {
            makePlan();
        }
    };
    // One answer per contact and kind: keep it; an auth or configuration error stops the run;
    // anything else leaves that contact without the list (its digest keeps the last value).
    auto keepInto = [this, done](const QString &id, auto *lists) {
        return [this, done, id, lists](auto answer) {
            if (m_finished) {
                return; // the run already ended; nothing more to do
            }
            if (!answer.ok()
                && (answer.error().kind == Error::Kind::Auth
                    || answer.error().kind == Error::Kind::Config)) {
                fail(answer.error());
                return;
            }
            if (answer.ok()) {
                lists->insert(id, answer.value());
            }
            done();
        };
    };
    for (const Ghl::Contact *c : std::as_const(changed)) {
        const QString id = c->id;
        m_activityRead.insert(id);
        if (m_usesNotes) {
            m_ghl->listContactNotes(id, m_calls, keepInto(id, &m_notes));
        }
        if (m_usesTasks) {
            m_ghl->listContactTasks(id, m_calls, keepInto(id, &m_tasks));
        }
    }
}

} // namespace Sync
