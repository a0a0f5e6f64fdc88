// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FakeMailerLite: the /groups and /fields endpoints (group membership lives next door).
#include "fakemailerlite.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const MlError GroupNotFound {404, 123, u"Group not found"_s};
const MlError NoGroupName {400, 123, u"Group name must be provided"_s};
const MlError WrongData {400, 123, u"Wrong data provided"_s};

qint64 idArg(const HttpRequest &request)
{
    return request.args.value(0).toLongLong();
}

} // namespace

void FakeMailerLite::addGroupRoutes()
{
    addRoute("GET", u"/groups"_s, [this](const HttpRequest &request) {
        QJsonArray list;
        for (const MlGroup *group : m_store.groups(offsetParam(request), limitParam(request))) {
            list.append(MlSubscriberStore::render(*group));
        }
        return reply(200, list);
    });
    addRoute("GET", u"/groups/count"_s, [this](const HttpRequest &) {
        return reply(200, QJsonObject {{u"count"_s, qint64(m_store.groupCount())}});
    });
    addRoute("POST", u"/groups/search"_s, [this](const HttpRequest &request) {
        QJsonObject body;
        if (!bodyObject(request, &body)) {
            return refuse(WrongData);
        }
        const QString needle = body.value(u"group_name"_s).toString();
        QJsonArray list;
        for (const MlGroup *group : m_store.groups(0, m_store.groupCount())) {
            if (group->name.contains(needle, Qt::CaseInsensitive)) {
                list.append(MlSubscriberStore::render(*group));
            }
        }
        return reply(200, list);
    });
    addRoute("POST", u"/groups"_s, [this](const HttpRequest &request) {
        QJsonObject body;
        if (!bodyObject(request, &body)) {
            return refuse(WrongData);
        }
        const QString name = body.value(u"name"_s).toString().trimmed();
        if (name.isEmpty()) {
            return refuse(NoGroupName);
        }
        const MlGroup &group = m_store.createGroup(name, now());
        countWrites();
        // The create answer is 201 and shows null dates (fixtures/groups/create.json), while
        // later reads show the stored ones.
        QJsonObject rendered = MlSubscriberStore::render(group);
        rendered.insert(u"date_created"_s, QJsonValue::Null);
        rendered.insert(u"date_updated"_s, QJsonValue::Null);
        return reply(201, rendered);
    });
    addRoute("GET", u"/groups/:id"_s, [this](const HttpRequest &request) {
        const MlGroup *group = m_store.group(idArg(request));
        return group ? reply(200, MlSubscriberStore::render(*group)) : refuse(GroupNotFound);
    });
    addRoute("PUT", u"/groups/:id"_s, [this](const HttpRequest &request) {
        MlGroup *group = m_store.group(idArg(request));
        if (!group) {
            return refuse(GroupNotFound);
        }
        QJsonObject body;
        if (!bodyObject(request, &body)) {
            return refuse(WrongData);
        }
        const QString name = body.value(u"name"_s).toString().trimmed();
        if (name.isEmpty()) {
            return refuse(NoGroupName);
        }
        if (name != group->name) {
            group->name = name;
            group->dateUpdated = now();
            countWrites();
        }
        return reply(200, MlSubscriberStore::render(*group));
    });
    addRoute("DELETE", u"/groups/:id"_s, [this](const HttpRequest &request) {
        if (!m_store.removeGroup(idArg(request))) {
            return refuse(GroupNotFound);
        }
        countWrites();
        return HttpResponse::empty(204);
    });
}

void FakeMailerLite::addFieldRoutes()
{
    addRoute("GET", u"/fields"_s, [this](const HttpRequest &) {
        QJsonArray list;
        for (const MlField &field : m_store.fields().all()) {
            list.append(MlFieldCatalog::toJson(field));
        }
        return reply(200, list); // built-ins first, then custom fields; no pagination
    });
    addRoute("POST", u"/fields"_s, [this](const HttpRequest &request) {
        QJsonObject body;
        if (!bodyObject(request, &body)) {
            return refuse(WrongData);
        }
        MlField created;
        if (auto error
            = m_store.fields().create(body.value(u"title"_s).toString(),
                                      body.value(u"type"_s).toString(), now(), &created)) {
            return refuse(*error);
        }
        countWrites();
        return reply(200, MlFieldCatalog::toJson(created));
    });
    addRoute("PUT", u"/fields/:id"_s, [this](const HttpRequest &request) {
        QJsonObject body;
        if (!bodyObject(request, &body)) {
            return refuse(WrongData);
        }
        MlField renamed;
        if (auto error = m_store.fields().rename(idArg(request), body.value(u"title"_s).toString(),
                                                 now(), &renamed)) {
            return refuse(*error);
        }
        countWrites();
        return reply(200, MlFieldCatalog::toJson(renamed));
    });
    addRoute("DELETE", u"/fields/:id"_s, [this](const HttpRequest &request) {
        MlField removed;
        if (auto error = m_store.fields().remove(idArg(request), &removed)) {
            return refuse(*error);
        }
        m_store.dropFieldValues(removed.key);
        countWrites();
        return HttpResponse::empty(204);
    });
}

} // namespace Sandbox
