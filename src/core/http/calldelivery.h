// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apicall.h"
#include "util/result.h"

#include <QJsonDocument>
#include <QObject>

#include <functional>

namespace Api {

// How API clients hand results back: exactly once, in the caller's thread, and only while the
// caller's context object lives.
template<typename T>
using Callback = std::function<void(Result<T>)>;

// Turns a finished call into a typed result: transport and HTTP errors pass through `explain`
// (which may replace the generic message with a plain-language one for the service), a 2xx body
// goes through `parse`. The call is parented to `context`, so destroying the context aborts it;
// it deletes itself once delivered.
template<typename T, typename Parse, typename Explain>
ApiCall *deliver(ApiCall *call, QObject *context, Parse parse, Explain explain, Callback<T> done)
{
    call->setParent(context);
    QObject::connect(
        call, &ApiCall::finished, context,
        [call, parse = std::move(parse), explain = std::move(explain), done = std::move(done)] {
            call->deleteLater();
            const Result<QJsonDocument> &result = call->result();
            if (!result.ok()) {
                done(explain(result.error(), *call));
                return;
            }
            done(parse(result.value(), *call));
        });
    return call;
}

} // namespace Api
