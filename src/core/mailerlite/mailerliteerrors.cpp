// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerlite/mailerliteerrors.h"

#include "http/apicall.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace MailerLite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MailerLite", text);
}

// MailerLite Classic error codes (MAILERLITE-CLASSIC-API.md §11).
constexpr int CodeKeyMissing = 1;
constexpr int CodeKeyInvalid = 302;

} // namespace

Error explainError(const Error &error, const Api::ApiCall &call)
{
    Error out = error;
    const QString server = call.serverMessage();
    switch (error.kind) {
    case Error::Kind::Auth:
        if (call.serverErrorCode() == CodeKeyMissing) {
            out.kind = Error::Kind::Config;
            out.message = tr("No MailerLite API key is set. Enter it in Settings.");
        } else {
            out.message = tr(
                "MailerLite rejected the API key. Check it in Settings: it must be a MailerLite "
                "Classic key (Integrations > Developer API); keys of the new MailerLite do not "
                "work "
                "with the Classic API.");
        }
        break;
    case Error::Kind::NotFound:
        out.message = server.isEmpty() ? tr("MailerLite does not know this record.")
                                       : tr("MailerLite: %1").arg(server);
        break;
    case Error::Kind::RateLimited:
        out.message
            = tr("MailerLite's rate limit was reached and did not clear after several retries.");
        break;
    case Error::Kind::Validation:
        out.message = server.isEmpty() ? tr("MailerLite refused the data.")
                                       : tr("MailerLite refused the data: %1").arg(server);
        break;
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        out.message = tr("Cannot reach MailerLite. Check the internet connection; the work will be "
                         "retried on the "
                         "next run.");
        break;
    case Error::Kind::Http:
        out.message = tr("MailerLite had a server problem (HTTP %1).").arg(error.httpStatus);
        break;
    case Error::Kind::Parse:
        out.message = tr("MailerLite answered something that is not valid data.");
        break;
    default:
        break;
    }
    if (call.serverErrorCode() == CodeKeyInvalid && out.kind != Error::Kind::Auth) {
        out.kind = Error::Kind::Auth;
    }
    if (!server.isEmpty() && !out.detail.contains(server)) {
        out.detail = out.detail.isEmpty() ? server : out.detail + u"; "_s + server;
    }
    return out;
}

} // namespace MailerLite
