// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statedatabase.h"

#include "log/logging.h"
#include "store/sqliteerror.h"
#include "store/sqlscript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Store {

Result<std::unique_ptr<StateDatabase>>
StateDatabase::open(const QString &path, const QString &connectionName, OpenMode mode)
{
    return openImpl(path, connectionName, mode, loadMigrations(bundledMigrationDirectory()));
}

Result<std::unique_ptr<StateDatabase>>
StateDatabase::openWithMigrations(const QString &path, const QString &connectionName,
                                  const QList<Migration> &migrations)
{
    Result<QList<Migration>> checked = migrations;
    if (Status valid = validateMigrations(migrations); !valid.ok()) {
        checked = valid.error();
    }
    return openImpl(path, connectionName, OpenMode::ReadWrite, checked);
}

int StateDatabase::latestVersion()
{
    const Result<QList<Migration>> migrations = loadMigrations(bundledMigrationDirectory());
    return migrations.ok() ? static_cast<int>(migrations.value().size()) : 0;
}

Result<std::unique_ptr<StateDatabase>>
StateDatabase::openImpl(const QString &path, const QString &connectionName, OpenMode mode,
                        const Result<QList<Migration>> &migrations)
{
    if (!migrations.ok()) {
        qCCritical(lcStore).noquote() << migrations.error().toLogString();
        return migrations.error();
    }
    if (QSqlDatabase::contains(connectionName)) {
        // Replacing it would silently break the thread that owns it.
        return Error {Error::Kind::Internal, tr("The state database was opened twice."),
                      u"connection name %1 is already in use"_s.arg(connectionName)};
    }
    std::unique_ptr<StateDatabase> db(new StateDatabase(path, connectionName, mode));
    if (Status status = db->initialise(migrations.value()); !status.ok()) {
        qCWarning(lcStore).noquote() << status.error().toLogString();
        return status.error();
    }
    return db;
}

StateDatabase::StateDatabase(QString path, QString connectionName, OpenMode mode)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_mode(mode)
{ }

StateDatabase::~StateDatabase()
{
    if (!m_db.isValid()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status StateDatabase::initialise(const QList<Migration> &migrations)
{
    if (m_mode == OpenMode::ReadWrite) {
        if (Status ready = preparePath(); !ready.ok()) {
            return ready;
        }
    }
    if (Status connected = connect(); !connected.ok()) {
        return connected;
    }
    // Nothing below writes to the file until it is known to be a state file this build
    // understands: a damaged or newer file must stay byte for byte as it was.
    const Result<int> version = readVersion();
    if (!version.ok()) {
        return version.error();
    }
    const int latest = static_cast<int>(migrations.size());
    if (version.value() > latest) {
        return Error {Error::Kind::Storage,
                      tr("The state file %1 was made by a newer version of ContactBridge (schema "
                         "version %2; this version knows up to %3). Update ContactBridge to use "
                         "it. The file was not changed.")
                          .arg(QDir::toNativeSeparators(m_path))
                          .arg(version.value())
                          .arg(latest),
                      u"user_version %1 > %2 in %3"_s.arg(QString::number(version.value()),
                                                          QString::number(latest), m_path)};
    }
    if (m_mode == OpenMode::ReadOnly) {
        if (version.value() < latest) {
            return Error {Error::Kind::Storage,
                          tr("The state file %1 has not been upgraded to this version of "
                             "ContactBridge yet. Start a sync once to upgrade it.")
                              .arg(QDir::toNativeSeparators(m_path)),
                          u"read-only open of schema %1 < %2"_s.arg(
                              QString::number(version.value()), QString::number(latest))};
        }
        return execSql(u"PRAGMA foreign_keys = ON"_s);
    }
    if (Status writable = checkWritable(version.value()); !writable.ok()) {
        return writable;
    }
    if (Status pragmas = applyPragmas(); !pragmas.ok()) {
        return pragmas;
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= version.value()) {
            continue;
        }
        if (Status applied = applyMigration(migration); !applied.ok()) {
            return applied;
        }
        qCInfo(lcStore) << "applied migration" << migration.name << "to" << m_connectionName;
    }
    return success();
}

Status StateDatabase::preparePath() const
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile()) {
        return Error {Error::Kind::Storage,
                      tr("The state file %1 is a folder or a special file, not a database.")
                          .arg(QDir::toNativeSeparators(m_path)),
                      u"not a regular file: %1"_s.arg(m_path)};
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return Error {Error::Kind::Storage,
                      tr("Could not create the folder %1 for the state file.")
                          .arg(QDir::toNativeSeparators(info.absolutePath())),
                      u"mkpath failed: %1"_s.arg(info.absolutePath())};
    }
    return success();
}

Status StateDatabase::connect()
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        return Error {Error::Kind::Storage,
                      tr("SQLite support is missing from this installation of ContactBridge."),
                      u"QSQLITE driver not available; drivers: %1"_s.arg(
                          QSqlDatabase::drivers().join(u", "_s))};
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
    if (m_mode == OpenMode::ReadOnly) {
        options += u";QSQLITE_OPEN_READONLY"_s;
    }
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        return storageError(m_db.lastError(), u"open"_s);
    }
    if (m_mode == OpenMode::ReadWrite && QFileInfo::exists(m_path)) {
        // The file holds people's addresses and names: readable by its owner only. SQLite
        // gives its journal and WAL files the database file's mode.
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return success();
}

Result<int> StateDatabase::readVersion() const
{
    // Reading the schema makes SQLite check the header and the page count, so random bytes
    // and truncated files fail here, before anything is written.
    QSqlQuery schema(m_db);
    if (!schema.exec(u"SELECT count(*) FROM sqlite_schema"_s)) {
        return storageError(schema.lastError(), u"read schema"_s);
    }
    return schemaVersion();
}

Result<int> StateDatabase::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return storageError(query.lastError(), u"PRAGMA user_version"_s);
    }
    return query.value(0).toInt();
}

Status StateDatabase::checkWritable(int version)
{
    // SQLite silently opens an unwritable file read-only, and in WAL mode even BEGIN IMMEDIATE
    // succeeds on it. Rewriting the header field in a transaction that is rolled back touches a
    // page, so a read-only file or folder fails now, clearly, instead of at the first save.
    // Nothing reaches the file: the change never leaves the page cache.
    if (Status begun = execSql(u"BEGIN IMMEDIATE"_s); !begun.ok()) {
        return begun;
    }
    const Status probed = execSql(u"PRAGMA user_version = %1"_s.arg(version));
    const Status rolledBack = execSql(u"ROLLBACK"_s);
    return probed.ok() ? rolledBack : probed;
}

Status StateDatabase::applyPragmas()
{
    // WAL lets readers in other threads keep reading while the worker writes; NORMAL is
    // durable across application crashes in WAL mode and much faster than FULL.
    QSqlQuery journal(m_db);
    if (!journal.exec(u"PRAGMA journal_mode = WAL"_s) || !journal.next()) {
        return storageError(journal.lastError(), u"PRAGMA journal_mode = WAL"_s);
    }
    if (const QString mode = journal.value(0).toString(); mode.compare(u"wal"_s) != 0) {
        return Error {Error::Kind::Storage,
                      tr("The state file %1 cannot use write-ahead logging. Keep it on a local "
                         "disk.")
                          .arg(QDir::toNativeSeparators(m_path)),
                      u"journal_mode stayed %1"_s.arg(mode)};
    }
    if (Status fk = execSql(u"PRAGMA foreign_keys = ON"_s); !fk.ok()) {
        return fk;
    }
    return execSql(u"PRAGMA synchronous = NORMAL"_s);
}

Status StateDatabase::applyMigration(const Migration &migration)
{
    const auto failed = [&](const QString &detail) {
        return Error {Error::Kind::Storage,
                      tr("Could not upgrade the state file %1 to schema version %2. It was left "
                         "at version %3.")
                          .arg(QDir::toNativeSeparators(m_path))
                          .arg(migration.version)
                          .arg(migration.version - 1),
                      u"migration %1: %2"_s.arg(migration.name, detail)};
    };
    const Result<QStringList> statements = splitSqlScript(migration.sql);
    if (!statements.ok()) {
        return failed(statements.error().detail);
    }
    return transaction([&]() -> Status {
        for (const QString &sql : statements.value()) {
            QSqlQuery query(m_db);
            if (!query.exec(sql)) {
                return failed(u"%1 in: %2"_s.arg(query.lastError().text(), sql.left(200)));
            }
        }
        // Foreign keys are not enforced on rows a migration moves between tables, so check.
        QSqlQuery check(m_db);
        if (!check.exec(u"PRAGMA foreign_key_check"_s)) {
            return failed(check.lastError().text());
        }
        if (check.next()) {
            return failed(u"foreign key violation in table %1"_s.arg(check.value(0).toString()));
        }
        // user_version lives in the file header and is part of this transaction.
        QSqlQuery version(m_db);
        if (!version.exec(u"PRAGMA user_version = %1"_s.arg(migration.version))) {
            return failed(version.lastError().text());
        }
        return success();
    });
}

Result<QSqlQuery> StateDatabase::prepare(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return storageError(query.lastError(), sql);
    }
    return query;
}

Status StateDatabase::exec(QSqlQuery &query) const
{
    if (!query.exec()) {
        return storageError(query.lastError(), query.lastQuery());
    }
    return success();
}

Result<QSqlQuery> StateDatabase::run(const QString &sql, const QVariantMap &binds) const
{
    Result<QSqlQuery> query = prepare(sql);
    if (!query.ok()) {
        return query;
    }
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        query.value().bindValue(it.key(), it.value());
    }
    if (Status done = exec(query.value()); !done.ok()) {
        return done.error();
    }
    return query;
}

Status StateDatabase::transaction(const std::function<Status()> &work)
{
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = u"cb_savepoint_%1"_s.arg(m_transactionDepth);
    // IMMEDIATE takes the write lock up front, so a competing writer waits for the busy
    // timeout instead of failing halfway through. Readers only need a consistent snapshot.
    const QString begin = !outermost    ? u"SAVEPOINT "_s + savepoint
        : m_mode == OpenMode::ReadWrite ? u"BEGIN IMMEDIATE"_s
                                        : u"BEGIN"_s;
    if (Status begun = execSql(begin); !begun.ok()) {
        return begun;
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result.ok()) {
        Status committed = execSql(outermost ? u"COMMIT"_s : u"RELEASE "_s + savepoint);
        if (committed.ok()) {
            return result;
        }
        result = committed;
    }
    const Status rolledBack
        = outermost ? execSql(u"ROLLBACK"_s) : execSql(u"ROLLBACK TO "_s + savepoint);
    if (!outermost && rolledBack.ok()) {
        // ROLLBACK TO keeps the savepoint open; releasing it ends the nested scope.
        static_cast<void>(execSql(u"RELEASE "_s + savepoint));
    }
    if (!rolledBack.ok()) {
        // SQLite may already have rolled back by itself (disk full, I/O error).
        qCWarning(lcStore).noquote() << "rollback:" << rolledBack.error().toLogString();
    }
    return result;
}

Status StateDatabase::execSql(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return storageError(query.lastError(), sql);
    }
    return success();
}

Error StateDatabase::storageError(const QSqlError &error, const QString &what) const
{
    return sqliteError(error, m_path, what);
}

} // namespace Store
