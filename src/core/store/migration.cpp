// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

Error brokenMigrations(const QString &detail)
{
    return Error {Error::Kind::Internal,
                  QCoreApplication::translate("Store::StateDatabase",
                                              "The database upgrade scripts of this ContactBridge "
                                              "build are inconsistent."),
                  detail};
}

} // namespace

QString bundledMigrationDirectory()
{
    return u":/cb/sql"_s;
}

Result<QList<Migration>> loadMigrations(const QString &directory)
{
    static const QRegularExpression fileName(u"^([0-9]{3,})_([a-z0-9_]+)\\.sql$"_s);
    const QDir dir(directory);
    if (!dir.exists()) {
        return brokenMigrations(u"migration directory %1 does not exist"_s.arg(directory));
    }
    QList<Migration> migrations;
    const QStringList entries = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = fileName.match(entry);
        if (!match.hasMatch()) {
            return brokenMigrations(u"%1 in %2 is not named NNN_name.sql"_s.arg(entry, directory));
        }
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly)) {
            return brokenMigrations(
                u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        }
        migrations.append(Migration {match.captured(1).toInt(), entry.chopped(4),
                                     QString::fromUtf8(file.readAll())});
    }
    std::stable_sort(migrations.begin(), migrations.end(),
                     [](const Migration &a, const Migration &b) { return a.version < b.version; });
    if (Status valid = validateMigrations(migrations); !valid.ok()) {
        return valid.error();
    }
    return migrations;
}

Status validateMigrations(const QList<Migration> &migrations)
{
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const Migration &m = migrations.at(i);
        const int expected = static_cast<int>(i) + 1;
        if (i > 0 && m.version == migrations.at(i - 1).version) {
            return brokenMigrations(u"duplicate migration number %1 (%2 and %3)"_s.arg(
                QString::number(m.version), migrations.at(i - 1).name, m.name));
        }
        if (m.version != expected) {
            return brokenMigrations(u"migration %1 has number %2 where %3 was expected"_s.arg(
                m.name, QString::number(m.version), QString::number(expected)));
        }
        if (m.sql.trimmed().isEmpty()) {
            return brokenMigrations(u"migration %1 is empty"_s.arg(m.name));
        }
    }
    return success();
}

} // namespace Store
