// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ghl/contact.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <variant>

// How GhlClient reads GHL's response envelopes ({"contact":{...}}, {"notes":[...]}, ...) into
// value types. Unknown members stay in the value types' raw JSON. Pure functions; any thread.
namespace Api::GhlParse {

[[nodiscard]] inline Error missing(const QString &what)
{
    return Error {Error::Kind::Parse,
                  QCoreApplication::translate("GhlErrors",
                                              "GoHighLevel sent a response ContactBridge could "
                                              "not read."),
                  QStringLiteral("parse: the answer has no %1").arg(what), 0};
}

// The object under `key`, parsed with T::fromJson.
template<typename T>
[[nodiscard]] Result<T> objectIn(const QJsonObject &envelope, const QString &key)
{
    const QJsonValue value = envelope.value(key);
    if (!value.isObject()) {
        return missing(key);
    }
    return T::fromJson(value.toObject());
}

// Every object of the array under `key`; one unreadable item fails the whole answer, because a
// silently shortened list would look like deletions to a sync.
template<typename T>
[[nodiscard]] Result<QList<T>> listIn(const QJsonObject &envelope, const QString &key)
{
    const QJsonValue value = envelope.value(key);
    if (!value.isArray()) {
        return missing(key);
    }
    QList<T> items;
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (const QJsonValue &item : array) {
        Result<T> parsed = T::fromJson(item.toObject());
        if (!parsed.ok()) {
            return parsed.error();
        }
        items.append(std::move(parsed).value());
    }
    return items;
}

[[nodiscard]] inline Result<Ghl::Contact> contactIn(const QJsonObject &envelope)
{
    return objectIn<Ghl::Contact>(envelope, QStringLiteral("contact"));
}

[[nodiscard]] inline Result<std::monostate> nothing(const QJsonObject &)
{
    return std::monostate {};
}

} // namespace Api::GhlParse
