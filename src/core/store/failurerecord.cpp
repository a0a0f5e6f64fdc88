// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/failurerecord.h"

using namespace Qt::StringLiterals;

namespace Store {

FailureRecord FailureRecord::fromError(const QString &contactId, const QString &email,
                                       const Error &error, const QString &payload,
                                       const QDateTime &at)
{
    FailureRecord record;
    record.contactId = contactId;
    record.email = email;
    record.errorKind = Error::kindName(error.kind);
    record.httpStatus = error.httpStatus;
    record.serverMessage = error.detail.isEmpty() ? error.message : error.detail;
    record.payload = payload;
    record.createdAt = at;
    record.updatedAt = at;
    return record;
}

QString FailureRecord::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return u"open"_s;
    case Status::Retried:
        return u"retried"_s;
    case Status::Ignored:
        return u"ignored"_s;
    }
    return u"open"_s;
}

std::optional<FailureRecord::Status> FailureRecord::statusFromName(const QString &name)
{
    for (const Status s : {Status::Open, Status::Retried, Status::Ignored}) {
        if (name == statusName(s)) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace Store
