// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprofilescommand.h"

#include "cliexitcodes.h"
#include "clioutput.h"
#include "cliparser.h"
#include "clitarget.h"
#include "profile/profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Cli {

CliProfilesCommand::CliProfilesCommand(QObject *parent)
    : CliCommand(parent)
{ }

void CliProfilesCommand::start(const QStringList &arguments)
{
    CliParser parser(u"profiles list|show NAME|add NAME [options]|remove NAME"_s,
                     tr("Manages the saved profiles. \"add\" needs --ghl-url, --location-id and "
                        "--ml-url; store the credentials afterwards with \"secrets set\"."),
                     CliParser::ProfileFields | CliParser::Json);
    if (!parse(parser, arguments)) {
        return;
    }
    const QStringList args = parser.positional();
    const QString action = args.value(0);
    Status status = success();
    if (action == u"list" && args.size() == 1) {
        status = list(parser);
    } else if (action == u"show" && args.size() == 2) {
        status = show(parser, args.at(1));
    } else if (action == u"add" && args.size() == 2) {
        status = add(parser, args.at(1));
    } else if (action == u"remove" && args.size() == 2) {
        status = remove(parser, args.at(1));
    } else {
        status = Error {Error::Kind::Validation,
                        tr("Use \"profiles list\", \"profiles show NAME\", \"profiles add NAME "
                           "...\" or \"profiles remove NAME\"."),
                        {}};
    }
    if (!status.ok()) {
        fail(status.error());
        return;
    }
    finish(ExitOk);
}

Status CliProfilesCommand::list(const CliParser &parser)
{
    const auto names = profileStore(parser).list();
    if (!names.ok()) {
        return names.error();
    }
    if (parser.isSet(u"json"_s)) {
        CliOutput::json({{"profiles"_L1, QJsonArray::fromStringList(names.value())}});
    } else if (names.value().isEmpty()) {
        CliOutput::out(tr("No profiles yet. Add one with \"profiles add NAME ...\"."));
    } else {
        CliOutput::out(names.value().join(u'\n'));
    }
    return success();
}

Status CliProfilesCommand::show(const CliParser &parser, const QString &name)
{
    const auto profile = profileStore(parser).load(name);
    if (!profile.ok()) {
        return profile.error();
    }
    // The saved JSON has no secrets, so it can be shown as it is.
    const QJsonObject json = profile.value().toJson();
    if (parser.isSet(u"json"_s)) {
        CliOutput::json(json);
    } else {
        CliOutput::out(
            QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    }
    return success();
}

Status CliProfilesCommand::add(const CliParser &parser, const QString &name)
{
    const Profiles::ProfileStore store = profileStore(parser);
    if (!Profiles::Profile::isValidName(name)) {
        return Error {Error::Kind::Validation,
                      tr("\"%1\" is not a valid profile name: use 1 to 64 letters, digits, '-', "
                         "'_' or '.'.")
                          .arg(name),
                      {}};
    }
    if (store.contains(name)) {
        return Error {Error::Kind::Config,
                      tr("A profile named \"%1\" exists already; remove it first.").arg(name),
                      {}};
    }
    for (const QString &option : {u"ghl-url"_s, u"location-id"_s, u"ml-url"_s}) {
        if (!parser.isSet(option)) {
            return Error {
                Error::Kind::Validation, tr("\"profiles add\" needs --%1.").arg(option), {}};
        }
    }
    Profiles::Profile profile;
    profile.name = name;
    const auto ghl = CliTarget::serviceUrl(parser, u"ghl-url"_s);
    const auto ml = CliTarget::serviceUrl(parser, u"ml-url"_s);
    if (!ghl.ok() || !ml.ok()) {
        return ghl.ok() ? ml.error() : ghl.error();
    }
    profile.ghlBaseUrl = ghl.value();
    profile.mailerLiteBaseUrl = ml.value();
    profile.locationId = parser.value(u"location-id"_s).trimmed();
    if (const Status s = CliTarget::applyOverrides(parser, profile); !s.ok()) {
        return s;
    }
    if (const Status s = store.save(profile); !s.ok()) {
        return s;
    }
    CliOutput::out(tr("Profile %1 saved. Now store its credentials:\n"
                      "  contactbridge-cli secrets set ghl-token --profile %1\n"
                      "  contactbridge-cli secrets set mailerlite-key --profile %1")
                       .arg(name));
    return success();
}

Status CliProfilesCommand::remove(const CliParser &parser, const QString &name)
{
    if (const Status s = profileStore(parser).remove(name); !s.ok()) {
        return s;
    }
    CliOutput::out(tr("Profile %1 removed. Its keychain entries stay until you run \"secrets "
                      "delete ghl-token|mailerlite-key --profile %1\".")
                       .arg(name));
    return success();
}

} // namespace Cli
