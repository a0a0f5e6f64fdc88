// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/planner.h"

#include "sync/payloadhash.h"

#include <QCoreApplication>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

using Action = PlanItem::Action;
using Mapping::DesiredSubscriber;

// lupdate files the tr() calls below under the scope they are made in; look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("Sync::Run", text);
}

// A view of one of the run's own strings (email keys), which outlive the Run: hashing it
// needs no copy, and the standard library's byte hash is several times cheaper than QHash's
// seeded one.
std::u16string_view view(const QString &text)
{
    return {reinterpret_cast<const char16_t *>(text.constData()), static_cast<size_t>(text.size())};
}

bool isOptedOutType(const QString &type)
{
    return type == u"unsubscribed" || type == u"bounced" || type == u"junk";
}

// What we believe MailerLite holds for a contact: from the remote state when we read it, or
// from the link when we only know what we last pushed.
struct Known
{
    bool exists = false;
    qint64 id = 0;
    QString type;
    QString name;
    QMap<QString, QString> fields;
    QList<qint64> groups;
    const Store::Link *link = nullptr;
};

// The fixed reasons of plan items, translated once per output rather than once per item, so
// 100,000 items share a few strings.
struct Reasons
{
    QString newContact;
    QString onlyUpdates;
    QString onlyCreates;
    QString unchanged;
    QString changedHere;
    QString changedThere;
    QString dndBlocked;
    QString dndUnsubscribe;
    QString dndUnchanged;
    QString dndDetails;
    QString dndAlready;
};

// What planning a slice of the contacts gives. Each thread fills its own, with its own
// reasons: had the threads copied the same strings, they would contend for their reference
// counts once per item.
struct Output
{
    QList<PlanItem> items;
    // For each item, the position in the input of the contact it came from (-1: none).
    std::vector<qsizetype> itemContact;
    Mapping::FieldValues emptyBefore; // restrictTo() of nothing known, shared
    Reasons reasons;
};

class Run
{
public:
    explicit Run(const Planner::Input &input)
        : m_in(input)
    {
        m_plan.items.reserve(input.desired.size());
        m_plan.profile = input.profile;
        m_plan.mode = SyncPolicy::modeName(input.policy.mode);
        m_plan.fullReconcile = input.fullReconcile;
        m_plan.createdAt = input.now;
        m_plan.cursor = input.cursor;
        for (auto it = input.links.begin(); it != input.links.end(); ++it) {
            m_linkByEmail.insert(it->emailKey(), &it.value());
        }
    }

    Plan finish()
    {
        planContacts();
        if (m_in.fullReconcile && m_in.policy.mode == SyncPolicy::Mode::Mirror) {
            Output departed = newOutput();
            planDepartedContacts(departed);
            take(std::move(departed));
        }
        checkBlastRadius();
        return std::move(m_plan);
    }

private:
    static Output newOutput() { return Output {{}, {}, {}, translatedReasons()}; }

    // Every contact that is not a duplicate, in order. A large run is planned in slices on the
    // global thread pool: a contact's items depend only on it and the shared, read-only input,
    // and the slices' outputs are joined in order, so the plan is the same as from one thread.
    // The slices plan every contact while this thread finds the duplicates, whose items are
    // then left out: duplicates are few, and finding them no longer holds up the rest.
    void planContacts()
    {
        const qsizetype total = m_in.desired.size();
        const qsizetype threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
        // A few slices per thread, so one slowed by other work on the machine does not hold up
        // the rest.
        constexpr qsizetype slicesPerThread = 4;
        const qsizetype count = !m_in.parallel || total < Planner::ParallelThreshold || threads < 2
            ? 1
            : std::min(threads * slicesPerThread, total / (Planner::ParallelThreshold / 2));
        std::vector<Output> outputs;
        outputs.reserve(static_cast<size_t>(count));
        for (qsizetype i = 0; i < count; ++i) {
            outputs.push_back(newOutput());
        }
        const auto planSlice = [this, total, count, &outputs](Output &out) {
            const qsizetype slice = &out - outputs.data();
            const qsizetype first = total * slice / count;
            const qsizetype last = total * (slice + 1) / count;
            out.items.reserve(last - first);
            out.itemContact.reserve(static_cast<size_t>(last - first));
            for (qsizetype i = first; i < last; ++i) {
                planContact(m_in.desired.at(i), out);
                out.itemContact.resize(static_cast<size_t>(out.items.size()), i);
            }
        };
        if (count == 1) {
            planSlice(outputs.front());
            resolveDuplicates();
        } else {
            QFuture<void> slices = QtConcurrent::map(outputs, planSlice);
            resolveDuplicates();
            slices.waitForFinished();
        }
        for (Output &out : outputs) {
            take(std::move(out));
        }
    }

    // Appends an output to the plan, without the items of duplicates; a group to create is
    // listed once, spelt as where it first occurs.
    void take(Output &&out)
    {
        for (qsizetype k = 0; k < out.items.size(); ++k) {
            const qsizetype contact = k < qsizetype(out.itemContact.size())
                ? out.itemContact[static_cast<size_t>(k)]
                : -1;
            if (contact >= 0 && m_loserOf[static_cast<size_t>(contact)]) {
                continue;
            }
            PlanItem &item = out.items[k];
            for (const QString &name : std::as_const(item.groupNamesAdd)) {
                if (!m_plan.groupsToCreate.contains(name, Qt::CaseInsensitive)) {
                    m_plan.groupsToCreate.append(name);
                }
            }
            m_plan.items.append(std::move(item));
        }
    }

    // Two contacts with one email: the linked one wins, else the first fetched (the oldest).
    // Contacts are grouped by email through a sorted list of (hash, position) pairs rather
    // than a hash table with a node per contact: at 100,000 contacts the table's allocations
    // and cache misses cost ten times the sort. Only contacts whose hashes are equal are
    // compared, in the order they were fetched.
    void resolveDuplicates()
    {
        const QList<DesiredSubscriber> &desired = m_in.desired;
        m_loserOf.assign(static_cast<size_t>(desired.size()), nullptr);
        // The contacts of this run, by id; only asked about when some link owns an email.
        QSet<QString> inRun;
        if (!m_linkByEmail.isEmpty()) {
            inRun.reserve(desired.size());
            for (const DesiredSubscriber &d : desired) {
                inRun.insert(d.contactId);
            }
        }
        std::vector<std::pair<size_t, qsizetype>> byEmail; // (hash of the email key, position)
        byEmail.reserve(static_cast<size_t>(desired.size()));
        for (qsizetype i = 0; i < desired.size(); ++i) {
            const DesiredSubscriber &d = desired.at(i);
            if (d.emailKey.isEmpty()) {
                continue;
            }
            // The email already belongs to another synced contact. An incremental run only sees
            // contacts that changed, so that owner is usually absent: it still wins, or a changed
            // duplicate would overwrite its subscriber. A full run that no longer finds the owner
            // (deleted, left the set) lets the email move on.
            const Store::Link *owner = m_linkByEmail.value(d.emailKey, nullptr);
            if (owner && owner->contactId != d.contactId && !inRun.contains(owner->contactId)
                && !m_in.fullReconcile) {
                m_loserOf[static_cast<size_t>(i)] = &owner->contactId;
                continue;
            }
            byEmail.emplace_back(std::hash<std::u16string_view>()(view(d.emailKey)), i);
        }
        std::sort(byEmail.begin(), byEmail.end());
        for (auto first = byEmail.begin(); first != byEmail.end();) {
            const auto last = std::find_if(first, byEmail.end(), [first](const auto &entry) {
                return entry.first != first->first;
            });
            if (last - first > 1) {
                settleSameHash(first, last);
            }
            first = last;
        }
        for (qsizetype i = 0; i < desired.size(); ++i) {
            const QString *winner = m_loserOf[static_cast<size_t>(i)];
            if (!winner) {
                continue;
            }
            PlanItem item = baseItem(desired.at(i));
            item.action = Action::Duplicate;
            item.reason = tr("Another GoHighLevel contact (%1) has the same email address and is "
                             "synced instead.")
                              .arg(*winner);
            m_plan.items.append(std::move(item));
        }
    }

    // Contacts whose email keys hash alike, in fetch order; usually all one email, but a hash
    // may be shared by different emails, so each email is settled on its own: a contact linked
    // to the email wins (the last one, should the state hold two), else the first fetched, and
    // every other contact with that email names the winner.
    template<typename It>
    void settleSameHash(It first, It last)
    {
        std::vector<bool> settled(static_cast<size_t>(last - first), false);
        std::vector<qsizetype> members;
        for (It lead = first; lead != last; ++lead) {
            if (settled[static_cast<size_t>(lead - first)]) {
                continue;
            }
            const QString &emailKey = m_in.desired.at(lead->second).emailKey;
            members.clear();
            for (It other = lead; other != last; ++other) {
                if (m_in.desired.at(other->second).emailKey == emailKey) {
                    settled[static_cast<size_t>(other - first)] = true;
                    members.push_back(other->second);
                }
            }
            qsizetype winner = members.front();
            for (const qsizetype i : members) {
                const auto link = m_in.links.constFind(m_in.desired.at(i).contactId);
                if (link != m_in.links.cend() && link->emailKey() == emailKey) {
                    winner = i;
                }
            }
            for (const qsizetype i : members) {
                if (i != winner) {
                    m_loserOf[static_cast<size_t>(i)] = &m_in.desired.at(winner).contactId;
                }
            }
        }
    }

    // Only the keys the mapping writes count: MailerLite also holds fields nobody maps. The
    // result shares the desired fields' key list. A subscriber nobody knows anything about has
    // every value empty; contacts mapped alike share that one instance instead of each holding
    // a copy.
    static Mapping::FieldValues restrictTo(const QMap<QString, QString> &fields,
                                           const Mapping::FieldValues &desired, Output &out)
    {
        const QStringList keys = desired.keys();
        if (fields.isEmpty() && out.emptyBefore.keys() == keys) {
            return out.emptyBefore;
        }
        QStringList values;
        values.reserve(keys.size());
        for (const QString &key : keys) {
            values.append(fields.value(key));
        }
        Mapping::FieldValues restricted(keys, std::move(values));
        if (fields.isEmpty()) {
            out.emptyBefore = restricted;
        }
        return restricted;
    }

    PlanItem baseItem(const DesiredSubscriber &d) const
    {
        PlanItem item;
        item.contactId = d.contactId;
        item.email = d.email;
        item.name = d.name;
        item.after = d.fields;
        return item;
    }

    Known known(const DesiredSubscriber &d) const
    {
        Known k;
        const auto link = m_in.links.constFind(d.contactId);
        const Store::Link *byContact = link != m_in.links.cend() ? &link.value() : nullptr;
        const Store::Link *byEmail = m_linkByEmail.value(d.emailKey, nullptr);
        // After an email change the contact's old link names the old subscriber; the new email
        // is a different subscriber, so only an email match counts.
        k.link = (byContact && byContact->emailKey() == d.emailKey) ? byContact : byEmail;
        if (m_in.remote) {
            const auto it = m_in.remote->constFind(d.emailKey);
            if (it != m_in.remote->cend()) {
                k.exists = true;
                k.id = it->id;
                k.type = it->type;
                k.name = it->name;
                k.fields = it->fields;
                k.groups = it->groups;
            }
            return k;
        }
        if (k.link) {
            k.exists = true;
            k.id = k.link->subscriberId;
            k.type = k.link->subscriberType;
            k.name = k.link->name;
            k.fields = k.link->fields;
            k.groups = k.link->groups;
        }
        return k;
    }

    // Group ids to join; names of groups to create; notes on groups that cannot be used.
    void resolveGroups(const DesiredSubscriber &d, QList<qint64> *ids, QStringList *create,
                       QStringList *notes) const
    {
        for (const DesiredSubscriber::GroupRef &g : d.groups) {
            qint64 id = g.id;
            if (id == 0) {
                id = m_in.groupsByName.value(g.name.toLower(), 0);
            }
            if (id != 0) {
                ids->append(id);
            } else if (g.createIfMissing) {
                create->append(g.name); // becomes the item's groupNamesAdd
            } else {
                notes->append(tr("The MailerLite group \"%1\" does not exist.").arg(g.name));
            }
        }
    }

    void planContact(const DesiredSubscriber &d, Output &out) const
    {
        const Known k = known(d);
        const auto ownLink = m_in.links.constFind(d.contactId);
        if (ownLink != m_in.links.cend() && ownLink->emailKey() != d.emailKey
            && !d.emailKey.isEmpty()) {
            planEmailChange(d, ownLink.value(), out);
        }
        if (!d.inSyncedSet) {
            if (m_in.policy.mode == SyncPolicy::Mode::Mirror && k.exists) {
                planDeparture(k.id, d.contactId, d.email, k.type, k.groups,
                              tr("No longer in the synced set (the synced tag was removed)."), out);
            }
            return;
        }
        PlanItem item = baseItem(d);
        item.subscriberId = k.id;
        item.before = restrictTo(k.fields, d.fields, out);
        item.typeBefore = k.type;

        // Consent first: an opted-out contact is unsubscribed even when other fields are bad.
        if (d.optedOut) {
            planOptedOut(d, k, item, out);
            return;
        }
        QList<Mapping::PreflightIssue> issues
            = m_in.validator ? m_in.validator->validate(d) : QList<Mapping::PreflightIssue>();
        for (const DesiredSubscriber::FieldError &e : d.errors) {
            issues.append({d.contactId, e.field, e.code, e.message});
        }
        if (!issues.isEmpty()) {
            item.action = Action::SkipInvalid;
            QStringList messages;
            for (const Mapping::PreflightIssue &issue : issues) {
                messages.append(issue.message);
            }
            item.reason = messages.join(u"; "_s);
            out.items.append(std::move(item));
            return;
        }
        QList<qint64> groups;
        QStringList create;
        QStringList notes;
        resolveGroups(d, &groups, &create, &notes);
        for (qint64 id : groups) {
            if (!k.groups.contains(id)) {
                item.groupsAdd.append(id);
            }
        }
        item.groupNamesAdd = create;
        for (const DesiredSubscriber::GroupRef &g : d.groupsToLeave) {
            const qint64 id = g.id != 0 ? g.id : m_in.groupsByName.value(g.name.toLower(), 0);
            if (id != 0 && k.groups.contains(id)) {
                item.groupsRemove.append(id);
            }
        }
        // The hash covers what the subscriber should have, so unchanged contacts cost nothing.
        QList<qint64> finalGroups = k.groups;
        for (qint64 id : std::as_const(item.groupsAdd)) {
            finalGroups.append(id);
        }
        for (qint64 id : std::as_const(item.groupsRemove)) {
            finalGroups.removeAll(id);
        }
        item.payloadHash = payloadHash(d.emailKey, d.name, d.fields, finalGroups, create, false);

        if (!k.exists) {
            planCreate(item, notes, out);
            return;
        }
        planUpdate(d, k, item, notes, out);
    }

    void planOptedOut(const DesiredSubscriber &d, const Known &k, PlanItem &item, Output &out) const
    {
        item.payloadHash = payloadHash(d.emailKey, d.name, d.fields, k.groups, {}, true);
        if (!k.exists) {
            item.action = Action::BlockedByConsent;
            item.reason = out.reasons.dndBlocked;
        } else if (!isOptedOutType(k.type)) {
            item.action = Action::Unsubscribe;
            item.typeAfter = u"unsubscribed"_s;
            item.reason = out.reasons.dndUnsubscribe;
        } else if (k.link && k.link->payloadHash == item.payloadHash && !m_in.fullReconcile) {
            item.action = Action::SkipUnchanged;
            item.reason = out.reasons.dndUnchanged;
        } else if (detailsDiffer(k, d, item)) {
            item.action = Action::Update;
            item.reason = out.reasons.dndDetails;
        } else {
            item.action = Action::SkipUnchanged;
            item.reason = out.reasons.dndAlready;
        }
        out.items.append(std::move(item));
    }

    void planCreate(PlanItem &item, const QStringList &notes, Output &out) const
    {
        if (m_in.policy.mode == SyncPolicy::Mode::UpdateOnly) {
            item.action = Action::SkipUnchanged;
            item.reason = out.reasons.onlyUpdates;
        } else {
            item.action = Action::Create;
            item.typeAfter = u"active"_s;
            item.reason = out.reasons.newContact;
        }
        appendNotes(item, notes);
        out.items.append(std::move(item));
    }

    void planUpdate(const DesiredSubscriber &d, const Known &k, PlanItem &item,
                    const QStringList &notes, Output &out) const
    {
        const bool wantsActive = isOptedOutType(k.type);
        const bool changed = m_in.fullReconcile || !k.link
            ? (detailsDiffer(k, d, item) || !item.groupsAdd.isEmpty()
               || !item.groupsRemove.isEmpty() || !item.groupNamesAdd.isEmpty())
            : k.link->payloadHash != item.payloadHash;
        if (m_in.policy.mode == SyncPolicy::Mode::CreateOnly) {
            item.action = Action::SkipUnchanged;
            item.reason = out.reasons.onlyCreates;
        } else if (wantsActive && m_in.policy.allowResubscribe && k.type == u"unsubscribed") {
            item.action = Action::Update;
            item.resubscribe = true;
            item.typeAfter = u"active"_s;
            item.reason = tr(
                "Unsubscribed in MailerLite; resubscribed because this profile allows it and the "
                "contact has no email do-not-disturb.");
        } else if (changed) {
            item.action = Action::Update;
            item.reason = wantsActive
                ? tr("Details changed; the subscriber stays %1 in MailerLite.").arg(k.type)
                : m_in.fullReconcile && k.link && k.link->payloadHash == item.payloadHash
                ? out.reasons.changedThere
                : out.reasons.changedHere;
        } else if (wantsActive && k.link == nullptr) {
            item.action = Action::BlockedByConsent;
            item.reason = tr("%1 in MailerLite: not resubscribed (this profile does not allow it).")
                              .arg(k.type);
        } else {
            item.action = Action::SkipUnchanged;
            item.reason = out.reasons.unchanged;
        }
        appendNotes(item, notes);
        out.items.append(std::move(item));
    }

    // An unmapped (empty) name is not a difference: only what the mapping writes is compared.
    static bool detailsDiffer(const Known &k, const DesiredSubscriber &d, const PlanItem &item)
    {
        return item.before != d.fields || (!d.name.isEmpty() && k.name != d.name);
    }

    static void appendNotes(PlanItem &item, const QStringList &notes)
    {
        if (!notes.isEmpty()) {
            item.reason += u' ' + notes.join(u' ');
        }
    }

    void planEmailChange(const DesiredSubscriber &d, const Store::Link &old, Output &out) const
    {
        const QString why = tr("Email changed from %1 to %2 (MailerLite cannot change an email).")
                                .arg(old.email, d.email);
        if (m_in.policy.onEmailChange == SyncPolicy::Departure::Leave) {
            return;
        }
        planDeparture(old.subscriberId, d.contactId, old.email, old.subscriberType, old.groups, why,
                      m_in.policy.onEmailChange, out);
    }

    void planDeparture(qint64 subscriberId, const QString &contactId, const QString &email,
                       const QString &type, const QList<qint64> &groups, const QString &why,
                       Output &out) const
    {
        planDeparture(subscriberId, contactId, email, type, groups, why, m_in.policy.onLeaveSet,
                      out);
    }

    void planDeparture(qint64 subscriberId, const QString &contactId, const QString &email,
                       const QString &type, const QList<qint64> &groups, const QString &why,
                       SyncPolicy::Departure departure, Output &out) const
    {
        PlanItem item;
        item.contactId = contactId;
        item.email = email;
        item.subscriberId = subscriberId;
        item.typeBefore = type;
        item.reason = why;
        if (departure == SyncPolicy::Departure::Leave) {
            return;
        }
        if (departure == SyncPolicy::Departure::Unsubscribe) {
            if (isOptedOutType(type)) {
                return;
            }
            item.action = Action::Unsubscribe;
            item.typeAfter = u"unsubscribed"_s;
        } else {
            for (qint64 id : groups) {
                if (m_in.managedGroups.contains(id)) {
                    item.groupsRemove.append(id);
                }
            }
            if (item.groupsRemove.isEmpty()) {
                return;
            }
            item.action = Action::RemoveFromGroups;
        }
        out.items.append(std::move(item));
    }

    // Mirror mode on a full run: linked contacts that were not fetched were deleted in GHL.
    void planDepartedContacts(Output &out) const
    {
        QSet<QString> fetched;
        for (const DesiredSubscriber &d : m_in.desired) {
            fetched.insert(d.contactId);
        }
        for (auto it = m_in.links.begin(); it != m_in.links.end(); ++it) {
            if (fetched.contains(it.key())) {
                continue;
            }
            QString type = it->subscriberType;
            QList<qint64> groups = it->groups;
            if (m_in.remote) {
                const auto remote = m_in.remote->constFind(it->emailKey());
                if (remote == m_in.remote->cend()) {
                    continue; // already gone from MailerLite
                }
                type = remote->type;
                groups = remote->groups;
            }
            planDeparture(it->subscriberId, it.key(), it->email, type, groups,
                          tr("Deleted in GoHighLevel."), out);
        }
    }

    void checkBlastRadius()
    {
        const int destructive = m_plan.destructiveCount();
        const int linked = int(m_in.links.size());
        const double percent = linked > 0 ? 100.0 * destructive / linked : 0.0;
        const bool overCount = destructive > m_in.policy.maxDestructiveCount;
        // A handful of removals in a small list is routine; the percentage guards large lists.
        constexpr int percentFloor = 10;
        const bool overPercent
            = destructive >= percentFloor && percent > m_in.policy.maxDestructivePercent;
        if (overCount || overPercent) {
            m_plan.blastRadiusExceeded = true;
            m_plan.blastRadiusMessage = tr("This run would unsubscribe or remove %1 subscribers "
                                           "(%2% of %3 synced), more than the profile "
                                           "allows (%4, or %5%). Nothing was changed.")
                                            .arg(destructive)
                                            .arg(percent, 0, 'f', 1)
                                            .arg(linked)
                                            .arg(m_in.policy.maxDestructiveCount)
                                            .arg(m_in.policy.maxDestructivePercent, 0, 'f', 1);
        }
    }

    // tr() here, in Run, so the texts keep the context lupdate filed them under.
    static Reasons translatedReasons()
    {
        return {
            .newContact = tr("New in GoHighLevel."),
            .onlyUpdates
            = tr("Not in MailerLite, and this profile only updates existing subscribers."),
            .onlyCreates
            = tr("Already in MailerLite, and this profile only creates new subscribers."),
            .unchanged = tr("Unchanged since the last sync."),
            .changedHere = tr("Changed in GoHighLevel."),
            .changedThere = tr("MailerLite differs from what was last synced (changed there)."),
            .dndBlocked
            = tr("Email is set to do-not-disturb in GoHighLevel: not added to MailerLite."),
            .dndUnsubscribe = tr("Email is set to do-not-disturb in GoHighLevel."),
            .dndUnchanged = tr("Already unsubscribed and unchanged."),
            .dndDetails = tr("Details changed; the subscriber stays unsubscribed."),
            .dndAlready = tr("Already unsubscribed."),
        };
    }

    const Planner::Input &m_in;
    Plan m_plan;
    QHash<QString, const Store::Link *> m_linkByEmail;
    // By position in the input: the id of the contact that wins this one's email, or null.
    // The ids point into the input (desired or links).
    std::vector<const QString *> m_loserOf;
};

} // namespace

Plan Planner::plan(const Input &input)
{
    return Run(input).finish();
}

} // namespace Sync
