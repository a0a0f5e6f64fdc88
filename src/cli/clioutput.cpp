// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

void writeLine(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

void CliOutput::out(const QString &text)
{
    writeLine(stdout, text.toUtf8());
}

void CliOutput::err(const QString &text)
{
    writeLine(stderr, text.toUtf8());
}

void CliOutput::json(const QJsonObject &object)
{
    writeLine(stdout, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString CliOutput::summaryText(const Sync::RunSummary &s)
{
    using Outcome = Sync::RunSummary::Outcome;
    const QLocale locale;
    auto n = [&locale](qint64 value) {
        return locale.toString(value);
    };
    QString outcome;
    switch (s.outcome) {
    case Outcome::Succeeded:
        outcome = s.dryRun ? tr("dry run finished, nothing was changed") : tr("succeeded");
        break;
    case Outcome::ItemsFailed:
        outcome = tr("finished, some items failed");
        break;
    case Outcome::BlastRadius:
        outcome = tr("stopped by the unsubscribe limit, nothing was changed");
        break;
    case Outcome::Stopped:
        outcome = tr("stopped");
        break;
    case Outcome::Cancelled:
        outcome = tr("cancelled");
        break;
    }
    QStringList lines;
    lines.append(tr("Run %1 (profile %2, %3%4): %5 in %6 s.")
                     .arg(s.runId)
                     .arg(s.profile, s.mode, s.dryRun ? tr(", dry run") : QString(), outcome)
                     .arg(locale.toString(double(s.durationMs) / 1000.0, 'f', 1)));
    const Store::RunCounts &c = s.counts;
    lines.append(tr("  Created %1, updated %2, unchanged %3, unsubscribed %4.")
                     .arg(n(c.created), n(c.updated), n(c.unchanged), n(c.unsubscribed)));
    lines.append(tr("  Group adds %1, group removals %2.").arg(n(c.groupAdds), n(c.groupRemoves)));
    lines.append(tr("  Skipped as invalid %1, blocked by consent %2, duplicates %3, failed %4.")
                     .arg(n(c.skippedInvalid), n(c.blockedConsent), n(c.duplicates), n(c.failed)));
    lines.append(tr("  Requests: GoHighLevel %1, MailerLite %2.")
                     .arg(n(s.requestsGhl), n(s.requestsMailerLite)));
    if (c.failed > 0) {
        lines.append(tr("  The failed items: \"failures list\"; retry them: \"failures retry\"."));
    }
    if (s.error) {
        lines.append(tr("Error: %1").arg(s.error->message));
    }
    return lines.join(u'\n');
}

} // namespace Cli
