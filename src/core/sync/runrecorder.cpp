// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/runrecorder.h"

#include "store/statedatabase.h"
#include "sync/payloadhash.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

using Action = PlanItem::Action;

QString mapJson(const Mapping::FieldValues &map)
{
    if (map.isEmpty()) {
        return {};
    }
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

RunRecorder::RunRecorder(Store::StateDatabase &db, const Clock &clock, QString profile,
                         qint64 runId)
    : m_db(db)
    , m_clock(clock)
    , m_profile(std::move(profile))
    , m_runId(runId)
    , m_links(db)
    , m_runs(db, clock)
    , m_failures(db, clock)
    , m_ledger(db)
{ }

void RunRecorder::setCreatedGroups(const QHash<QString, qint64> &idsByName)
{
    for (auto it = idsByName.begin(); it != idsByName.end(); ++it) {
        m_groupIds.insert(it.key().toLower(), it.value());
    }
}

Store::RunItemRecord RunRecorder::runItem(const PlanItem &item, const QString &outcome,
                                          const QString &reason) const
{
    Store::RunItemRecord r;
    r.contactId = item.contactId;
    r.email = item.email;
    r.action = PlanItem::actionName(item.action);
    r.outcome = outcome;
    r.reason = reason;
    r.beforeJson = mapJson(item.before);
    r.afterJson = mapJson(item.after);
    r.createdAt = m_clock.now();
    return r;
}

void RunRecorder::count(const PlanItem &item)
{
    switch (item.action) {
    case Action::SkipUnchanged:
        ++m_counts.unchanged;
        break;
    case Action::SkipInvalid:
        ++m_counts.skippedInvalid;
        break;
    case Action::BlockedByConsent:
        ++m_counts.blockedConsent;
        break;
    case Action::Duplicate:
        ++m_counts.duplicates;
        break;
    case Action::Create:
        ++m_counts.created;
        break;
    case Action::Update:
        ++m_counts.updated;
        break;
    case Action::Unsubscribe:
        ++m_counts.unsubscribed;
        break;
    case Action::RemoveFromGroups:
        break;
    }
    m_counts.groupAdds += int(item.groupsAdd.size() + item.groupNamesAdd.size());
    m_counts.groupRemoves += int(item.groupsRemove.size());
}

Status RunRecorder::recordPlanOnly(const Plan &plan, bool dryRun)
{
    const Store::RunCounts counts = m_counts;
    const Status status = m_db.transaction([&]() -> Status {
        QList<Store::RunItemRecord> records;
        for (const PlanItem &item : plan.items) {
            if (!dryRun && item.willApply()) {
                continue; // recorded with its outcome
            }
            const bool overridden = item.override == PlanItem::Override::Skip && item.isWrite();
            if (!overridden) {
                count(item); // a write the user skipped did not happen: it counts as nothing
            }
            // A record MailerLite would refuse can only be fixed at the source: it is listed
            // with the failures (class validation) until a later run sends it or the user
            // ignores it.
            if (!dryRun && item.action == Action::SkipInvalid && !item.contactId.isEmpty()) {
                Store::FailureRecord f;
                f.contactId = item.contactId;
                f.email = item.email;
                f.errorKind = Error::kindName(Error::Kind::Validation);
                f.serverMessage = item.reason;
                f.createdAt = m_clock.now();
                f.updatedAt = f.createdAt;
                if (Status s = m_failures.record(m_profile, m_runId, f); !s.ok()) {
                    return s;
                }
            }
            // MailerLite already holds what the contact needs (an earlier write whose answer
            // was lost did arrive, or consent keeps it out): an open failure is settled.
            if (!dryRun && !item.contactId.isEmpty()
                && (item.action == Action::SkipUnchanged
                    || item.action == Action::BlockedByConsent)) {
                if (Status s = m_failures.markRetried(m_profile, item.contactId); !s.ok()) {
                    return s;
                }
            }
            records.append(runItem(item,
                                   dryRun           ? u"planned"_s
                                       : overridden ? u"skipped-by-user"_s
                                                    : u"skipped"_s,
                                   item.reason));
        }
        return m_runs.addItems(m_runId, records);
    });
    if (!status.ok()) {
        m_counts = counts;
    }
    return status;
}

Status RunRecorder::recordOutcomes(const QList<ItemOutcome> &outcomes,
                                   QHash<QString, Store::Link> &links)
{
    // Work on a copy so a failed transaction leaves the run's view of the links untouched.
    QHash<QString, Store::Link> updated = links;
    Store::RunCounts counts = m_counts;
    const Status status = m_db.transaction([&]() -> Status {
        for (const ItemOutcome &o : outcomes) {
            if (!o.applied) {
                ++m_counts.failed;
                Store::FailureRecord f;
                f.contactId = o.item.contactId;
                f.email = o.item.email;
                f.errorKind = o.error ? Error::kindName(o.error->kind) : u"internal"_s;
                f.httpStatus = o.error ? o.error->httpStatus : 0;
                f.serverMessage = o.error ? o.error->message : QString();
                f.payload = QString::fromUtf8(o.payload);
                f.createdAt = m_clock.now();
                f.updatedAt = f.createdAt;
                if (o.error && o.error->kind != Error::Kind::Cancelled) {
                    if (Status s = m_failures.record(m_profile, m_runId, f); !s.ok()) {
                        return s;
                    }
                }
                const QString reason = o.error ? o.error->message : QString();
                if (Status s = m_runs.addItem(m_runId, runItem(o.item, u"failed"_s, reason));
                    !s.ok()) {
                    return s;
                }
                continue;
            }
            count(o.item);
            if (Status s = applyToLink(o, updated); !s.ok()) {
                return s;
            }
            if (Status s = m_runs.addItem(m_runId, runItem(o.item, u"applied"_s, o.item.reason));
                !s.ok()) {
                return s;
            }
            if (!o.item.contactId.isEmpty()) {
                if (Status s = m_failures.markRetried(m_profile, o.item.contactId); !s.ok()) {
                    return s;
                }
            }
        }
        return success();
    });
    if (status.ok()) {
        links = std::move(updated);
    } else {
        m_counts = counts;
    }
    return status;
}

Status RunRecorder::applyToLink(const ItemOutcome &o, QHash<QString, Store::Link> &links)
{
    const PlanItem &item = o.item;
    // Every status change goes into the ledger, whether or not a link follows it.
    if (item.action == Action::Unsubscribe || item.resubscribe) {
        Store::ConsentEntry entry;
        entry.profile = m_profile;
        entry.contactId = item.contactId;
        entry.email = item.email;
        entry.subscriberId = o.subscriberId != 0 ? o.subscriberId : item.subscriberId;
        entry.oldStatus = item.typeBefore;
        entry.newStatus = !o.subscriberType.isEmpty() ? o.subscriberType : item.typeAfter;
        entry.reason = item.reason;
        entry.source = Store::ConsentEntry::Source::Sync;
        entry.runId = m_runId;
        entry.createdAt = m_clock.now();
        if (Status s = m_ledger.append(entry); !s.ok()) {
            return s;
        }
    }
    if (item.contactId.isEmpty()) {
        return success();
    }
    const auto existing = links.constFind(item.contactId);
    const bool sameSubscriber
        = existing != links.cend() && existing->emailKey() == item.email.trimmed().toLower();
    const bool writesIdentity = item.action == Action::Create || item.action == Action::Update
        || item.action == Action::SkipUnchanged;
    if (!writesIdentity && !sameSubscriber) {
        // The old subscriber of an email change, or one already unlinked: nothing to keep.
        return success();
    }
    Store::Link link = sameSubscriber ? existing.value() : Store::Link {};
    link.contactId = item.contactId;
    link.email = item.email;
    if (o.subscriberId != 0) {
        link.subscriberId = o.subscriberId;
    } else if (item.subscriberId != 0) {
        link.subscriberId = item.subscriberId;
    }
    if (link.subscriberId == 0) {
        return success(); // nothing to link to (should not happen: MailerLite always answers an id)
    }
    if (writesIdentity) {
        link.name = item.name;
        link.fields = item.after.toMap();
    }
    for (qint64 id : item.groupsAdd) {
        if (!link.groups.contains(id)) {
            link.groups.append(id);
        }
    }
    for (const QString &name : item.groupNamesAdd) {
        const qint64 id = m_groupIds.value(name.toLower());
        if (id != 0 && !link.groups.contains(id)) {
            link.groups.append(id);
        }
    }
    for (qint64 id : item.groupsRemove) {
        link.groups.removeAll(id);
    }
    if (!o.subscriberType.isEmpty()) {
        link.subscriberType = o.subscriberType;
    } else if (!item.typeAfter.isEmpty()
               && (item.action == Action::Unsubscribe || item.resubscribe)) {
        link.subscriberType = item.typeAfter;
    }
    if (writesIdentity) {
        // From the groups as they now are: a group created by name this run hashes by id next
        // run, and must not look like a change then.
        link.payloadHash
            = payloadHash(link.emailKey(), link.name, link.fields, link.groups, {}, false);
    } else if (!item.payloadHash.isEmpty()) {
        link.payloadHash = item.payloadHash;
    }
    link.syncedAt = m_clock.now();
    if (Status s = m_links.upsert(m_profile, link); !s.ok()) {
        return s;
    }
    links.insert(link.contactId, link);
    return success();
}

} // namespace Sync
