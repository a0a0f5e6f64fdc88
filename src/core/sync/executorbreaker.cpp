// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/executorbreaker.h"

using namespace Qt::StringLiterals;

namespace Sync {

bool ExecutorBreaker::isUnavailable(const Error &error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout
        || error.httpStatus >= 500;
}

bool ExecutorBreaker::failed(const Error &error)
{
    if (!isUnavailable(error)) {
        return false;
    }
    m_last = error;
    ++m_streak;
    return m_streak == Threshold;
}

Error ExecutorBreaker::runError(int itemsLeft) const
{
    return Error {Error::Kind::Network,
                  tr("MailerLite unavailable: %1 consecutive requests failed with server errors "
                     "or connection failures; stopped writing, %n item(s) left for the next "
                     "run.",
                     nullptr, itemsLeft)
                      .arg(Threshold),
                  u"circuit breaker; last: "_s + m_last.toLogString(), m_last.httpStatus};
}

Error ExecutorBreaker::itemError(bool sent) const
{
    const QString message = sent
        ? tr("MailerLite unavailable: %1 consecutive server errors; abandoned before an answer.")
              .arg(Threshold)
        : tr("MailerLite unavailable: %1 consecutive server errors; not attempted.").arg(Threshold);
    return Error {Error::Kind::Network, message, u"circuit breaker"_s, 0};
}

} // namespace Sync
