// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Executor: the groups a plan creates, then the bulk group imports.
#include "sync/executor.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

using Action = PlanItem::Action;

} // namespace

void Executor::createGroups()
{
    m_phase = Phase::Groups;
    if (m_plan.groupsToCreate.isEmpty()) {
        startImports();
        return;
    }
    // A saved plan may be applied later: create only what still does not exist, because a
    // repeated create would make a second group with the same name.
    ++m_requestsInFlight;
    m_client.listGroups(&m_context, [this](Result<QList<MailerLite::Group>> groups) {
        --m_requestsInFlight;
        if (!groups.ok()) {
            stopWithFatal(groups.error());
            return;
        }
        QStringList missing;
        for (const QString &name : std::as_const(m_plan.groupsToCreate)) {
            const auto it = std::find_if(groups.value().begin(), groups.value().end(),
                                         [&name](const MailerLite::Group &g) {
                                             return g.name.compare(name, Qt::CaseInsensitive) == 0;
                                         });
            if (it != groups.value().end()) {
                m_createdGroups.insert(name.toLower(), it->id);
            } else {
                missing.append(name);
            }
        }
        auto remaining = std::make_shared<int>(int(missing.size()));
        auto announce = [this] {
            QHash<QString, qint64> byName;
            for (const QString &name : std::as_const(m_plan.groupsToCreate)) {
                byName.insert(name, m_createdGroups.value(name.toLower()));
            }
            Q_EMIT groupsCreated(byName);
            startImports();
        };
        if (missing.isEmpty()) {
            announce();
            return;
        }
        for (const QString &name : std::as_const(missing)) {
            ++m_requestsInFlight;
            m_client.createGroup(name, &m_context,
                                 [this, name, remaining, announce](Result<MailerLite::Group> g) {
                                     --m_requestsInFlight;
                                     if (!g.ok()) {
                                         stopWithFatal(g.error());
                                         return;
                                     }
                                     m_createdGroups.insert(name.toLower(), g.value().id);
                                     if (--*remaining == 0) {
                                         announce();
                                     }
                                 });
        }
    });
}

qint64 Executor::groupId(qint64 id, const QString &name) const
{
    return id != 0 ? id : m_createdGroups.value(name.toLower(), 0);
}

void Executor::startImports()
{
    m_phase = Phase::Imports;
    // Group id -> items to import into it. An item joining two groups rides in both imports;
    // the second one reports it unchanged.
    QMap<qint64, QList<int>> perGroup;
    for (int i = 0; i < int(m_items.size()); ++i) {
        const PlanItem &item = m_items[i]->item;
        const bool importable = item.action == Action::Create || item.action == Action::Update
            || item.action == Action::SkipUnchanged;
        if (!importable) {
            continue;
        }
        for (qint64 id : item.groupsAdd) {
            perGroup[id].append(i);
        }
        for (const QString &name : item.groupNamesAdd) {
            if (const qint64 id = groupId(0, name)) {
                perGroup[id].append(i);
            }
        }
    }
    for (auto it = perGroup.begin(); it != perGroup.end(); ++it) {
        const qint64 gid = it.key();
        const QList<int> &indices = it.value();
        for (qsizetype start = 0; start < indices.size(); start += ImportChunk) {
            const QList<int> chunk = indices.mid(start, ImportChunk);
            QList<MailerLite::SubscriberInput> inputs;
            for (int index : chunk) {
                const PlanItem &item = m_items[index]->item;
                MailerLite::SubscriberInput input;
                input.email = item.email;
                input.name = item.name;
                input.fields = item.after.toMap();
                inputs.append(input);
                m_items[index]->pending += 1;
                m_items[index]->sent = true;
                m_items[index]->payload
                    = QJsonDocument(input.toImportJson()).toJson(QJsonDocument::Compact);
            }
            ++m_requestsInFlight;
            // resubscribe stays false: an import never reactivates anyone; a permitted
            // resubscribe goes separately, in a batch, so it is explicit and logged.
            m_client.importToGroup(gid, inputs, false, &m_context,
                                   [this, chunk](const Result<MailerLite::ImportResult> &result) {
                                       importAnswered(chunk, result);
                                   });
        }
    }
    startBatches();
}

void Executor::importAnswered(const QList<int> &chunk,
                              const Result<MailerLite::ImportResult> &result)
{
    --m_requestsInFlight;
    if (!result.ok()) {
        const Error error = result.error(); // a copy: stopping deletes the call that owns it
        if (stopsTheRun(error)) {
            stopWithFatal(error);
            return;
        }
        for (int index : chunk) {
            operationDone(index, error, 0, {}, {});
        }
        if (breakerTripped(error)) {
            return;
        }
        flushFinished();
        maybeFinish();
        return;
    }
    m_breaker.answered();
    QHash<QString, qint64> ids;
    QHash<QString, QString> errors;
    const auto &r = result.value();
    for (const auto *list : {&r.imported, &r.updated, &r.unchanged}) {
        for (const auto &e : *list) {
            ids.insert(e.email.trimmed().toLower(), e.id);
        }
    }
    for (const auto &e : r.errors) {
        errors.insert(e.email.trimmed().toLower(), e.message);
    }
    for (int index : chunk) {
        const QString key = m_items[index]->item.email.trimmed().toLower();
        if (ids.contains(key)) {
            operationDone(index, std::nullopt, ids.value(key), {}, {});
            continue;
        }
        const QString message = errors.value(key);
        operationDone(index,
                      Error {Error::Kind::Validation,
                             message.isEmpty()
                                 ? tr("MailerLite did not report this subscriber in the import "
                                      "result.")
                                 : tr("MailerLite refused the subscriber: %1").arg(message),
                             u"import"_s, 0},
                      0, {}, {});
    }
    flushFinished();
    maybeFinish();
}

} // namespace Sync
