// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitarget.h"

#include "cliparser.h"
#include "mapping/mapping.h"
#include "profile/profilestore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

Error usage(const QString &message)
{
    return Error {Error::Kind::Validation, message, {}};
}

QString databasePathOf(const CliParser &parser)
{
    const QString stateDir = parser.isSet(u"state-dir"_s)
        ? parser.value(u"state-dir"_s)
        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(stateDir).filePath(u"state.db"_s);
}

} // namespace

Result<QUrl> CliTarget::serviceUrl(const CliParser &parser, const QString &option)
{
    const QUrl url(parser.value(option), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http")) {
        return usage(tr("--%1 needs an http(s) address such as https://example.com/api, not "
                        "\"%2\".")
                         .arg(option, parser.value(option)));
    }
    return url;
}

Result<CliTarget> CliTarget::resolve(const CliParser &parser,
                                     const Profiles::ProfileStore &profiles)
{
    const QStringList adHoc = {u"ghl-url"_s, u"location-id"_s, u"ml-url"_s};
    const bool anyAdHoc = std::any_of(adHoc.begin(), adHoc.end(),
                                      [&](const QString &o) { return parser.isSet(o); });
    CliTarget target;
    if (parser.isSet(u"profile"_s)) {
        if (anyAdHoc || parser.isSet(u"profile-name"_s)) {
            return usage(tr("Give either --profile or --ghl-url, --location-id and --ml-url, "
                            "not both."));
        }
        auto profile = profiles.load(parser.value(u"profile"_s));
        if (!profile.ok()) {
            return profile.error();
        }
        target.profile = profile.value();
        target.saved = true;
    } else {
        for (const QString &option : adHoc) {
            if (!parser.isSet(option)) {
                return usage(tr("Say what to sync: --profile NAME, or all of --ghl-url, "
                                "--location-id and --ml-url (missing: --%1).")
                                 .arg(option));
            }
        }
        target.profile.name
            = parser.isSet(u"profile-name"_s) ? parser.value(u"profile-name"_s) : u"cli"_s;
        if (!Profiles::Profile::isValidName(target.profile.name)) {
            return usage(tr("\"%1\" is not a valid profile name: use 1 to 64 letters, digits, "
                            "'-', '_' or '.'.")
                             .arg(target.profile.name));
        }
        const auto ghl = serviceUrl(parser, u"ghl-url"_s);
        const auto ml = serviceUrl(parser, u"ml-url"_s);
        if (!ghl.ok() || !ml.ok()) {
            return ghl.ok() ? ml.error() : ghl.error();
        }
        target.profile.ghlBaseUrl = ghl.value();
        target.profile.mailerLiteBaseUrl = ml.value();
        target.profile.locationId = parser.value(u"location-id"_s).trimmed();
        if (target.profile.locationId.isEmpty()) {
            return usage(tr("--location-id cannot be empty."));
        }
    }
    target.databasePath = databasePathOf(parser);
    return target;
}

Result<CliTarget> CliTarget::resolveHistory(const CliParser &parser)
{
    CliTarget target;
    target.saved = parser.isSet(u"profile"_s);
    target.profile.name = parser.isSet(u"profile"_s) ? parser.value(u"profile"_s)
        : parser.isSet(u"profile-name"_s)            ? parser.value(u"profile-name"_s)
                                                     : u"cli"_s;
    if (!Profiles::Profile::isValidName(target.profile.name)) {
        return usage(tr("\"%1\" is not a valid profile name: use 1 to 64 letters, digits, "
                        "'-', '_' or '.'.")
                         .arg(target.profile.name));
    }
    target.databasePath = databasePathOf(parser);
    return target;
}

Status CliTarget::applyOverrides(const CliParser &parser, Profiles::Profile &profile)
{
    if (parser.isSet(u"mapping"_s)) {
        QFile file(parser.value(u"mapping"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error {Error::Kind::Config,
                          tr("The mapping file %1 cannot be read: %2")
                              .arg(file.fileName(), file.errorString()),
                          {}};
        }
        const auto mapping = Mapping::Mapping::fromJsonBytes(file.readAll());
        if (!mapping.ok()) {
            return Error {Error::Kind::Config,
                          tr("The mapping file %1 is not valid: %2")
                              .arg(file.fileName(), mapping.error().message),
                          mapping.error().detail};
        }
        profile.mapping = mapping.value().toJson();
    }
    if (parser.isSet(u"mode"_s)) {
        const auto mode = Sync::SyncPolicy::modeFromName(parser.value(u"mode"_s));
        if (!mode) {
            return usage(tr("--mode must be upsert, update-only, create-only or mirror, not "
                            "\"%1\".")
                             .arg(parser.value(u"mode"_s)));
        }
        profile.policy.mode = *mode;
    }
    if (parser.isSet(u"max-unsubscribe"_s)) {
        const auto limit = parser.intValue(u"max-unsubscribe"_s, 0);
        if (!limit.ok()) {
            return limit.error();
        }
        // An explicit count is the whole rule for this run: the percentage guard would
        // otherwise still stop a run the user has just allowed.
        profile.policy.maxDestructiveCount = limit.value();
        profile.policy.maxDestructivePercent = 100.0;
    }
    return success();
}

} // namespace Cli
