// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/profilestore.h"

#include "log/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Profiles {

namespace {

const QString fileSuffix = u".json"_s;

// Key names that only ever hold credentials. Matched whole and case-insensitively, so
// ordinary settings such as "max_unsubscribe" or a mapping target "token_count" pass.
const QStringList secretKeys = {u"token"_s,  u"access_token"_s,  u"refresh_token"_s, u"api_key"_s,
                                u"apikey"_s, u"api-key"_s,       u"api_token"_s,     u"password"_s,
                                u"secret"_s, u"client_secret"_s, u"private_token"_s};

bool arrayHasSecretKey(const QJsonArray &array);

bool valueHasSecretKey(const QJsonValue &value)
{
    if (value.isObject()) {
        return ProfileStore::containsSecretKey(value.toObject());
    }
    return value.isArray() && arrayHasSecretKey(value.toArray());
}

bool arrayHasSecretKey(const QJsonArray &array)
{
    return std::any_of(array.begin(), array.end(),
                       [](const QJsonValue &v) { return valueHasSecretKey(v); });
}

} // namespace

ProfileStore::ProfileStore(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{ }

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/profiles"_s;
}

QString ProfileStore::pathOf(const QString &name) const
{
    return QDir(m_directory).filePath(name + fileSuffix);
}

bool ProfileStore::contains(const QString &name) const
{
    return Profile::isValidName(name) && QFileInfo::exists(pathOf(name));
}

bool ProfileStore::containsSecretKey(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (secretKeys.contains(it.key(), Qt::CaseInsensitive) || valueHasSecretKey(it.value())) {
            return true;
        }
    }
    return false;
}

Status ProfileStore::checkName(const QString &name) const
{
    if (Profile::isValidName(name)) {
        return success();
    }
    return Error {Error::Kind::Validation,
                  tr("\"%1\" is not a valid profile name: use 1 to 64 letters, digits, '-', '_' "
                     "or '.'.")
                      .arg(name),
                  u"invalid profile name"_s};
}

Result<QStringList> ProfileStore::list() const
{
    const QDir dir(m_directory);
    if (!dir.exists()) {
        return QStringList();
    }
    QStringList names;
    const QStringList files
        = dir.entryList({u"*"_s + fileSuffix}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(fileSuffix.size());
        // Editor backups and foreign files are not profiles.
        if (Profile::isValidName(name)) {
            names.append(name);
        }
    }
    return names;
}

Result<Profile> ProfileStore::load(const QString &name) const
{
    if (const Status s = checkName(name); !s.ok()) {
        return s.error();
    }
    QFile file(pathOf(name));
    if (!file.exists()) {
        return Error {Error::Kind::NotFound, tr("There is no profile named \"%1\".").arg(name),
                      file.fileName()};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {Error::Kind::Storage,
                      tr("The profile \"%1\" cannot be read: %2").arg(name, file.errorString()),
                      file.fileName()};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        return Error {
            Error::Kind::Config,
            tr("The profile file of \"%1\" is damaged: %2").arg(name, parseError.errorString()),
            file.fileName()};
    }
    auto profile = Profile::fromJson(doc.object());
    if (!profile.ok()) {
        return profile.error();
    }
    if (profile.value().name != name) {
        // A renamed file would otherwise reach another profile's keychain entries.
        return Error {Error::Kind::Config,
                      tr("The profile file of \"%1\" names another profile (\"%2\").")
                          .arg(name, profile.value().name),
                      file.fileName()};
    }
    return profile;
}

Status ProfileStore::save(const Profile &profile) const
{
    if (const Status s = checkName(profile.name); !s.ok()) {
        return s;
    }
    const QJsonObject json = profile.toJson();
    if (containsSecretKey(json)) {
        return Error {Error::Kind::Validation,
                      tr("The profile \"%1\" was not saved: it contains a credential. Store "
                         "tokens and keys in the keychain instead.")
                          .arg(profile.name),
                      u"credential-like key in profile JSON"_s};
    }
    if (!QDir().mkpath(m_directory)) {
        return Error {Error::Kind::Storage,
                      tr("The profiles folder %1 cannot be created.").arg(m_directory),
                      {}};
    }
    QSaveFile file(pathOf(profile.name));
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {
            Error::Kind::Storage,
            tr("The profile \"%1\" cannot be saved: %2").arg(profile.name, file.errorString()),
            file.fileName()};
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Error {
            Error::Kind::Storage,
            tr("The profile \"%1\" cannot be saved: %2").arg(profile.name, file.errorString()),
            file.fileName()};
    }
    qCInfo(lcApp) << "saved profile" << profile.name;
    return success();
}

Status ProfileStore::remove(const QString &name) const
{
    if (const Status s = checkName(name); !s.ok()) {
        return s;
    }
    QFile file(pathOf(name));
    if (!file.exists()) {
        return Error {Error::Kind::NotFound, tr("There is no profile named \"%1\".").arg(name),
                      file.fileName()};
    }
    if (!file.remove()) {
        return Error {Error::Kind::Storage,
                      tr("The profile \"%1\" cannot be removed: %2").arg(name, file.errorString()),
                      file.fileName()};
    }
    qCInfo(lcApp) << "removed profile" << name;
    return success();
}

} // namespace Profiles
