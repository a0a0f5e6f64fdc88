// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GhlClient and GhlOAuth tests share: a small hand-made dataset for the real FakeGhl,
// its tokens, the traffic log set-up and a helper that waits for one callback.
#include "fakeghl.h"
#include "ghl/ghlclient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

#include <optional>

namespace GhlFixture {

inline const QString Location = QStringLiteral("loc0000000000000000A");
inline const QString OtherLocation = QStringLiteral("otherLocation0000000");
inline const QString Ann = QStringLiteral("c000000000000000001");
inline const QString Bob = QStringLiteral("c000000000000000002");

inline QJsonObject contact(const QString &id, const QString &first, const QString &email,
                           const QString &added, const QString &business)
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("locationId"), Location},
        {QStringLiteral("firstName"), first},
        {QStringLiteral("lastName"), QStringLiteral("Doe")},
        {QStringLiteral("fullNameLowerCase"), QString(first.toLower() + QStringLiteral(" doe"))},
        {QStringLiteral("email"), email},
        {QStringLiteral("emailLowerCase"), email.toLower()},
        {QStringLiteral("tags"), QJsonArray {QStringLiteral("vip")}},
        {QStringLiteral("type"), QStringLiteral("lead")},
        {QStringLiteral("businessId"), business},
        {QStringLiteral("customFields"), QJsonArray()},
        // Not modelled by Ghl::Contact: must survive the round trip.
        {QStringLiteral("attributionSource"),
         QJsonObject {{QStringLiteral("medium"), QStringLiteral("manual")}}},
        {QStringLiteral("dateAdded"), added},
        {QStringLiteral("dateUpdated"), added}};
}

inline Sandbox::Dataset smallDataset()
{
    Sandbox::Dataset data;
    data.ghlContacts = {contact(Ann, QStringLiteral("Ann"), QStringLiteral("ann@example.com"),
                                QStringLiteral("2025-01-01T10:00:00.000Z"), QStringLiteral("biz1")),
                        contact(Bob, QStringLiteral("Bob"), QStringLiteral("bob@example.com"),
                                QStringLiteral("2025-01-02T10:00:00.000Z"), QStringLiteral("biz1")),
                        contact(QStringLiteral("c000000000000000003"), QStringLiteral("Cy"),
                                QStringLiteral("cy@example.com"),
                                QStringLiteral("2025-03-01T10:00:00.000Z"), QString())};
    data.ghlNotes.insert(
        Ann,
        {QJsonObject {{QStringLiteral("id"), QStringLiteral("n1")},
                      {QStringLiteral("body"), QStringLiteral("first call")},
                      {QStringLiteral("contactId"), Ann},
                      {QStringLiteral("color"), QStringLiteral("#FFAA00")},
                      {QStringLiteral("dateAdded"), QStringLiteral("2025-01-03T10:00:00.000Z")}}});
    data.ghlTasks.insert(
        Ann,
        {QJsonObject {{QStringLiteral("id"), QStringLiteral("t1")},
                      {QStringLiteral("title"), QStringLiteral("Call back")},
                      {QStringLiteral("contactId"), Ann},
                      {QStringLiteral("completed"), false},
                      {QStringLiteral("dueDate"), QStringLiteral("2025-02-01T10:00:00.000Z")}}});
    data.ghlAppointments.insert(
        Ann,
        {QJsonObject {{QStringLiteral("id"), QStringLiteral("ev1")},
                      {QStringLiteral("calendarId"), QStringLiteral("cal1")},
                      {QStringLiteral("title"), QStringLiteral("Demo")},
                      {QStringLiteral("contactId"), Ann},
                      {QStringLiteral("startTime"), QStringLiteral("2025-02-01 11:00:00")}}});
    data.ghlCustomFields
        = {QJsonObject {{QStringLiteral("id"), QStringLiteral("cf1")},
                        {QStringLiteral("name"), QStringLiteral("Pincode")},
                        {QStringLiteral("fieldKey"), QStringLiteral("contact.pincode")},
                        {QStringLiteral("dataType"), QStringLiteral("TEXT")},
                        {QStringLiteral("model"), QStringLiteral("contact")}},
           QJsonObject {{QStringLiteral("id"), QStringLiteral("cf2")},
                        {QStringLiteral("name"), QStringLiteral("Plan")},
                        {QStringLiteral("fieldKey"), QStringLiteral("contact.plan")},
                        {QStringLiteral("dataType"), QStringLiteral("SINGLE_OPTIONS")},
                        {QStringLiteral("picklistOptions"), QJsonArray {QStringLiteral("a")}},
                        {QStringLiteral("model"), QStringLiteral("contact")}}};
    return data;
}

// pit-rw may do everything; the others each lack something.
inline QList<Sandbox::FakeGhl::PrivateToken> tokens()
{
    return {{QStringLiteral("pit-rw"), Sandbox::FakeGhl::allScopes(), {}},
            {QStringLiteral("pit-ro"), {QStringLiteral("contacts.readonly")}, {}},
            {QStringLiteral("pit-fields"), {QStringLiteral("locations/customFields.readonly")}, {}},
            {QStringLiteral("pit-other"), Sandbox::FakeGhl::allScopes(), OtherLocation}};
}

// The traffic of these tests feeds the OpenAPI contract check: FakeGhl appends to the file
// named by CB_GHL_TRAFFIC_LOG (set by ctest); start each run with a fresh file.
inline void startTrafficLog()
{
    const QString log = qEnvironmentVariable("CB_GHL_TRAFFIC_LOG");
    if (!log.isEmpty()) {
        QDir().mkpath(QFileInfo(log).absolutePath());
        QFile::remove(log);
    }
}

// Fast retries so failure paths finish quickly; seeded for repeatable jitter.
inline Api::RetryPolicy::Config quickRetries(int attempts)
{
    Api::RetryPolicy::Config retry;
    retry.maxAttempts = attempts;
    retry.baseDelay = std::chrono::milliseconds(1);
    retry.maxDelay = std::chrono::milliseconds(5);
    retry.seed = 7;
    return retry;
}

// Starts an operation with a callback and waits for its one result.
template<typename T, typename Start>
Result<T> await(Start start, int timeoutMs = 15000)
{
    std::optional<Result<T>> out;
    int calls = 0;
    start([&out, &calls](Result<T> result) {
        ++calls;
        out.emplace(std::move(result));
    });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs)) {
        return Error {Error::Kind::Internal, QStringLiteral("no result in time"), {}, 0};
    }
    QTest::qWait(0); // a second delivery would show up here
    if (calls != 1) {
        return Error {
            Error::Kind::Internal, QStringLiteral("callback ran %1 times").arg(calls), {}, 0};
    }
    return std::move(*out);
}

// The error of a failed result for a test message; empty when it succeeded.
template<typename T>
QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toLogString();
}

inline qint64 requestsTo(const Sandbox::FakeGhl &ghl, const QString &endpoint)
{
    return ghl.stats().value(QStringLiteral("by_endpoint")).toObject().value(endpoint).toInteger();
}

} // namespace GhlFixture
