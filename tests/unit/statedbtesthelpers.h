// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the state database tests.

#include "store/statedatabase.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTest>

#include <memory>

// Evaluates its argument once, so it may be given a write.
#define CB_VERIFY_OK(expression) \
    do { \
        const auto &verifyResult_ = (expression); \
        QVERIFY2(verifyResult_.ok(), qPrintable(StateDbTest::describe(verifyResult_))); \
    } while (false)

namespace StateDbTest {

using namespace Qt::StringLiterals;

using Store::Migration;
using Store::StateDatabase;
using DbResult = Result<std::unique_ptr<StateDatabase>>;

template<typename T>
inline QString describe(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toLogString();
}

// One value from a query, or an invalid QVariant when it fails.
inline QVariant scalar(const StateDatabase &db, const QString &sql, const QVariantMap &binds = {})
{
    auto query = db.run(sql, binds);
    if (!query.ok() || !query.value().next()) {
        return {};
    }
    return query.value().value(0);
}

inline Migration migration(int version, const QString &sql)
{
    return Migration {version, u"%1_test"_s.arg(version, 3, 10, QChar(u'0')), sql};
}

// Builds a file with a plain connection, outside StateDatabase.
inline bool createRawDatabase(const QString &path, const QStringList &statements)
{
    const QString name = u"raw:"_s + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Content and mtime of a file. The mtime is first pushed into the past, so any write shows.
struct Fingerprint
{
    QByteArray bytes;
    QDateTime modified;
    bool operator==(const Fingerprint &) const = default;
};

inline Fingerprint fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return {file.readAll(), QFileInfo(path).lastModified()};
}

inline bool ageFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC),
                            QFileDevice::FileModificationTime);
}

inline bool insertRun(const StateDatabase &db, const QString &profile = u"main"_s)
{
    return db
        .run(u"INSERT INTO runs (profile, mode, started_at) VALUES (:p, 'upsert', 1000)"_s,
             {{u":p"_s, profile}})
        .ok();
}

} // namespace StateDbTest
