// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/migration.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace Store {

// The SQLite state file (runs, items, links, failures, consent ledger, cursors, run logs).
// open() creates one named QSQLITE connection, checks that the file is a ContactBridge state file
// this build understands, turns on WAL, foreign keys and a busy timeout, and applies pending
// migrations. Each instance lives in the thread that opened it: every thread opens its own
// StateDatabase under its own connection name. The sync worker opens it ReadWrite; readers
// (the GUI) open it ReadOnly, which never migrates and never writes.
// LinkStore, RunStore, FailureStore and ConsentLedger run their SQL through it.
class StateDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(Store::StateDatabase)

public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // The busy timeout set on every connection, in milliseconds.
    static constexpr int busyTimeoutMs = 5000;

    // Opens (ReadWrite: creates) the state file at `path`. Errors are Kind::Storage with a
    // message for the user; a file that is damaged or from a newer build is never modified.
    [[nodiscard]] static Result<std::unique_ptr<StateDatabase>>
    open(const QString &path, const QString &connectionName, OpenMode mode = OpenMode::ReadWrite);

    // Test hook: opens ReadWrite with `migrations` in place of the bundled list.
    [[nodiscard]] static Result<std::unique_ptr<StateDatabase>>
    openWithMigrations(const QString &path, const QString &connectionName,
                       const QList<Migration> &migrations);

    // The schema version this build creates: the number of bundled migrations.
    [[nodiscard]] static int latestVersion();

    StateDatabase(const StateDatabase &) = delete;
    StateDatabase &operator=(const StateDatabase &) = delete;
    // Closes and removes the connection. Drop every QSqlQuery and QSqlDatabase copy first.
    ~StateDatabase();

    [[nodiscard]] QSqlDatabase database() const { return m_db; }
    [[nodiscard]] QString connectionName() const { return m_connectionName; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }
    // PRAGMA user_version of the open file.
    [[nodiscard]] Result<int> schemaVersion() const;

    // A forward-only query prepared on this connection.
    [[nodiscard]] Result<QSqlQuery> prepare(const QString &sql) const;
    // Executes a prepared query; a failure becomes Error{Kind::Storage}.
    [[nodiscard]] Status exec(QSqlQuery &query) const;
    // Prepares `sql`, binds the named values (keys as written in the SQL: ":profile") and
    // executes it. The returned query stands before its first row.
    [[nodiscard]] Result<QSqlQuery> run(const QString &sql, const QVariantMap &binds = {}) const;

    // Runs `work` in a transaction: commits when it returns success, rolls back when it
    // returns an error (which is passed on) or when the commit fails. Calls nest through
    // savepoints, so a store may open one inside a caller's transaction. Use this instead of
    // QSqlDatabase::transaction().
    [[nodiscard]] Status transaction(const std::function<Status()> &work);

    // A user message chosen by the SQLite error class (busy, disk full, read-only, damaged),
    // with `what` and the SQLite text in the detail.
    [[nodiscard]] Error storageError(const QSqlError &error, const QString &what) const;

private:
    StateDatabase(QString path, QString connectionName, OpenMode mode);

    static Result<std::unique_ptr<StateDatabase>>
    openImpl(const QString &path, const QString &connectionName, OpenMode mode,
             const Result<QList<Migration>> &migrations);

    Status initialise(const QList<Migration> &migrations);
    Status preparePath() const;
    Status connect();
    Result<int> readVersion() const;
    Status checkWritable(int version);
    Status applyPragmas();
    Status applyMigration(const Migration &migration);
    Status execSql(const QString &sql) const;

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    OpenMode m_mode;
    int m_transactionDepth = 0;
};

} // namespace Store
