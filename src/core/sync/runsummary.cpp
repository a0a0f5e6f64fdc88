// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/runsummary.h"

using namespace Qt::StringLiterals;

namespace Sync {

QString RunSummary::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return u"succeeded"_s;
    case Outcome::ItemsFailed:
        return u"items-failed"_s;
    case Outcome::BlastRadius:
        return u"blast-radius"_s;
    case Outcome::Stopped:
        return u"stopped"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QJsonObject RunSummary::toJson() const
{
    QJsonObject o {{"run_id"_L1, runId},
                   {"profile"_L1, profile},
                   {"mode"_L1, mode},
                   {"dry_run"_L1, dryRun},
                   {"outcome"_L1, outcomeName(outcome)},
                   {"created"_L1, counts.created},
                   {"updated"_L1, counts.updated},
                   {"unchanged"_L1, counts.unchanged},
                   {"unsubscribed"_L1, counts.unsubscribed},
                   {"group_adds"_L1, counts.groupAdds},
                   {"group_removes"_L1, counts.groupRemoves},
                   {"skipped_invalid"_L1, counts.skippedInvalid},
                   {"blocked_consent"_L1, counts.blockedConsent},
                   {"duplicates"_L1, counts.duplicates},
                   {"failed"_L1, counts.failed},
                   {"requests"_L1,
                    QJsonObject {{"ghl"_L1, requestsGhl}, {"mailerlite"_L1, requestsMailerLite}}},
                   {"duration_ms"_L1, durationMs}};
    if (error) {
        o.insert("error"_L1,
                 QJsonObject {{"kind"_L1, Error::kindName(error->kind)},
                              {"message"_L1, error->message}});
    }
    return o;
}

} // namespace Sync
