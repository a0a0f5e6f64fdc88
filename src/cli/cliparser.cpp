// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliparser.h"

using namespace Qt::StringLiterals;

namespace Cli {

CliParser::CliParser(const QString &synopsis, const QString &description, int groups)
    : m_synopsis(synopsis)
    , m_groups(groups)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    add(u"profiles-dir"_s, tr("Where profiles are saved (default: the app's profiles folder)."),
        u"DIR"_s);
    if (groups & (Target | ProfileName)) {
        add(u"profile"_s, tr("The saved profile to use."), u"NAME"_s);
    }
    if (groups & (Target | ProfileFields)) {
        add(u"ghl-url"_s, tr("GoHighLevel API address."), u"URL"_s);
        add(u"location-id"_s, tr("GoHighLevel location (sub-account) id."), u"ID"_s);
        add(u"ml-url"_s, tr("MailerLite Classic API address."), u"URL"_s);
    }
    if (groups & Target) {
        add(u"profile-name"_s, tr("Name of the ad-hoc profile (default: cli)."), u"NAME"_s);
        add(u"state-dir"_s, tr("Folder of the state database (default: the app's data folder)."),
            u"DIR"_s);
    }
    if (groups & (SyncFlags | ProfileFields)) {
        add(u"mapping"_s, tr("Field mapping JSON file (default: the profile's mapping)."),
            u"FILE"_s);
        add(u"mode"_s, tr("upsert, update-only, create-only or mirror."), u"MODE"_s);
        add(u"max-unsubscribe"_s,
            tr("Stop before applying when more than N subscribers would be unsubscribed or "
               "removed from groups (replaces the profile's limits)."),
            u"N"_s);
    }
    if (groups & SyncFlags) {
        add(u"full"_s, tr("Full reconcile: compare against MailerLite's real state."));
        add(u"dry-run"_s, tr("Plan only; send no write."));
        add(u"plan-out"_s, tr("Save the plan to FILE."), u"FILE"_s);
        add(u"apply-plan"_s, tr("Apply exactly the plan saved in FILE."), u"FILE"_s);
    }
    if (groups & RunsFlags) {
        add(u"limit"_s, tr("How many runs to show (default 20)."), u"N"_s);
    }
    if (groups & FailureFlags) {
        add(u"reason"_s, tr("Why a failure is ignored."), u"TEXT"_s);
        add(u"all"_s, tr("List retried and ignored failures too."));
    }
    if (groups & Json) {
        add(u"json"_s, tr("Print one JSON object on stdout instead of text."));
    }
    if (groups & ListenFlags) {
        add(u"bind"_s, tr("Address to listen on (default: the profile's, 127.0.0.1)."), u"ADDR"_s);
        add(u"port"_s, tr("Port to listen on; 0 picks a free one (default: the profile's)."),
            u"PORT"_s);
    }
}

void CliParser::add(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

bool CliParser::parse(const QStringList &arguments)
{
    // QCommandLineParser skips the first entry as the program name.
    if (!m_parser.parse(QStringList {QCoreApplication::applicationName()} + arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    if (m_parser.isSet(u"help"_s)) {
        m_help = true;
        return false;
    }
    return true;
}

QString CliParser::helpText() const
{
    QString text = m_parser.helpText();
    // QCommandLineParser prints "Usage: <program> [options]"; name the command instead.
    const qsizetype end = text.indexOf(u'\n');
    text.replace(0, end, tr("Usage: contactbridge-cli %1").arg(m_synopsis));
    return text + u'\n' + exitCodesText();
}

Result<int> CliParser::intValue(const QString &name, int minimum) const
{
    bool ok = false;
    const int n = m_parser.value(name).toInt(&ok);
    if (!ok || n < minimum) {
        return Error {Error::Kind::Validation,
                      tr("--%1 needs a whole number of at least %2, not \"%3\".")
                          .arg(name)
                          .arg(minimum)
                          .arg(m_parser.value(name)),
                      {}};
    }
    return n;
}

QString CliParser::exitCodesText()
{
    return tr("Credentials come from the keychain for a --profile (see \"secrets set\"), or from\n"
              "the environment variables CONTACTBRIDGE_GHL_TOKEN and CONTACTBRIDGE_ML_API_KEY,\n"
              "which win when set. They are never accepted as arguments.\n\n"
              "Exit codes: 0 success, 1 some items failed (or the run stopped on a network or\n"
              "storage error), 2 usage error, 3 authentication or configuration error,\n"
              "4 stopped by the blast-radius limit, 5 cancelled or interrupted.\n");
}

} // namespace Cli
