// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqliteerror.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

// Primary SQLite result codes (sqlite3.h); QSQLITE reports them as nativeErrorCode().
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteAuth = 23,
    SqliteNotADb = 26,
};

// Extended I/O error codes of a write that did not fit (EFBIG, ENOSPC reported as EIO) or of
// the WAL index that could not be created: SQLITE_IOERR_WRITE, _TRUNCATE, _SHMOPEN, _SHMSIZE.
bool isWriteFailure(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    const int extended = code >> 8;
    return (code & 0xff) == SqliteIoErr
        && (extended == 3 || extended == 6 || extended == 18 || extended == 19);
}

} // namespace

int sqlitePrimaryCode(const QSqlError &error)
{
    // Extended codes carry the primary code in the low byte.
    return error.nativeErrorCode().toInt() & 0xff;
}

Error sqliteError(const QSqlError &error, const QString &path, const QString &what)
{
    const QString file = QDir::toNativeSeparators(path);
    QString message;
    switch (sqlitePrimaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        message = QCoreApplication::translate(
                      "Store::StateDatabase",
                      "The state file %1 is busy. Another ContactBridge window or process may be "
                      "using it; try again in a moment.")
                      .arg(file);
        break;
    case SqliteFull:
        message = QCoreApplication::translate("Store::StateDatabase",
                                              "The disk holding the state file %1 is full.")
                      .arg(file);
        break;
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteAuth:
        message = QCoreApplication::translate(
                      "Store::StateDatabase",
                      "The state file %1 cannot be written. Check that you may write to the file "
                      "and to its folder.")
                      .arg(file);
        break;
    case SqliteCantOpen:
        message = QCoreApplication::translate(
                      "Store::StateDatabase",
                      "The state file %1 cannot be opened or created. Check that its folder "
                      "exists and that you may write to it.")
                      .arg(file);
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        message = QCoreApplication::translate(
                      "Store::StateDatabase",
                      "The state file %1 is damaged or is not a ContactBridge state file. It was "
                      "left untouched; move it aside to start with a fresh state.")
                      .arg(file);
        break;
    case SqliteIoErr:
        if (isWriteFailure(error)) {
            message = QCoreApplication::translate(
                          "Store::StateDatabase",
                          "Writing the state file %1 failed; the disk may be full or the folder "
                          "not writable. The failed step was not saved; what was saved before "
                          "is intact.")
                          .arg(file);
            break;
        }
        message = QCoreApplication::translate(
                      "Store::StateDatabase",
                      "Reading or writing the state file %1 failed (input/output error).")
                      .arg(file);
        break;
    default:
        message = QCoreApplication::translate("Store::StateDatabase",
                                              "A database operation on the state file %1 failed.")
                      .arg(file);
        break;
    }
    return Error {Error::Kind::Storage, message,
                  u"%1: %2 [sqlite %3]"_s.arg(what, error.text(), error.nativeErrorCode())};
}

} // namespace Store
