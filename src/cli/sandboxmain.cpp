// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// contactbridge-sandbox: the fake GHL and MailerLite services as a standalone process.
// Prints one JSON line with the connection info, then serves until SIGINT or SIGTERM.
#include "log/logging.h"
#include "ratewindow.h"
#include "sandboxhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitStartFailed = 1;
constexpr int ExitBadArguments = 2;
constexpr int MaxRecords = 1000000;

// The write end of the signal pipe. A signal handler can reach nothing else, so this one
// file-local variable is the price of turning SIGINT/SIGTERM into a Qt event safely.
int s_signalWriteFd = -1;

void onSignal(int signal)
{
    // Only async-signal-safe calls here: write() the signal number and return.
    const int savedErrno = errno;
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(s_signalWriteFd, &byte, 1);
    errno = savedErrno;
}

// Routes SIGINT and SIGTERM through a socket pair to a notifier that quits the event loop, so
// the servers are torn down by normal destructors and the process exits 0.
bool installSignalHandlers(QCoreApplication &app)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        return false;
    }
    s_signalWriteFd = fds[0];
    auto *notifier = new QSocketNotifier(fds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [fd = fds[1]] {
        char byte = 0;
        if (::read(fd, &byte, 1) == 1) {
            qCInfo(lcSandbox) << "received signal" << int(byte) << "- stopping";
            QCoreApplication::quit();
        }
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0
        && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "contactbridge-sandbox: %s\n", qUtf8Printable(message));
}

int badArguments(const QString &message)
{
    printError(message);
    std::fprintf(stderr, "%s\n",
                 qUtf8Printable(QCoreApplication::translate("sandbox", "Try --help.")));
    return ExitBadArguments;
}

// A whole number in [min, max] from an option's value; false when it is anything else.
bool parseNumber(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    return ok && *value >= min && *value <= max;
}

// The effective fault spec of one service: the shared one, then the service's own, whose keys
// win because FaultInjector::parse applies keys left to right.
QString faultSpec(const QString &shared, const QString &own)
{
    if (shared.isEmpty() || own.isEmpty()) {
        return shared + own;
    }
    return shared + u',' + own;
}

bool writePortFile(const QString &path, const QByteArray &line, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

// Result::error() uses std::get, which clang-tidy sees as a possible throw; it is only called
// after !ok(), so bad_variant_access cannot happen here.
// NOLINTNEXTLINE(bugprone-exception-escape)
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"contactbridge-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CB_VERSION));

    const auto translate = [](const char *text) {
        return QCoreApplication::translate("sandbox", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(translate(
        "Local imitations of the GoHighLevel v2 and MailerLite Classic APIs, for tests, demos "
        "and benchmarks. Listens on 127.0.0.1 only, prints one JSON line with the connection "
        "info (ghl_url, ml_url, ghl_token, ghl_readonly_token, location_id, ml_api_key; with "
        "--ghl-webhook-url also ghl_webhook_rsa_public_key and ghl_webhook_ed25519_public_key) "
        "and serves until SIGINT or SIGTERM.\n\nFault specs look like "
        "5xx=0.1,429=0.05,burst=5,drop=0.05,truncate=0.01,"
        "stall=0.01,stall_ms=5000,latency_ms=20; --ghl-faults and --ml-faults add to (and "
        "override) --faults for one service.\n\nExit codes: 0 stopped by a signal, 1 could "
        "not start, 2 invalid arguments."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption contactsOption(u"contacts"_s, translate("Generate <n> GHL contacts."),
                                            u"n"_s);
    const QCommandLineOption seedOption(u"seed"_s, translate("Seed of the data and credentials."),
                                        u"s"_s);
    const QCommandLineOption mlSubscribersOption(
        u"ml-subscribers"_s, translate("Pre-existing MailerLite subscribers (default 0)."), u"m"_s);
    const QCommandLineOption faultsOption(u"faults"_s, translate("Faults of both services."),
                                          u"spec"_s);
    const QCommandLineOption ghlFaultsOption(u"ghl-faults"_s, translate("Faults of the fake GHL."),
                                             u"spec"_s);
    const QCommandLineOption mlFaultsOption(u"ml-faults"_s,
                                            translate("Faults of the fake MailerLite."), u"spec"_s);
    const QCommandLineOption rateLimitsOption(
        u"rate-limits"_s, translate("real, off, or fast (real counts, windows 100x shorter)."),
        u"mode"_s, u"real"_s);
    const QCommandLineOption ghlPortOption(
        u"ghl-port"_s, translate("Port of the fake GHL (default: any)."), u"port"_s);
    const QCommandLineOption mlPortOption(
        u"ml-port"_s, translate("Port of the fake MailerLite (default: any)."), u"port"_s);
    const QCommandLineOption portFileOption(
        u"port-file"_s, translate("Also write the JSON line to <file>, atomically."), u"file"_s);
    const QCommandLineOption ghlWebhookOption(
        u"ghl-webhook-url"_s, translate("Post the fake GHL's webhook events, signed, to <url>."),
        u"url"_s);
    const QCommandLineOption mlWebhookOption(
        u"ml-webhook-url"_s,
        translate("Post every MailerLite subscriber event, in signed batches, to <url>."),
        u"url"_s);
    const QCommandLineOption mlWebhookBatchOption(
        u"ml-webhook-batch-ms"_s,
        translate("How long MailerLite events wait to share a batch (default 1000, 0: at once)."),
        u"ms"_s);
    parser.addOptions({contactsOption, seedOption, mlSubscribersOption, faultsOption,
                       ghlFaultsOption, mlFaultsOption, rateLimitsOption, ghlPortOption,
                       mlPortOption, portFileOption, ghlWebhookOption, mlWebhookOption,
                       mlWebhookBatchOption});

    if (!parser.parse(QCoreApplication::arguments())) {
        return badArguments(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        parser.showHelp(0);
    }
    if (parser.isSet(versionOption)) {
        parser.showVersion();
    }
    if (!parser.positionalArguments().isEmpty()) {
        return badArguments(
            translate("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(contactsOption) || !parser.isSet(seedOption)) {
        return badArguments(translate("--contacts and --seed are required."));
    }

    Sandbox::SandboxHost::Options options;
    qint64 number = 0;
    if (!parseNumber(parser.value(contactsOption), 0, MaxRecords, &number)) {
        return badArguments(
            translate("--contacts needs a whole number from 0 to %1.").arg(MaxRecords));
    }
    options.contacts = int(number);
    if (!parseNumber(parser.value(seedOption), 0, 0xffffffffLL, &number)) {
        return badArguments(translate("--seed needs a whole number from 0 to 4294967295."));
    }
    options.seed = quint32(number);
    if (parser.isSet(mlSubscribersOption)
        && !parseNumber(parser.value(mlSubscribersOption), 0, MaxRecords, &number)) {
        return badArguments(
            translate("--ml-subscribers needs a whole number from 0 to %1.").arg(MaxRecords));
    }
    options.mlSubscribers = parser.isSet(mlSubscribersOption) ? int(number) : 0;
    if (!Sandbox::parseRateLimitMode(parser.value(rateLimitsOption), &options.rateLimitMode)) {
        return badArguments(translate("--rate-limits must be real, off or fast."));
    }
    for (const auto &[option, port] : {std::pair {&ghlPortOption, &options.ghlPort},
                                       std::pair {&mlPortOption, &options.mlPort}}) {
        if (parser.isSet(*option)) {
            if (!parseNumber(parser.value(*option), 0, 65535, &number)) {
                return badArguments(translate("--%1 needs a port number from 0 to 65535.")
                                        .arg(option->names().constFirst()));
            }
            *port = quint16(number);
        }
    }
    for (const auto &[option, url] : {std::pair {&ghlWebhookOption, &options.ghlWebhookUrl},
                                      std::pair {&mlWebhookOption, &options.mlWebhookUrl}}) {
        if (parser.isSet(*option)) {
            *url = QUrl(parser.value(*option), QUrl::StrictMode);
            if (!url->isValid() || url->host().isEmpty()
                || (url->scheme() != u"http" && url->scheme() != u"https")) {
                return badArguments(translate("--%1 needs an http or https URL.")
                                        .arg(option->names().constFirst()));
            }
        }
    }
    if (parser.isSet(mlWebhookBatchOption)) {
        if (!parseNumber(parser.value(mlWebhookBatchOption), 0, 3600000, &number)) {
            return badArguments(
                translate("--ml-webhook-batch-ms needs a whole number from 0 to 3600000."));
        }
        options.mlWebhookBatchMs = int(number);
    }
    options.ghlFaults = faultSpec(parser.value(faultsOption), parser.value(ghlFaultsOption));
    options.mlFaults = faultSpec(parser.value(faultsOption), parser.value(mlFaultsOption));

    if (!installSignalHandlers(app)) {
        printError(translate("Cannot install the signal handlers."));
        return ExitStartFailed;
    }
    Sandbox::SandboxHost host(options);
    if (const Status started = host.start(); !started) {
        if (started.error().kind == Error::Kind::Validation) {
            return badArguments(started.error().message);
        }
        printError(started.error().message);
        return ExitStartFailed;
    }

    const QByteArray line
        = QJsonDocument(host.connectionInfo()).toJson(QJsonDocument::Compact) + '\n';
    // The file first, so whoever reads the line from stdout finds the file already there.
    if (parser.isSet(portFileOption)) {
        QString error;
        if (!writePortFile(parser.value(portFileOption), line, &error)) {
            printError(translate("Cannot write %1: %2").arg(parser.value(portFileOption), error));
            return ExitStartFailed;
        }
    }
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);

    const int code = QCoreApplication::exec();
    qCInfo(lcSandbox) << "sandbox stopped";
    return code;
}
